// `npm test`: the whole suite on the embedded database, then on the PostgreSQL
// server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test),
// then the browser tests. The server run is never skipped silently: set
// RINDA_TEST_SKIP_POSTGRES=1 to leave it out on a machine without one (CI does not).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const vitest = ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)];
const runs = [
  { name: 'embedded database (PGlite)', env: { RINDA_TEST_DB: 'pglite' } },
  ...(process.env.RINDA_TEST_SKIP_POSTGRES === '1' ? [] : [{ name: 'PostgreSQL server', env: { RINDA_TEST_DB: 'postgres' } }]),
  ...(process.env.RINDA_TEST_SKIP_BROWSER === '1' || !existsSync('tests/browser')
    ? []
    : [{ name: 'browser (Chromium)', env: { RINDA_TEST_DB: 'pglite', RINDA_TEST_BROWSER: '1' } }]),
];
if (process.env.RINDA_TEST_SKIP_POSTGRES === '1') console.warn('warning: PostgreSQL run skipped (RINDA_TEST_SKIP_POSTGRES=1)');
let failed = false;
for (const run of runs) {
  const started = Date.now();
  console.log(`\n=== ${run.name} ===`);
  const r = spawnSync(process.execPath, vitest, { stdio: 'inherit', env: { ...process.env, ...run.env } });
  console.log(`=== ${run.name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
