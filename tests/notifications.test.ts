import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Each user's notifications are their own: newest first, with the unread count.

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let izu: Signed, cpwo: Signed, otherCpwo: Signed, analyst: Signed;

async function report() {
  const res = await client(t, izu.session).post('/api/v1/reports', {
    channel: 'izu',
    child: { name: 'Mugisha Eric', sex: 'male', ageYears: 14 },
    placeId: PLACES.gasaboVillage,
    whatHappened: 'Sent to work on a farm',
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string };
}

beforeAll(async () => {
  t = await createTestApp();
  izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  otherCpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  analyst = await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t.close());

describe('notifications', () => {
  let first: { id: string; reference: string };
  let second: { id: string; reference: string };

  it('lists mine newest first with the unread count, codes only', async () => {
    first = await report();
    t.clock.advanceMinutes(5);
    second = await report();
    const res = await client(t, cpwo.session).get('/api/v1/notifications');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, unreadCount: 2, page: 1, pageSize: 20 });
    expect(body.items.map((n: { reportId: string }) => n.reportId)).toEqual([second.id, first.id]);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'report.received',
      messageKey: 'notifications.report_received',
      params: { reference: second.reference, channel: 'izu' },
      reportId: second.id,
      caseId: null,
      createdAt: '2026-11-02T07:05:00.000Z',
      readAt: null,
    });
    expect(JSON.stringify(body)).not.toMatch(/Mugisha|farm/);
  });

  it('marks one read, keeping the first reading time', async () => {
    const list = (await client(t, cpwo.session).get('/api/v1/notifications')).json();
    const id = list.items[1].id;
    const res = await client(t, cpwo.session).post(`/api/v1/notifications/${id}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, readAt: '2026-11-02T07:05:00.000Z' });
    t.clock.advanceMinutes(1);
    const again = await client(t, cpwo.session).post(`/api/v1/notifications/${id}/read`);
    expect(again.json().readAt).toBe('2026-11-02T07:05:00.000Z');
    const after = (await client(t, cpwo.session).get('/api/v1/notifications')).json();
    expect(after.unreadCount).toBe(1);
    const unread = (await client(t, cpwo.session).get('/api/v1/notifications?unread=true')).json();
    expect(unread.items.map((n: { reportId: string }) => n.reportId)).toEqual([second.id]);
    expect(unread.total).toBe(1);
  });

  it('marks all read', async () => {
    const res = await client(t, cpwo.session).post('/api/v1/notifications/read-all');
    expect(res.json()).toEqual({ marked: 1 });
    expect((await client(t, cpwo.session).get('/api/v1/notifications')).json().unreadCount).toBe(0);
    // Another CPWO's copies stay unread.
    expect((await client(t, otherCpwo.session).get('/api/v1/notifications')).json().unreadCount).toBe(2);
  });

  it('treats another user’s notification as not found', async () => {
    const theirs = (await client(t, otherCpwo.session).get('/api/v1/notifications')).json().items[0].id;
    const res = await client(t, cpwo.session).post(`/api/v1/notifications/${theirs}/read`);
    expect(res.statusCode).toBe(404);
    expect((await client(t, otherCpwo.session).get('/api/v1/notifications')).json().unreadCount).toBe(2);
    expect((await client(t, cpwo.session).post('/api/v1/notifications/not-a-uuid/read')).statusCode).toBe(400);
  });

  it('gives a user with none an empty list, and an anonymous caller 401', async () => {
    expect((await client(t, analyst.session).get('/api/v1/notifications')).json()).toEqual({ items: [], total: 0, unreadCount: 0, page: 1, pageSize: 20 });
    expect((await client(t, izu.session).get('/api/v1/notifications')).json().total).toBe(0); // no notice of their own report
    expect((await client(t).get('/api/v1/notifications')).statusCode).toBe(401);
    expect((await client(t).post('/api/v1/notifications/read-all')).statusCode).toBe(401);
  });
});
