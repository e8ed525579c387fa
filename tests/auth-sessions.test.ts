import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { giveTotpSecret, rotatedSession, signInThroughApi, totpCodeFor, wrongCodeFor } from './support/auth-helpers.js';
import { client, createUser, TEST_PASSWORD, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Lockout, deactivation, session timeouts, password expiry, sign-out everywhere
// and the cookie's Secure flag. Defaults: 5 attempts, 15 minutes, 30 minutes
// idle, 12 hours absolute, 90 days password life.

// Each sign-in runs argon2id (64 MiB, 3 passes): on a busy machine that takes
// seconds, and these tests sign in many times.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const WRONG = 'Not-The-Password-77';

async function signIn(user: { id: string; username: string }, password = TEST_PASSWORD) {
  const r = await signInThroughApi(t, user, password);
  expect(r.res.statusCode, r.res.body).toBe(200);
  return r.session as Session;
}

const failuresOf = (userId: string) =>
  t.database.db.selectFrom('users').select(['failed_attempts', 'locked_until']).where('id', '=', userId).executeTakeFirstOrThrow();

describe('lockout', () => {
  it('locks after 5 failures in a row, refuses even the right password, and unlocks by time', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    for (let i = 1; i <= 4; i++) {
      const res = (await signInThroughApi(t, user, WRONG)).res;
      expect(res.statusCode).toBe(401);
      expect(res.json().error.messageKey).toBe('errors.invalid_credentials');
    }
    // The lock is not told at sign-in: it answers like a wrong password (tests/lockout.test.ts).
    const fifth = (await signInThroughApi(t, user, WRONG)).res;
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json().error.messageKey).toBe('errors.invalid_credentials');
    expect((await failuresOf(user.id)).locked_until).toEqual(new Date(t.clock.now().getTime() + 15 * 60_000));

    t.clock.advanceMinutes(14);
    const right = (await signInThroughApi(t, user, TEST_PASSWORD)).res;
    expect(right.statusCode).toBe(401);
    expect(right.json().error.messageKey).toBe('errors.invalid_credentials');

    t.clock.advanceMinutes(1);
    await signIn(user);
    expect(await failuresOf(user.id)).toEqual({ failed_attempts: 0, locked_until: null });

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'details'])
      .where('action', '=', 'auth.sign_in')
      .where('actor_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.outcome, a.details.reason ?? null, a.details.locked ?? null])).toEqual([
      ['failure', 'wrong_password', false],
      ['failure', 'wrong_password', false],
      ['failure', 'wrong_password', false],
      ['failure', 'wrong_password', false],
      ['failure', 'wrong_password', true],
      ['failure', 'locked', null],
      ['success', null, null],
    ]);
  });

  it('counts failures in a row only: a successful sign-in starts the count again', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    for (let i = 0; i < 4; i++) expect((await signInThroughApi(t, user, WRONG)).res.statusCode).toBe(401);
    await signIn(user);
    for (let i = 0; i < 4; i++) expect((await signInThroughApi(t, user, WRONG)).res.statusCode).toBe(401);
    expect((await failuresOf(user.id)).failed_attempts).toBe(4);
  });

  it('starts the count afresh once a lock has run out', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    for (let i = 0; i < 5; i++) await signInThroughApi(t, user, WRONG);
    t.clock.advanceMinutes(16);
    const res = (await signInThroughApi(t, user, WRONG)).res;
    expect(res.statusCode).toBe(401);
    expect(await failuresOf(user.id)).toEqual({ failed_attempts: 1, locked_until: null });
  });

  it('counts wrong TOTP codes too, ends the waiting session when the lock engages', async () => {
    const user = await createUser(t, { role: 'cpwo' });
    const secret = await giveTotpSecret(t, user.id);
    const session = await signIn(user);
    const api = client(t, session);
    for (let i = 0; i < 4; i++) {
      const res = await api.post('/api/v1/auth/verify-totp', { code: wrongCodeFor(secret, t.clock.now()) });
      expect(res.statusCode).toBe(400);
    }
    // Signing in again with the password does not reset the count of wrong codes.
    const again = await signIn(user);
    const fifth = await client(t, again).post('/api/v1/auth/verify-totp', { code: wrongCodeFor(secret, t.clock.now()) });
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().error.messageKey).toBe('errors.account_locked');
    const gone = await client(t, again).post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) });
    expect(gone.statusCode).toBe(401);
    // The other waiting session cannot finish either while the lock lasts.
    const stillLocked = await api.post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) });
    expect(stillLocked.statusCode).toBe(403);
    expect(stillLocked.json().error.messageKey).toBe('errors.account_locked');
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(401);
  });

  it('counts wrong current passwords on a password change', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const session = await signIn(user);
    const api = client(t, session);
    const attempt = () => api.post('/api/v1/auth/change-password', { currentPassword: WRONG, newPassword: 'Inkoko-Ziteka-Umuceri-41' });
    for (let i = 0; i < 4; i++) expect((await attempt()).statusCode).toBe(400);
    const fifth = await attempt();
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().error.messageKey).toBe('errors.account_locked');
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('deactivated and unknown accounts', () => {
  it('gives a deactivated user the same answer as a wrong password', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const live = await signIn(user);
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', user.id).execute();

    const res = (await signInThroughApi(t, user, TEST_PASSWORD)).res;
    const unknown = (await signInThroughApi(t, { id: '', username: `${user.username}-x` }, TEST_PASSWORD)).res;
    expect(res.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { requestId: _a, ...refusal } = res.json().error;
    const { requestId: _b, ...unknownRefusal } = unknown.json().error;
    expect(refusal).toEqual(unknownRefusal);
    expect(refusal.messageKey).toBe('errors.invalid_credentials');
    // Its open session ends too (the guard refuses inactive users).
    expect((await client(t, live).get('/api/v1/auth/me')).statusCode).toBe(401);

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'outcome', 'details'])
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', user.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: user.id, outcome: 'failure', details: { reason: 'inactive' } });
  });
});

describe('session timeouts', () => {
  it('ends a session after 30 minutes without a request', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const api = client(t, await signIn(user));
    t.clock.advanceMinutes(29);
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const res = await api.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.messageKey).toBe('errors.unauthenticated');
  });

  it('ends a session 12 hours after sign-in, however active', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const api = client(t, await signIn(user));
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      t.clock.advanceMinutes(25);
      expect((await api.get('/api/v1/auth/me')).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    t.clock.advanceMinutes(25);
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('password expiry', () => {
  it('asks for a new password after 90 days and lets the user change it', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    await t.database.db
      .updateTable('users')
      .set({ password_changed_at: new Date(t.clock.now().getTime() - 90 * 86_400_000) })
      .where('id', '=', user.id)
      .execute();
    const api = client(t, await signIn(user));
    expect((await api.get('/api/v1/auth/me')).json().pendingPasswordChange).toBe(true);
    const blocked = await api.get('/api/v1/auth/sessions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.messageKey).toBe('errors.password_change_required');
    const changed = await api.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Inkoko-Ziteka-Umuceri-41' });
    expect(changed.statusCode).toBe(200);
    expect((await client(t, rotatedSession(changed, user.id)).get('/api/v1/auth/sessions')).statusCode).toBe(200);
  });
});

describe('sign-out', () => {
  it('signs out of every session of the user, not of other users', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const other = await createUser(t, { role: 'izu', totpEnabled: false });
    const a = client(t, await signIn(user));
    const b = client(t, await signIn(user));
    const c = client(t, await signIn(other));
    const listed = await a.get('/api/v1/auth/sessions');
    expect(listed.json().sessions).toHaveLength(2);
    expect(listed.json().sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const res = await b.post('/api/v1/auth/sign-out-everywhere');
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((x) => x.name === 'rinda_session')?.value).toBe('');
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    const audit = await t.database.db.selectFrom('audit_events').select('actor_id').where('action', '=', 'auth.sign_out_everywhere').execute();
    expect(audit).toEqual([{ actor_id: user.id }]);
  });

  it('replaces the session a browser already held when it signs in again', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const first = await signIn(user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { username: user.username, password: TEST_PASSWORD },
      headers: { cookie: first.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect((await client(t, first).get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('session cookie', () => {
  it('is Secure when configured, or over HTTPS in auto mode', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const cookieOf = async (headers: Record<string, string> = {}) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: user.username, password: TEST_PASSWORD }, headers });
      expect(res.statusCode).toBe(200);
      return String(res.headers['set-cookie']);
    };
    try {
      t.ctx.config.cookieSecure = 'true';
      expect(await cookieOf()).toContain('Secure');
      t.ctx.config.cookieSecure = 'auto';
      expect(await cookieOf()).not.toContain('Secure');
      // HTTPS as a trusted proxy reports it: tests/trust-proxy.test.ts.
    } finally {
      t.ctx.config.cookieSecure = 'false';
    }
  });
});
