import { fmt, summarise } from '../harness/stats.js';
import type { Benchmark } from '../harness/types.js';

// The national count the dashboards will stand on (issue 5: ≤ 1 s, without a
// search engine or a nightly rebuild): every case counted by district, tier,
// case type and month opened (Kigali time). There is no dashboard endpoint
// yet, so the query is measured as SQL; the baseline is a plain count of the
// same table in the same run.

export const NATIONAL_COUNT_SQL = `
  select c.district_id, c.tier, t.case_type, date_trunc('month', c.opened_at at time zone 'Africa/Kigali') as month, count(*)::int as cases
  from cases c cross join lateral unnest(c.case_types) as t(case_type)
  group by 1, 2, 3, 4`;

const RUNS = 5;

export const benchmark: Benchmark = {
  name: 'national-count',
  description: 'National count of cases by district, tier, case type and month',
  async run(ctx) {
    const time = async (sql: string) => {
      const t = performance.now();
      const rows = await ctx.raw.query(sql);
      return { ms: performance.now() - t, rows: rows.length };
    };
    await time(NATIONAL_COUNT_SQL); // warm
    const counts: number[] = [];
    const scans: number[] = [];
    let groups = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await time(NATIONAL_COUNT_SQL);
      groups = r.rows;
      counts.push(r.ms);
      scans.push((await time('select count(*) from cases')).ms);
    }
    const c = summarise(counts);
    const s = summarise(scans);
    ctx.log(`  national count: ${groups} groups; worst ${fmt(c.max)} ms, median ${fmt(c.p50)} ms; count(*) worst ${fmt(s.max)} ms`);
    return [
      {
        name: 'National count by district, tier, case type and month (worst of 5)',
        value: c.max / 1000,
        unit: 's',
        target: { op: '<=', value: 1 },
        baseline: { name: 'select count(*) from cases (worst of 5)', value: s.max / 1000, unit: 's' },
        ratio: c.max / s.max,
        detail: `${groups} groups; median ${fmt(c.p50)} ms`,
      },
    ];
  },
};
