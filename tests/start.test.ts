import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentDatabase } from './support/deployment-db.js';
import { root } from './support/test-db.js';

// What `npm start` runs: the server compiled to build/src/ and started as a
// plain Node.js program on the database of this run's kind. It migrates,
// creates the first administrator, says where it runs, serves the API and the
// web app, and stops cleanly when told to.

let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;
beforeAll(async () => {
  deployment = await deploymentDatabase();
  const build = spawnSync(process.execPath, [join(root, 'scripts/ensure-build.mjs'), 'web', 'server'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 180_000);
afterAll(() => deployment?.dispose());

describe('the compiled server', () => {
  it('starts on the database it is given, answers, and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const env = {
      ...process.env,
      RINDA_DATA_DIR: undefined,
      DATABASE_URL: undefined,
      ...deployment.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      RINDA_SECRET_KEY: randomBytes(32).toString('hex'),
    };
    const child = spawn(process.execPath, [join(root, 'build/src/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          out.push(line);
          const m = /Rinda is running at (http:\/\/\S+)/.exec(line);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`exited ${code}: ${out.join('\n')}`)));
      });
      await new Promise((r) => setTimeout(r, 200)); // the lines printed with the URL
      expect(out.join('\n')).toMatch(/First administrator: username "admin", one-time password: \S{12,}/);
      const health = await fetch(`${url}/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="rw">');
      const me = await fetch(`${url}/api/v1/auth/me`);
      expect(me.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
