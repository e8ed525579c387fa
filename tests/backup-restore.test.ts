import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentDatabase } from './support/deployment-db.js';
import { root, testDbKind } from './support/test-db.js';

// A backup restores into a working Rinda: `npm run restore:check` takes a dump
// (PostgreSQL: pg_dump, restored with pg_restore into a new database; the
// embedded database: a copy of its data folder), starts the compiled server on
// the copy and verifies the audit chain there. The check must also fail when
// the copy is not what it should be.

const key = randomBytes(32).toString('hex');
let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;

const baseEnv = () => ({ ...process.env, RINDA_DATA_DIR: undefined, DATABASE_URL: undefined, ...deployment.env, LOG_LEVEL: 'warn' });

function restoreCheck(env: NodeJS.ProcessEnv, extra: string[] = []) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/restore-check.mjs'), ...extra], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(async () => {
  deployment = await deploymentDatabase();
  const build = spawnSync(process.execPath, [join(root, 'scripts/ensure-build.mjs'), 'web', 'server'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  // A server has run on the database: the first administrator and its audit entries, sealed under the key.
  const child = spawn(process.execPath, [join(root, 'build/src/main.js')], {
    cwd: root,
    env: { ...baseEnv(), PORT: '0', RINDA_SECRET_KEY: key },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('Rinda is running at')) resolve();
    });
    void exited.then((code) => reject(new Error(`the server exited ${code}`)));
  });
  await new Promise((r) => setTimeout(r, 1500)); // the audit sealer's first pass
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 240_000);
afterAll(() => deployment?.dispose());

describe(`restore check (${testDbKind})`, () => {
  it('restores the backup, starts Rinda on it and verifies the audit chain there', { timeout: 180_000 }, () => {
    const r = restoreCheck({ ...baseEnv(), RINDA_SECRET_KEY: key });
    expect(r.out).toMatch(/ok {3}the server starts on the copy and answers \/ready \(200/);
    expect(r.out).toMatch(/ok {3}the audit chain verifies on the copy/);
    if (testDbKind === 'postgres') {
      expect(r.out).toMatch(/dump taken: [\d.]+ MB/);
      expect(r.out).toMatch(/ok {3}every table has the rows it had \(\d+ tables, \d+ rows\)/);
    }
    expect(r.out).toMatch(/restore check passed/);
    expect(r.status, r.out).toBe(0);
  });

  it("fails when the copy does not verify under the servers' key", { timeout: 180_000 }, () => {
    const r = restoreCheck({ ...baseEnv(), RINDA_SECRET_KEY: randomBytes(32).toString('hex') });
    expect(r.out).toMatch(/FAIL the audit chain verifies on the copy/);
    expect(r.out).toMatch(/restore check FAILED/);
    expect(r.status).toBe(1);
  });

  it('fails on a backup that is not one', { timeout: 60_000 }, () => {
    const junk = join(tmpdir(), `rinda-junk-${randomBytes(4).toString('hex')}`);
    writeFileSync(junk, 'not a dump');
    const r =
      testDbKind === 'postgres'
        ? restoreCheck({ ...baseEnv(), RINDA_SECRET_KEY: key }, ['--dump', junk])
        : restoreCheck({ ...baseEnv(), RINDA_SECRET_KEY: key }, ['--from', junk]);
    expect(r.status).not.toBe(0);
    expect(r.out).not.toMatch(/restore check passed/);
  });
});
