import type { CompiledQuery } from 'kysely';
import type { BenchSession } from './bench-app.js';
import { isRead } from './raw-sql.js';
import { describe, fmt, summarise, type Summary } from './stats.js';
import type { BenchContext, Figure, Target } from './types.js';

// Latency of one endpoint against the same SQL sent raw. Each measured
// request is followed at once by a raw replay of the read statements that
// request ran (recorded once per input), so both see the same machine.

export type LatencyInput = { session: BenchSession; path: string };

export type LatencySpec = {
  label: string;
  inputs: LatencyInput[];
  target: Target;
  /** a target on HTTP p95 / raw p95 (e.g. ≤ 2) */
  ratioTarget?: Target;
  /** which recorded statement is "the" query of the endpoint (also reported, raw, on its own) */
  mainQuery?: (sql: string) => boolean;
  /** answers other than 200 count as errors */
  expectStatus?: number;
};

export type LatencyResult = { http: Summary; raw: Summary; main: Summary | null; errors: number; figures: Figure[] };

export async function measureLatency(ctx: BenchContext, spec: LatencySpec): Promise<LatencyResult> {
  const expected = spec.expectStatus ?? 200;
  const recorded = new Map<number, CompiledQuery[]>();
  let errors = 0;
  let firstError = '';
  // Warm up every input once (caches, plans) while recording its SQL.
  for (let i = 0; i < spec.inputs.length; i++) {
    const input = spec.inputs[i]!;
    const queries = await ctx.app.recordQueries(async () => {
      const r = await ctx.http.get(input.session, input.path);
      if (r.status !== expected) throw new Error(`${spec.label}: warm-up ${input.path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
    });
    recorded.set(i, queries);
  }
  const http: number[] = [];
  const raw: number[] = [];
  const main: number[] = [];
  for (let n = 0; n < ctx.options.samples; n++) {
    const i = n % spec.inputs.length;
    const input = spec.inputs[i]!;
    const r = await ctx.http.get(input.session, input.path);
    if (r.status !== expected) {
      errors++;
      firstError ||= `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
      continue;
    }
    http.push(r.ms);
    const queries = recorded.get(i)!;
    raw.push(await ctx.raw.replayReads(queries));
    const mq = spec.mainQuery ? queries.find((q) => isRead(q) && spec.mainQuery!(q.sql)) : undefined;
    if (mq) main.push(await ctx.raw.replayReads([mq]));
  }
  const h = summarise(http);
  const rw = summarise(raw);
  const m = main.length ? summarise(main) : null;
  const statements = [...recorded.values()].reduce((s, q) => s + q.filter(isRead).length, 0) / Math.max(1, recorded.size);
  ctx.log(
    `  ${spec.label}: HTTP ${describe(h)}; raw reads ${describe(rw)}${m ? `; main query p95 ${fmt(m.p95)} ms` : ''}${errors ? `; ${errors} errors (${firstError})` : ''}`,
  );
  const figure: Figure = {
    name: `${spec.label} p95`,
    value: h.p95,
    unit: 'ms',
    target: spec.target,
    baseline: { name: `same ${statements.toFixed(1)} read statements, raw`, value: rw.p95, unit: 'ms' },
    ratio: h.p95 / rw.p95,
    ratioTarget: spec.ratioTarget,
    detail: `p50 ${fmt(h.p50)}, p99 ${fmt(h.p99)} ms over ${h.n} requests${m ? `; the main query alone p95 ${fmt(m.p95)} ms (HTTP/main ${(h.p95 / m.p95).toFixed(1)}×)` : ''}${errors ? `; ${errors} errors: ${firstError}` : ''}`,
  };
  return { http: h, raw: rw, main: m, errors, figures: [figure] };
}
