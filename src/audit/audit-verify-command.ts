import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { loadAuditKey } from '../secret-key.js';
import { formatAuditHead, parseAuditHead, readAuditHead, type AuditHead } from './audit-head.js';
import { verifyAuditChain } from './audit-verify.js';

type CommandOutput = { out(line: string): void; err(line: string): void };

/**
 * Seals what is queued, checks the chain (and that it still reaches `head`,
 * when given) and says so in one line. Exit code 0: intact; 1: an entry was
 * altered, deleted, unlinked or left unsealed, or the head is not reached.
 */
export async function checkAuditChain(db: Kysely<DB>, key: Buffer, output: CommandOutput, head?: AuditHead): Promise<0 | 1> {
  const report = await verifyAuditChain(db, key, { head });
  if (report.ok) {
    output.out(`audit chain intact: ${report.checked} entries${head ? `, reaching the published head at position ${head.position}` : ''}`);
    return 0;
  }
  const p = report.firstProblem!;
  output.out(`audit chain broken ${p.seq === null ? '' : `at entry ${p.seq} `}(${p.kind}): ${p.message}`);
  return 1;
}

/** Prints the newest seal as `audit head: position:hash` (the token `audit:verify --head` takes). */
async function printAuditHead(db: Kysely<DB>, key: Buffer, output: CommandOutput): Promise<0> {
  const head = await readAuditHead(db, key);
  output.out(
    head ? `audit head: ${formatAuditHead(head)} (entry ${head.seq}${head.at ? `, ${head.at.toISOString()}` : ''})` : 'audit head: none (the audit is empty)',
  );
  return 0;
}

/**
 * `npm run audit:verify [-- --head position:hash]` and `npm run audit:head`:
 * the audit chain of the database Rinda uses (DATABASE_URL, or the embedded
 * one in RINDA_DATA_DIR/pg), under the audit key (RINDA_AUDIT_KEY, or derived
 * from RINDA_SECRET_KEY / the embedded mode's key file). Both seal the entries
 * still queued first (so they write to the database). Exit code 0: intact (or
 * the head printed); 1: an entry was altered, deleted, unlinked or left
 * unsealed, or the chain no longer reaches the head given; 2: the command
 * could not run. The embedded database is a single-process store: stop Rinda
 * before checking it (or use GET /api/v1/audit/verify while it runs).
 */
export async function runVerifyCli(env: NodeJS.ProcessEnv, output: CommandOutput, args: string[] = []): Promise<number> {
  const headAt = args.indexOf('--head');
  let head: AuditHead | undefined;
  if (headAt >= 0) {
    head = parseAuditHead(args[headAt + 1] ?? '');
    if (!head) {
      output.err('--head takes a published head: position:hash (from npm run audit:head)');
      return 2;
    }
  }
  const command = args.includes('head') ? 'head' : 'verify';
  let database: Database;
  let key: Buffer;
  try {
    const config = loadConfig(env);
    if (config.databaseUrl) {
      key = loadAuditKey(config, { create: false });
      database = await openPostgres(config.databaseUrl, 1);
    } else {
      const dataDir = join(config.dataDir, 'pg');
      if (!existsSync(dataDir)) {
        output.err(`No embedded database in ${dataDir} (set RINDA_DATA_DIR or DATABASE_URL)`);
        return 2;
      }
      key = loadAuditKey(config, { create: false });
      database = await openPglite({ dataDir });
    }
  } catch (err) {
    output.err(`Cannot open the database: ${(err as Error).message}`);
    return 2;
  }
  try {
    return command === 'head' ? await printAuditHead(database.db, key, output) : await checkAuditChain(database.db, key, output, head);
  } catch (err) {
    output.err(`The audit could not be checked: ${(err as Error).message}`);
    return 2;
  } finally {
    await database.close();
  }
}
