import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTotpSecret } from '../src/auth/totp-code.js';
import { giveTotpSecret, rotatedSession, sessionCookieOf, signInThroughApi, totpCodeFor, wrongCodeFor } from './support/auth-helpers.js';
import { client, createUser, PLACES, sessionFor, signedIn, TEST_PASSWORD, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Each sign-in runs argon2id (64 MiB, 3 passes): on a busy machine that takes
// seconds, and these tests sign in many times.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Inkoko-Ziteka-Umuceri-41';

async function signIn(user: { id: string; username: string }, password = TEST_PASSWORD) {
  const r = await signInThroughApi(t, user, password);
  expect(r.res.statusCode, r.res.body).toBe(200);
  return { session: r.session as Session, stage: r.stage };
}

async function auditRows(userId: string, action: string) {
  return t.database.db
    .selectFrom('audit_events')
    .select(['actor_id', 'outcome', 'details', 'entity_id'])
    .where('action', '=', action)
    .where('entity_id', '=', userId)
    .orderBy('seq')
    .execute();
}

describe('first sign-in of a CPWO: password change, then two-step verification', () => {
  it('walks a new user from a one-time password to a fully signed-in session', async () => {
    const user = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, mustChangePassword: true, totpEnabled: false });

    // Sign in with the one-time password: a session, but only the pending screens.
    const first = await signInThroughApi(t, user, TEST_PASSWORD);
    expect(first.res.statusCode).toBe(200);
    expect(first.stage).toBe('active');
    const setCookie = String(first.res.headers['set-cookie']);
    expect(setCookie).toMatch(/^rinda_session=[\w-]{40,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const s = first.session as Session;
    let api = client(t, s);

    const me = await api.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: user.id,
      username: user.username,
      role: 'cpwo',
      language: 'en',
      jurisdiction: { id: '12', name: 'Gasabo', level: 2 },
      csrfToken: s.csrf,
      pendingPasswordChange: true,
      pendingMfaEnrolment: true,
      mfaRequired: true,
      totpEnabled: false,
    });
    expect(me.json().permissions).toContain('users:read');
    expect(me.json().permissions).not.toContain('users:manage');

    const blocked = await api.get('/api/v1/auth/sessions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.messageKey).toBe('errors.password_change_required');

    const changed = await api.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.statusCode).toBe(200);
    // The session goes on under a new cookie and CSRF token (tests/session-rotation.test.ts).
    api = client(t, rotatedSession(changed, user.id));
    const afterChange = await api.get('/api/v1/auth/me');
    expect(afterChange.json()).toMatchObject({ pendingPasswordChange: false, pendingMfaEnrolment: true });

    // A CPWO sees children's identities: TOTP is required before anything else.
    const stillBlocked = await api.get('/api/v1/auth/sessions');
    expect(stillBlocked.statusCode).toBe(403);
    expect(stillBlocked.json().error.messageKey).toBe('errors.mfa_enrolment_required');

    const enrol = await api.post('/api/v1/auth/totp/enrol');
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = enrol.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toBe(`otpauth://totp/Rinda:${user.username}?issuer=Rinda&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // Stored sealed, never in clear.
    const stored = await t.database.db.selectFrom('users').select(['totp_secret', 'totp_enabled']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.totp_enabled).toBe(false);
    expect(stored.totp_secret).not.toContain(secret);
    expect(openTotpSecret(t.ctx.secretKey, user.id, stored.totp_secret!)).toBe(secret);

    const wrongConfirm = await api.post('/api/v1/auth/totp/confirm', { code: wrongCodeFor(secret, t.clock.now()) });
    expect(wrongConfirm.statusCode).toBe(400);
    expect(wrongConfirm.json().error.messageKey).toBe('errors.invalid_code');

    const confirm = await api.post('/api/v1/auth/totp/confirm', { code: totpCodeFor(secret, t.clock.now()) });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    api = client(t, rotatedSession(confirm, user.id));

    const open = await api.get('/api/v1/auth/sessions');
    expect(open.statusCode).toBe(200);
    expect(open.json().sessions).toEqual([expect.objectContaining({ current: true, stage: 'active' })]);
    expect((await api.get('/api/v1/auth/me')).json()).toMatchObject({ pendingMfaEnrolment: false, totpEnabled: true });

    // Sign out: the session ends and the cookie is cleared.
    const out = await api.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'rinda_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(401);

    // The one-time password no longer works; the new one leads to the TOTP step.
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(401);
    t.clock.advance(30_000);
    const second = await signIn(user, NEW_PASSWORD);
    expect(second.stage).toBe('mfa');
    const mfa = client(t, second.session);
    const early = await mfa.get('/api/v1/auth/me');
    expect(early.statusCode).toBe(401);
    expect(early.json().error.messageKey).toBe('errors.mfa_required');

    const noCsrf = await mfa.post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) }, { 'x-csrf-token': 'wrong' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.messageKey).toBe('errors.csrf');

    const wrong = await mfa.post('/api/v1/auth/verify-totp', { code: wrongCodeFor(secret, t.clock.now()) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.messageKey).toBe('errors.invalid_code');

    const code = totpCodeFor(secret, t.clock.now());
    const right = await mfa.post('/api/v1/auth/verify-totp', { code });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toEqual({ stage: 'active', csrfToken: expect.any(String) });
    expect(right.json().csrfToken).not.toBe(second.session.csrf);
    expect((await client(t, rotatedSession(right, user.id)).get('/api/v1/auth/sessions')).statusCode).toBe(200);

    // The same code, replayed in its window by someone who saw it, is refused.
    const replay = await signIn(user, NEW_PASSWORD);
    const replayed = await client(t, replay.session).post('/api/v1/auth/verify-totp', { code });
    expect(replayed.statusCode).toBe(400);
    expect(replayed.json().error.messageKey).toBe('errors.invalid_code');

    // A recovery code works once.
    const recovered = await client(t, replay.session).post('/api/v1/auth/verify-totp', { recoveryCode: recoveryCodes[0]!.toUpperCase() });
    expect(recovered.statusCode).toBe(200);
    const again = await signIn(user, NEW_PASSWORD);
    const reused = await client(t, again.session).post('/api/v1/auth/verify-totp', { recoveryCode: recoveryCodes[0] });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.messageKey).toBe('errors.invalid_code');
    const another = await client(t, again.session).post('/api/v1/auth/verify-totp', { recoveryCode: recoveryCodes[1] });
    expect(another.statusCode).toBe(200);

    const steps = await auditRows(user.id, 'auth.verify_second_factor');
    expect(steps.map((r) => [r.outcome, r.details.method, r.details.reason ?? null])).toEqual([
      ['failure', 'totp', 'wrong_code'],
      ['success', 'totp', null],
      ['failure', 'totp', 'code_reused'],
      ['success', 'recovery_code', null],
      ['failure', 'recovery_code', 'wrong_recovery_code'],
      ['success', 'recovery_code', null],
    ]);
    const actions = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('actor_id', '=', user.id)
      .where('action', 'in', ['auth.password_change', 'auth.totp_enrol', 'auth.totp_confirm', 'auth.sign_out'])
      .where('outcome', '=', 'success')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.password_change', 'auth.totp_enrol', 'auth.totp_confirm', 'auth.sign_out']);
  });

  it('lets a role without the TOTP duty enrol voluntarily, and then asks for the code at sign-in', async () => {
    const { user, session } = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage, totpEnabled: false });
    const api = client(t, session);
    expect((await api.get('/api/v1/auth/me')).json()).toMatchObject({ mfaRequired: false, pendingMfaEnrolment: false, totpEnabled: false });
    const { secret } = (await api.post('/api/v1/auth/totp/enrol')).json();
    expect((await api.post('/api/v1/auth/totp/confirm', { code: totpCodeFor(secret, t.clock.now()) })).statusCode).toBe(200);
    t.clock.advance(30_000);
    const next = await signIn(user);
    expect(next.stage).toBe('mfa');
    const ok = await client(t, next.session).post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) });
    expect(ok.statusCode).toBe(200);
  });

  it('accepts a code from the step before or after, not from further away', async () => {
    const user = await createUser(t, { role: 'supervisor' });
    const secret = await giveTotpSecret(t, user.id);
    const now = t.clock.now().getTime();
    const { session } = await signIn(user);
    const far = await client(t, session).post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, new Date(now - 90_000)) });
    expect(far.statusCode).toBe(400);
    const previous = await client(t, session).post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, new Date(now - 30_000)) });
    expect(previous.statusCode).toBe(200);
  });

  it('refuses to enrol over a working second factor, and to confirm without enrolling', async () => {
    const { session } = await signedIn(t, { role: 'cpwo' });
    const enrol = await client(t, session).post('/api/v1/auth/totp/enrol');
    expect(enrol.statusCode).toBe(409);
    expect(enrol.json().error.messageKey).toBe('errors.totp_already_enabled');

    const fresh = await signedIn(t, { role: 'cpwo', totpEnabled: false });
    const confirm = await client(t, fresh.session).post('/api/v1/auth/totp/confirm', { code: '123456' });
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().error.messageKey).toBe('errors.totp_enrolment_not_started');
  });

  it('refuses the TOTP step to a session that has already passed it', async () => {
    const { session } = await signedIn(t, { role: 'cpwo' });
    const res = await client(t, session).post('/api/v1/auth/verify-totp', { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.mfa_not_pending');
  });
});

describe('password policy', () => {
  it('refuses short, common, username-based and reused passwords', async () => {
    const { user, session } = await signedIn(t, { role: 'izu', totpEnabled: false });
    const api = client(t, session);
    const attempt = (newPassword: string) => api.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword });

    const short = await attempt('Ab3$xyz');
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ messageKey: 'errors.password_too_short', details: { minLength: 10 } });
    expect(short.json().error.fields).toEqual([expect.objectContaining({ field: 'body.newPassword' })]);

    const common = await attempt('password123456');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.messageKey).toBe('errors.password_too_common');

    const withName = await attempt(`Ikawa-${user.username.toUpperCase()}-2026`);
    expect(withName.statusCode).toBe(400);
    expect(withName.json().error.messageKey).toBe('errors.password_contains_username');

    const reused = await attempt(TEST_PASSWORD);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.messageKey).toBe('errors.password_reused');

    const wrongCurrent = await api.post('/api/v1/auth/change-password', { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.messageKey).toBe('errors.invalid_credentials');

    const unknownField = await api.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, role: 'sysadmin' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.messageKey).toBe('errors.validation');

    // Still the old password after all the refusals.
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(200);
  });

  it('ends the other sessions of the user on a password change, and keeps this one', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const here = await sessionFor(t, user);
    const elsewhere = await sessionFor(t, user);
    const changed = await client(t, here).post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.statusCode).toBe(200);
    expect((await client(t, elsewhere).get('/api/v1/auth/me')).statusCode).toBe(401);
    // This one goes on, under its new cookie.
    expect((await client(t, rotatedSession(changed, user.id)).get('/api/v1/auth/me')).statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('users')
      .select(['must_change_password', 'password_changed_at'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ must_change_password: false, password_changed_at: t.clock.now() });
    expect((await signInThroughApi(t, user, NEW_PASSWORD)).res.statusCode).toBe(200);
  });
});

describe('who am I', () => {
  it('changes the language of the signed-in user and refuses anything else', async () => {
    const { user, session } = await signedIn(t, { role: 'analyst', language: 'en' });
    const api = client(t, session);
    const res = await api.patch('/api/v1/auth/me', { language: 'fr' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, language: 'fr', mfaRequired: false });
    expect((await api.get('/api/v1/auth/me')).json().language).toBe('fr');
    expect((await api.patch('/api/v1/auth/me', { language: 'de' })).statusCode).toBe(400);
    const smuggled = await api.patch('/api/v1/auth/me', { language: 'rw', role: 'sysadmin' });
    expect(smuggled.statusCode).toBe(400);
    expect((await api.get('/api/v1/auth/me')).json()).toMatchObject({ role: 'analyst', language: 'fr' });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['fields', 'actor_id'])
      .where('action', '=', 'user.update_own')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit).toEqual([{ fields: ['language'], actor_id: user.id }]);
  });
});

describe('denials', () => {
  const pendingRoutes: [string, string, unknown?][] = [
    ['GET', '/api/v1/auth/me'],
    ['PATCH', '/api/v1/auth/me', { language: 'rw' }],
    ['POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }],
    ['POST', '/api/v1/auth/totp/enrol'],
    ['POST', '/api/v1/auth/totp/confirm', { code: '123456' }],
    ['POST', '/api/v1/auth/sign-out-everywhere'],
    ['GET', '/api/v1/auth/sessions'],
  ];

  it('answers 401 to a caller without a session on every route but sign-in', async () => {
    for (const [method, url, body] of [
      ...pendingRoutes,
      ['POST', '/api/v1/auth/verify-totp', { code: '123456' }],
      ['POST', '/api/v1/auth/sign-out'],
    ] as const) {
      const res = await t.app.inject({ method: method as 'GET', url, payload: body as never });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.messageKey).toBe('errors.unauthenticated');
    }
  });

  it('answers 401 errors.mfa_required to a session still waiting for its code', async () => {
    const user = await createUser(t, { role: 'cpwo' });
    await giveTotpSecret(t, user.id);
    const { session, stage } = await signIn(user);
    expect(stage).toBe('mfa');
    for (const [method, url, body] of pendingRoutes) {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        payload: body as never,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.messageKey).toBe('errors.mfa_required');
    }
    // It may give up, though.
    expect((await client(t, session).post('/api/v1/auth/sign-out')).statusCode).toBe(204);
  });

  it('refuses every state-changing request without the CSRF token', async () => {
    const { session } = await signedIn(t, { role: 'izu', totpEnabled: false });
    for (const [method, url, body] of pendingRoutes.filter(([m]) => m !== 'GET')) {
      const res = await t.app.inject({ method: method as 'POST', url, payload: body as never, headers: { cookie: session.cookie } });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.messageKey).toBe('errors.csrf');
    }
    expect((await client(t, session).get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a sign-in body with unknown fields', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const res = await client(t).post('/api/v1/auth/sign-in', { username: user.username, password: TEST_PASSWORD, stage: 'active' });
    expect(res.statusCode).toBe(400);
    expect(sessionCookieOf(res)).toBeNull();
  });
});

describe('audit of sign-in', () => {
  it('records successes and failures without the typed username or password', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    expect((await signInThroughApi(t, user, 'Wrong-Password-123')).res.statusCode).toBe(401);
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(200);
    const rows = await auditRows(user.id, 'auth.sign_in');
    expect(rows).toEqual([
      { actor_id: user.id, entity_id: user.id, outcome: 'failure', details: { reason: 'wrong_password', locked: false } },
      { actor_id: user.id, entity_id: user.id, outcome: 'success', details: { stage: 'active' } },
    ]);

    const typed = `nobody-${user.username}`;
    const unknown = await signInThroughApi(t, { id: '', username: typed }, 'Wrong-Password-123');
    expect(unknown.res.statusCode).toBe(401);
    expect(unknown.res.json().error.messageKey).toBe('errors.invalid_credentials');
    const last = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'auth.sign_in')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ actor_id: null, entity_id: null, outcome: 'failure', details: { reason: 'unknown_user' } });
    expect(JSON.stringify(last)).not.toContain(typed);
    expect(JSON.stringify(last)).not.toContain('Wrong-Password');
  });
});
