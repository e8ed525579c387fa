import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queueSms } from '../src/notifications/sms-outbox.js';
import { handleBatch, INBOUND_MAX_ATTEMPTS, processDueInboundSms, type InboundSmsHandler } from '../src/sms/inbound/inbound-worker.js';
import { claimDueInboundSms } from '../src/sms/inbound/inbound.repository.js';
import { handleInboundSms } from '../src/sms/inbound/inbound-sms.handler.js';
import { createUser, PLACES } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The SMS gateways' webhooks, on both databases: RapidPro's External channel
// and Africa's Talking's callback (forms) and RapidPro's flow webhook (JSON)
// each store the volunteer's message before they answer; a call without the
// gateway's secret is refused (401), recorded, and stores nothing; a message
// the gateway delivers twice is stored once; the inbound worker hands each
// stored message to the SMS handler once and sends its reply through the
// outbox. The handler here is a stand-in that answers every message (the
// real one is tested in its own file), so the store and the worker are
// tested on their own.

const SECRET = 'rapidpro-secret-0123456789';
const AT_SECRET = 'africastalking-secret-0123456789';

let t: TestApp;
let closed: TestApp;
beforeAll(async () => {
  t = await createTestApp({ gatewaySecrets: { rapidpro: SECRET, africastalking: AT_SECRET } });
  closed = await createTestApp({ gatewaySecrets: {} });
  // The first morning after the month's end, when the reports come in.
  t.clock.set('2026-12-01T06:00:00Z');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await closed?.close();
});
beforeEach(async () => {
  await t.database.db.deleteFrom('inbound_sms').execute();
  await t.database.db.deleteFrom('gateway_refusals').execute();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

function post(app: TestApp, url: string, body: string | object, headers: Record<string, string> = {}) {
  const json = typeof body !== 'string';
  return app.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', ...headers },
    payload: json ? JSON.stringify(body) : body,
  });
}

const rapidPro = (fields: Record<string, string>, headers: Record<string, string> = { authorization: `Token ${SECRET}` }) =>
  post(t, '/api/v1/gateways/rapidpro/external', form(fields), headers);

const stored = () => t.database.db.selectFrom('inbound_sms').selectAll().orderBy('id').execute();
const refusals = (app = t) => app.database.db.selectFrom('gateway_refusals').selectAll().orderBy('id').execute();

const flowBody = {
  contact: { uuid: 'c1f3a0d2-0000-4000-8000-000000000001', name: 'Mukamana Synth', urn: 'tel:+250788123456' },
  flow: { uuid: 'f0000000-0000-4000-8000-000000000002', name: 'Report monthly' },
  run: { uuid: 'a0000000-0000-4000-8000-000000000003', created_on: '2026-11-30T18:04:05.000Z' },
  results: {
    keyword: { value: 'RAPORO', category: 'All Responses' },
    month: { value: '11/2026', category: 'All Responses' },
    households: { value: 9, category: 'Has Number' },
    a1: { value: '2', category: 'Has Number' },
    note: { value: 'Umuryango  umwe ukeneye ubufasha', category: 'All Responses' },
  },
  path: [{ node: 'n1' }],
};

describe('RapidPro External channel', () => {
  it('stores the message (sender in E.164, the gateway id and date) before it answers 200', async () => {
    const res = await rapidPro({ from: '+250788123456', text: 'RAPORO 11/2026 INGO 9', date: '2026-11-30T18:04:05.000Z', id: 'rp-1001' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toEqual({ received: true, duplicate: false, id: expect.any(String) });
    const [row, ...rest] = await stored();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      id: Number(body.id),
      gateway: 'rapidpro_external',
      gateway_message_id: 'rp-1001',
      from_phone: '+250788123456',
      to_phone: null,
      text: 'RAPORO 11/2026 INGO 9',
      status: 'queued',
      attempts: 0,
    });
    expect(row!.gateway_date).toEqual(new Date('2026-11-30T18:04:05.000Z'));
    expect(row!.received_at).toEqual(t.clock.now());
  });

  it('stores a repeated delivery of one gateway id once, and answers the repeat the same', async () => {
    const fields = { from: '0788123456', text: 'RAPORO 11/2026 INGO 9', id: 'rp-2002' };
    const first = await rapidPro(fields);
    const again = await rapidPro({ ...fields, text: 'a changed copy' });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ received: true, duplicate: true, id: first.json().id });
    const rows = await stored();
    expect(rows.map((r) => [r.gateway_message_id, r.from_phone, r.text])).toEqual([['rp-2002', '+250788123456', 'RAPORO 11/2026 INGO 9']]);
    // The same id from another gateway is another message.
    const other = await post(
      t,
      `/api/v1/gateways/africastalking/sms?secret=${AT_SECRET}`,
      form({ from: '+250788123456', to: '1525', text: 'x', id: 'rp-2002' }),
    );
    expect(other.json()).toMatchObject({ duplicate: false });
    expect(await stored()).toHaveLength(2);
  });

  it('refuses a call without an id or a sender (400, the error body) and stores nothing; a date it cannot read is kept as none', async () => {
    const noId = await rapidPro({ from: '+250788123456', text: 'RAPORO' });
    expect(noId.statusCode).toBe(400);
    expect(noId.json().error).toMatchObject({ code: 'validation', requestId: expect.any(String) });
    expect(noId.json().error.fields.map((f: { field: string }) => f.field)).toContain('body.id');
    const noFrom = await rapidPro({ text: 'RAPORO', id: 'rp-3' });
    expect(noFrom.statusCode).toBe(400);
    expect(await stored()).toEqual([]);
    const oddDate = await rapidPro({ from: '+250788123456', text: 'RAPORO', id: 'rp-4', date: 'yesterday' });
    expect(oddDate.statusCode).toBe(200);
    expect((await stored())[0]!.gateway_date).toBeNull();
  });
});

describe("Africa's Talking SMS callback", () => {
  it('stores from, to, text, date and id, with the secret in the URL it was given', async () => {
    const res = await post(
      t,
      `/api/v1/gateways/africastalking/sms?secret=${AT_SECRET}`,
      form({
        from: '+250722000111',
        to: '1525',
        text: 'FLAG V3 URGENT GIRL AGE 8',
        date: '2026-11-30 18:04:05',
        id: 'ATXid_42',
        linkId: 'link-9',
        networkCode: '63510',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await stored();
    expect(row).toMatchObject({
      gateway: 'africastalking',
      gateway_message_id: 'ATXid_42',
      from_phone: '+250722000111',
      to_phone: '1525',
      text: 'FLAG V3 URGENT GIRL AGE 8',
    });
    expect(row!.gateway_date).toEqual(new Date('2026-11-30T18:04:05Z'));
  });

  it("is not opened by RapidPro's secret", async () => {
    const res = await post(t, '/api/v1/gateways/africastalking/sms', form({ from: '+250722000111', text: 'x', id: 'ATXid_43' }), {
      authorization: `Token ${SECRET}`,
    });
    expect(res.statusCode).toBe(401);
    expect(await stored()).toEqual([]);
    expect((await refusals()).map((r) => [r.gateway, r.reason])).toEqual([['africastalking', 'wrong_secret']]);
  });
});

describe('RapidPro flow webhook', () => {
  it("reads the flow's answers as the SMS they stand for, from the contact's number, the run as the message id", async () => {
    const res = await post(t, '/api/v1/gateways/rapidpro/flow', flowBody, { 'x-rinda-gateway-secret': SECRET });
    expect(res.statusCode, res.body).toBe(200);
    const again = await post(t, '/api/v1/gateways/rapidpro/flow', flowBody, { 'x-rinda-gateway-secret': SECRET });
    expect(again.json()).toMatchObject({ duplicate: true, id: res.json().id });
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      gateway: 'rapidpro_flow',
      gateway_message_id: `run:${flowBody.run.uuid}`,
      from_phone: '+250788123456',
      text: 'RAPORO MONTH 11/2026 HOUSEHOLDS 9 A1 2 NOTE Umuryango umwe ukeneye ubufasha',
    });
    expect(rows[0]!.gateway_date).toEqual(new Date(flowBody.run.created_on));
  });

  it('takes a result that holds the whole SMS as it is, and refuses a body without a contact (400, nothing stored)', async () => {
    const whole = { ...flowBody, id: 'flow-call-7', results: { sms: { value: 'IKIBAZO V1 BYIHUTIRWA', category: 'All Responses' } } };
    expect((await post(t, '/api/v1/gateways/rapidpro/flow', whole, { authorization: `Bearer ${SECRET}` })).statusCode).toBe(200);
    expect((await stored()).map((r) => [r.gateway_message_id, r.text])).toEqual([['flow-call-7', 'IKIBAZO V1 BYIHUTIRWA']]);
    const { contact: _contact, ...noContact } = flowBody;
    const res = await post(t, '/api/v1/gateways/rapidpro/flow', { ...noContact, id: 'flow-call-8' }, { authorization: `Bearer ${SECRET}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(await stored()).toHaveLength(1);
  });
});

describe('the gateway secret', () => {
  const calls: [string, string | object][] = [
    ['/api/v1/gateways/rapidpro/external', form({ from: '+250788123456', text: 'RAPORO', id: 'x1' })],
    ['/api/v1/gateways/rapidpro/flow', flowBody],
    ['/api/v1/gateways/africastalking/sms', form({ from: '+250788123456', text: 'RAPORO', id: 'x2' })],
  ];

  it('refuses every call (401, recorded, nothing stored) when a secret is missing or wrong', async () => {
    for (const [url, body] of calls) {
      const missing = await post(t, url, body);
      expect(missing.statusCode, url).toBe(401);
      expect(missing.json().error).toMatchObject({ code: 'unauthenticated' });
      const wrong = await post(t, url, body, { 'x-rinda-gateway-secret': 'not-the-secret-at-all' });
      expect(wrong.statusCode, url).toBe(401);
      const query = await post(t, `${url}?secret=not-the-secret-at-all`, body);
      expect(query.statusCode, url).toBe(401);
    }
    expect(await stored()).toEqual([]);
    const recorded = await refusals();
    expect(recorded.map((r) => r.reason)).toEqual(Array.from({ length: 3 }, () => ['missing_secret', 'wrong_secret', 'wrong_secret']).flat());
    expect(recorded.map((r) => r.gateway)).toEqual([
      'rapidpro',
      'rapidpro',
      'rapidpro',
      'rapidpro',
      'rapidpro',
      'rapidpro',
      'africastalking',
      'africastalking',
      'africastalking',
    ]);
    expect(recorded[0]).toMatchObject({ ip: '127.0.0.1', request_id: expect.any(String), at: t.clock.now() });
  });

  it('refuses every call on a server with no secret configured, whatever it carries: the webhooks are never open', async () => {
    for (const [url, body] of calls) {
      const res = await post(closed, url, body, { 'x-rinda-gateway-secret': SECRET });
      expect(res.statusCode, url).toBe(401);
    }
    expect(await closed.database.db.selectFrom('inbound_sms').select('id').execute()).toEqual([]);
    expect((await refusals(closed)).map((r) => r.reason)).toEqual(['not_configured', 'not_configured', 'not_configured']);
  });

  it('asks a gateway for no session, CSRF token or sign-in', async () => {
    const res = await rapidPro({ from: '+250788123456', text: 'RAPORO', id: 'no-session' }, { 'x-rinda-gateway-secret': SECRET });
    expect(res.statusCode).toBe(200);
  });
});

/** A stand-in for the SMS handler: answers each message in the language-neutral way a test can read, through the outbox. */
const answering: InboundSmsHandler = async (trx, ctx, message) => {
  const queued = await queueSms(trx, ctx, [{ to: message.from, text: `Rinda: received "${message.text}"` }]);
  return { outcome: 'recorded', kind: 'monthly_report', reply: 'received', language: 'en', queued };
};

describe('the inbound worker', () => {
  it('hands each stored message to the handler once and sends its reply through the outbox', async () => {
    await rapidPro({ from: '+250788123456', text: 'RAPORO 11/2026 INGO 9', id: 'w-1' });
    await rapidPro({ from: '+250788123457', text: 'RAPORO 11/2026 INGO 7', id: 'w-2' });
    const seen: string[] = [];
    const handler: InboundSmsHandler = async (trx, ctx, message) => {
      seen.push(message.text);
      expect(message.receivedAt).toEqual(t.clock.now());
      return answering(trx, ctx, message);
    };
    const sentBefore = t.sms.sent.length;
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 2, retried: 0, failed: 0 });
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(seen.sort()).toEqual(['RAPORO 11/2026 INGO 7', 'RAPORO 11/2026 INGO 9']);
    const rows = await stored();
    expect(rows.map((r) => [r.status, r.outcome, r.kind, r.attempts])).toEqual([
      ['done', 'recorded', 'monthly_report', 1],
      ['done', 'recorded', 'monthly_report', 1],
    ]);
    const outbox = await t.database.db
      .selectFrom('sms_outbox')
      .select(['id', 'to_phone', 'sent_at'])
      .where(
        'id',
        'in',
        rows.map((r) => r.reply_outbox_id!),
      )
      .orderBy('to_phone')
      .execute();
    expect(outbox.map((o) => [o.to_phone, o.sent_at !== null])).toEqual([
      ['+250788123456', true],
      ['+250788123457', true],
    ]);
    expect(
      t.sms.sent
        .slice(sentBefore)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['+250788123456', '+250788123457']);
  });

  it('rolls back a message whose handling fails, alone, and tries it again after a pause, then gives it up', async () => {
    await rapidPro({ from: '+250788123456', text: 'good', id: 'f-1' });
    await rapidPro({ from: '+250788123458', text: 'bad', id: 'f-2' });
    const handler: InboundSmsHandler = async (trx, ctx, message) => {
      const result = await answering(trx, ctx, message);
      if (message.text === 'bad') throw new Error('cannot read it');
      return result;
    };
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 1, retried: 1, failed: 0 });
    let [good, bad] = await stored();
    expect(good).toMatchObject({ status: 'done' });
    expect(bad).toMatchObject({ status: 'queued', attempts: 1, last_error: 'cannot read it', reply_outbox_id: null });
    // What the failed handling wrote (its reply) was rolled back with it.
    const toBad = await t.database.db.selectFrom('sms_outbox').select('id').where('to_phone', '=', '+250788123458').execute();
    expect(toBad).toEqual([]);
    // Not before its pause.
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 0, retried: 0, failed: 0 });
    for (let i = 1; i < INBOUND_MAX_ATTEMPTS; i++) {
      t.clock.advanceDays(1);
      await processDueInboundSms(t.ctx, handler);
    }
    [good, bad] = await stored();
    expect(bad).toMatchObject({ status: 'failed', attempts: INBOUND_MAX_ATTEMPTS, last_error: 'cannot read it' });
    expect(good).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('takes again, once its lease has lapsed, a batch claimed by a server that stopped, and handles each message once', async () => {
    await rapidPro({ from: '+250788123456', text: 'one', id: 'l-1' });
    await rapidPro({ from: '+250788123457', text: 'two', id: 'l-2' });
    // Another server claims both, then stops before it commits anything.
    const now = t.clock.now();
    const claimed = await claimDueInboundSms(t.database.db, { now, leaseUntil: new Date(now.getTime() + t.ctx.config.smsInboundLeaseMs), limit: 10 });
    expect(claimed.map((c) => c.text)).toEqual(['one', 'two']);
    const seen: string[] = [];
    const handler: InboundSmsHandler = async (trx, ctx, message) => {
      seen.push(message.text);
      return answering(trx, ctx, message);
    };
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 0, retried: 0, failed: 0 });
    t.clock.advance(t.ctx.config.smsInboundLeaseMs);
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 2, retried: 0, failed: 0 });
    expect(await processDueInboundSms(t.ctx, handler)).toEqual({ done: 0, retried: 0, failed: 0 });
    // On PostgreSQL several lanes may share the batch: each message once, in any order.
    expect(seen.sort()).toEqual(['one', 'two']);
    expect((await stored()).map((r) => [r.status, r.attempts])).toEqual([
      ['done', 2],
      ['done', 2],
    ]);
  });
});

describe('a batch that outlived its lease', () => {
  it('commits nothing for the messages another run claimed meanwhile: each is handled and answered once', async () => {
    await rapidPro({ from: '+250788123456', text: 'slow one', id: 's-1' });
    await rapidPro({ from: '+250788123457', text: 'slow two', id: 's-2' });
    const now = t.clock.now();
    // A slow server claims both and is still working when its lease lapses; another run takes and handles them.
    const stale = await claimDueInboundSms(t.database.db, { now, leaseUntil: new Date(now.getTime() + t.ctx.config.smsInboundLeaseMs), limit: 10 });
    t.clock.advance(t.ctx.config.smsInboundLeaseMs);
    expect(await processDueInboundSms(t.ctx, answering)).toEqual({ done: 2, retried: 0, failed: 0 });
    // The slow server now finishes its batch: it handles the messages, but none of it commits as theirs.
    const late = await handleBatch(t.ctx, answering, stale);
    expect(late).toMatchObject({ done: 0, retried: 0, failed: 0, replies: [] });
    const rows = await stored();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['done', 2],
      ['done', 2],
    ]);
    const replies = await t.database.db
      .selectFrom('sms_outbox')
      .select('to_phone')
      .where('to_phone', 'in', ['+250788123456', '+250788123457'])
      .where('queued_at', '=', t.clock.now())
      .execute();
    expect(replies.map((r) => r.to_phone).sort()).toEqual(['+250788123456', '+250788123457']);
  });
});

describe('with the SMS handler', () => {
  it("records a volunteer's monthly report sent through a flow, once, and answers it through the outbox", async () => {
    const izu = await createUser(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage, phone: '+250788555001', language: 'rw' });
    await t.database.db.updateTable('users').set({ izu_status: 'active' }).where('id', '=', izu.id).execute();
    const call = { ...flowBody, id: 'flow-report-1', contact: { ...flowBody.contact, urn: 'tel:+250788555001' } };
    expect((await post(t, '/api/v1/gateways/rapidpro/flow', call, { authorization: `Token ${SECRET}` })).statusCode).toBe(200);
    expect((await post(t, '/api/v1/gateways/rapidpro/flow', call, { authorization: `Token ${SECRET}` })).json()).toMatchObject({ duplicate: true });
    const sentBefore = t.sms.sent.length;
    expect(await processDueInboundSms(t.ctx, handleInboundSms)).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await processDueInboundSms(t.ctx, handleInboundSms)).toEqual({ done: 0, retried: 0, failed: 0 });
    const [row] = await stored();
    expect(row).toMatchObject({ status: 'done', outcome: 'recorded', kind: 'monthly_report', reply_outbox_id: expect.any(String) });
    const reports = await t.database.db.selectFrom('izu_monthly_reports').selectAll().where('village_id', '=', PLACES.gasaboVillage).execute();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ households_visited: 9 });
    const replies = t.sms.sent.slice(sentBefore);
    expect(replies.map((m) => m.to)).toEqual(['+250788555001']);
    const reply = await t.database.db
      .selectFrom('sms_outbox')
      .select(['to_phone', 'sent_at'])
      .where('id', '=', row!.reply_outbox_id!)
      .executeTakeFirstOrThrow();
    expect(reply).toMatchObject({ to_phone: '+250788555001', sent_at: expect.any(Date) });
  });

  it('handles a mixed batch from the gateway in one run: the pair’s second report replaces the first, refusals answered, a visit dated earlier', async () => {
    const village = PLACES.bugeseraVillage;
    const woman = await createUser(t, { role: 'izu', jurisdictionId: village, phone: '+250788555101', language: 'en' });
    const man = await createUser(t, { role: 'izu', jurisdictionId: village, phone: '+250788555102', language: 'fr' });
    await t.database.db.updateTable('users').set({ izu_status: 'active' }).where('id', 'in', [woman.id, man.id]).execute();
    const dayOf = (offsetDays: number) => {
      const d = new Date(t.clock.now().getTime() + 2 * 3_600_000 + offsetDays * 86_400_000);
      return { iso: d.toISOString().slice(0, 10), typed: `${d.toISOString().slice(8, 10)}/${d.toISOString().slice(5, 7)}` };
    };
    // The month after the one in progress in Kigali: not yet begun.
    const kigali = new Date(t.clock.now().getTime() + 2 * 3_600_000);
    const next = new Date(Date.UTC(kigali.getUTCFullYear(), kigali.getUTCMonth() + 1, 1));
    const nextMonth = { label: `${String(next.getUTCMonth() + 1).padStart(2, '0')}/${next.getUTCFullYear()}`, iso: next.toISOString().slice(0, 7) };
    const yesterday = dayOf(-1);
    const tomorrow = dayOf(1);
    const sms = (from: string, text: string, id: string) =>
      post(t, `/api/v1/gateways/africastalking/sms?secret=${AT_SECRET}`, form({ from, to: '1525', text, id }));
    const sent = [
      await sms('+250788555101', 'REPORT 11/2026 HH 7', 'mix-1'),
      await sms('+250788555102', 'RAPPORT 11/2026 MENAGES 9', 'mix-2'),
      await sms('+250788555101', `REPORT ${nextMonth.label} HH 3`, 'mix-3'),
      await sms('+250788555101', 'REPORT 11/2026 HH -2', 'mix-4'),
      await sms('+250788555998', 'REPORT 11/2026 HH 3', 'mix-5'),
      await sms('+250788555101', `VISIT KG-3 CHILDREN 2 DATE ${yesterday.typed}`, 'mix-6'),
      await sms('+250788555102', `VISITE H4 enfants 1 date ${tomorrow.typed}`, 'mix-7'),
    ];
    expect(sent.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(await processDueInboundSms(t.ctx, handleInboundSms)).toEqual({ done: 7, retried: 0, failed: 0 });
    const rows = await stored();
    expect(rows.map((r) => [r.gateway_message_id, r.outcome, r.kind])).toEqual([
      ['mix-1', 'recorded', 'monthly_report'],
      ['mix-2', 'recorded', 'monthly_report'],
      ['mix-3', 'rejected', 'monthly_report'],
      ['mix-4', 'rejected', 'monthly_report'],
      ['mix-5', 'unknown_sender', 'monthly_report'],
      ['mix-6', 'recorded', 'household_visit'],
      ['mix-7', 'rejected', 'household_visit'],
    ]);
    // Each message answered once, in its sender's language.
    const replies = await t.database.db
      .selectFrom('sms_outbox')
      .select(['id', 'to_phone', 'body'])
      .where(
        'id',
        'in',
        rows.map((r) => r.reply_outbox_id!),
      )
      .execute();
    const replyOf = (id: string) => replies.find((r) => r.id === rows.find((x) => x.gateway_message_id === id)!.reply_outbox_id)!.body;
    expect(replies).toHaveLength(7);
    expect(replyOf('mix-1')).toMatch(/^Report for 11\/2026 recorded: HOUSEHOLDS 7/);
    expect(replyOf('mix-2')).toMatch(/^Rapport de 11\/2026 enregistré : MENAGES 9/);
    expect(replyOf('mix-3')).toBe(`${nextMonth.label} has not begun yet. Send the report of a month that has begun.`);
    expect(replyOf('mix-4')).toBe('HOUSEHOLDS cannot be below 0. Please send again.');
    expect(replyOf('mix-5')).toMatch(/^Hello. This number is not registered/);
    expect(replyOf('mix-6')).toMatch(new RegExp(`^Visit to household KG-3 recorded \\(${yesterday.typed}/\\d{4}\\)`));
    expect(replyOf('mix-7')).toMatch(new RegExp(`^Le ${tomorrow.typed}/\\d{4} n'est pas encore arrivé`));
    // The pair's two reports of the month: the second current, the first its history, pointing at it.
    const reports = await t.database.db
      .selectFrom('izu_monthly_reports')
      .select(['id', 'households_visited', 'superseded_by', 'submitted_by'])
      .where('village_id', '=', village)
      .where('month', '=', '2026-11')
      .orderBy('households_visited')
      .execute();
    expect(reports.map((r) => [r.households_visited, r.submitted_by])).toEqual([
      [7, woman.id],
      [9, man.id],
    ]);
    expect(reports[0]!.superseded_by).toBe(reports[1]!.id);
    expect(reports[1]!.superseded_by).toBeNull();
    const audits = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'details'])
      .where('action', '=', 'izu_report.submit')
      .where('entity_id', 'in', [reports[0]!.id, reports[1]!.id])
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits.find((a) => a.entity_id === reports[1]!.id)!.details).toMatchObject({ replaces: reports[0]!.id, channel: 'sms' });
    // Nothing of the refused ones: no December report, no visit dated ahead.
    expect(
      await t.database.db.selectFrom('izu_monthly_reports').select('id').where('village_id', '=', village).where('month', '=', '2026-12').execute(),
    ).toEqual([]);
    // A date column comes back as text or as a Date at local midnight, as the driver reads it.
    const isoDay = (d: unknown) =>
      d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : String(d).slice(0, 10);
    const visits = await t.database.db
      .selectFrom('izu_household_visits')
      .select(['household_code', 'visited_on', 'izu_user_id'])
      .where('village_id', '=', village)
      .execute();
    expect(visits.map((v) => [v.household_code, isoDay(v.visited_on as unknown), v.izu_user_id])).toEqual([['KG-3', yesterday.iso, woman.id]]);
  });

  it('answers a number no volunteer holds without recording anything for it', async () => {
    await post(
      t,
      `/api/v1/gateways/africastalking/sms?secret=${AT_SECRET}`,
      form({ from: '+250788555999', to: '1525', text: 'RAPORO UKWEZI 11/2026 INGO 3', id: 'AT-unknown-1' }),
    );
    expect(await processDueInboundSms(t.ctx, handleInboundSms)).toEqual({ done: 1, retried: 0, failed: 0 });
    const [row] = await stored();
    expect(row).toMatchObject({ status: 'done', outcome: 'unknown_sender' });
  });
});
