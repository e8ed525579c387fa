import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { auditHash } from '../src/audit/audit-hash.js';
import { appendAuditAlone } from '../src/audit/audit.repository.js';
import { checkAuditChain, runVerifyCli } from '../src/audit/audit-verify-command.js';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { openPglite, openPostgres, type Database } from '../src/db/database.js';
import type { DB } from '../src/db/schema.js';
import { client, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { root, testDbKind, testPostgresUrl, withDatabase } from './support/test-db.js';

type Db = Kysely<DB>;

/** Someone with direct database access: the append-only trigger is off while `change` runs. */
async function tamper(db: Db, change: (db: Db) => Promise<unknown>) {
  await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
  try {
    await change(db);
  } finally {
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
  }
}

const rowOf = (db: Db, seq: number) => db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

/** Puts a deleted row back exactly as it was (inserting is allowed; the trigger stops updates and deletes). */
async function reinsert(db: Db, row: Awaited<ReturnType<typeof rowOf>>) {
  await db.insertInto('audit_events').values({ ...row, details: JSON.stringify(row.details) } as never).execute();
}

/** Writes varied entries through appendAudit: the awkward values that must survive the database round trip. */
async function writeEntries(db: Db, start: Date, n: number) {
  const actors = [
    { id: null, role: null, ip: null, requestId: null },
    { id: randomUUID().toUpperCase(), role: 'sysadmin' as const, ip: '::ffff:10.0.0.7', requestId: 'req-ÅÉ-1' },
  ];
  for (let i = 0; i < n; i++) {
    const at = new Date(start.getTime() + i * 1234 + 7); // odd milliseconds
    await appendAuditAlone(
      db,
      actors[i % 2] as never,
      {
        action: `test.step_${i}`,
        entityType: i % 3 === 0 ? undefined : 'case',
        entityId: i % 3 === 0 ? undefined : `RW-${i}`,
        fields: i % 2 ? ['full_name', 'a,b', 'q"uote', '{braces}', 'back\\slash', 'NULL', ''] : [],
        outcome: (['success', 'denied', 'failure'] as const)[i % 3],
        details: {
          zeta: 1.5, alpha: { y: [3, { b: 'é', a: null }], x: true }, big: 12345678901234567000, tiny: 1e-7,
          when: new Date('2026-01-02T03:04:05.678Z'), gone: undefined, text: 'Ubudehe "2" \n ✓',
        },
      },
      at,
    );
  }
}

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  await writeEntries(db, t.clock.now(), 7);
});
afterAll(() => t.close());

describe('verifyAuditChain', () => {
  it('verifies what appendAudit wrote, reading in batches', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 7 });
    expect(await verifyAuditChain(db, { batchSize: 2 })).toEqual({ ok: true, checked: 7 });
    expect(await verifyAuditChain(db, { batchSize: 7 })).toEqual({ ok: true, checked: 7 });
  });

  it('names an entry whose content was changed', async () => {
    const original = await rowOf(db, 4);
    await tamper(db, (d) => d.updateTable('audit_events').set({ details: JSON.stringify({ reason: 'forged' }) } as never).where('seq', '=', 4).execute());
    const report = await verifyAuditChain(db, { batchSize: 2 });
    expect(report).toMatchObject({ ok: false, checked: 4, firstProblem: { seq: 4, kind: 'altered' } });
    expect(report.firstProblem!.message).toContain('entry 4');

    await tamper(db, (d) => d.updateTable('audit_events').set({ details: JSON.stringify(original.details) } as never).where('seq', '=', 4).execute());
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 7 });
  });

  it('notices a change to who acted or when', async () => {
    const original = await rowOf(db, 2);
    await tamper(db, (d) => d.updateTable('audit_events').set({ actor_id: randomUUID() }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db)).firstProblem).toMatchObject({ seq: 2, kind: 'altered' });
    await tamper(db, (d) => d.updateTable('audit_events').set({ actor_id: original.actor_id }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db)).ok).toBe(true);

    const oneMsLater = new Date(original.at.getTime() + 1);
    await tamper(db, (d) => d.updateTable('audit_events').set({ at: oneMsLater }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db)).firstProblem).toMatchObject({ seq: 2, kind: 'altered' });
    await tamper(db, (d) => d.updateTable('audit_events').set({ at: original.at }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('names a deleted entry', async () => {
    const row = await rowOf(db, 5);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 5).execute());
    const report = await verifyAuditChain(db, { batchSize: 2 });
    expect(report).toMatchObject({ ok: false, firstProblem: { seq: 5, kind: 'missing' } });
    expect(report.firstProblem!.message).toContain('entry 5 is missing');
    await reinsert(db, row);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 7 });
  });

  it('names a deleted first entry', async () => {
    const row = await rowOf(db, 1);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 1).execute());
    expect((await verifyAuditChain(db)).firstProblem).toMatchObject({ seq: 1, kind: 'missing' });
    await reinsert(db, row);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('finds a rewritten entry that was given a fresh hash: the next entry no longer links to it', async () => {
    const row = await rowOf(db, 3);
    const forged = { ...row, action: 'test.harmless' };
    const content = {
      at: forged.at, actorId: forged.actor_id, actorRole: forged.actor_role, ip: forged.ip, requestId: forged.request_id,
      action: forged.action, entityType: forged.entity_type, entityId: forged.entity_id, fields: forged.fields,
      outcome: forged.outcome, details: forged.details,
    };
    const hash = auditHash(row.prev_hash, 3, content);
    await tamper(db, (d) => d.updateTable('audit_events').set({ action: forged.action, hash }).where('seq', '=', 3).execute());
    expect((await verifyAuditChain(db)).firstProblem).toMatchObject({ seq: 4, kind: 'broken_link' });
    await tamper(db, (d) => d.updateTable('audit_events').set({ action: row.action, hash: row.hash }).where('seq', '=', 3).execute());
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe('GET /api/v1/audit/verify', () => {
  it('reports the first problem to an administrator', async () => {
    const { session } = await signedIn(t, { role: 'sysadmin' });
    const row = await rowOf(db, 6);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 6).execute());
    const res = await client(t, session).get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, checked: 6, firstProblem: { seq: 6, kind: 'missing' } });
    await reinsert(db, row);
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1, naming the entry, on a broken one', async () => {
    const intact = capture();
    expect(await checkAuditChain(db, intact.output)).toBe(0);
    expect(intact.lines).toEqual([`audit chain intact: ${(await verifyAuditChain(db)).checked} entries`]);

    const row = await rowOf(db, 2);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 2).execute());
    const broken = capture();
    expect(await checkAuditChain(db, broken.output)).toBe(1);
    expect(broken.lines).toHaveLength(1);
    expect(broken.lines[0]).toMatch(/^audit chain broken at entry 2 \(missing\): entry 2 is missing/);
    await reinsert(db, row);
  });

  it('exits 2 when there is no database to check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rinda-audit-'));
    const { lines, output } = capture();
    expect(await runVerifyCli({ RINDA_DATA_DIR: join(dir, 'none') }, output)).toBe(2);
    expect(lines[0]).toContain('No embedded database');
    rmSync(dir, { recursive: true, force: true });
  });

  describe('on the database the environment names', () => {
    let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;
    beforeAll(async () => {
      deployment = await deploymentDatabase();
      const database = await deployment.open();
      await writeEntries(database.db, new Date('2026-11-02T07:00:00Z'), 4);
      await tamper(database.db, (d) => d.updateTable('audit_events').set({ entity_id: 'RW-other' }).where('seq', '=', 3).execute());
      await database.close();
    });
    afterAll(() => deployment?.dispose());

    it('opens it and checks it', { timeout: 120_000 }, async () => {
      const { lines, output } = capture();
      expect(await runVerifyCli(deployment.env, output)).toBe(1);
      expect(lines[0]).toMatch(/^audit chain broken at entry 3 \(altered\)/);
    });

    it('runs as a command with its exit code', { timeout: 120_000 }, async () => {
      const env = { ...process.env, RINDA_DATA_DIR: undefined, DATABASE_URL: undefined, ...deployment.env };
      const cli = [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/audit/verify.cli.ts'];
      const run = spawnSync(process.execPath, cli, { cwd: root, env, encoding: 'utf8' });
      expect(run.stdout).toMatch(/^audit chain broken at entry 3 \(altered\)/);
      expect(run.status).toBe(1);
    });
  });
});

/**
 * A database as a deployment has it, of the kind this run tests: a data
 * folder for the embedded database (copied from the run's template, which is
 * much quicker than creating one), or a PostgreSQL database for DATABASE_URL.
 */
async function deploymentDatabase(): Promise<{ env: NodeJS.ProcessEnv; open(): Promise<Database>; dispose(): void }> {
  if (testDbKind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'rinda-audit-'));
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

function capture() {
  const lines: string[] = [];
  return { lines, output: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}
