import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { casesOf, districtsByOpenCases, spreadOf, staffOf } from '../harness/samples.js';
import type { Benchmark } from '../harness/types.js';

// The service directory (issue 11): provider suggestions for a child's village
// (p95 ≤ 50 ms and ≤ 2× the same SQL raw), and the coverage-gap view of the
// largest district (p95 ≤ 300 ms). The directory is whole at every seed scale
// (every district's providers), so these are national-scale figures.

const NEEDS = ['medical_care', 'psychosocial_support', 'legal_aid', 'investigation', 'safe_shelter', 'education_support'];

export const benchmark: Benchmark = {
  name: 'directory',
  description: "Provider suggestions for a case's need, and a district's coverage gaps",
  async skip(ctx) {
    const [row] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from provider_services`).catch(() => [{ n: 0 }]);
    return row && row.n > 0 ? null : 'no service directory in this database (seed it again)';
  },
  async run(ctx) {
    const districts = spreadOf(await districtsByOpenCases(ctx), 6);
    const inputs: LatencyInput[] = [];
    for (const d of districts) {
      const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
      if (!cpwo) continue;
      const session = await ctx.app.signIn(cpwo.id);
      const ids = await casesOf(ctx, d.districtId, 'open', 4);
      ids.forEach((id, i) => inputs.push({ session, path: `/api/v1/cases/${id}/provider-suggestions?serviceType=${NEEDS[i % NEEDS.length]}` }));
    }
    const suggestions = await measureLatency(ctx, {
      label: 'Provider suggestions: GET /cases/:id/provider-suggestions',
      inputs,
      target: { op: '<=', value: 50 },
      ratioTarget: { op: '<=', value: 2 },
      mainQuery: (s) => /from "provider_service_areas" as "a"/.test(s),
    });

    // The largest district: the most sectors, then the most services touching it.
    const [largest] = await ctx.raw.query<{ id: string }>(
      `select d.id from places d where d.level = 2
       order by (select count(*) from places s where s.parent_id = d.id) desc,
                (select count(*) from provider_service_areas a where a.place_id like d.id || '%') desc, d.id limit 1`,
    );
    const [officer] = await staffOf(ctx, 'ncda_officer', undefined, 1);
    const coverage = await measureLatency(ctx, {
      label: `Coverage gaps of the largest district (${largest!.id}): GET /directory/coverage`,
      inputs: [{ session: await ctx.app.signIn(officer!.id), path: `/api/v1/directory/coverage?districtId=${largest!.id}` }],
      target: { op: '<=', value: 300 },
      mainQuery: (s) => /from "provider_service_areas" as "a"/.test(s),
    });
    return [...suggestions.figures, ...coverage.figures];
  },
};
