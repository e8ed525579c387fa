import { fmt, summarise } from '../harness/stats.js';
import type { Benchmark, BenchContext } from '../harness/types.js';

// The national count the dashboards will stand on (issue 5: ≤ 1 s, without a
// search engine or a nightly rebuild): every case counted by district, tier,
// case type and month opened (Kigali time). The counts are kept by a trigger
// in case_month_counts (migrations/0007_national_scale.sql); the baseline is
// the same figures aggregated from the cases themselves, in the same run, and
// the two must agree.

export const COUNTS_SQL = `
  select district_id, tier, case_type, month::text as month, cases from case_month_counts where cases > 0`;

export const AGGREGATE_SQL = `
  select c.district_id, c.tier, x.case_type, date_trunc('month', c.opened_at at time zone 'Africa/Kigali')::date::text as month, count(*)::int as cases
  from cases c cross join lateral (select distinct unnest(c.case_types) as case_type) x
  group by 1, 2, 3, 4`;

const RUNS = 5;

type Row = { district_id: string; tier: number; case_type: string; month: string; cases: number };
const key = (r: Row) => `${r.district_id}|${r.tier}|${r.case_type}|${r.month}`;

async function timed(ctx: BenchContext, query: string) {
  const t = performance.now();
  const rows = await ctx.raw.query<Row>(query);
  return { ms: performance.now() - t, rows };
}

export const benchmark: Benchmark = {
  name: 'national-count',
  description: 'National count of cases by district, tier, case type and month',
  async run(ctx) {
    const [kept] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_name = 'case_month_counts'`);
    const query = kept!.n > 0 ? COUNTS_SQL : AGGREGATE_SQL;
    const counted: number[] = [];
    const aggregated: number[] = [];
    let last: { counts: Row[]; aggregate: Row[] } = { counts: [], aggregate: [] };
    await timed(ctx, query); // warm
    for (let i = 0; i < RUNS; i++) {
      const c = await timed(ctx, query);
      const a = await timed(ctx, AGGREGATE_SQL);
      counted.push(c.ms);
      aggregated.push(a.ms);
      last = { counts: c.rows, aggregate: a.rows };
    }
    // The kept counts must be the counts.
    const expected = new Map(last.aggregate.map((r) => [key(r), Number(r.cases)]));
    const wrong = last.counts.filter((r) => expected.get(key(r)) !== Number(r.cases)).length + Math.abs(expected.size - last.counts.length);
    if (wrong > 0) throw new Error(`case_month_counts disagrees with the cases on ${wrong} groups`);
    const c = summarise(counted);
    const a = summarise(aggregated);
    ctx.log(
      `  national count: ${last.counts.length} groups; kept counts worst ${fmt(c.max)} ms; aggregated from cases worst ${fmt(a.max)} ms, median ${fmt(a.p50)} ms`,
    );
    return [
      {
        name: `National count by district, tier, case type and month (${kept!.n > 0 ? 'case_month_counts' : 'aggregate of cases'}, worst of ${RUNS})`,
        value: c.max / 1000,
        unit: 's',
        target: { op: '<=', value: 1 },
        baseline: { name: `the same counts aggregated from cases (worst of ${RUNS})`, value: a.max / 1000, unit: 's' },
        ratio: c.max / a.max,
        detail: `${last.counts.length} groups, identical both ways; aggregating from cases: median ${fmt(a.p50)} ms`,
      },
    ];
  },
};
