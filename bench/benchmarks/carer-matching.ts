import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { pick } from '../harness/samples.js';
import type { Benchmark } from '../harness/types.js';
import { DEFAULT_UNTIL } from '../../seed/seed-plan.js';

// Carer matching (the alternative care issue): the approved carers suggested
// for a child in care, nearest first, with room for the sibling group, who
// take the child's age (p95 ≤ 100 ms), against the same SQL sent raw. The
// foster carers register is whole at every seed scale (every district's
// carers), so the carers scanned are the national figure; the placements
// that fill them follow the seed's scale.

export const benchmark: Benchmark = {
  name: 'carer-matching',
  description: 'Approved foster carers matched to a child in care: GET /cases/:id/care/carer-matches',
  async skip(ctx) {
    const [row] = await ctx.raw
      .query<{ n: number }>(`select count(*)::int as n from (select 1 from care_gatekeeping where care_form is not null limit 1) x`)
      .catch(() => [{ n: 0 }]);
    return row && row.n > 0 ? null : 'no alternative care in this database (seed it again)';
  },
  async run(ctx) {
    // Open cases whose gatekeeping chose alternative care, of children under 17, across the country (the districts' registers differ
    // in size), each matched by its lead caseworker; half for emergency foster care, some for a sibling pair.
    const rows = await ctx.raw.query<{ id: string; lead: string }>(
      `select c.id, c.lead_caseworker_id as lead from cases c join children ch on ch.id = c.child_id
       where c.stage not in ('closed', 'transferred') and ch.date_of_birth > $1::date - interval '17 years'
         and exists (select 1 from care_gatekeeping g where g.case_id = c.id and g.care_form is not null)
       order by hashtext(c.id::text || $2) limit 400`,
      [DEFAULT_UNTIL, String(ctx.options.seed)],
    );
    const inputs: LatencyInput[] = [];
    for (const [i, c] of pick(rows, 24, ctx.options.seed).entries()) {
      const session = await ctx.app.signIn(c.lead);
      const careForm = i % 2 === 0 ? 'long_term_foster_care' : 'emergency_foster_care';
      inputs.push({ session, path: `/api/v1/cases/${c.id}/care/carer-matches?careForm=${careForm}&siblingGroup=${i % 3 === 2 ? 2 : 1}` });
    }
    if (inputs.length === 0) throw new Error('no open case of a child in care to match carers for');
    const result = await measureLatency(ctx, {
      label: 'Carer matching: GET /cases/:id/care/carer-matches',
      inputs,
      target: { op: '<=', value: 100 },
      ratioTarget: { op: '<=', value: 3 },
      mainQuery: (s) => /from "foster_carers" as "fc"/.test(s),
    });
    return result.figures;
  },
};
