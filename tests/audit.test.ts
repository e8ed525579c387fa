import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditActor } from '../src/access/actor.js';
import { appendAuditAlone, type AuditEntry } from '../src/audit/audit.repository.js';
import { verifyAuditChain } from '../src/audit/audit-verify.js';
import { client, createUser, PLACES, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Item = {
  seq: number;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  actorRole: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  outcome: string;
};

let t: TestApp;
let admin: Session;
let adminId: string;
let cpwo: { id: string; username: string; role: 'cpwo' };
let cpwoSession: Session;
let caseId: string;

const actorOf = (u: { id: string; role: AuditActor['role'] }): AuditActor =>
  ({ id: u.id, role: u.role, ip: '10.1.2.3', requestId: 'req-test-0001' }) as AuditActor;
const write = (actor: AuditActor, entry: AuditEntry) => {
  t.clock.advanceMinutes(1);
  return appendAuditAlone(t.database.db, actor, entry, t.clock.now());
};
const list = async (query = '', session = admin) => {
  const res = await client(t, session).get(`/api/v1/audit${query ? '?' + query : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; nextBefore: number | null };
};

beforeAll(async () => {
  t = await createTestApp();
  const a = await createUser(t, { role: 'sysadmin', fullName: 'Alice Admin' });
  adminId = a.id;
  admin = await sessionFor(t, a);
  const c = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, fullName: 'Claude Uwase' });
  cpwo = { id: c.id, username: c.username, role: 'cpwo' };
  cpwoSession = await sessionFor(t, c);
  caseId = '3f1c2a4e-0000-4000-8000-000000000001';
  // A small history: a failed sign-in with no known user, then the CPWO's work on one case and another.
  await write({ id: null, role: null, ip: '10.9.9.9', requestId: null }, { action: 'auth.sign_in', outcome: 'failure', details: { reason: 'unknown_user' } });
  await write(actorOf(cpwo), { action: 'auth.sign_in', entityType: 'user', entityId: cpwo.id });
  await write(actorOf(cpwo), { action: 'case.read', entityType: 'case', entityId: caseId, fields: ['child.name', 'child.birth_date'] });
  await write(actorOf(cpwo), { action: 'case.update', entityType: 'case', entityId: caseId, fields: ['risk_tier'] });
  await write(actorOf(cpwo), { action: 'case.read', entityType: 'case', entityId: 'another-case' });
  await write(actorOf({ id: adminId, role: 'sysadmin' }), { action: 'user.update', entityType: 'user', entityId: cpwo.id, fields: ['role'] });
});
afterAll(() => t.close());

describe('GET /api/v1/audit', () => {
  it('lists entries newest first with who acted', async () => {
    const { items, nextBefore } = await list();
    expect(nextBefore).toBeNull();
    expect(items.map((i) => i.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(items[2]).toEqual({
      seq: 4,
      at: '2026-11-02T07:04:00.000Z',
      actor: { id: cpwo.id, username: cpwo.username, fullName: 'Claude Uwase' },
      actorRole: 'cpwo',
      ip: '10.1.2.3',
      requestId: 'req-test-0001',
      action: 'case.update',
      entityType: 'case',
      entityId: caseId,
      fields: ['risk_tier'],
      outcome: 'success',
      details: {},
    });
    expect(items[5]).toMatchObject({ seq: 1, actor: null, actorRole: null, action: 'auth.sign_in', outcome: 'failure' });
  });

  it('filters by user', async () => {
    const { items } = await list(`actorId=${cpwo.id}`);
    expect(items.map((i) => i.seq)).toEqual([5, 4, 3, 2]);
  });

  it('filters by record', async () => {
    const { items } = await list(`entityType=case&entityId=${caseId}`);
    expect(items.map((i) => i.action)).toEqual(['case.update', 'case.read']);
    const aboutTheCpwo = await list(`entityType=user&entityId=${cpwo.id}`);
    expect(aboutTheCpwo.items.map((i) => i.seq)).toEqual([6, 2]);
  });

  it('filters by action, outcome and time', async () => {
    expect((await list('action=case.read')).items.map((i) => i.seq)).toEqual([5, 3]);
    expect((await list('outcome=failure')).items.map((i) => i.seq)).toEqual([1]);
    const window = await list(`from=${encodeURIComponent('2026-11-02T07:02:00Z')}&to=${encodeURIComponent('2026-11-02T09:04:00+02:00')}`);
    expect(window.items.map((i) => i.seq)).toEqual([4, 3, 2]);
  });

  it('pages with before and nextBefore', async () => {
    const first = await list(`actorId=${cpwo.id}&limit=3`);
    expect(first.items.map((i) => i.seq)).toEqual([5, 4, 3]);
    expect(first.nextBefore).toBe(3);
    const second = await list(`actorId=${cpwo.id}&limit=3&before=${first.nextBefore}`);
    expect(second).toEqual({ items: [expect.objectContaining({ seq: 2 })], nextBefore: null });
    // A page that ends exactly at the last entry says there is no next page.
    const exact = await list(`actorId=${cpwo.id}&limit=4`);
    expect(exact.items).toHaveLength(4);
    expect(exact.nextBefore).toBeNull();
  });

  it('audits the reading of the audit, with the filters used', async () => {
    await list(`actorId=${cpwo.id}&limit=3`);
    const reads = await list(`action=audit.read&actorId=${adminId}&limit=1`);
    expect(reads.items[0]).toMatchObject({ action: 'audit.read', actor: { id: adminId }, actorRole: 'sysadmin', entityType: 'audit', outcome: 'success' });
    const details = await t.database.db.selectFrom('audit_events').select('details').where('seq', '=', reads.items[0]!.seq).executeTakeFirstOrThrow();
    expect(details.details).toEqual({ filters: { actorId: cpwo.id }, limit: 3 });
  });

  it('refuses malformed filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['actorId=not-a-uuid', 'querystring.actorId'],
      ['outcome=maybe', 'querystring.outcome'],
      ['from=yesterday', 'querystring.from'],
      ['before=0', 'querystring.before'],
      ['limit=201', 'querystring.limit'],
    ] as const) {
      const res = await client(t, admin).get(`/api/v1/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().error.fields.map((f: { field: string }) => f.field),
        query,
      ).toContain(field);
    }
  });
});

describe('GET /api/v1/audit/verify', () => {
  it('reports an intact chain after many writes, including its own reads', async () => {
    const res = await client(t, admin).get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(true);
    expect(body.checked).toBeGreaterThan(6);
    expect(body.firstProblem).toBeUndefined();
    expect(await verifyAuditChain(t.database.db, t.ctx.auditKey, { batchSize: 3 })).toMatchObject({ ok: true });
  });
});

describe('who may read the audit', () => {
  const urls = ['/api/v1/audit', '/api/v1/audit/verify'];

  it('refuses anonymous callers with 401', async () => {
    for (const url of urls) {
      const res = await client(t).get(url);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.messageKey).toBe('errors.unauthenticated');
    }
  });

  it('refuses every role but the administrator with 403, and records the attempt', async () => {
    for (const url of urls) {
      const res = await client(t, cpwoSession).get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.messageKey).toBe('errors.forbidden');
    }
    for (const role of ['ncda_officer', 'supervisor', 'analyst', 'izu'] as const) {
      const user = await createUser(t, { role, jurisdictionId: PLACES.rwanda });
      const res = await client(t, await sessionFor(t, user)).get('/api/v1/audit?limit=1');
      expect(res.statusCode, role).toBe(403);
    }
    const denied = await list(`actorId=${cpwo.id}&outcome=denied`);
    expect(denied.items.map((i) => i.action)).toEqual(['audit.verify', 'audit.read']);
  });
});
