import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE } from '../../seed/national-profile.js';
import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { districtsByOpenCases, spreadOf, staffOf } from '../harness/samples.js';
import { prng } from '../harness/stats.js';
import type { Benchmark } from '../harness/types.js';

// Child search by name, fuzzy and scoped (issue 5: p95 ≤ 150 ms): the likely
// matches a CPWO sees before intake (GET /children/matches, trigram
// similarity with spelling variants forgiven) and the caseload's name search
// (GET /cases?q=). Names are typed as heard: doubled letters, l for r.

/** A name as someone might write it down: sometimes a vowel doubled, sometimes r for l. */
function misspell(name: string, rand: () => number): string {
  const r = rand();
  if (r < 0.3) return name.replace(/([aeiou])/, '$1$1');
  if (r < 0.5) return name.replace(/l/g, 'r');
  return name;
}

export const benchmark: Benchmark = {
  name: 'child-search',
  description: 'Child search by name: likely matches at intake and the caseload name search, in the district',
  async run(ctx) {
    const rand = prng(ctx.options.seed + 5);
    const districts = spreadOf(await districtsByOpenCases(ctx), 6);
    const matches: LatencyInput[] = [];
    const caseSearch: LatencyInput[] = [];
    for (const d of districts) {
      const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
      if (!cpwo) continue;
      const session = await ctx.app.signIn(cpwo.id);
      for (let i = 0; i < 4; i++) {
        const female = rand() < 0.5;
        const given = misspell((female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE)[Math.floor(rand() * 40)]!, rand);
        const family = misspell(FAMILY_NAMES[Math.floor(rand() * FAMILY_NAMES.length)]!, rand);
        const year = 2010 + Math.floor(rand() * 15);
        matches.push({
          session,
          path: `/api/v1/children/matches?givenName=${encodeURIComponent(given)}&familyName=${encodeURIComponent(family)}&sex=${female ? 'female' : 'male'}&dateOfBirth=${year}-06-15`,
        });
        caseSearch.push({ session, path: `/api/v1/cases?q=${encodeURIComponent(`${given} ${family}`)}` });
      }
    }
    const m = await measureLatency(ctx, {
      label: 'Child search: GET /children/matches (fuzzy, district)',
      inputs: matches,
      target: { op: '<=', value: 150 },
      mainQuery: (s) => /from "children" as "ch"/.test(s),
    });
    const c = await measureLatency(ctx, {
      label: 'Child search: GET /cases?q=name (fuzzy, district caseload)',
      inputs: caseSearch,
      target: { op: '<=', value: 150 },
      mainQuery: (s) => /from "cases" as "c"/.test(s) && /limit/.test(s),
    });
    return [...m.figures, ...c.figures];
  },
};
