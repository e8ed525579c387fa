import type { Database } from '../src/db/database.js';
import { seedSqlOn, WORK, type SeedSql } from './seed-sql.js';

// Bulk loading as pg_restore does it: the big tables lose their secondary
// indexes while rows pour in (building an index once, sorted, is many times
// cheaper than growing it row by row), rows go in with triggers off, then the
// indexes come back exactly as they were, every foreign key is checked, and
// the planner gets fresh statistics.

/** Tables the generator fills in bulk; later capabilities add theirs. */
export const BULK_TABLES = [
  'children',
  'household_members',
  'incident_reports',
  'cases',
  'deadlines',
  'case_events',
  'notifications',
  // migrations/0005_case_work.sql
  'case_consents',
  'assessments',
  'case_plans',
  'case_plan_goals',
  'case_plan_actions',
  'case_conferences',
  'conference_participants',
  // migrations/0006_case_followup.sql
  'case_services',
  'visit_tasks',
  'monitoring_visits',
  'case_reviews',
  'case_review_benchmarks',
  'closure_requests',
  'case_closures',
  'case_transfers',
  'case_notes',
  'client_feedback',
  // migrations/0028_service_directory_referrals.sql
  'referrals',
  // migrations/0037_alternative_care.sql (foster_carers keeps its indexes: placements are matched to carers during the load)
  'care_gatekeeping',
  'care_placements',
  'care_placement_visits',
  'care_placement_reviews',
  // migrations/0038_reintegration.sql
  'reintegrations',
  'reintegration_stages',
  'tracing_leads',
  'tracing_attempts',
  'reintegration_assessments',
  'transition_plans',
  'transition_support',
];

/** Runs a callback on one connection set up for bulk loading, and puts the session back as it was. */
export async function withSession<T>(database: Database, fn: (q: SeedSql) => Promise<T>): Promise<T> {
  return database.db.connection().execute(async (conn) => {
    const q = seedSqlOn(conn);
    const settings: [string, string][] = [
      ['session_replication_role', 'replica'], // no triggers: foreign keys are checked once, after the load
      ['synchronous_commit', 'off'],
      ['work_mem', "'256MB'"],
      ['maintenance_work_mem', database.kind === 'postgres' ? "'1GB'" : "'256MB'"],
      // Generated rows: JIT compiling costs more than it saves; steps run side by side, so no parallel workers.
      ['jit', 'off'],
      ['max_parallel_workers_per_gather', '0'],
      ['max_parallel_maintenance_workers', '0'],
      ['synchronize_seqscans', 'off'],
    ];
    for (const [name, value] of settings) await q.exec(`set ${name} = ${value}`);
    try {
      return await fn(q);
    } finally {
      for (const [name] of settings) await q.exec(`reset ${name}`);
    }
  });
}

/** Runs tasks on `concurrency` sessions, each task once. */
export async function inSessions(database: Database, concurrency: number, tasks: ((q: SeedSql) => Promise<void>)[]) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, () =>
      withSession(database, async (q) => {
        for (let task = queue.shift(); task; task = queue.shift()) await task(q);
      }),
    ),
  );
}

type SavedIndex = { name: string; table_name: string; def: string; constraint_name: string | null; constraint_def: string | null };

/**
 * Drops the secondary indexes (and unique constraints) of the bulk tables,
 * keeping primary keys and anything a foreign key needs; their definitions
 * are kept in the work schema for restoreIndexes.
 */
export async function dropSecondaryIndexes(database: Database, tables: string[]): Promise<number> {
  return withSession(database, async (q) => {
    await q.exec(`create table ${WORK}.saved_index as
      select i.indexrelid::regclass::text as name, t.relname::text as table_name, pg_get_indexdef(i.indexrelid) as def,
        c.conname::text as constraint_name, pg_get_constraintdef(c.oid) as constraint_def
      from pg_index i
      join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
      left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('u', 'x')
      where n.nspname = current_schema() and t.relname in (${tables.map((t) => `'${t}'`).join(', ')})
        and not i.indisprimary
        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)`);
    const saved = await q.rows<SavedIndex>(`select * from ${WORK}.saved_index`);
    for (const s of saved) {
      await q.exec(s.constraint_name ? `alter table "${s.table_name}" drop constraint "${s.constraint_name}"` : `drop index ${s.name}`);
    }
    return saved.length;
  });
}

/** Builds the saved indexes again, on several sessions; returns how many. */
export async function restoreIndexes(database: Database, concurrency: number): Promise<number> {
  const saved = await withSession(database, (q) =>
    q.rows<SavedIndex>(`select * from ${WORK}.saved_index order by pg_relation_size(table_name::regclass) desc, name`),
  );
  // The biggest tables' indexes first, so the two sessions finish together.
  await inSessions(
    database,
    concurrency,
    saved.map((s) => async (q) => {
      await q.exec(s.constraint_name ? `alter table "${s.table_name}" add constraint "${s.constraint_name}" ${s.constraint_def}` : s.def);
    }),
  );
  return saved.length;
}

type ForeignKey = { child: string; column: string; parent: string; parent_column: string };

/** Counts rows whose single-column foreign key points nowhere; throws if any does. */
export async function verifyForeignKeys(database: Database, concurrency: number): Promise<number> {
  const keys = await withSession(database, (q) =>
    q.rows<ForeignKey>(`
    select ct.relname as child, ca.attname as column, pt.relname as parent, pa.attname as parent_column
    from pg_constraint c
    join pg_class ct on ct.oid = c.conrelid join pg_namespace n on n.oid = ct.relnamespace
    join pg_class pt on pt.oid = c.confrelid
    join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = c.conkey[1]
    join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
    where c.contype = 'f' and n.nspname = current_schema() and cardinality(c.conkey) = 1
    order by ct.relname, c.conname`),
  );
  const broken: string[] = [];
  await inSessions(
    database,
    concurrency,
    keys.map((k) => async (q) => {
      const [r] = await q.rows<{ n: number }>(
        `select count(*)::int as n from "${k.child}" c where c."${k.column}" is not null
         and not exists (select 1 from "${k.parent}" p where p."${k.parent_column}" = c."${k.column}")`,
      );
      if (r!.n > 0) broken.push(`${k.child}.${k.column} → ${k.parent}: ${r!.n} rows`);
    }),
  );
  if (broken.length > 0) throw new Error(`foreign keys broken by the seed: ${broken.join('; ')}`);
  return keys.length;
}

/**
 * Tables that triggers keep from others (triggers are off during the load),
 * rebuilt from what was loaded, as their migration fills them.
 */
export const DERIVED_TABLES: { table: string; rebuild: string[] }[] = [
  {
    table: 'case_month_counts', // migrations/0007_national_scale.sql
    rebuild: [
      'delete from case_month_counts',
      `insert into case_month_counts (district_id, tier, case_type, month, cases)
       select c.district_id, c.tier, x.case_type, date_trunc('month', c.opened_at at time zone 'Africa/Kigali')::date, count(*)
       from cases c cross join lateral (select distinct unnest(c.case_types) as case_type) x
       group by 1, 2, 3, 4`,
    ],
  },
  {
    table: 'indicator_counts', // migrations/0043_indicators.sql: the facts from the records, then their counts in one pass
    rebuild: [
      'truncate indicator_facts, indicator_counts',
      'alter table indicator_facts disable trigger indicator_facts_counts',
      'insert into indicator_facts select * from indicator_facts_live',
      'alter table indicator_facts enable trigger indicator_facts_counts',
      `insert into indicator_counts
       select e->>'i', (e->>'m')::date, f.district_id, f.sector_id, f.tier, t.case_type, f.sex, f.age_band, f.disability, f.refugee_status,
         f.relationship, e->>'d', count(*)::int, sum((e->>'v')::numeric)
       from indicator_facts f
       cross join lateral jsonb_array_elements(f.contributions) e
       cross join lateral (select '*'::text as case_type union select distinct unnest(f.case_types)) t
       group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`,
    ],
  },
];

export async function rebuildDerivedTables(database: Database, present: Set<string>): Promise<number> {
  const tables = DERIVED_TABLES.filter((d) => present.has(d.table));
  await withSession(database, async (q) => {
    for (const d of tables) for (const statement of d.rebuild) await q.exec(statement);
  });
  return tables.length;
}

/** VACUUM (ANALYZE) of the filled tables: statistics for the planner, visibility maps for index-only scans. */
export async function vacuumAnalyze(database: Database, concurrency: number, tables: string[]): Promise<number> {
  await inSessions(
    database,
    concurrency,
    tables.map((t) => async (q) => {
      await q.exec(`vacuum (analyze) "${t}"`);
    }),
  );
  return tables.length;
}
