import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditContentOf } from '../src/audit/audit-sealer.js';
import { auditHash } from '../src/audit/audit-hash.js';
import { appendAuditAlone } from '../src/audit/audit.repository.js';
import { checkAuditChain } from '../src/audit/audit-verify-command.js';
import { parseAuditHead } from '../src/audit/audit-head.js';
import type { DB } from '../src/db/schema.js';
import { client, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Hole 7: the audit chain could be wiped (TRUNCATE passes the row triggers)
// or rewritten (a plain SHA-256 chain can be recomputed by anyone who can
// write the tables). Each attack is made here as an attacker with direct
// database access would make it; the verification must see each one.

type Db = Kysely<DB>;
const AUDIT_TABLES = ['audit_events', 'audit_seals', 'audit_pending', 'audit_legacy_seals'] as const;

/** Direct database access as a superuser: in replica mode no trigger and no foreign key fires. */
async function tamper(db: Db, change: (db: Db) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await change(trx);
  });
}

const count = async (db: Db, table: (typeof AUDIT_TABLES)[number]) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let t: TestApp;
let db: Db;
let admin: Session;
beforeEach(async () => {
  t = await createTestApp();
  db = t.database.db;
  ({ session: admin } = await signedIn(t, { role: 'sysadmin' }));
  for (let i = 0; i < 6; i++) {
    await appendAuditAlone(
      db,
      { id: null, role: null, ip: null, requestId: null },
      { action: `test.step_${i}`, entityType: 'case', entityId: `RW-${i}` },
      t.clock.now(),
    );
  }
});
afterEach(() => t.close());

async function publishedHead(): Promise<string> {
  const res = await client(t, admin).get('/api/v1/audit/head');
  expect(res.statusCode).toBe(200);
  const body = res.json();
  expect(body).toMatchObject({ position: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(body.head).toBe(`${body.position}:${body.hash}`);
  return body.head;
}

const verify = async (head?: string) => {
  const res = await client(t, admin).get(`/api/v1/audit/verify${head ? `?head=${head}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('truncating the audit', () => {
  it('is refused on every audit table, even with CASCADE', async () => {
    const before = await Promise.all(AUDIT_TABLES.map((table) => count(db, table)));
    for (const table of AUDIT_TABLES) {
      await expect(sql`truncate ${sql.table(table)} cascade`.execute(db)).rejects.toThrow(/append-only/);
    }
    expect(await Promise.all(AUDIT_TABLES.map((table) => count(db, table)))).toEqual(before);
  });

  it('with the guards bypassed, is detected against the published head', async () => {
    const head = await publishedHead();
    await tamper(db, (d) => sql`truncate audit_events, audit_seals, audit_pending, audit_legacy_seals`.execute(d));
    expect(await count(db, 'audit_events')).toBe(0);
    // An empty audit is a chain that verifies by itself: only the head kept outside shows the loss.
    const report = await verify(head);
    expect(report).toMatchObject({ ok: false, firstProblem: { seq: null, kind: 'head_not_reached' } });
    expect(report.firstProblem.message).toContain(`position ${head.split(':')[0]}`);
  });
});

describe('rewriting an entry', () => {
  it('and recomputing the chain with plain SHA-256 (no key) is found: the entry no longer matches its seal', async () => {
    await publishedHead(); // seals everything written so far
    const seals = await db.selectFrom('audit_seals').selectAll().orderBy('position').execute();
    const victim = seals[2]!;
    await tamper(db, async (d) => {
      await d.updateTable('audit_events').set({ entity_id: 'RW-elsewhere' }).where('seq', '=', victim.seq).execute();
      // The attacker recomputes every seal from the edited entry on, as the old chain was computed.
      let prev = victim.prev_hash;
      for (const seal of seals.slice(2)) {
        const row = await d.selectFrom('audit_events').selectAll().where('seq', '=', seal.seq).executeTakeFirstOrThrow();
        const hash = auditHash(prev, Number(seal.seq), auditContentOf(row));
        await d.updateTable('audit_seals').set({ prev_hash: prev, hash }).where('position', '=', seal.position).execute();
        prev = hash;
      }
    });
    expect(await verify()).toMatchObject({ ok: false, firstProblem: { seq: Number(victim.seq), kind: 'altered' } });
  });
});

describe('deleting the newest entries with their seals', () => {
  it('leaves a chain that verifies alone but no longer reaches the published head (endpoint and command)', async () => {
    const head = await publishedHead();
    const position = Number(head.split(':')[0]);
    await tamper(db, async (d) => {
      const tail = await d
        .selectFrom('audit_seals')
        .select('seq')
        .where('position', '>', position - 2)
        .execute();
      const seqs = tail.map((s) => s.seq);
      await d.deleteFrom('audit_seals').where('seq', 'in', seqs).execute();
      await d.deleteFrom('audit_pending').where('seq', 'in', seqs).execute();
      // and every entry written since (the head read itself is audited)
      await d.deleteFrom('audit_pending').execute();
      await d
        .deleteFrom('audit_events')
        .where('seq', '>=', Math.min(...seqs))
        .execute();
    });
    expect(await verify()).toMatchObject({ ok: true });
    const report = await verify(head);
    expect(report).toMatchObject({ ok: false, firstProblem: { kind: 'head_not_reached' } });
    expect(report.firstProblem.message).toMatch(/no longer reaches the published head|is not the published head's/);

    const lines: string[] = [];
    const output = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await checkAuditChain(db, t.ctx.auditKey, output, parseAuditHead(head))).toBe(1);
    // The verifications since were audited and sealed at the freed positions: a chain rewritten from there.
    expect(lines[0]).toMatch(/^audit chain broken .*\(head_not_reached\)/);
  });

  it('an intact chain still reaches an older head', async () => {
    const head = await publishedHead();
    await appendAuditAlone(db, { id: null, role: null, ip: null, requestId: null }, { action: 'test.later' }, t.clock.now());
    expect(await verify(head)).toMatchObject({ ok: true });
  });
});

describe('GET /api/v1/audit/head', () => {
  it('is for administrators only, and a refused read is audited', async () => {
    const { session } = await signedIn(t, { role: 'supervisor' });
    const res = await client(t, session).get('/api/v1/audit/head');
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toMatch(/[0-9a-f]{64}/);
    const denied = await db.selectFrom('audit_events').select('outcome').where('action', '=', 'audit.head').where('actor_id', '=', session.userId).execute();
    expect(denied).toEqual([{ outcome: 'denied' }]);
  });
});
