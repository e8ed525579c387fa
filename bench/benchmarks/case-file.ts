import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { casesOf, districtsByOpenCases, spreadOf, staffOf } from '../harness/samples.js';
import type { Benchmark } from '../harness/types.js';

// A case file opened with its history (issue 5: p95 ≤ 50 ms): GET /cases/:id
// for CPWOs (any case of the district, open or closed) and for NGO
// caseworkers (their own cases). Each read is audited, as in production.

export const benchmark: Benchmark = {
  name: 'case-file',
  description: 'A case file opened, with every section and its timeline (the read is audited)',
  async run(ctx) {
    const districts = spreadOf(await districtsByOpenCases(ctx), 5);
    const inputs: LatencyInput[] = [];
    for (const d of districts) {
      const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
      if (!cpwo) continue;
      const session = await ctx.app.signIn(cpwo.id);
      const ids = [...(await casesOf(ctx, d.districtId, 'open', 6)), ...(await casesOf(ctx, d.districtId, 'any', 4))];
      inputs.push(...ids.map((id) => ({ session, path: `/api/v1/cases/${id}` })));
    }
    const leads = await ctx.raw.query<{ lead: string; id: string }>(
      `select c.lead_caseworker_id as lead, c.id from cases c join users u on u.id = c.lead_caseworker_id
       where u.role = 'cso_caseworker' and c.stage in ('implementation', 'review') order by c.id limit 10`,
    );
    for (const l of leads) inputs.push({ session: await ctx.app.signIn(l.lead), path: `/api/v1/cases/${l.id}` });
    const r = await measureLatency(ctx, {
      label: 'Case file: GET /cases/:id (with history)',
      inputs,
      target: { op: '<=', value: 50 },
      mainQuery: (s) => /from "cases" as "c"/.test(s) && /"timeline"/.test(s),
    });
    return r.figures;
  },
};
