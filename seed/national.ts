import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openPglite, openPostgres } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { loadMap } from '../src/places/load-map.js';
import { BENCH_PASSWORD } from './bench-password.js';
import { seedNational } from './national-seed.js';
import { parseSeedArgs } from './seed-plan.js';

// `npm run seed:national -- [--scale=<0..1>] [--seed=<n>] [--until=YYYY-MM-DD]`
// Builds a synthetic country in the database Rinda would use (DATABASE_URL,
// else the embedded one in RINDA_DATA_DIR). Refuses a database that is not empty.

async function main() {
  const config = loadConfig();
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  const options = parseSeedArgs(process.argv.slice(2), kind);
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = config.databaseUrl ? await openPostgres(config.databaseUrl, 4) : await openPglite({ dataDir: join(config.dataDir, 'pg') });
  try {
    await migrate(database);
    await loadMap(database);
    const report = await seedNational(database, options, (m) => process.stdout.write(m + '\n'));
    const lines = Object.entries(report.counts).map(([t, n]) => `  ${t.padEnd(20)} ${n.toLocaleString('en').padStart(12)}`);
    process.stdout.write([`seeded in ${report.seconds.toFixed(1)} s (${kind}):`, ...lines, `every seeded user's password: ${BENCH_PASSWORD}`, ''].join('\n'));
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  process.stderr.write(`seed:national failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
