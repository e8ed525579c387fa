import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';
import { benchPasswordHash } from './bench-password.js';
import {
  BULK_TABLES,
  DERIVED_TABLES,
  dropSecondaryIndexes,
  rebuildDerivedTables,
  restoreIndexes,
  vacuumAnalyze,
  verifyForeignKeys,
  withSession,
} from './bulk-load.js';
import { buildCountry } from './country.js';
import { makePlan, type SeedOptions, type SeedPlan, type SeedStep } from './seed-plan.js';
import { WORK, workSchemaSql } from './seed-sql.js';
import { careSteps } from './steps/care.steps.js';
import { caseFollowupSteps } from './steps/case-followup.steps.js';
import { caseWorkSteps } from './steps/case-work.steps.js';
import { caseSteps } from './steps/cases.steps.js';
import { childSteps } from './steps/children.steps.js';
import { directorySteps } from './steps/directory.steps.js';
import { izuVisitSteps } from './steps/izu-visits.steps.js';
import { workforceSteps } from './steps/workforce.steps.js';
import { dataProtectionSteps } from './steps/data-protection.steps.js';
import { peopleSteps } from './steps/people.steps.js';
import { referralSteps } from './steps/referrals.steps.js';
import { reintegrationSteps } from './steps/reintegration.steps.js';
import { reportSteps } from './steps/reports.steps.js';
import { timelineSteps } from './steps/timeline.steps.js';

/** Every step; each runs once all it comes `after` are done. Later capabilities add theirs here. */
export const SEED_STEPS: SeedStep[] = [
  ...peopleSteps,
  ...childSteps,
  ...caseSteps,
  ...timelineSteps,
  ...caseWorkSteps,
  ...caseFollowupSteps,
  ...reportSteps,
  ...directorySteps,
  ...referralSteps,
  ...izuVisitSteps,
  ...workforceSteps,
  ...dataProtectionSteps,
  ...careSteps,
  ...reintegrationSteps,
];

/** Tables that must be empty (a database with rows in any of them is refused). */
const CASE_TABLES = ['incident_reports', 'children', 'cases'] as const;

export type SeedReport = {
  options: SeedOptions;
  database: 'postgres' | 'pglite';
  seconds: number;
  steps: { name: string; rows: number; seconds: number }[];
  counts: Record<string, number>;
};

export class NotEmptyError extends Error {}

/**
 * Fills an empty, migrated database (map loaded) with a synthetic country.
 * Refuses a database that already holds cases, reports, children or any user
 * but administrators: the seed never mixes with real data, and is not
 * idempotent (drop the database to seed again). Loads with triggers off, so
 * it needs a superuser (PGlite and a bench server are); every foreign key is
 * checked after the load.
 */
export async function seedNational(database: Database, options: SeedOptions, log: (m: string) => void = () => undefined): Promise<SeedReport> {
  const started = performance.now();
  await assertEmpty(database);
  const places = (
    await sql<{ id: string; name: string; level: number }>`select id, name, level from places where level in (2, 3, 5) order by id`.execute(database.db)
  ).rows;
  const plan = makePlan(options, buildCountry(places, options.seed), await benchPasswordHash(), log);
  const concurrency = database.kind === 'postgres' ? 2 : 1;
  log(`seeding: scale ${options.scale}, seed ${options.seed}, until ${options.until}, ${plan.children} children, ${concurrency} session(s)`);
  const present = new Set(
    (await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = current_schema()`.execute(database.db)).rows.map(
      (r) => r.t,
    ),
  );
  const steps = SEED_STEPS.filter((s) => (s.needs ?? []).every((t) => present.has(t)));
  const bulkTables = BULK_TABLES.filter((t) => present.has(t));
  const done: SeedReport['steps'] = [];
  const phase = async (name: string, fn: () => Promise<number>) => done.push(await timed(name, plan, fn));

  await withSession(database, async (q) => {
    for (const statement of workSchemaSql(options.seed)) await q.exec(statement);
  });
  await phase('drop secondary indexes', () => dropSecondaryIndexes(database, bulkTables));
  try {
    await runSteps(database, steps, plan, concurrency, done);
  } finally {
    // Even after a failure, so the schema is whole again.
    await phase('rebuild indexes', () => restoreIndexes(database, concurrency));
  }
  await phase('verify foreign keys', () => verifyForeignKeys(database, concurrency));
  await phase('rebuild derived tables', () => rebuildDerivedTables(database, present));
  await phase('drop work schema', () => withSession(database, (q) => q.exec(`drop schema ${WORK} cascade`)));
  const derived = DERIVED_TABLES.map((d) => d.table).filter((t) => present.has(t));
  const directory = [
    'provider_services',
    'provider_service_areas',
    'provider_schedules',
    'provider_phones',
    'provider_locations',
    'provider_focal_persons',
    'foster_carers',
  ].filter((t) => present.has(t));
  await phase('vacuum analyze', () => vacuumAnalyze(database, concurrency, ['organisations', 'users', ...bulkTables, ...derived, ...directory]));
  return {
    options,
    database: database.kind,
    seconds: (performance.now() - started) / 1000,
    steps: done,
    counts: await tableCounts(database, [...bulkTables, ...(present.has('foster_carers') ? ['foster_carers'] : [])]),
  };
}

async function assertEmpty(database: Database) {
  for (const table of CASE_TABLES) {
    const r = await sql<{ n: number }>`select count(*)::int as n from (select 1 from ${sql.table(table)} limit 1) x`.execute(database.db);
    if (r.rows[0]!.n > 0) throw new NotEmptyError(`the database already holds ${table}; the national seed only fills an empty database`);
  }
  const users = await sql<{ n: number }>`select count(*)::int as n from users where role <> 'sysadmin'`.execute(database.db);
  if (users.rows[0]!.n > 0) throw new NotEmptyError('the database already has users; the national seed only fills an empty database');
}

async function timed(name: string, plan: SeedPlan, fn: () => Promise<number>) {
  const t = performance.now();
  const rows = await fn();
  const seconds = (performance.now() - t) / 1000;
  plan.log(`  ${name}: ${rows.toLocaleString('en')} in ${seconds.toFixed(1)} s`);
  return { name, rows, seconds };
}

/** Runs steps on `concurrency` sessions, each step once all it comes after are done. */
async function runSteps(database: Database, steps: SeedStep[], plan: SeedPlan, concurrency: number, done: SeedReport['steps']) {
  const names = new Set(steps.map((s) => s.name));
  const finished = new Set<string>();
  const pending = [...steps];
  let running = 0;
  let failure: Error | undefined;
  const waiting: (() => void)[] = [];
  const ready = () => pending.findIndex((s) => s.after.every((a) => finished.has(a) || !names.has(a)));
  const worker = () =>
    withSession(database, async (q) => {
      while (pending.length > 0 && !failure) {
        const i = ready();
        if (i < 0) {
          if (running === 0) throw new Error(`seed steps wait on each other: ${pending.map((s) => s.name).join(', ')}`);
          await new Promise<void>((r) => waiting.push(r));
          continue;
        }
        const step = pending.splice(i, 1)[0]!;
        running++;
        try {
          done.push(await timed(step.name, plan, () => step.run(q, plan)));
        } catch (err) {
          failure ??= new Error(`seed step "${step.name}" failed: ${(err as Error).message}`);
        } finally {
          running--;
          finished.add(step.name);
          for (const wake of waiting.splice(0)) wake();
        }
      }
    });
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure;
}

async function tableCounts(database: Database, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['organisations', 'users', ...tables]) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(database.db);
    out[t] = r.rows[0]!.n;
  }
  return out;
}
