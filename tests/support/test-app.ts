import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { AppContext, Clock } from '../../src/context.js';
import { openPglite, openPostgres, type Database } from '../../src/db/database.js';
import { capturingSmsGateway } from '../../src/sms/sms-gateway.js';
import { testDbKind, testPostgresUrl, withDatabase } from './test-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
    templateDatabase: string;
    runId: string;
  }
}

/** A clock a test can set and move (deadlines, session timeouts, lockouts). */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-02T07:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  set(date: Date | string) {
    this.current = new Date(date);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceMinutes(m: number) {
    this.advance(m * 60_000);
  }
  advanceDays(d: number) {
    this.advance(d * 86_400_000);
  }
}

export type TestApp = {
  app: App;
  ctx: AppContext;
  clock: TestClock;
  sms: ReturnType<typeof capturingSmsGateway>;
  database: Database;
  close(): Promise<void>;
};

/** A fresh database copied from the run's template (migrated, map loaded). */
export async function freshDatabase(): Promise<Database> {
  if (testDbKind === 'pglite') {
    const file = inject('templateFile');
    return openPglite({ loadDataDir: new Blob([readFileSync(file)]) });
  }
  const name = `rinda_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  return openPostgres(withDatabase(testPostgresUrl, name), 5);
}

/** `database`: run on this one instead of a fresh copy of the template (it is closed with the app). */
export async function createTestApp(overrides: Partial<Config> = {}, opts: { database?: Database } = {}): Promise<TestApp> {
  const database = opts.database ?? (await freshDatabase());
  const clock = new TestClock();
  const sms = capturingSmsGateway();
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv),
    cookieSecure: 'false',
    // Tests sign in many times from one address; tests/sign-in-rate-limit.test.ts sets its own limit.
    signInRateLimit: 100_000,
    // Likewise writes by one user; tests/write-rate-limit.test.ts sets its own limit.
    writeRateLimit: 100_000,
    ...overrides,
  };
  const ctx: AppContext = { config, database, clock, sms, secretKey: randomBytes(32), auditKey: randomBytes(32) };
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    sms,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
