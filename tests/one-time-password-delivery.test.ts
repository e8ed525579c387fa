import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/password.js';
import { SMS_MAX_LENGTH } from '../src/notifications/sms-messages.js';
import { client, createOrganisation, createUser, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// An administrator must not be able to take over an account with the
// one-time password they were shown: where the user has a phone on record it
// goes to that phone by SMS and the administrator's answer does not carry it.
// The audit says which way it went.

let t: TestApp;
let admin: Session;
let gasaboOrg: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  gasaboOrg = await createOrganisation(t, { name: 'Gasabo District', placeId: PLACES.gasabo });
});
afterAll(() => t.close());

let n = 0;
const izuBody = (extra: Record<string, unknown> = {}) => ({
  username: `otp.izu.${++n}`,
  fullName: 'Uwimana Grace',
  role: 'izu',
  organisationId: gasaboOrg.id,
  jurisdictionId: PLACES.gasaboVillage,
  language: 'rw',
  ...extra,
});

const hashOf = async (userId: string) =>
  (await t.database.db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow()).password_hash;
const auditOf = (userId: string, action: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['details'])
    .where('entity_type', '=', 'user')
    .where('entity_id', '=', userId)
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

/** The one-time password in the SMS sent to `phone` since `from`. */
function passwordTextedTo(phone: string, from: number): string {
  const messages = t.sms.sent.slice(from).filter((m) => m.to === phone);
  expect(messages).toHaveLength(1);
  const text = messages[0]!.text;
  expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
  return /: ([A-Za-z2-9]{16}) \./.exec(text)![1]!;
}

describe('a new account with a phone on record', () => {
  it('texts the one-time password to that phone and shows it to no one', async () => {
    const before = t.sms.sent.length;
    const res = await client(t, admin).post('/api/v1/users', izuBody({ phone: '0788 555 010' }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.oneTimePassword).toBeNull();
    expect(body.delivery).toBe('sms');

    const password = passwordTextedTo('+250788555010', before);
    expect(await verifyPassword(await hashOf(body.user.id), password)).toBe(true);
    expect(res.body).not.toContain(password);
    expect((await client(t, admin).get(`/api/v1/users/${body.user.id}`)).body).not.toContain(password);
    const audit = await auditOf(body.user.id, 'user.create');
    expect(audit.map((a) => a.details)).toEqual([{ delivery: 'sms' }]);
    expect(JSON.stringify(audit)).not.toContain(password);
    // The SMS names no account: the text alone signs nobody in.
    expect(t.sms.sent.at(-1)!.text).not.toContain(body.user.username);
  });

  it('shows it to the administrator, as before, only when there is no phone', async () => {
    const before = t.sms.sent.length;
    const res = await client(t, admin).post('/api/v1/users', izuBody());
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword, delivery } = res.json();
    expect(delivery).toBe('shown');
    expect(await verifyPassword(await hashOf(user.id), oneTimePassword)).toBe(true);
    expect(t.sms.sent.length).toBe(before);
    expect((await auditOf(user.id, 'user.create')).map((a) => a.details)).toEqual([{ delivery: 'shown' }]);
  });
});

describe('a password reset', () => {
  it('texts the new one-time password to the phone on record and does not answer it', async () => {
    const u = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: gasaboOrg.id, phone: '+250788555020' });
    const before = t.sms.sent.length;
    const res = await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ oneTimePassword: null, delivery: 'sms' });
    const password = passwordTextedTo('+250788555020', before);
    expect(await verifyPassword(await hashOf(u.id), password)).toBe(true);
    expect((await auditOf(u.id, 'user.reset_password')).map((a) => a.details)).toEqual([{ delivery: 'sms' }]);
  });

  it('shows nothing and sends nothing when the phone has used its SMS budget, and says so', async () => {
    const u = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: gasaboOrg.id, phone: '+250788555030' });
    const saved = t.ctx.config.smsPerNumberHour;
    t.ctx.config.smsPerNumberHour = 1;
    try {
      expect((await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`)).json().delivery).toBe('sms');
      const before = t.sms.sent.length;
      const res = await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ oneTimePassword: null, delivery: 'sms_refused' });
      expect(t.sms.sent.length).toBe(before);
      expect((await auditOf(u.id, 'user.reset_password')).map((a) => a.details)).toEqual([{ delivery: 'sms' }, { delivery: 'sms_refused' }]);
    } finally {
      t.ctx.config.smsPerNumberHour = saved;
    }
  });

  it('shows it when there is no phone', async () => {
    const u = await createUser(t, { role: 'analyst', organisationId: gasaboOrg.id });
    const res = await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`);
    const { oneTimePassword, delivery } = res.json();
    expect(delivery).toBe('shown');
    expect(await verifyPassword(await hashOf(u.id), oneTimePassword)).toBe(true);
  });
});

describe('an import', () => {
  it('texts the users with a phone and shows only the others', async () => {
    const before = t.sms.sent.length;
    const csv = [
      'username,full_name,role,organisation,jurisdiction,supervisor,training_completed_on,phone,email,language',
      `otp.imp.a,Mugisha Paul,izu,Gasabo District,${PLACES.gasaboVillage},,,0788555040,,rw`,
      `otp.imp.b,Uwera Diane,izu,Gasabo District,${PLACES.gasaboVillage},,,,,rw`,
    ].join('\n');
    const res = await client(t, admin).post('/api/v1/users/import', { csv });
    expect(res.statusCode).toBe(201);
    const [a, b] = res.json().created;
    expect(a).toEqual({ row: 2, username: 'otp.imp.a', oneTimePassword: null, delivery: 'sms' });
    expect(b).toMatchObject({ row: 3, username: 'otp.imp.b', delivery: 'shown', oneTimePassword: expect.stringMatching(/^[A-Za-z2-9]{16}$/) });
    const rows = await t.database.db
      .selectFrom('users')
      .select(['id', 'username', 'password_hash'])
      .where('username', 'in', ['otp.imp.a', 'otp.imp.b'])
      .orderBy('username')
      .execute();
    expect(await verifyPassword(rows[0]!.password_hash, passwordTextedTo('+250788555040', before))).toBe(true);
    expect(await verifyPassword(rows[1]!.password_hash, b.oneTimePassword)).toBe(true);
    expect((await auditOf(rows[0]!.id, 'user.create')).map((x) => x.details)).toEqual([{ via: 'import', delivery: 'sms' }]);
    expect((await auditOf(rows[1]!.id, 'user.create')).map((x) => x.details)).toEqual([{ via: 'import', delivery: 'shown' }]);
  });
});

describe('the SMS outbox', () => {
  const outboxBodies = (phone: string) =>
    t.database.db.selectFrom('sms_outbox').select(['body', 'sent_at', 'refused_at']).where('to_phone', '=', phone).execute();

  it('keeps no usable one-time password: sealed while it waits, blank once sent or refused', async () => {
    const u = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: gasaboOrg.id, phone: '+250788555050' });
    // The gateway is down: the message waits in the outbox.
    const send = t.sms.send;
    t.sms.send = async () => {
      throw new Error('gateway down');
    };
    try {
      expect((await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`)).json().delivery).toBe('sms');
    } finally {
      t.sms.send = send;
    }
    const [waiting] = await outboxBodies('+250788555050');
    expect(waiting!.sent_at).toBeNull();
    expect(waiting!.body).toMatch(/^v1:/);
    expect(waiting!.body).not.toMatch(/[A-Za-z2-9]{16} \./);

    // The retry opens the seal, sends the text, and blanks it.
    await t.database.db
      .updateTable('sms_outbox')
      .set({ next_attempt_at: new Date(0) })
      .where('to_phone', '=', '+250788555050')
      .execute();
    const before = t.sms.sent.length;
    const { deliverDueSms } = await import('../src/notifications/sms-outbox.js');
    await deliverDueSms(t.ctx);
    const password = passwordTextedTo('+250788555050', before);
    expect(await verifyPassword(await hashOf(u.id), password)).toBe(true);
    const [sent] = await outboxBodies('+250788555050');
    expect(sent!.sent_at).not.toBeNull();
    expect(sent!.body).toBe('');

    // Over the budget: refused, and nothing of the password kept.
    const saved = t.ctx.config.smsPerNumberHour;
    t.ctx.config.smsPerNumberHour = 1;
    try {
      expect((await client(t, admin).post(`/api/v1/users/${u.id}/reset-password`)).json().delivery).toBe('sms_refused');
    } finally {
      t.ctx.config.smsPerNumberHour = saved;
    }
    const rows = await outboxBodies('+250788555050');
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.refused_at)!.body).toBe('');
  });
});
