import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SmsGateway, SmsMessage } from '../src/context.js';
import { deliverDueSms, MAX_ATTEMPTS, queueSms, retryPauseMs } from '../src/notifications/sms-outbox.js';
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
const kept = (phone: string) => t.database.db.selectFrom('sms_outbox').selectAll().where('to_phone', '=', phone).executeTakeFirstOrThrow();
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
    expect(await deliverDueSms(t.ctx)).toEqual({ sent: 0, failed: 0, abandoned: 0 }); // its pause is not over
    t.clock.set('2026-11-02T07:01:00Z');
    expect(await deliverDueSms(t.ctx)).toEqual({ sent: 1, failed: 0, abandoned: 0 });
    expect(sentTo('+250788000101').map((m) => m.text)).toEqual([row.body]);
    expect(await kept('+250788000101')).toMatchObject({ attempts: 2, last_error: 'gateway answered 503' });
    expect(await deliverDueSms(t.ctx)).toEqual({ sent: 0, failed: 0, abandoned: 0 }); // sent once
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
      outcome = await deliverDueSms(t.ctx);
    }
    expect(outcome.abandoned).toBe(1);
    const row = await kept('+250788000102');
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.abandoned_at).not.toBeNull();
    t.ctx.sms = gateway;
    t.clock.advance(retryPauseMs(MAX_ATTEMPTS));
    expect((await deliverDueSms(t.ctx)).sent).toBe(0); // abandoned stays abandoned
    expect(sentTo('+250788000102')).toEqual([]);
  });
});

describe('the outbox', () => {
  it('keeps a message queued in a transaction that commits, and the worker sends it once, whoever runs it', async () => {
    t.clock.set('2026-11-04T07:00:00Z');
    const phone = '+250788000103';
    // A change committed, then the server stopped before sending: the message is in the outbox.
    await t.database.db.transaction().execute((trx) => queueSms(trx, t.ctx, [{ to: phone, text: 'Rinda: test' }]));
    expect(sentTo(phone)).toEqual([]);
    const runs = await Promise.all([deliverDueSms(t.ctx), deliverDueSms(t.ctx), deliverDueSms(t.ctx)]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(await deliverDueSms(t.ctx)).toEqual({ sent: 0, failed: 0, abandoned: 0 });
    expect(sentTo(phone)).toHaveLength(1);
    expect(t.sms.references).toContain((await kept(phone)).id);
  });

  it('never sends a message whose transaction rolled back', async () => {
    const phone = '+250788000104';
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await queueSms(trx, t.ctx, [{ to: phone, text: 'Rinda: test' }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await deliverDueSms(t.ctx);
    expect(sentTo(phone)).toEqual([]);
    expect(await t.database.db.selectFrom('sms_outbox').select('id').where('to_phone', '=', phone).execute()).toEqual([]);
  });
});

describe('the budget of SMS per number', () => {
  let b: TestApp;
  let reporterUser: { id: string };
  beforeAll(async () => {
    b = await createTestApp({ smsPerNumberHour: 2, smsPerNumberDay: 3 });
    reporterUser = (await signedIn(b, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).user;
  });
  afterAll(() => b.close());

  // A session of the moment (the clock moves past the idle timeout).
  const reportFrom = async (phone: string) =>
    client(b, await sessionFor(b, reporterUser)).post('/api/v1/reports', {
      channel: 'community_member',
      reporter: { name: 'Neighbour Synth', relationship: 'neighbour', phone },
      child: { name: 'Keza Ange', sex: 'female', ageYears: 8 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Left alone for days',
    });
  const outboxOf = (phone: string) =>
    b.database.db
      .selectFrom('sms_outbox')
      .select(['refusal', 'sent_at'])
      .where('to_phone', '=', phone)
      .orderBy('queued_at')
      .orderBy('refused_at', 'desc')
      .execute();
  const sent = (phone: string) => b.sms.sent.filter((m) => m.to === phone).length;

  it('refuses, and records, the SMS over the hourly and the daily budget; the reports stand', async () => {
    const phone = '+250788000201';
    b.clock.set('2026-11-02T07:00:00Z');
    for (let i = 0; i < 3; i++) expect((await reportFrom('0788000201')).statusCode).toBe(201);
    expect(sent(phone)).toBe(2);
    const rows = await outboxOf(phone);
    expect(rows.map((r) => r.refusal).sort()).toEqual(['hourly_budget', null, null]);
    expect(rows.filter((r) => r.refusal !== null).every((r) => r.sent_at === null)).toBe(true);

    b.clock.advanceMinutes(61);
    expect((await reportFrom('0788000201')).statusCode).toBe(201);
    expect(sent(phone)).toBe(3);
    b.clock.advanceMinutes(61);
    expect((await reportFrom('0788000201')).statusCode).toBe(201);
    expect(sent(phone)).toBe(3);
    expect((await outboxOf(phone)).filter((r) => r.refusal === 'daily_budget')).toHaveLength(1);

    // The worker never sends a refused message; another number has its own budget; a day later this one is texted again.
    b.clock.advanceMinutes(10);
    expect((await deliverDueSms(b.ctx)).sent).toBe(0);
    expect((await reportFrom('0788000202')).statusCode).toBe(201);
    expect(sent('+250788000202')).toBe(1);
    b.clock.advanceDays(1);
    expect((await reportFrom('0788000201')).statusCode).toBe(201);
    expect(sent(phone)).toBe(4);
  });
});
