import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { districtsByOpenCases, spreadOf, staffOf } from '../harness/samples.js';
import type { Benchmark } from '../harness/types.js';

// Place search (issue 12), as the forms, the IZU import and the SMS parser
// ask it: names typed as heard (r for l, numerals either way, vowels dropped,
// doubled letters), a common village narrowed by its cell or sector, and
// names shared by a district and villages, from CPWOs of several districts
// (the ranking puts their own district first). Reported against the same SQL
// sent raw in the same run.

const QUERIES = [
  'Gasabo',
  'Kabuga, Shaki',
  'Kabuga Shaki',
  'Rweru Ii',
  'rweru 2',
  'Nyalugenge',
  'Nyrgng',
  'Kigarama',
  'Remera',
  'Rugarama, Gatsibo',
  'Kacyru',
  'Lwelu',
  'Kimironko',
  'Nyamata',
  'Gikondo',
  'Muhanga',
];

export const benchmark: Benchmark = {
  name: 'place-search',
  description: 'Place search: GET /places ranked (exact, key, prefix, skeleton, trigram; ancestors; own jurisdiction first)',
  async run(ctx) {
    const districts = spreadOf(await districtsByOpenCases(ctx), 4);
    const inputs: LatencyInput[] = [];
    for (const d of districts) {
      const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
      if (!cpwo) continue;
      const session = await ctx.app.signIn(cpwo.id);
      for (const q of QUERIES) inputs.push({ session, path: `/api/v1/places?q=${encodeURIComponent(q)}&limit=20` });
    }
    const r = await measureLatency(ctx, {
      label: 'Place search: GET /places?q= (ranked, tolerant)',
      inputs,
      target: { op: '<=', value: 150 },
      mainQuery: (s) => /from "places" as "p"/.test(s),
    });
    return r.figures;
  },
};
