import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeGatewayLeftovers } from '../src/sms/inbound/gateway-housekeeping.js';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// What the gateways leave behind, on both databases, with the test clock:
// refused calls are recorded up to a cap per source address and window
// (past it 429, nothing written), and old refusals are deleted; USSD
// sessions (they hold callers' numbers) not seen for the configured age are
// deleted, and so are menu drafts of months the menu no longer offers.

const SECRET = 'housekeeping-gateway-secret-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    gatewaySecrets: { africastalking: SECRET, ussd: SECRET },
    gatewayRefusalLimit: 3,
    gatewayRefusalWindowMinutes: 10,
    gatewayRefusalMaxAgeDays: 90,
    ussdSessionMaxAgeHours: 24,
  });
}, 120_000);
afterAll(() => t?.close());

const sms = (secret: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/gateways/africastalking/sms?secret=${encodeURIComponent(secret)}`,
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      from: '+250788000111',
      to: '1234',
      text: 'REPORT 10/2026 HH 3',
      date: '2026-11-02 09:00:00',
      id: `at-${Math.random()}`,
    }).toString(),
  });
const refusals = () => t.database.db.selectFrom('gateway_refusals').selectAll().orderBy('id').execute();

describe('refused gateway calls', () => {
  it('are recorded up to the cap per address and window, then answered 429 with nothing written; the right secret still passes', async () => {
    for (let i = 0; i < 3; i++) expect((await sms('wrong-secret-wrong-secret')).statusCode).toBe(401);
    const limited = await sms('wrong-secret-wrong-secret');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('600');
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await sms('')).statusCode).toBe(429);
    expect(await refusals()).toHaveLength(3);
    // Another address has its own cap; the gateway itself, with its secret, is not held back.
    expect((await sms('wrong-secret-wrong-secret', '10.20.30.40')).statusCode).toBe(401);
    expect((await sms(SECRET)).statusCode).toBe(200);
    expect(await refusals()).toHaveLength(4);
    // Once the window has passed, refusals are recorded again.
    t.clock.advanceMinutes(11);
    expect((await sms('wrong-secret-wrong-secret')).statusCode).toBe(401);
    expect(await refusals()).toHaveLength(5);
  });

  it('are deleted once older than the keeping age, newer ones kept', async () => {
    const before = (await refusals()).length;
    expect(before).toBeGreaterThan(0);
    t.clock.advanceDays(89);
    await sms('wrong-secret-wrong-secret', '10.9.9.9');
    expect((await purgeGatewayLeftovers(t.ctx)).gatewayRefusals).toBe(0);
    t.clock.advanceDays(2);
    const run = await purgeGatewayLeftovers(t.ctx);
    expect(run.gatewayRefusals).toBe(before);
    expect((await refusals()).map((r) => r.ip)).toEqual(['10.9.9.9']);
  });
});

describe('USSD sessions and drafts', () => {
  it('deletes sessions not seen for the configured age and drafts of months no longer offered, keeping the rest', async () => {
    t.clock.set('2026-11-02T07:00:00Z');
    const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: '+250722000009' });
    const phone = '+250785300001';
    const res = await client(t, cpwo.session).post('/api/v1/izu/volunteers', {
      fullName: 'Nyirahabimana Synth',
      sex: 'female',
      phone,
      placeId: PLACES.gasaboVillage,
      language: 'en',
    });
    expect(res.statusCode, res.body).toBe(201);
    const izuId = res.json().volunteer.id as string;
    const dial = (sessionId: string, text: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/gateways/ussd?secret=${SECRET}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ sessionId, serviceCode: '*384#', phoneNumber: phone, networkCode: '63510', text }).toString(),
      });
    const sessions = () => t.database.db.selectFrom('ussd_sessions').select('session_id').where('phone', '=', phone).orderBy('session_id').execute();
    const drafts = () => t.database.db.selectFrom('ussd_report_drafts').select('month').where('user_id', '=', izuId).execute();

    // A session that leaves a draft of November (households 5), then a second one a day later.
    expect((await dial('old', '1*1*5')).body).toMatch(/^CON /);
    t.clock.advance(23 * 3_600_000);
    expect((await dial('recent', '')).body).toMatch(/^CON /);
    t.clock.advance(2 * 3_600_000);
    const first = await purgeGatewayLeftovers(t.ctx);
    expect(first.ussdSessions).toBe(1);
    expect(await sessions()).toEqual([{ session_id: 'recent' }]);
    // November is still offered in December (as last month): its draft stays.
    t.clock.set('2026-12-10T07:00:00Z');
    expect((await purgeGatewayLeftovers(t.ctx)).ussdDrafts).toBe(0);
    expect(await drafts()).toEqual([{ month: '2026-11' }]);
    expect(await sessions()).toEqual([]);
    // In January it no longer is: the draft goes.
    t.clock.set('2027-01-02T07:00:00Z');
    expect((await purgeGatewayLeftovers(t.ctx)).ussdDrafts).toBe(1);
    expect(await drafts()).toEqual([]);
  });
});
