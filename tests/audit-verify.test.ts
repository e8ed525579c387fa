import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { auditHash, auditMac, GENESIS_HASH } from '../src/audit/audit-hash.js';
import { auditContentOf, sealAllAudit, sealAudit, startAuditSealer } from '../src/audit/audit-sealer.js';
import { appendAudit, appendAuditAlone } from '../src/audit/audit.repository.js';
import { checkAuditChain, runVerifyCli } from '../src/audit/audit-verify-command.js';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { openPglite, openPostgres, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { DB } from '../src/db/schema.js';
import { deploymentDatabase } from './support/deployment-db.js';
import { client, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { root, testDbKind, testPostgresUrl, withDatabase } from './support/test-db.js';

type Db = Kysely<DB>;

/**
 * Someone with direct database access (a superuser): in replica mode, neither
 * the append-only triggers nor the foreign keys fire while `change` runs.
 */
async function tamper(db: Db, change: (db: Db) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await change(trx);
  });
}

const rowOf = (db: Db, seq: number) => db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
const sealOf = (db: Db, seq: number) => db.selectFrom('audit_seals').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
const count = async (db: Db, table: 'audit_events' | 'audit_pending' | 'audit_seals') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const lastSeq = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow()
    ).seq,
  );

/** Puts a deleted row back exactly as it was (inserting is allowed; the triggers stop updates and deletes). */
async function reinsert(db: Db, row: Awaited<ReturnType<typeof rowOf>>) {
  await db
    .insertInto('audit_events')
    .values({ ...row, details: JSON.stringify(row.details) } as never)
    .execute();
}

const someone = { id: null, role: null, ip: null, requestId: null };

/** Writes varied entries through appendAudit: the awkward values that must survive the database round trip. */
async function writeEntries(db: Db, start: Date, n: number) {
  const actors = [someone, { id: randomUUID().toUpperCase(), role: 'sysadmin' as const, ip: '::ffff:10.0.0.7', requestId: 'req-ÅÉ-1' }];
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
          zeta: 1.5,
          alpha: { y: [3, { b: 'é', a: null }], x: true },
          big: 12345678901234567000,
          tiny: 1e-7,
          when: new Date('2026-01-02T03:04:05.678Z'),
          gone: undefined,
          text: 'Ubudehe "2" \n ✓',
        },
      },
      at,
    );
  }
}

let t: TestApp;
let db: Db;
let key: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  key = t.ctx.auditKey;
  await writeEntries(db, t.clock.now(), 7);
});
afterAll(() => t.close());

describe('sealing', () => {
  it('appendAudit only queues the entry; the sealer chains queued entries in seq order, a batch at a time', async () => {
    expect([await count(db, 'audit_pending'), await count(db, 'audit_seals')]).toEqual([7, 0]);
    expect(await sealAudit(db, key, { limit: 3 })).toBe(3);
    expect(await sealAllAudit(db, key, { limit: 3 })).toBe(4);
    expect(await sealAllAudit(db, key)).toBe(0);
    expect(await count(db, 'audit_pending')).toBe(0);
    const seals = await db.selectFrom('audit_seals').select(['position', 'seq']).orderBy('position').execute();
    expect(seals.map((s) => [Number(s.position), Number(s.seq)])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, n]));
  });

  it('keeps the seals append-only', async () => {
    await expect(db.updateTable('audit_seals').set({ hash: 'x' }).where('position', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_seals').where('position', '=', 7).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('seq', '=', 7).execute()).rejects.toThrow(/append-only/);
  });

  it('runs on a timer, and reports its errors instead of throwing', async () => {
    const seq = await appendOne(db, 'test.timer');
    const ctx = { ...t.ctx, config: { ...t.ctx.config, auditSealIntervalMs: 5 } };
    const errors: unknown[] = [];
    const sealer = startAuditSealer(ctx, (err) => errors.push(err));
    await waitFor(async () => (await count(db, 'audit_pending')) === 0);
    await sealer.stop();
    expect(errors).toEqual([]);
    expect(await sealOf(db, seq)).toMatchObject({ seq });

    const broken = {
      ...ctx,
      database: {
        ...t.database,
        db: {
          transaction: () => {
            throw new Error('database down');
          },
        },
      },
    };
    const brokenSealer = startAuditSealer(broken as never, (err) => errors.push(err));
    await waitFor(async () => errors.length > 1);
    await brokenSealer.stop();
    expect((errors[0] as Error).message).toBe('database down');
  });

  it('seals an entry that committed late with a lower seq at a later position', async () => {
    let sooner = 0;
    const late = await commitLate(db, async () => {
      sooner = await appendOne(db, 'test.sooner');
      await sealAllAudit(db, key);
    });
    expect(late).toBeLessThan(sooner);
    expect(await count(db, 'audit_pending')).toBe(1);
    await sealAllAudit(db, key);
    expect(Number((await sealOf(db, late)).position)).toBe(Number((await sealOf(db, sooner)).position) + 1);
    expect(await verifyAuditChain(db, key)).toEqual({ ok: true, checked: await count(db, 'audit_events') });
  });

  it('keeps one chain when 20 requests write at once and sealers run alongside', async () => {
    const writes = Array.from({ length: 20 }, (_, i) => appendAuditAlone(db, someone, { action: `test.parallel_${i}` }, t.clock.now()));
    const sealers = [sealAllAudit(db, key, { limit: 4 }), sealAllAudit(db, key, { limit: 4 })];
    await Promise.all([...writes, ...sealers]);
    const total = await count(db, 'audit_events');
    expect(await verifyAuditChain(db, key, { batchSize: 6 })).toEqual({ ok: true, checked: total });
    expect(await count(db, 'audit_seals')).toBe(total);
  });
});

describe('verifyAuditChain', () => {
  it('verifies what the sealer chained, reading in batches', async () => {
    const total = await count(db, 'audit_events');
    expect(await verifyAuditChain(db, key)).toEqual({ ok: true, checked: total });
    expect(await verifyAuditChain(db, key, { batchSize: 2 })).toEqual({ ok: true, checked: total });
    expect(await verifyAuditChain(db, key, { batchSize: 7 })).toEqual({ ok: true, checked: total });
  });

  it('seals what is queued first, so a quiet system verifies every entry', async () => {
    await appendOne(db, 'test.queued');
    expect(await count(db, 'audit_pending')).toBe(1);
    expect(await verifyAuditChain(db, key)).toEqual({ ok: true, checked: await count(db, 'audit_events') });
    expect(await count(db, 'audit_pending')).toBe(0);
  });

  it('names an entry whose content was changed', async () => {
    const original = await rowOf(db, 4);
    await tamper(db, (d) =>
      d
        .updateTable('audit_events')
        .set({ details: JSON.stringify({ reason: 'forged' }) } as never)
        .where('seq', '=', 4)
        .execute(),
    );
    const report = await verifyAuditChain(db, key, { batchSize: 2 });
    expect(report).toMatchObject({ ok: false, checked: 4, firstProblem: { seq: 4, kind: 'altered' } });
    expect(report.firstProblem!.message).toContain('entry 4');

    await tamper(db, (d) =>
      d
        .updateTable('audit_events')
        .set({ details: JSON.stringify(original.details) } as never)
        .where('seq', '=', 4)
        .execute(),
    );
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('notices a change to who acted or when', async () => {
    const original = await rowOf(db, 2);
    await tamper(db, (d) => d.updateTable('audit_events').set({ actor_id: randomUUID() }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db, key)).firstProblem).toMatchObject({ seq: 2, kind: 'altered' });
    await tamper(db, (d) => d.updateTable('audit_events').set({ actor_id: original.actor_id }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db, key)).ok).toBe(true);

    const oneMsLater = new Date(original.at.getTime() + 1);
    await tamper(db, (d) => d.updateTable('audit_events').set({ at: oneMsLater }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db, key)).firstProblem).toMatchObject({ seq: 2, kind: 'altered' });
    await tamper(db, (d) => d.updateTable('audit_events').set({ at: original.at }).where('seq', '=', 2).execute());
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('names a deleted entry', async () => {
    const row = await rowOf(db, 5);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 5).execute());
    const report = await verifyAuditChain(db, key, { batchSize: 2 });
    expect(report).toMatchObject({ ok: false, checked: 5, firstProblem: { seq: 5, kind: 'missing' } });
    expect(report.firstProblem!.message).toContain('entry 5 is missing');
    await reinsert(db, row);
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('names a deleted first entry', async () => {
    const row = await rowOf(db, 1);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 1).execute());
    expect((await verifyAuditChain(db, key)).firstProblem).toMatchObject({ seq: 1, kind: 'missing' });
    await reinsert(db, row);
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('names the entry whose seal was deleted', async () => {
    const seal = await sealOf(db, 5);
    await tamper(db, (d) => d.deleteFrom('audit_seals').where('seq', '=', 5).execute());
    const report = await verifyAuditChain(db, key, { batchSize: 2 });
    expect(report).toMatchObject({ ok: false, checked: 5, firstProblem: { seq: 5, kind: 'missing' } });
    expect(report.firstProblem!.message).toContain('chain position 5 is missing');
    await db.insertInto('audit_seals').values(seal).execute();
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('finds a rewritten entry that was given a fresh seal under the key: the next seal no longer links to it', async () => {
    const [row, seal] = [await rowOf(db, 3), await sealOf(db, 3)];
    const forged = { ...row, action: 'test.harmless' };
    const hash = auditMac(key, seal.prev_hash, 3, auditContentOf(forged));
    await tamper(db, async (d) => {
      await d.updateTable('audit_events').set({ action: forged.action }).where('seq', '=', 3).execute();
      await d.updateTable('audit_seals').set({ hash }).where('seq', '=', 3).execute();
    });
    expect((await verifyAuditChain(db, key)).firstProblem).toMatchObject({ seq: 4, kind: 'broken_link' });
    await tamper(db, async (d) => {
      await d.updateTable('audit_events').set({ action: row.action }).where('seq', '=', 3).execute();
      await d.updateTable('audit_seals').set({ hash: seal.hash }).where('seq', '=', 3).execute();
    });
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });

  it('names an entry taken out of the queue before it was sealed', async () => {
    const sealed = await count(db, 'audit_seals');
    const seq = await appendOne(db, 'test.unqueued');
    await tamper(db, (d) => d.deleteFrom('audit_pending').where('seq', '=', seq).execute());
    const report = await verifyAuditChain(db, key);
    expect(report).toMatchObject({ ok: false, checked: sealed, firstProblem: { seq, kind: 'unsealed' } });
    expect(report.firstProblem!.message).toContain(`entry ${seq}`);
    await db.insertInto('audit_pending').values({ seq }).execute();
    expect(await verifyAuditChain(db, key)).toEqual({ ok: true, checked: sealed + 1 });
  });

  it('names a queued entry that was deleted before it was sealed', async () => {
    const seq = await appendOne(db, 'test.deleted_while_queued');
    const row = await rowOf(db, seq);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', seq).execute());
    expect((await verifyAuditChain(db, key)).firstProblem).toMatchObject({ seq, kind: 'missing' });
    await reinsert(db, row);
    expect((await verifyAuditChain(db, key)).ok).toBe(true);
  });
});

describe('migration 0008', () => {
  it('keeps the chain written before it, sealed again under the key by 0023, and new entries follow', { timeout: 120_000 }, async () => {
    const database = await databaseBefore0008();
    try {
      const old = database.db;
      await writeOldChain(old, 3);
      expect(await migrate(database)).toEqual(expect.arrayContaining(['0008_audit_seals.sql', '0023_audit_hmac.sql']));
      // 0023 keeps the SHA-256 seals aside and queues their entries again, to be sealed under the key.
      expect(await old.selectFrom('audit_legacy_seals').select('seq').orderBy('seq').execute()).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
      expect(await count(old, 'audit_pending')).toBe(3);
      expect(await verifyAuditChain(old, key)).toEqual({ ok: true, checked: 3 });
      const first = await old.selectFrom('audit_seals').selectAll().where('position', '=', 1).executeTakeFirstOrThrow();
      expect(first.hash).toBe(auditMac(key, GENESIS_HASH, 1, auditContentOf(await rowOf(old, 1))));
      expect(await appendOne(old, 'test.after_migration')).toBe(4);
      expect(await verifyAuditChain(old, key)).toEqual({ ok: true, checked: 4 });
    } finally {
      await database.close();
    }
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
    expect(await checkAuditChain(db, key, intact.output)).toBe(0);
    expect(intact.lines).toEqual([`audit chain intact: ${(await verifyAuditChain(db, key)).checked} entries`]);

    const row = await rowOf(db, 2);
    await tamper(db, (d) => d.deleteFrom('audit_events').where('seq', '=', 2).execute());
    const broken = capture();
    expect(await checkAuditChain(db, key, broken.output)).toBe(1);
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
    const deploymentKey = randomBytes(32);
    let deployment: Awaited<ReturnType<typeof deploymentDatabase>>;
    beforeAll(async () => {
      deployment = await deploymentDatabase();
      const database = await deployment.open();
      await writeEntries(database.db, new Date('2026-11-02T07:00:00Z'), 4);
      await sealAllAudit(database.db, deploymentKey); // altered after it was sealed: what the check can see
      await tamper(database.db, (d) => d.updateTable('audit_events').set({ entity_id: 'RW-other' }).where('seq', '=', 3).execute());
      await database.close();
    });
    afterAll(() => deployment?.dispose());

    it('opens it and checks it', { timeout: 120_000 }, async () => {
      const { lines, output } = capture();
      expect(await runVerifyCli({ ...deployment.env, RINDA_AUDIT_KEY: deploymentKey.toString('hex') }, output)).toBe(1);
      expect(lines[0]).toMatch(/^audit chain broken at entry 3 \(altered\)/);
    });

    it('runs as a command with its exit code', { timeout: 120_000 }, async () => {
      const env = { ...process.env, RINDA_DATA_DIR: undefined, DATABASE_URL: undefined, ...deployment.env, RINDA_AUDIT_KEY: deploymentKey.toString('hex') };
      const cli = [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/audit/verify.cli.ts'];
      const run = spawnSync(process.execPath, cli, { cwd: root, env, encoding: 'utf8' });
      expect(run.stdout).toMatch(/^audit chain broken at entry 3 \(altered\)/);
      expect(run.status).toBe(1);
    });
  });
});

function capture() {
  const lines: string[] = [];
  return { lines, output: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

/** Appends one entry in its own transaction and returns its seq. */
async function appendOne(db: Db, action: string): Promise<number> {
  await appendAuditAlone(db, someone, { action }, t.clock.now());
  return lastSeq(db);
}

async function waitFor(done: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Appends an entry that commits only after `meanwhile` has run; returns its seq.
 * On PostgreSQL its transaction really stays open; the embedded database has
 * one connection, so there the seq is taken first and the entry written after,
 * which leaves the same rows behind.
 */
async function commitLate(db: Db, meanwhile: () => Promise<void>): Promise<number> {
  if (testDbKind === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await appendAudit(trx, someone, { action: 'test.late' }, t.clock.now());
      const { seq } = await trx.selectFrom('audit_pending').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      await meanwhile();
      return Number(seq);
    });
  }
  const { rows } = await sql<{ seq: number }>`select nextval(pg_get_serial_sequence('audit_events', 'seq'))::int as seq`.execute(db);
  const seq = rows[0]!.seq;
  await meanwhile();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('audit_events')
      .values({
        seq,
        at: t.clock.now(),
        actor_id: null,
        actor_role: null,
        ip: null,
        request_id: null,
        action: 'test.late',
        entity_type: null,
        entity_id: null,
      } as never)
      .execute();
    await trx.insertInto('audit_pending').values({ seq }).execute();
  });
  return seq;
}

/** An empty database of the kind this run tests, migrated up to (not including) 0008. */
async function databaseBefore0008(): Promise<Database> {
  let database: Database;
  if (testDbKind === 'pglite') {
    database = await openPglite();
  } else {
    // Named like the suite's other copies, so the run's teardown drops it.
    const name = `rinda_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    database = await openPostgres(withDatabase(testPostgresUrl, name), 2);
  }
  const dir = join(root, 'migrations');
  await database.execScript('create table schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  for (const file of readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f) && f < '0008')
    .sort()) {
    await database.execScript(`${readFileSync(join(dir, file), 'utf8')}\n;insert into schema_migrations (name) values ('${file}');`);
  }
  return database;
}

/** Entries as the writers before 0008 left them: an explicit seq, and the hash chain on the row. */
async function writeOldChain(db: Db, n: number) {
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const at = new Date(Date.UTC(2026, 10, 2, 7, 0, seq));
    const content = {
      at,
      actorId: null,
      actorRole: null,
      ip: null,
      requestId: `req-${seq}`,
      action: `test.old_${seq}`,
      entityType: 'case',
      entityId: `RW-${seq}`,
      fields: ['status'],
      outcome: 'success' as const,
      details: { n: seq },
    };
    const hash = auditHash(prevHash, seq, content);
    await sql`insert into audit_events (seq, at, request_id, action, entity_type, entity_id, fields, details, prev_hash, hash)
      values (${seq}, ${at}, ${content.requestId}, ${content.action}, ${content.entityType}, ${content.entityId},
              ${content.fields}, ${JSON.stringify(content.details)}, ${prevHash}, ${hash})`.execute(db);
    prevHash = hash;
  }
}
