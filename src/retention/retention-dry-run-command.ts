import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { systemClock, type AppContext } from '../context.js';
import { openPglite, openPostgres, type Database } from '../db/database.js';
import { loadAuditKey, loadSecretKey } from '../secret-key.js';
import { loggingSmsGateway } from '../sms/sms-gateway.js';
import { runRetention } from './retention-run.service.js';

type CommandOutput = { out(line: string): void; err(line: string): void };

/** Prints what the rules in force would change now, rule by rule (the records by reference or code, never a name). */
export async function printRetentionDryRun(ctx: AppContext, output: CommandOutput): Promise<0> {
  const r = await runRetention(ctx, { dryRun: true });
  output.out(`retention dry run ${r.runId} at ${r.at.toISOString()}: nothing changed`);
  for (const [rule, n] of Object.entries(r.counts)) output.out(`${rule}: ${n}`);
  for (const i of r.items) output.out(`  ${i.rule} ${i.action} ${i.entityType} ${i.label}`);
  return 0;
}

/**
 * `npm run retention:dry-run`: on the database Rinda uses (DATABASE_URL, or the
 * embedded one in RINDA_DATA_DIR/pg). Exit code 0: listed; 2: could not run.
 * The embedded database is a single-process store: stop Rinda first (or use
 * POST /api/v1/retention/dry-run while it runs).
 */
export async function runRetentionDryRunCli(env: NodeJS.ProcessEnv, output: CommandOutput): Promise<number> {
  let database: Database;
  let ctx: AppContext;
  try {
    const config = loadConfig(env);
    if (config.databaseUrl) database = await openPostgres(config.databaseUrl, 1);
    else {
      const dataDir = join(config.dataDir, 'pg');
      if (!existsSync(dataDir)) {
        output.err(`No embedded database in ${dataDir} (set RINDA_DATA_DIR or DATABASE_URL)`);
        return 2;
      }
      database = await openPglite({ dataDir });
    }
    ctx = {
      config,
      database,
      clock: systemClock,
      sms: loggingSmsGateway(() => undefined),
      secretKey: loadSecretKey(config, { create: false }),
      auditKey: loadAuditKey(config, { create: false }),
    };
  } catch (err) {
    output.err(`Cannot open the database: ${(err as Error).message}`);
    return 2;
  }
  try {
    return await printRetentionDryRun(ctx, output);
  } catch (err) {
    output.err(`The dry run failed: ${(err as Error).message}`);
    return 2;
  } finally {
    await database.close();
  }
}
