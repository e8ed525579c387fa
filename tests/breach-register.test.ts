import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBreachEscalation } from '../src/breach/breach-register.service.js';
import { insertCase } from './support/case-factories.js';
import { client, createUser, PLACES, sessionFor } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The breach register: the 48-hour notice and 72-hour report to NCSA, their
// status, and escalation while they are late (test clock).

type Breach = {
  id: string;
  reference: string;
  foundAt: string;
  childIds: string[];
  notice: { dueAt: string; sentAt: string | null; status: string };
  report: { dueAt: string; sentAt: string | null; status: string };
  escalationLevel: number;
  closedAt: string | null;
};

let t: TestApp;
let dpoId: string;
let ncdaId: string;
let cpwoId: string;
let childId: string;
const dpoSession = () => sessionFor(t, { id: dpoId });
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestApp({ breachEscalationHours: 6 });
  dpoId = (await createUser(t, { role: 'dpo', fullName: 'Diane Mukamana', phone: '+250788000111' })).id;
  ncdaId = (await createUser(t, { role: 'ncda_officer' })).id;
  const c = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  cpwoId = c.id;
  childId = (await insertCase(t, { openedBy: c.id })).child.id;
});
afterAll(() => t?.close());

const notificationsOf = (userId: string) =>
  t.database.db.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', userId).where('kind', '=', 'breach.overdue').execute();

describe('the breach register', () => {
  let breach: Breach;

  it('records a breach with its NCSA deadlines: notice in 48 hours, report in 72', async () => {
    const foundAt = new Date(t.clock.now().getTime() - 2 * HOUR).toISOString();
    const res = await client(t, await dpoSession()).post('/api/v1/breaches', {
      foundAt,
      kind: 'confidentiality',
      summary: 'A caseworker laptop was stolen with a signed-in session.',
      childIds: [childId],
      addresses: ['41.186.7.9'],
    });
    expect(res.statusCode, res.body).toBe(201);
    breach = res.json() as Breach;
    expect(breach.reference).toMatch(/^BR-2026-0001$/);
    expect(new Date(breach.notice.dueAt).getTime() - new Date(foundAt).getTime()).toBe(48 * HOUR);
    expect(new Date(breach.report.dueAt).getTime() - new Date(foundAt).getTime()).toBe(72 * HOUR);
    expect(breach.notice.status).toBe('pending');
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'details']).where('entity_id', '=', breach.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['breach.record']);
    expect(JSON.stringify(audit)).not.toContain('laptop');
  });

  it('escalates the notice once late, one level per interval, idempotently', async () => {
    expect((await runBreachEscalation(t.ctx)).escalated).toBe(0);
    t.clock.advance(47 * HOUR); // 49 h after it was found: the notice is late
    const first = await runBreachEscalation(t.ctx);
    expect(first.escalated).toBe(1);
    expect(await notificationsOf(dpoId)).toHaveLength(1);
    expect(await notificationsOf(ncdaId)).toHaveLength(0);
    expect((await runBreachEscalation(t.ctx)).escalated).toBe(0); // same time: nothing more
    t.clock.advance(6 * HOUR);
    await runBreachEscalation(t.ctx);
    expect((await notificationsOf(ncdaId)).map((n) => (n.params as { kind: string }).kind)).toEqual(['breach_notice']);
    const res = await client(t, await dpoSession()).get(`/api/v1/breaches/${breach.id}`);
    const b = res.json() as Breach;
    expect(b.notice.status).toBe('overdue');
    expect(b.escalationLevel).toBe(2);
    expect(t.sms.sent.some((m) => m.to === '+250788000111' && m.text.includes(breach.reference))).toBe(true);
  });

  it('wants the notice before the report, records each once, and closes with the report', async () => {
    let s = client(t, await dpoSession());
    const now = t.clock.now().toISOString();
    const early = await s.post(`/api/v1/breaches/${breach.id}/report`, { sentAt: now, reference: 'NCSA-77' });
    expect(early.statusCode).toBe(409);
    const notice = await s.post(`/api/v1/breaches/${breach.id}/notice`, { sentAt: now, reference: 'NCSA-76' });
    expect(notice.statusCode, notice.body).toBe(200);
    expect((notice.json() as Breach).notice.status).toBe('met_late');
    expect((await s.post(`/api/v1/breaches/${breach.id}/notice`, { sentAt: now, reference: 'again' })).statusCode).toBe(409);
    const report = await s.post(`/api/v1/breaches/${breach.id}/report`, { sentAt: now, reference: 'NCSA-77' });
    expect(report.statusCode, report.body).toBe(200);
    const closed = report.json() as Breach;
    expect(closed.report.status).toBe('met');
    expect(closed.closedAt).not.toBeNull();
    t.clock.advance(48 * HOUR);
    expect((await runBreachEscalation(t.ctx)).escalated).toBe(0);
    s = client(t, await dpoSession());
    const open = (await s.get('/api/v1/breaches?open=true')).json() as { items: Breach[] };
    expect(open.items).toHaveLength(0);
    const all = (await s.get('/api/v1/breaches')).json() as { items: Breach[] };
    expect(all.items.map((b) => b.reference)).toEqual([breach.reference]);
  });

  it('refuses bad input with the field named', async () => {
    const s = client(t, await dpoSession());
    const future = new Date(t.clock.now().getTime() + HOUR).toISOString();
    const r1 = await s.post('/api/v1/breaches', { foundAt: future, kind: 'integrity', summary: 'x' });
    expect(r1.statusCode).toBe(400);
    expect(r1.body).toContain('body.foundAt');
    const r2 = await s.post('/api/v1/breaches', {
      foundAt: t.clock.now().toISOString(),
      kind: 'integrity',
      summary: 'x',
      childIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.body).toContain('body.childIds');
    expect((await s.post('/api/v1/breaches', { foundAt: t.clock.now().toISOString(), kind: 'integrity', summary: 'x'.repeat(5000) })).statusCode).toBe(400);
    expect((await s.post('/api/v1/breaches', { foundAt: t.clock.now().toISOString(), kind: 'theft', summary: 'x' })).statusCode).toBe(400);
    expect(
      (await s.post('/api/v1/breaches/00000000-0000-4000-8000-000000000000/notice', { sentAt: t.clock.now().toISOString(), reference: 'r' })).statusCode,
    ).toBe(404);
    expect(await t.database.db.selectFrom('breaches').select('id').execute()).toHaveLength(1);
  });

  it('is for the data protection officer only', async () => {
    const admin = await sessionFor(t, await createUser(t, { role: 'sysadmin' }));
    for (const s of [await sessionFor(t, { id: cpwoId }), admin]) {
      expect((await client(t, s).get('/api/v1/breaches')).statusCode).toBe(403);
      expect((await client(t, s).post('/api/v1/breaches', { foundAt: t.clock.now().toISOString(), kind: 'integrity', summary: 'x' })).statusCode).toBe(403);
    }
  });
});
