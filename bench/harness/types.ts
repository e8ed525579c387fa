import type { Database } from '../../src/db/database.js';
import type { BenchApp } from './bench-app.js';
import type { BenchHttp } from './http.js';
import type { RawSql } from './raw-sql.js';

// What a benchmark file exports, and what it gets to run with. A benchmark
// returns figures; each figure may carry its target (met or not) and the
// baseline it was measured against in the same run.

export type Target = { op: '<=' | '>=' | '='; value: number };

export type Figure = {
  /** e.g. 'GET /api/v1/worklist p95' */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'per s' | 'count' | 'ratio';
  target?: Target;
  /** set by the harness from value and target */
  met?: boolean;
  /** what the value is compared with in this run, and value / baseline */
  baseline?: { name: string; value: number; unit: Figure['unit'] };
  ratio?: number;
  /** a second target on the ratio (e.g. HTTP ≤ 2× raw SQL) */
  ratioTarget?: Target;
  ratioMet?: boolean;
  detail?: string;
};

export type BenchOptions = {
  /** mixed load: seconds, and concurrent users */
  duration: number;
  users: number;
  /** latency benchmarks: measured requests per figure */
  samples: number;
  seed: number;
};

export type BenchContext = {
  kind: 'postgres' | 'pglite';
  database: Database;
  app: BenchApp;
  http: BenchHttp;
  raw: RawSql;
  options: BenchOptions;
  log(message: string): void;
};

export type Benchmark = {
  name: string;
  description: string;
  /** Run order (default 50); loads that write use 90 so they come last. */
  order?: number;
  /** Skip (with the reason) when what it measures is not there yet. */
  skip?(ctx: BenchContext): Promise<string | null>;
  run(ctx: BenchContext): Promise<Figure[]>;
};
