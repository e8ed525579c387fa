import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBenchmarks, runBenchmarks, type BenchmarkResult } from '../bench/harness/runner.js';
import { table } from '../bench/harness/report.js';
import { seedNational } from '../seed/national-seed.js';
import { DEFAULT_UNTIL } from '../seed/seed-plan.js';
import { freshDatabase } from './support/test-app.js';
import type { Database } from '../src/db/database.js';

// Every benchmark of `npm run bench`, run once on a tiny synthetic country so
// the harness and the benchmarks do not rot as the API grows. No timing is
// asserted here: figures are for `npm run bench` on the full data set.

let database: Database;
let results: BenchmarkResult[];

beforeAll(async () => {
  database = await freshDatabase();
  await seedNational(database, { scale: 0.0005, seed: 11, until: DEFAULT_UNTIL });
  results = await runBenchmarks(database, null, { duration: 2, users: 6, samples: 4, seed: 11 }, () => undefined);
}, 300_000);
afterAll(() => database.close());

describe('npm run bench (a tiny run)', () => {
  it('finds every benchmark file and runs each', async () => {
    const names = (await discoverBenchmarks()).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['worklist', 'case-file', 'child-search', 'national-count', 'csv-export', 'mixed-load']));
    expect(results.map((r) => r.name).sort()).toEqual([...names].sort());
    expect(names.at(-1)).toBe('mixed-load'); // the load that writes runs last
  });

  it('gets figures from every benchmark, without errors', () => {
    for (const r of results) {
      expect(r.error, `${r.name}: ${r.error}`).toBeUndefined();
      expect(r.figures.length, r.name).toBeGreaterThan(0);
      for (const f of r.figures) {
        expect(Number.isFinite(f.value), `${r.name}: ${f.name}`).toBe(true);
        if (f.target) expect(typeof f.met).toBe('boolean');
        if (f.baseline) expect(f.baseline.value, `${r.name}: ${f.name} baseline`).toBeGreaterThan(0);
      }
    }
    const mixed = results.find((r) => r.name === 'mixed-load')!;
    expect(mixed.figures[0]!.value, mixed.figures[0]!.detail).toBe(0); // no request failed
    expect(table([{ database: database.kind, scale: 0.0005, counts: {}, seed: null, results }])).toContain('Case file');
  });
});
