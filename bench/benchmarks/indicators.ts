import { computeBreakdowns } from '../../src/indicators/indicator.service.js';
import { INDICATORS } from '../../src/indicators/indicator-registry.js';
import { parsePeriod } from '../../src/indicators/period.js';
import { districtsByOpenCases, staffOf } from '../harness/samples.js';
import { fmt, summarise } from '../harness/stats.js';
import type { Benchmark, BenchContext, Figure } from '../harness/types.js';

// The M&E dashboards (issue 17): the national dashboard (every panel in one
// request) cold and warm (≤ 1 s, ≤ 300 ms), a district drill-down (≤ 300 ms),
// each figure against the same figure aggregated from the records in the same
// run (≤ 0.1×), and the kept counts checked against that raw aggregate group
// by group. "Cold" is the first request for a period nothing has read yet in
// this run (the year before the latest month's); the database's own caches are
// whatever the run left them.

const RUNS = 5;

const DISAGREEMENTS = `
  select count(*)::int as n from (
    (select indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail, n, total
       from indicator_counts where n <> 0
     except select * from indicator_counts_live)
    union all
    (select * from indicator_counts_live
     except select indicator, month, district_id, sector_id, tier, case_type, sex, age_band, disability, refugee_status, relationship, detail, n, total
       from indicator_counts where n <> 0)
  ) x`;

async function worst(n: number, fn: () => Promise<unknown>): Promise<{ max: number; p50: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const s = summarise(samples);
  return { max: s.max, p50: s.p50 };
}

async function get(ctx: BenchContext, session: Parameters<BenchContext['http']['get']>[0], path: string) {
  const r = await ctx.http.get(session, path);
  if (r.status !== 200) throw new Error(`${path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`);
  return r;
}

export const benchmark: Benchmark = {
  name: 'indicators',
  description: 'M&E dashboards: national (all panels) cold and warm, a district drill-down, each figure against the raw aggregate',
  async skip(ctx) {
    const [row] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from indicator_counts`).catch(() => [{ n: 0 }]);
    return row && row.n > 0 ? null : 'no kept indicator counts in this database (migrate it)';
  },
  async run(ctx) {
    const [latest] = await ctx.raw.query<{ m: string }>(`select to_char(max(month), 'YYYY-MM') as m from indicator_counts where indicator = 'enrolled'`);
    const month = latest!.m;
    const year = String(Number(month.slice(0, 4)) - 1);
    const [analyst] = await staffOf(ctx, 'analyst', undefined, 1);
    const [officer] = analyst ? [analyst] : await staffOf(ctx, 'ncda_officer', undefined, 1);
    const national = await ctx.app.signIn(officer!.id);
    const [largest] = await districtsByOpenCases(ctx);
    const [cpwo] = await staffOf(ctx, 'cpwo', largest!.districtId, 1);
    const district = await ctx.app.signIn(cpwo!.id);

    // The national dashboard: every panel, bars by province.
    const cold = await worst(1, () => get(ctx, national, `/api/v1/indicators/figures?place=RW&period=${year}&by=place`));
    const warm = await worst(RUNS, () => get(ctx, national, `/api/v1/indicators/figures?place=RW&period=${month}&by=place`));
    const trend = await worst(RUNS, () => get(ctx, national, `/api/v1/indicators/figures?place=RW&period=${month.slice(0, 4)}&by=month`));
    const drill = await worst(RUNS, () => get(ctx, district, `/api/v1/indicators/figures?place=${largest!.districtId}&period=${month}&by=place`));
    ctx.log(`  indicators: national cold ${fmt(cold.max)} ms, warm worst ${fmt(warm.max)} ms; district ${largest!.districtId} worst ${fmt(drill.max)} ms`);

    const figures: Figure[] = [
      { name: `National dashboard, all panels, by province (cold: ${year}, first read)`, value: cold.max, unit: 'ms', target: { op: '<=', value: 1000 } },
      { name: `National dashboard, all panels, by province (warm, ${month}, worst of ${RUNS})`, value: warm.max, unit: 'ms', target: { op: '<=', value: 300 } },
      { name: `National trend by month (${month.slice(0, 4)}, worst of ${RUNS})`, value: trend.max, unit: 'ms', target: { op: '<=', value: 300 } },
      {
        name: `District drill-down by sector (${largest!.districtId}, ${month}, worst of ${RUNS})`,
        value: drill.max,
        unit: 'ms',
        target: { op: '<=', value: 300 },
      },
    ];

    // Each kept figure against the same figure summed from the records' own
    // fact rows as the query runs (one row per case, referral, feedback and
    // report: what a dashboard without kept counts would aggregate at best).
    // The aggregate from the records themselves (every join, every subquery)
    // is timed once below, for all figures together.
    const db = ctx.app.ctx.database.db;
    const period = parsePeriod(month)!;
    const now = ctx.app.ctx.clock.now();
    for (const d of INDICATORS.filter((x) => x.source === 'counts')) {
      const q = { placeId: 'RW', period, by: null, now };
      const k = await computeBreakdowns(db, [d], { ...q, raw: false });
      const kept = await worst(3, () => computeBreakdowns(db, [d], { ...q, raw: false }));
      let r: Awaited<ReturnType<typeof computeBreakdowns>> | undefined;
      const raw = await worst(1, async () => (r = await computeBreakdowns(db, [d], { ...q, raw: 'facts' })));
      if (JSON.stringify(k.get(d.id)) !== JSON.stringify(r!.get(d.id))) throw new Error(`${d.id}: the kept figure differs from the aggregate of the records`);
      figures.push({
        name: `${d.id}, national, ${month}`,
        value: kept.max,
        unit: 'ms',
        baseline: { name: 'the same figure summed from the records’ fact rows', value: raw.max, unit: 'ms' },
        ratio: kept.max / raw.max,
        ratioTarget: { op: '<=', value: 0.1 },
        detail: 'identical both ways',
      });
    }

    // The kept counts against the aggregate of the records themselves, group by group.
    const t = performance.now();
    const [wrong] = await ctx.raw.query<{ n: number }>(DISAGREEMENTS);
    const [groups] = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from indicator_counts where n <> 0`);
    if (wrong!.n > 0) throw new Error(`indicator_counts disagrees with the records on ${wrong!.n} groups`);
    figures.push({
      name: 'Kept indicator counts that disagree with the raw aggregate',
      value: wrong!.n,
      unit: 'count',
      target: { op: '=', value: 0 },
      detail: `${groups!.n} groups compared; aggregating every figure from the records took ${fmt(performance.now() - t)} ms`,
    });
    return figures;
  },
};
