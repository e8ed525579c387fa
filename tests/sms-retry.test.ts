import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SmsGateway, SmsMessage } from '../src/context.js';
import { MAX_ATTEMPTS, retryPauseMs, retrySms } from '../src/notifications/sms-outbox.js';
import { client, PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// An SMS the gateway does not take is kept and tried again, with a growing
// pause, until it goes or a day has passed; the change it announced stands.

let t: TestApp;
let izu: Session;
let izuUser: { id: string };
const working = () => t.ctx.sms;
let gateway: SmsGateway;
const down: SmsGateway = {
  async send() {
    throw new Error('gateway answered 503');
  },
};

beforeAll(async () => {
  t = await createTestApp();
  gateway = working();
  const signed = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  izu = signed.session;
  izuUser = signed.user;
});
afterEach(() => {
  t.ctx.sms = gateway;
});
afterAll(() => t.close());

const report = (phone: string) =>
  client(t, izu).post('/api/v1/reports', {
    channel: 'community_member',
    reporter: { name: 'Neighbour Synth', relationship: 'neighbour', phone },
    child: { name: 'Keza Ange', sex: 'female', ageYears: 8 },
    placeId: PLACES.gasaboVillage,
    whatHappened: 'Left alone for days',
  });
const kept = (phone: string) =>
  t.database.db.selectFrom('sms_retries').selectAll().where('to_phone', '=', phone).executeTakeFirstOrThrow();
const sentTo = (phone: string): SmsMessage[] => t.sms.sent.filter((m) => m.to === phone);

describe('an SMS the gateway refuses', () => {
  it('does not undo the report; the message is kept with the reason and tried again after a minute', async () => {
    t.clock.set('2026-11-02T07:00:00Z');
    t.ctx.sms = down;
    const res = await report('0788000101');
    expect(res.statusCode).toBe(201);
    const row = await kept('+250788000101');
    expect(row).toMatchObject({ attempts: 1, last_error: 'gateway answered 503', sent_at: null, abandoned_at: null });
    expect(row.body).toContain(res.json().reference);
    expect(new Date(row.next_attempt_at).toISOString()).toBe('2026-11-02T07:01:00.000Z');

    t.clock.set('2026-11-02T07:00:30Z');
    t.ctx.sms = gateway;
    expect(await retrySms(t.ctx)).toEqual({ sent: 0, failed: 0, abandoned: 0 }); // its pause is not over
    t.clock.set('2026-11-02T07:01:00Z');
    expect(await retrySms(t.ctx)).toEqual({ sent: 1, failed: 0, abandoned: 0 });
    expect(sentTo('+250788000101').map((m) => m.text)).toEqual([row.body]);
    expect(await kept('+250788000101')).toMatchObject({ attempts: 2, last_error: 'gateway answered 503' });
    expect(await retrySms(t.ctx)).toEqual({ sent: 0, failed: 0, abandoned: 0 }); // sent once
    expect(sentTo('+250788000101')).toHaveLength(1);
  });

  it('waits twice as long after each failure, up to an hour, and gives up after about a day', async () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryPauseMs)).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000, 3_600_000]);
    const day = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryPauseMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(day / 3_600_000).toBeGreaterThan(20);
    expect(day / 3_600_000).toBeLessThan(30);

    t.clock.set('2026-11-03T07:00:00Z');
    izu = await sessionFor(t, izuUser); // a session of that day
    t.ctx.sms = down;
    expect((await report('0788000102')).statusCode).toBe(201);
    let outcome = { sent: 0, failed: 0, abandoned: 0 };
    for (let i = 0; i < MAX_ATTEMPTS && outcome.abandoned === 0; i++) {
      t.clock.advance(retryPauseMs(MAX_ATTEMPTS));
      outcome = await retrySms(t.ctx);
    }
    expect(outcome.abandoned).toBe(1);
    const row = await kept('+250788000102');
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.abandoned_at).not.toBeNull();
    t.ctx.sms = gateway;
    t.clock.advance(retryPauseMs(MAX_ATTEMPTS));
    expect((await retrySms(t.ctx)).sent).toBe(0); // abandoned stays abandoned
    expect(sentTo('+250788000102')).toEqual([]);
  });
});
