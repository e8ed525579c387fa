import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePglite, preparePostgres, type BenchDatabase } from './harness/bench-database.js';
import { machine, table, type TargetRun } from './harness/report.js';
import { runBenchmarks } from './harness/runner.js';
import type { BenchOptions } from './harness/types.js';

// `npm run bench -- [options]`: seeds (when empty) and measures Rinda on
// PostgreSQL and on the embedded database; prints a table and writes
// bench/results/<timestamp>.json.
//   --db=postgres|pglite|both        (both)
//   --url=<postgres url>             (BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/rinda_bench)
//   --pglite-dir=<folder>            (data/bench-pglite)
//   --scale=<0..1>                   PostgreSQL seed scale when it seeds (1)
//   --pglite-scale=<0..1>            embedded seed scale when it seeds (0.01)
//   --reseed                         drop the bench databases and seed again
//   --duration=<s> --users=<n>       mixed load (60 s, 200 users)
//   --samples=<n>                    requests per latency figure (200)
//   --seed=<n>                       the PRNG seed (seed and picks)
//   --only=<name,name>               some benchmarks only

type CliOptions = BenchOptions & {
  db: 'postgres' | 'pglite' | 'both';
  url: string;
  pgliteDir: string;
  scale: number;
  pgliteScale: number;
  reseed: boolean;
  only: string[] | null;
};

function parse(argv: string[]): CliOptions {
  const o: CliOptions = {
    db: 'both',
    url: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rinda_bench',
    pgliteDir: 'data/bench-pglite',
    scale: 1,
    pgliteScale: 0.01,
    reseed: false,
    only: null,
    duration: 60,
    users: 200,
    samples: 200,
    seed: 20_161_125,
  };
  for (const arg of argv) {
    const [, key, value] = /^--([a-z-]+)(?:=(.*))?$/.exec(arg) ?? [];
    const n = Number(value);
    switch (key) {
      case 'db':
        if (value !== 'postgres' && value !== 'pglite' && value !== 'both') throw new Error('--db=postgres|pglite|both');
        o.db = value;
        break;
      case 'url':
        o.url = value!;
        break;
      case 'pglite-dir':
        o.pgliteDir = value!;
        break;
      case 'scale':
        o.scale = n;
        break;
      case 'pglite-scale':
        o.pgliteScale = n;
        break;
      case 'reseed':
        o.reseed = true;
        break;
      case 'duration':
        o.duration = n;
        break;
      case 'users':
        o.users = n;
        break;
      case 'samples':
        o.samples = n;
        break;
      case 'seed':
        o.seed = n;
        break;
      case 'only':
        o.only = value!.split(',');
        break;
      default:
        throw new Error(`unknown option ${arg} (see the top of bench/run.ts)`);
    }
  }
  for (const [k, v] of Object.entries({ scale: o.scale, pgliteScale: o.pgliteScale })) if (!(v > 0 && v <= 1)) throw new Error(`${k} must be in (0, 1]`);
  for (const [k, v] of Object.entries({ duration: o.duration, users: o.users, samples: o.samples }))
    if (!(Number.isInteger(v) && v > 0)) throw new Error(`${k} must be a positive whole number`);
  return o;
}

async function main() {
  const o = parse(process.argv.slice(2));
  const log = (m: string) => process.stdout.write(m + '\n');
  const startedAt = new Date();
  const runs: TargetRun[] = [];
  const targets = o.db === 'both' ? (['postgres', 'pglite'] as const) : [o.db];
  for (const kind of targets) {
    const prepared: BenchDatabase =
      kind === 'postgres'
        ? await preparePostgres(o.url, { scale: o.scale, seed: o.seed, reseed: o.reseed, log })
        : await preparePglite(o.pgliteDir, { scale: o.pgliteScale, seed: o.seed, reseed: o.reseed, log });
    try {
      log(
        `\n=== ${kind}: ${Object.entries(prepared.counts)
          .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
          .join(', ')} ===`,
      );
      const results = await runBenchmarks(prepared.database, prepared.url, o, log, o.only);
      runs.push({
        database: kind,
        scale: prepared.seeded?.options.scale ?? (kind === 'postgres' ? o.scale : o.pgliteScale),
        counts: prepared.counts,
        seed: prepared.seeded ? { seconds: prepared.seeded.seconds, steps: prepared.seeded.steps } : null,
        results,
      });
    } finally {
      await prepared.database.close();
    }
  }
  log('\n' + table(runs));
  const dir = new URL('./results/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const { db, url, pgliteDir, scale, pgliteScale, reseed, only, ...benchOptions } = o;
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt,
        machine: machine(),
        options: { db, pgliteDir, scale, pgliteScale, reseed, only, url: url.replace(/:[^:@/]*@/, ':***@'), ...benchOptions },
        runs,
      },
      null,
      2,
    ),
  );
  log(`\nresults: ${file}`);
  const failed = runs.some((r) => r.results.some((x) => x.error));
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
