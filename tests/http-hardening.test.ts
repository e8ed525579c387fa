import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTrustProxy } from '../src/config.js';
import { createSession } from '../src/auth/session.repository.js';
import { giveTotpSecret, rotatedSession, sessionCookieOf, signInThroughApi, totpCodeFor } from './support/auth-helpers.js';
import { client, createUser, TEST_PASSWORD, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Security headers, session and CSRF token rotation when a session gains its
// second factor or the password changes, and the __Host- cookie when Secure.

vi.setConfig({ testTimeout: 120_000 });

let t: TestApp;
let secure: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Behind a trusted proxy that ends TLS, with the cookie Secure.
  secure = await createTestApp({ cookieSecure: 'true', trustProxy: parseTrustProxy('127.0.0.1') });
});
afterAll(async () => {
  await t?.close();
  await secure?.close();
});

/** The CSP's directives by name. */
function cspOf(header: unknown): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

describe('security headers', () => {
  it('answers the API, its refusals and /health with a CSP without inline script, nosniff, no-referrer and no framing', async () => {
    const { session } = { session: await signedInIzu(t) };
    const answers = [
      await client(t, session).get('/api/v1/auth/me'),
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' }), // 401
      await t.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
      await t.app.inject({ method: 'GET', url: '/health' }),
    ];
    for (const res of answers) {
      const csp = cspOf(res.headers['content-security-policy']);
      expect(csp.get('script-src'), res.body).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      // Plain HTTP: no HSTS.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only over HTTPS (as a trusted proxy reports it), not when a client merely claims it', async () => {
    const overHttps = await secure.app.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const overHttp = await secure.app.inject({ method: 'GET', url: '/health' });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    const claimed = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('gives /api/docs its own policy: scripts from files only, inline styles allowed, no framing, and the page still loads', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = cspOf(page.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Every script on the page is a file the policy allows.
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    for (const src of scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs!)![1]!)) {
      const url = src.startsWith('/') ? src : `/api/docs/${src.replace(/^\.\//, '')}`;
      const file = await t.app.inject({ method: 'GET', url });
      expect(file.statusCode, url).toBe(200);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
  });
});

async function signedInIzu(app: TestApp): Promise<Session> {
  const user = await createUser(app, { role: 'izu', totpEnabled: false });
  const s = await signInThroughApi(app, user, TEST_PASSWORD);
  expect(s.res.statusCode).toBe(200);
  return s.session!;
}

/** The old session no longer opens anything, and its CSRF token does not pass with the new cookie. */
async function expectReplaced(app: TestApp, old: Session, next: Session) {
  expect(next.cookie).not.toBe(old.cookie);
  expect(next.csrf).not.toBe(old.csrf);
  const stale = await client(app, old).get('/api/v1/auth/me');
  expect(stale.statusCode).toBe(401);
  const staleCsrf = await client(app, { ...next, csrf: old.csrf }).patch('/api/v1/auth/me', { language: 'fr' });
  expect(staleCsrf.statusCode).toBe(403);
  expect(staleCsrf.json().error.messageKey).toBe('errors.csrf');
  const fresh = await client(app, next).patch('/api/v1/auth/me', { language: 'en' });
  expect(fresh.statusCode).toBe(200);
  expect(fresh.json().csrfToken).toBe(next.csrf);
}

describe('session rotation', () => {
  it('gives a new session token and CSRF token when the second factor passes', async () => {
    const user = await createUser(t, { role: 'cpwo' });
    const secret = await giveTotpSecret(t, user.id);
    const first = await signInThroughApi(t, user, TEST_PASSWORD);
    expect(first.stage).toBe('mfa');
    const waiting = first.session!;
    const res = await client(t, waiting).post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) });
    expect(res.statusCode).toBe(200);
    await expectReplaced(t, waiting, rotatedSession(res, user.id));
    const sessions = await t.database.db.selectFrom('sessions').select('stage').where('user_id', '=', user.id).execute();
    expect(sessions).toEqual([{ stage: 'active' }]);
  });

  it('gives a new session token and CSRF token when the password changes', async () => {
    const before = await signedInIzu(t);
    const res = await client(t, before).post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Inkoko-Ziteka-Umuceri-41' });
    expect(res.statusCode).toBe(200);
    await expectReplaced(t, before, rotatedSession(res, before.userId));
  });

  it('gives a new session token and CSRF token when TOTP enrolment completes', async () => {
    const before = await signedInIzu(t);
    const { secret } = (await client(t, before).post('/api/v1/auth/totp/enrol')).json();
    const res = await client(t, before).post('/api/v1/auth/totp/confirm', { code: totpCodeFor(secret, t.clock.now()) });
    expect(res.statusCode).toBe(200);
    expect(res.json().recoveryCodes).toHaveLength(10);
    await expectReplaced(t, before, rotatedSession(res, before.userId));
  });

  it('keeps the sign-in time and end of the session it replaces', async () => {
    const before = await signedInIzu(t);
    const [old] = await t.database.db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', before.userId).execute();
    t.clock.advanceMinutes(5);
    const res = await client(t, before).post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Inkoko-Ziteka-Umuceri-41' });
    expect(res.statusCode).toBe(200);
    const after = await t.database.db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', before.userId).execute();
    expect(after).toEqual([old]);
  });
});

describe('CSRF token', () => {
  it('refuses a wrong token of the same length, a prefix, an empty one and a repeated header', async () => {
    const s = await signedInIzu(t);
    const flipped = (s.csrf[0] === 'A' ? 'B' : 'A') + s.csrf.slice(1);
    for (const csrf of [flipped, s.csrf.slice(0, -1), `${s.csrf}x`, '']) {
      const res = await client(t, { ...s, csrf }).patch('/api/v1/auth/me', { language: 'fr' });
      expect(res.statusCode, csrf).toBe(403);
      expect(res.json().error.messageKey).toBe('errors.csrf');
    }
    const twice = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { language: 'fr' },
      headers: { cookie: s.cookie, 'x-csrf-token': [s.csrf, s.csrf] },
    });
    expect(twice.statusCode).toBe(403);
    const row = await t.database.db.selectFrom('users').select('language').where('id', '=', s.userId).executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
    expect((await client(t, s).patch('/api/v1/auth/me', { language: 'fr' })).statusCode).toBe(200);
  });
});

describe('the __Host- cookie', () => {
  it('names the Secure session cookie __Host-rinda_session (Path=/, no Domain) and reads only that name', async () => {
    const user = await createUser(secure, { role: 'izu', totpEnabled: false });
    const res = await signInThroughApi(secure, user, TEST_PASSWORD);
    expect(res.res.statusCode).toBe(200);
    const set = String(res.res.headers['set-cookie']);
    expect(set).toMatch(/^__Host-rinda_session=[\w-]{40,};/);
    expect(set).toContain('Secure');
    expect(set).toContain('Path=/');
    expect(set).not.toMatch(/Domain=/i);
    const cookie = res.res.cookies.find((c) => c.name === '__Host-rinda_session')!;
    const csrf = res.res.json().csrfToken as string;
    const me = await secure.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `__Host-rinda_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);

    // A session token planted under the plain name (by a sibling host or a plain-HTTP page) is not read.
    const planted = await createSession(secure.database.db, {
      userId: user.id,
      stage: 'active',
      now: secure.clock.now(),
      absoluteHours: 12,
      ip: null,
      userAgent: null,
    });
    const plain = await secure.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `rinda_session=${planted.token}` } });
    expect(plain.statusCode).toBe(401);
    expect(plain.body).not.toContain(user.username);

    // Sign-out clears the prefixed cookie.
    const out = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      payload: {},
      headers: { cookie: `__Host-rinda_session=${cookie.value}`, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === '__Host-rinda_session')?.value).toBe('');
  });

  it('keeps the plain name when the cookie is not Secure (plain HTTP in an office)', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    const res = await signInThroughApi(t, user, TEST_PASSWORD);
    expect(sessionCookieOf(res.res)).toMatch(/^rinda_session=/);
  });
});
