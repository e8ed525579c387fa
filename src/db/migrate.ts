import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './database.js';
import { projectPath } from '../project-root.js';

const migrationsDir = projectPath('migrations') + '/';

/**
 * Applies the ordered SQL files in migrations/ that have not run yet, each in
 * its own transaction. Stops at the first failure and rethrows, so a caller
 * (start-up, CLI) exits non-zero instead of running on a half-migrated schema.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.execScript(
    `create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`,
  );
  const done = new Set(
    (await sql<{ name: string }>`select name from schema_migrations`.execute(database.db)).rows.map((r) => r.name),
  );
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const body = await readFile(migrationsDir + file, 'utf8');
    const name = file.replace(/'/g, "''");
    try {
      await database.execScript(`begin;\n${body}\n;insert into schema_migrations (name) values ('${name}');\ncommit;`);
    } catch (err) {
      await database.execScript('rollback').catch(() => undefined);
      throw new Error(`migration ${file} failed: ${(err as Error).message}`);
    }
    applied.push(file);
  }
  return applied;
}
