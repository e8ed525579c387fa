import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './database.js';
import { projectPath } from '../project-root.js';

const migrationsDir = projectPath('migrations') + '/';
const MIGRATION_LOCK = 727_003;

async function isApplied(database: Database, file: string): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`select name from schema_migrations where name = ${file}`.execute(database.db);
  return rows.length > 0;
}

/**
 * Applies the ordered SQL files in migrations/ that have not run yet, each in
 * its own transaction. Stops at the first failure and rethrows, so a caller
 * (start-up, CLI) exits non-zero instead of running on a half-migrated schema.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.execScript(
    `begin; select pg_advisory_xact_lock(${MIGRATION_LOCK});
     create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now()); commit;`,
  );
  const done = new Set((await sql<{ name: string }>`select name from schema_migrations`.execute(database.db)).rows.map((r) => r.name));
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const body = await readFile(migrationsDir + file, 'utf8');
    const name = file.replace(/'/g, "''");
    try {
      // One server at a time (several may start together on one PostgreSQL).
      await database.execScript(
        `begin;\nselect pg_advisory_xact_lock(${MIGRATION_LOCK});\n${body}\n;insert into schema_migrations (name) values ('${name}');\ncommit;`,
      );
    } catch (err) {
      await database.execScript('rollback').catch(() => undefined);
      // Another server applied it while this one waited for the lock.
      if (await isApplied(database, file)) continue;
      throw new Error(`migration ${file} failed: ${(err as Error).message}`, { cause: err });
    }
    applied.push(file);
  }
  return applied;
}
