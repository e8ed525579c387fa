import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { verifyAuditChain } from './audit-verify.js';

export type CommandOutput = { out(line: string): void; err(line: string): void };

/** Seals what is queued, checks the chain and says so in one line. Exit code 0: intact; 1: an entry was altered, deleted, unlinked or left unsealed. */
export async function checkAuditChain(db: Kysely<DB>, output: CommandOutput): Promise<0 | 1> {
  const report = await verifyAuditChain(db);
  if (report.ok) {
    output.out(`audit chain intact: ${report.checked} entries`);
    return 0;
  }
  const p = report.firstProblem!;
  output.out(`audit chain broken at entry ${p.seq} (${p.kind}): ${p.message}`);
  return 1;
}

/**
 * `npm run audit:verify`: checks the audit chain of the database Rinda uses
 * (DATABASE_URL, or the embedded one in RINDA_DATA_DIR/pg), sealing the
 * entries still queued first (so it writes to the database). Exit code 0: the
 * chain is intact; 1: an entry was altered, deleted, unlinked or left
 * unsealed; 2: the check could not run. The embedded database is a
 * single-process store: stop Rinda before checking it (or use
 * GET /api/v1/audit/verify while it runs).
 */
export async function runVerifyCli(env: NodeJS.ProcessEnv, output: CommandOutput): Promise<number> {
  let database: Database;
  try {
    const config = loadConfig(env);
    if (config.databaseUrl) {
      database = await openPostgres(config.databaseUrl, 1);
    } else {
      const dataDir = join(config.dataDir, 'pg');
      if (!existsSync(dataDir)) {
        output.err(`No embedded database in ${dataDir} (set RINDA_DATA_DIR or DATABASE_URL)`);
        return 2;
      }
      database = await openPglite({ dataDir });
    }
  } catch (err) {
    output.err(`Cannot open the database: ${(err as Error).message}`);
    return 2;
  }
  try {
    return await checkAuditChain(database.db, output);
  } catch (err) {
    output.err(`The audit could not be checked: ${(err as Error).message}`);
    return 2;
  } finally {
    await database.close();
  }
}
