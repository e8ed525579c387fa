import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditActor } from '../src/access/actor.js';
import { appendAuditAlone } from '../src/audit/audit.repository.js';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { sealAllAudit } from '../src/audit/audit-sealer.js';
import { insertCase } from './support/case-factories.js';
import { client, createUser, PLACES, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Answers for a breach from the audit: who saw a child, what a user saw, what
// an address touched. Only the data protection officer asks; each question is audited.

type Entry = {
  seq: number;
  actor: { id: string } | null;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  childId: string | null;
  fields: string[];
  listed: number;
};

let t: TestApp;
let dpo: Session;
let cpwoId: string;
let cpwo: Session;
let caseworkerId: string;
let sysadmin: Session;
let kase: Awaited<ReturnType<typeof insertCase>>;
let other: Awaited<ReturnType<typeof insertCase>>;

const asActor = (id: string, role: AuditActor['role'], ip: string) => ({ id, role, ip, requestId: null }) as AuditActor;

beforeAll(async () => {
  t = await createTestApp();
  const d = await createUser(t, { role: 'dpo', fullName: 'Diane Mukamana' });
  const c = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, fullName: 'Claude Uwase', trainingCompletedOn: '2025-01-01' });
  cpwoId = c.id;
  cpwo = await sessionFor(t, c);
  const w = await createUser(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, fullName: 'Grace Ingabire', trainingCompletedOn: '2025-01-01' });
  caseworkerId = w.id;
  const admin = await createUser(t, { role: 'sysadmin' });
  kase = await insertCase(t, { openedBy: c.id, leadCaseworkerId: null });
  other = await insertCase(t, { openedBy: c.id, leadCaseworkerId: null, givenName: 'Eric' });

  // The CPWO opens the case file through the API (the real read path, audited).
  t.clock.advanceMinutes(5);
  const read = await client(t, cpwo).get(`/api/v1/cases/${kase.case.id}`);
  expect(read.statusCode, read.body).toBe(200);
  // A caseworker reads it from another address a day later, and a list shows both children.
  t.clock.advanceDays(1);
  await appendAuditAlone(
    t.database.db,
    asActor(caseworkerId, 'cso_caseworker', '41.186.7.9'),
    { action: 'case.read', entityType: 'case', entityId: kase.case.id, fields: ['assessment', 'notes'] },
    t.clock.now(),
  );
  await appendAuditAlone(
    t.database.db,
    asActor(caseworkerId, 'cso_caseworker', '41.186.7.9'),
    { action: 'worklist.read', entityType: 'worklist', fields: ['caseCode', 'childName'], details: { ids: [kase.case.id, other.case.id] } },
    t.clock.now(),
  );
  // Someone else's child, from the same address: not part of the first answer.
  await appendAuditAlone(
    t.database.db,
    asActor(caseworkerId, 'cso_caseworker', '41.186.7.9'),
    { action: 'child.read', entityType: 'child', entityId: other.child.id, fields: ['identity'] },
    t.clock.now(),
  );
  t.clock.advanceMinutes(10);
  // Sessions from now (an idle session expires).
  dpo = await sessionFor(t, d);
  cpwo = await sessionFor(t, c);
  sysadmin = await sessionFor(t, admin);
});
afterAll(() => t?.close());

describe('who saw this child', () => {
  it('lists every read of the child’s records: by whom, when, from where, which fields, lists included', async () => {
    const res = await client(t, dpo).get(`/api/v1/breach/child-reads?childId=${kase.child.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { child: { childCode: string }; records: number; readers: { actor: { id: string } | null; entries: number }[]; items: Entry[] };
    expect(body.child.childCode).toBe(kase.child.child_code);
    expect(body.records).toBeGreaterThanOrEqual(3); // the child, the case, the report
    const actions = body.items.map((i) => `${i.actor?.id === cpwoId ? 'cpwo' : 'caseworker'}:${i.action}`);
    expect(actions).toEqual(['caseworker:worklist.read', 'caseworker:case.read', 'cpwo:case.read']);
    const caseworkerRead = body.items[1]!;
    expect(caseworkerRead).toMatchObject({
      ip: '41.186.7.9',
      entityType: 'case',
      entityId: kase.case.id,
      childId: kase.child.id,
      fields: ['assessment', 'notes'],
    });
    expect(body.items[0]!.listed).toBe(2);
    expect(body.items[2]!.fields.length).toBeGreaterThan(0);
    expect(body.readers.map((r) => [r.actor?.id, r.entries]).sort()).toEqual(
      [
        [caseworkerId, 2],
        [cpwoId, 1],
      ].sort(),
    );
    // The other child's read is not in this answer.
    expect(body.items.some((i) => i.entityId === other.child.id)).toBe(false);
  });

  it('answers from a case as well, and pages newest first', async () => {
    const first = await client(t, dpo).get(`/api/v1/breach/child-reads?caseId=${kase.case.id}&limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    const p1 = first.json() as { items: Entry[]; nextBefore: number | null };
    expect(p1.items).toHaveLength(2);
    // The earlier questions of the DPO are themselves entries about the child now.
    const all: Entry[] = [...p1.items];
    let before = p1.nextBefore;
    while (before !== null) {
      const next = (await client(t, dpo).get(`/api/v1/breach/child-reads?caseId=${kase.case.id}&limit=2&before=${before}`)).json() as typeof p1;
      all.push(...next.items);
      before = next.nextBefore;
    }
    expect(all.map((i) => i.action)).toContain('breach.child_reads');
    expect(all.filter((i) => i.action === 'case.read')).toHaveLength(2);
    const seqs = all.map((i) => i.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  it('limits to a period', async () => {
    const to = new Date(t.clock.now().getTime() - 12 * 3_600_000).toISOString();
    const res = await client(t, dpo).get(`/api/v1/breach/child-reads?childId=${kase.child.id}&to=${encodeURIComponent(to)}`);
    const body = res.json() as { items: Entry[] };
    expect(body.items.map((i) => i.action)).toEqual(['case.read']);
    expect(body.items[0]!.actor?.id).toBe(cpwoId);
  });

  it('refuses everyone but the data protection officer, and records the refusal-free question', async () => {
    for (const s of [cpwo, sysadmin]) {
      const res = await client(t, s).get(`/api/v1/breach/child-reads?childId=${kase.child.id}`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(kase.child.child_code);
    }
    expect((await client(t).get(`/api/v1/breach/child-reads?childId=${kase.child.id}`)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown child or case, 400 for malformed or ambiguous input', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads?childId=${unknown}`)).statusCode).toBe(404);
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads?caseId=${unknown}`)).statusCode).toBe(404);
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads?childId=not-a-uuid`)).statusCode).toBe(400);
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads`)).statusCode).toBe(400);
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads?childId=${kase.child.id}&caseId=${kase.case.id}`)).statusCode).toBe(400);
    expect((await client(t, dpo).get(`/api/v1/breach/child-reads?childId=${kase.child.id}&limit=100000`)).statusCode).toBe(400);
  });
});

describe('what did this user see', () => {
  it('gives every record and field group the user touched in the period', async () => {
    const res = await client(t, dpo).get(`/api/v1/breach/user-reads?userId=${caseworkerId}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      user: { role: string };
      entries: number;
      records: number;
      listed: number;
      fieldGroups: { field: string; entries: number }[];
      items: Entry[];
    };
    expect(body.user.role).toBe('cso_caseworker');
    expect(body.entries).toBe(3);
    expect(body.records).toBe(2); // the case and the other child (the list has no single record)
    expect(body.listed).toBe(2);
    expect(body.fieldGroups.map((f) => f.field).sort()).toEqual(['assessment', 'caseCode', 'childName', 'identity', 'notes']);
    expect(body.items.find((i) => i.action === 'child.read')!.childId).toBe(other.child.id);
    const none = await client(t, dpo).get(`/api/v1/breach/user-reads?userId=${caseworkerId}&to=2020-01-01T00:00:00Z`);
    expect((none.json() as { entries: number; items: unknown[] }).items).toHaveLength(0);
  });

  it('refuses others and unknown users', async () => {
    expect((await client(t, cpwo).get(`/api/v1/breach/user-reads?userId=${caseworkerId}`)).statusCode).toBe(403);
    expect((await client(t, dpo).get(`/api/v1/breach/user-reads?userId=00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });
});

describe('every record touched from an address', () => {
  it('lists what was done from the address and by whom', async () => {
    const res = await client(t, dpo).get(`/api/v1/breach/address-reads?ip=41.186.7.9`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { entries: number; users: { actor: { id: string } | null; entries: number }[]; items: Entry[] };
    expect(body.entries).toBe(3);
    expect(body.users).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: caseworkerId }), entries: 3 })]);
    expect(new Set(body.items.map((i) => i.childId))).toEqual(new Set([kase.child.id, other.child.id, null]));
  });

  it('refuses others and malformed addresses', async () => {
    expect((await client(t, cpwo).get(`/api/v1/breach/address-reads?ip=41.186.7.9`)).statusCode).toBe(403);
    expect((await client(t, dpo).get(`/api/v1/breach/address-reads?ip=${encodeURIComponent("1' or '1'='1")}`)).statusCode).toBe(400);
    expect((await client(t, dpo).get(`/api/v1/breach/address-reads?ip=${'1'.repeat(60)}`)).statusCode).toBe(400);
  });
});

describe('the audit stays whole', () => {
  it('verifies after the questions (they only add entries)', async () => {
    await sealAllAudit(t.database.db, t.ctx.auditKey);
    const report = await verifyAuditChain(t.database.db, t.ctx.auditKey, {});
    expect(report.ok).toBe(true);
  });
});
