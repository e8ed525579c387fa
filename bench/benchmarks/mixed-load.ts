import { Worker } from 'node:worker_threads';
import type { BenchSession } from '../harness/bench-app.js';
import type { LoadAction, LoadPlan, LoadResult, VirtualUser } from '../harness/load-worker.js';
import { casesOf, pick } from '../harness/samples.js';
import { describe, fmt, summarise } from '../harness/stats.js';
import type { Benchmark, BenchContext, Figure } from '../harness/types.js';

// Mixed load (issue 5): 200 signed-in users at once for a while — CPWOs on
// their worklists, caseloads, case files and new reports; NGO caseworkers on
// their cases and notes; IZU sending reports — with 0 errors; then the write
// path on its own: reports per second through the API against single-row
// INSERTs per second sent raw, at the same concurrency, in the same run.

const THINK_MS = 1000; // a user waits 0-1 s between actions
const WRITERS = 20;

const OPEN = `('intake', 'assessment', 'planning', 'implementation', 'review')`;

function reportBody(channel: string, placeId: string) {
  return {
    channel,
    ...(channel !== 'izu' && { reporter: { name: 'Reporter Synth', relationship: 'teacher' } }),
    child: { name: 'Child Synth Load', sex: 'female', ageYears: 9 },
    placeId,
    whatHappened: 'Synthetic report sent by the load benchmark',
  };
}

async function runWorker(plan: LoadPlan): Promise<LoadResult> {
  const worker = new Worker(new URL('../harness/load-worker-entry.mjs', import.meta.url), { workerData: plan });
  try {
    const msg = await new Promise<{ ok: boolean; result?: LoadResult; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!msg.ok) throw new Error(`load worker failed: ${msg.error}`);
    return msg.result!;
  } finally {
    await worker.terminate();
  }
}

const user = (s: BenchSession, actions: LoadAction[]): VirtualUser => ({ cookie: s.cookie, csrf: s.csrf, actions });

async function virtualUsers(ctx: BenchContext): Promise<VirtualUser[]> {
  const n = ctx.options.users;
  const nCpwo = Math.max(1, Math.round(n * 0.3));
  const nIzu = Math.max(1, Math.round(n * 0.15));
  const nCso = Math.max(1, n - nCpwo - nIzu);
  const seed = ctx.options.seed;
  const users: VirtualUser[] = [];
  const cpwos = pick(
    await ctx.raw.query<{ id: string; jurisdiction_id: string }>(`select id, jurisdiction_id from users where role = 'cpwo' and active order by id`),
    nCpwo,
    seed,
  );
  for (const c of cpwos) {
    const ids = await casesOf(ctx, c.jurisdiction_id, 'open', 20);
    const villages = await ctx.raw.query<{ place_id: string }>(`select distinct place_id from cases where district_id = $1 and stage in ${OPEN} limit 10`, [
      c.jurisdiction_id,
    ]);
    if (ids.length === 0 || villages.length === 0) continue;
    const s = await ctx.app.signIn(c.id);
    users.push(
      user(s, [
        {
          name: 'GET /worklist',
          weight: 25,
          method: 'GET',
          paths: ['/api/v1/worklist', '/api/v1/worklist?tier=1', '/api/v1/worklist?due=overdue'],
          write: false,
        },
        {
          name: 'GET /cases (caseload)',
          weight: 20,
          method: 'GET',
          paths: ['/api/v1/cases?tier=1&stage=implementation', '/api/v1/cases?stage=assessment', '/api/v1/cases?tier=2'],
          write: false,
        },
        { name: 'GET /cases/:id', weight: 30, method: 'GET', paths: ids.map((id) => `/api/v1/cases/${id}`), write: false },
        {
          name: 'GET /children/matches',
          weight: 5,
          method: 'GET',
          paths: ['/api/v1/children/matches?givenName=Aline&familyName=Uwase', '/api/v1/children/matches?givenName=Eric&familyName=Mugisha&sex=male'],
          write: false,
        },
        { name: 'POST /reports', weight: 10, method: 'POST', paths: ['/api/v1/reports'], body: reportBody('school', villages[0]!.place_id), write: true },
        {
          name: 'POST /cases/:id/notes',
          weight: 10,
          method: 'POST',
          paths: ids.map((id) => `/api/v1/cases/${id}/notes`),
          body: { body: 'Synthetic note from the load benchmark' },
          write: true,
        },
      ]),
    );
  }
  const csos = await ctx.raw.query<{ lead: string; ids: string[] }>(
    `select c.lead_caseworker_id as lead, (array_agg(c.id order by c.id))[1:20] as ids
     from cases c join users u on u.id = c.lead_caseworker_id
     where u.role = 'cso_caseworker' and c.stage in ${OPEN} group by 1 order by hashtext(c.lead_caseworker_id::text || $2) limit $1`,
    [nCso, String(seed)],
  );
  for (const c of csos) {
    const s = await ctx.app.signIn(c.lead);
    users.push(
      user(s, [
        { name: 'GET /cases (caseload)', weight: 20, method: 'GET', paths: ['/api/v1/cases', '/api/v1/cases?stage=implementation'], write: false },
        { name: 'GET /worklist', weight: 15, method: 'GET', paths: ['/api/v1/worklist'], write: false },
        { name: 'GET /cases/:id', weight: 45, method: 'GET', paths: c.ids.map((id) => `/api/v1/cases/${id}`), write: false },
        {
          name: 'POST /cases/:id/notes',
          weight: 20,
          method: 'POST',
          paths: c.ids.map((id) => `/api/v1/cases/${id}/notes`),
          body: { body: 'Synthetic note from the load benchmark' },
          write: true,
        },
      ]),
    );
  }
  const izus = await ctx.raw.query<{ id: string; jurisdiction_id: string }>(
    `select id, jurisdiction_id from users where role = 'izu' and active order by hashtext(id::text || $2) limit $1`,
    [nIzu, String(seed)],
  );
  for (const z of izus) {
    const s = await ctx.app.signIn(z.id);
    users.push(
      user(s, [
        { name: 'POST /reports', weight: 60, method: 'POST', paths: ['/api/v1/reports'], body: reportBody('izu', z.jurisdiction_id), write: true },
        { name: 'GET /visit-tasks', weight: 40, method: 'GET', paths: ['/api/v1/visit-tasks'], write: false },
      ]),
    );
  }
  return users;
}

/**
 * Single-row INSERTs of a report, `concurrency` at a time, for `seconds`: the
 * raw write baseline. They go to a scratch copy of incident_reports (same
 * columns, defaults, checks and indexes), dropped afterwards: deleting rows
 * from the real table would check every table that refers to it.
 */
async function rawInserts(ctx: BenchContext, concurrency: number, seconds: number): Promise<number> {
  const [recorder] = await ctx.raw.query<{ id: string; jurisdiction_id: string }>(
    `select id, jurisdiction_id from users where role = 'cpwo' order by id limit 1`,
  );
  const [village] = await ctx.raw.query<{ id: string }>(`select id from places where level = 5 and id like $1 order by id limit 1`, [
    recorder!.jurisdiction_id + '%',
  ]);
  await ctx.raw.query(`drop table if exists bench_raw_reports`);
  await ctx.raw.query(`create table bench_raw_reports (like incident_reports including all)`);
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  let k = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          await ctx.raw.query(
            `insert into bench_raw_reports (reference, district_id, place_id, channel, child_name, child_sex, child_age_years, what_happened, received_at, recorded_by, created_at, updated_at)
             values ($1, $2, $3, 'school', 'Child Synth Load', 'female', 9, 'Synthetic raw insert of the load benchmark', now(), $4, now(), now())`,
            [`BENCH-${process.pid}-${++k}`, recorder!.jurisdiction_id, village!.id, recorder!.id],
          );
          done++;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  } finally {
    await ctx.raw.query(`drop table bench_raw_reports`);
  }
}

export const benchmark: Benchmark = {
  name: 'mixed-load',
  description: 'Signed-in users at once (worklists, case files, new reports, notes), then the write path against raw INSERTs',
  order: 90,
  async run(ctx) {
    const users = await virtualUsers(ctx);
    ctx.log(`  ${users.length} users for ${ctx.options.duration} s…`);
    const load = await runWorker({ baseUrl: ctx.app.baseUrl, users, seconds: ctx.options.duration, thinkMs: THINK_MS, seed: ctx.options.seed });
    const all = Object.values(load.latencies).flat();
    const total = summarise(all);
    const perAction = Object.entries(load.latencies)
      .sort()
      .map(([name, ms]) => `${name} p95 ${fmt(summarise(ms).p95)} ms (${ms.length})`)
      .join('; ');
    ctx.log(`  mixed: ${describe(total)}; ${(all.length / load.seconds).toFixed(0)} req/s; ${load.errorCount} errors`);
    ctx.log(`  ${perAction}`);
    for (const e of load.errors.slice(0, 5)) ctx.log(`  error: ${e.action} ${e.status} ${e.body}`);

    // The write path alone: reports through the API, as fast as they go.
    const writers = users.filter((u) => u.actions.some((a) => a.name === 'POST /reports')).slice(0, WRITERS);
    const burstSeconds = Math.max(3, Math.round(ctx.options.duration / 4));
    const burst = await runWorker({
      baseUrl: ctx.app.baseUrl,
      users: writers.map((u) => ({ ...u, actions: u.actions.filter((a) => a.name === 'POST /reports').map((a) => ({ ...a, weight: 1 })) })),
      seconds: burstSeconds,
      thinkMs: 0,
      seed: ctx.options.seed,
    });
    const apiRate = burst.writes / burst.seconds;
    const rawRate = await rawInserts(ctx, writers.length, burstSeconds);
    const writeP95 = summarise(Object.values(burst.latencies).flat()).p95;
    ctx.log(
      `  write path: ${apiRate.toFixed(0)} reports/s through the API (p95 ${fmt(writeP95)} ms, ${burst.errorCount} errors) vs ${rawRate.toFixed(0)} raw INSERTs/s, ${writers.length} at a time`,
    );

    const figures: Figure[] = [
      {
        name: `Mixed load: ${users.length} users × ${ctx.options.duration} s, errors`,
        value: load.errorCount,
        unit: 'count',
        target: { op: '=', value: 0 },
        detail:
          load.errors
            .slice(0, 3)
            .map((e) => `${e.action} ${e.status}`)
            .join('; ') || undefined,
      },
      {
        name: 'Mixed load: p95 of all requests',
        value: total.p95,
        unit: 'ms',
        detail: `p50 ${fmt(total.p50)}, p99 ${fmt(total.p99)} ms; ${(all.length / load.seconds).toFixed(0)} requests/s, ${(load.writes / load.seconds).toFixed(1)} writes/s; ${perAction}`,
      },
      {
        name: `Write path: POST /reports per second (${writers.length} at a time)`,
        value: apiRate,
        unit: 'per s',
        baseline: { name: `raw single-row INSERT into incident_reports, ${writers.length} at a time`, value: rawRate, unit: 'per s' },
        ratio: apiRate / rawRate,
        detail: `p95 ${fmt(writeP95)} ms, ${burst.errorCount} errors`,
      },
    ];
    if (burst.errorCount > 0) figures[0]!.detail = `${figures[0]!.detail ?? ''}; write burst errors ${burst.errorCount}: ${burst.errors[0]?.body ?? ''}`;
    return figures;
  },
};
