import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { loadMap } from '../../src/places/load-map.js';
import { seedNational, type SeedReport } from '../../seed/national-seed.js';
import { DEFAULT_UNTIL } from '../../seed/seed-plan.js';

// The databases the bench runs on: a PostgreSQL database of its own
// (created when missing) and an embedded one in a data folder, each seeded
// with the synthetic country when empty.

export type BenchDatabase = { database: Database; url: string | null; seeded: SeedReport | null; counts: Record<string, number> };

export async function preparePostgres(url: string, opts: { scale: number; seed: number; reseed: boolean; log: (m: string) => void }): Promise<BenchDatabase> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench database name must be a plain identifier: ${name}`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    if (opts.reseed) await admin.query(`drop database if exists ${name} with (force)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  // A pool as large as a production server's would be; the app and the seed share it.
  const database = await openPostgres(url, 20);
  return finish(database, url, opts);
}

export async function preparePglite(dataDir: string, opts: { scale: number; seed: number; reseed: boolean; log: (m: string) => void }): Promise<BenchDatabase> {
  if (opts.reseed) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dirname(dataDir), { recursive: true });
  const database = await openPglite({ dataDir });
  return finish(database, null, opts);
}

async function finish(database: Database, url: string | null, opts: { scale: number; seed: number; log: (m: string) => void }): Promise<BenchDatabase> {
  await migrate(database);
  await loadMap(database);
  const seededAlready = await sql<{ n: number }>`select count(*)::int as n from (select 1 from cases limit 1) x`.execute(database.db);
  let seeded: SeedReport | null = null;
  if (seededAlready.rows[0]!.n === 0) {
    opts.log(`seeding the ${database.kind} bench database at scale ${opts.scale}…`);
    seeded = await seedNational(database, { scale: opts.scale, seed: opts.seed, until: DEFAULT_UNTIL }, (m) => opts.log(m));
  }
  return { database, url, seeded, counts: await counts(database) };
}

export async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['users', 'children', 'incident_reports', 'cases', 'deadlines', 'case_events']) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(database.db);
    out[t] = r.rows[0]!.n;
  }
  return out;
}
