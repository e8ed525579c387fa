import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/database.js';
import { testDbKind, testPostgresUrl, withDatabase } from './test-db.js';

/**
 * A database as a deployment has it, of the kind this run tests: a data
 * folder for the embedded database (copied from the run's template, which is
 * much quicker than creating one), or a PostgreSQL database for DATABASE_URL.
 */
export async function deploymentDatabase(): Promise<{ env: NodeJS.ProcessEnv; open(): Promise<Database>; dispose(): void }> {
  if (testDbKind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'rinda-deploy-'));
    const open = () => openPglite({ dataDir: join(dir, 'pg') });
    const database = await openPglite({ dataDir: join(dir, 'pg'), loadDataDir: new Blob([readFileSync(inject('templateFile'))]) });
    await database.close();
    return { env: { RINDA_DATA_DIR: dir }, open, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  }
  // Named like the suite's other copies, so the run's teardown drops it.
  const name = `rinda_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  await admin.end();
  const url = withDatabase(testPostgresUrl, name);
  return { env: { DATABASE_URL: url }, open: () => openPostgres(url, 1), dispose: () => undefined };
}
