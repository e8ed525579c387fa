import { readdir } from 'node:fs/promises';
import type { Database } from '../../src/db/database.js';
import { startBenchApp } from './bench-app.js';
import { benchHttp } from './http.js';
import { rawSqlFor } from './raw-sql.js';
import type { Benchmark, BenchContext, BenchOptions, Figure, Target } from './types.js';

// Finds every benchmark in bench/benchmarks/ (one file each, exporting
// `benchmark`), runs them against one database through the real app, and
// decides for each figure whether its target is met.

export type BenchmarkResult = { name: string; description: string; seconds: number; figures: Figure[]; skipped?: string; error?: string };

const benchmarksDir = new URL('../benchmarks/', import.meta.url);

export async function discoverBenchmarks(only: string[] | null = null): Promise<Benchmark[]> {
  const files = (await readdir(benchmarksDir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const found: Benchmark[] = [];
  for (const f of files) {
    const mod = (await import(new URL(f, benchmarksDir).href)) as { benchmark?: Benchmark };
    if (!mod.benchmark) throw new Error(`bench/benchmarks/${f} exports no benchmark`);
    found.push(mod.benchmark);
  }
  // Loads that write run last, so they do not disturb the read benchmarks.
  found.sort((a, b) => (a.order ?? 50) - (b.order ?? 50) || a.name.localeCompare(b.name));
  return only ? found.filter((b) => only.includes(b.name)) : found;
}

export const meets = (value: number, t: Target) => (t.op === '<=' ? value <= t.value : t.op === '>=' ? value >= t.value : value === t.value);

export async function runBenchmarks(
  database: Database,
  url: string | null,
  options: BenchOptions,
  log: (m: string) => void,
  only: string[] | null = null,
): Promise<BenchmarkResult[]> {
  const benchmarks = await discoverBenchmarks(only);
  const app = await startBenchApp(database);
  const raw = rawSqlFor(database, url);
  const ctx: BenchContext = { kind: database.kind, database, app, http: benchHttp(app.baseUrl), raw, options, log };
  const results: BenchmarkResult[] = [];
  try {
    for (const b of benchmarks) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      log(`${b.name} (${database.kind}): ${b.description}`);
      try {
        const skipped = b.skip ? await b.skip(ctx) : null;
        if (skipped) {
          log(`  skipped: ${skipped}`);
          results.push({ name: b.name, description: b.description, seconds: seconds(), figures: [], skipped });
          continue;
        }
        const figures = (await b.run(ctx)).map((f) => ({
          ...f,
          ...(f.target && { met: meets(f.value, f.target) }),
          ...(f.ratioTarget && f.ratio !== undefined && { ratioMet: meets(f.ratio, f.ratioTarget) }),
        }));
        results.push({ name: b.name, description: b.description, seconds: seconds(), figures });
      } catch (err) {
        log(`  FAILED: ${(err as Error).stack ?? String(err)}`);
        results.push({ name: b.name, description: b.description, seconds: seconds(), figures: [], error: describeError(err) });
      }
    }
  } finally {
    await app.close();
    await raw.close();
  }
  return results;
}

/** The error and what caused it (fetch says only "fetch failed"; its cause names the socket's fault). */
function describeError(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error && parts.length < 4; e = e.cause)
    parts.push(`${e.message}${'code' in e && e.code ? ` (${String(e.code)})` : ''}`);
  return parts.length > 0 ? parts.join(': ') : String(err);
}
