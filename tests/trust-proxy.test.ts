import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTrustProxy } from '../src/config.js';
import { createUser, TEST_PASSWORD } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The client's address feeds the per-address sign-in limit and every audit
// entry. A client that is not a configured proxy must not be able to choose it
// with X-Forwarded-For (nor the protocol with X-Forwarded-Proto).

vi.setConfig({ testTimeout: 120_000 });

const PEER = '198.51.100.7';
const PROXY = '10.9.0.2';

let plain: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  // Default configuration (no proxy trusted), 3 sign-in attempts a minute per address.
  plain = await createTestApp({ signInRateLimit: 3 });
  proxied = await createTestApp({ signInRateLimit: 3, trustProxy: parseTrustProxy(`${PROXY},10.8.0.0/16`) });
});
afterAll(async () => {
  await plain?.close();
  await proxied?.close();
});

const signIn = (t: TestApp, username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress, headers, payload: { username, password } });

async function lastSignInAddress(t: TestApp, userId: string) {
  const row = await t.database.db
    .selectFrom('audit_events')
    .select('ip')
    .where('action', '=', 'auth.sign_in')
    .where('entity_id', '=', userId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.ip;
}

describe('with no proxy configured (the default)', () => {
  it('audits the connection address, not a forged X-Forwarded-For', async () => {
    const user = await createUser(plain, { role: 'izu', totpEnabled: false });
    const res = await signIn(plain, user.username, TEST_PASSWORD, PEER, { 'x-forwarded-for': '203.0.113.66' });
    expect(res.statusCode).toBe(200);
    expect(await lastSignInAddress(plain, user.id)).toBe(PEER);
    const sessions = await plain.database.db.selectFrom('sessions').select('ip').where('user_id', '=', user.id).execute();
    expect(sessions.map((s) => s.ip)).toEqual([PEER]);
  });

  it('keeps counting sign-in attempts per connection address whatever X-Forwarded-For says', async () => {
    const user = await createUser(plain, { role: 'cpwo', jurisdictionId: '12' });
    const from = '198.51.100.20';
    for (let i = 1; i <= 3; i++) {
      const res = await signIn(plain, user.username, 'Not-The-Password-1', from, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(res.statusCode).toBe(401);
    }
    const limited = await signIn(plain, user.username, 'Not-The-Password-1', from, { 'x-forwarded-for': '203.0.113.99' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', messageKey: 'errors.rate_limited' });
    // Another real address is not affected.
    expect((await signIn(plain, user.username, 'Not-The-Password-1', '198.51.100.21')).statusCode).toBe(401);
  });

  it('does not take X-Forwarded-Proto from a client: the cookie is not marked for HTTPS', async () => {
    const user = await createUser(plain, { role: 'izu', totpEnabled: false });
    const saved = plain.ctx.config.cookieSecure;
    plain.ctx.config.cookieSecure = 'auto';
    try {
      const res = await signIn(plain, user.username, TEST_PASSWORD, PEER, { 'x-forwarded-proto': 'https' });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).not.toContain('Secure');
    } finally {
      plain.ctx.config.cookieSecure = saved;
    }
  });
});

describe('with a configured proxy', () => {
  it("audits the address the proxy reports, and only a configured proxy's", async () => {
    const user = await createUser(proxied, { role: 'izu', totpEnabled: false });
    expect((await signIn(proxied, user.username, TEST_PASSWORD, PROXY, { 'x-forwarded-for': '203.0.113.50' })).statusCode).toBe(200);
    expect(await lastSignInAddress(proxied, user.id)).toBe('203.0.113.50');
    // A peer inside the configured range is a proxy too.
    expect((await signIn(proxied, user.username, TEST_PASSWORD, '10.8.3.4', { 'x-forwarded-for': '203.0.113.51' })).statusCode).toBe(200);
    expect(await lastSignInAddress(proxied, user.id)).toBe('203.0.113.51');
    // Any other peer is a client: its header is ignored.
    expect((await signIn(proxied, user.username, TEST_PASSWORD, PEER, { 'x-forwarded-for': '203.0.113.52' })).statusCode).toBe(200);
    expect(await lastSignInAddress(proxied, user.id)).toBe(PEER);
  });

  it('limits sign-in attempts per reported client address', async () => {
    const user = await createUser(proxied, { role: 'cpwo', jurisdictionId: '12' });
    const xff = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < 3; i++) expect((await signIn(proxied, user.username, 'Not-The-Password-1', PROXY, xff)).statusCode).toBe(401);
    expect((await signIn(proxied, user.username, 'Not-The-Password-1', PROXY, xff)).statusCode).toBe(429);
    // Another client behind the same proxy has its own count.
    expect((await signIn(proxied, user.username, 'Not-The-Password-1', PROXY, { 'x-forwarded-for': '203.0.113.78' })).statusCode).toBe(401);
  });

  it('marks the cookie for HTTPS when the proxy says the request came over HTTPS', async () => {
    const user = await createUser(proxied, { role: 'izu', totpEnabled: false });
    const saved = proxied.ctx.config.cookieSecure;
    proxied.ctx.config.cookieSecure = 'auto';
    try {
      const res = await signIn(proxied, user.username, TEST_PASSWORD, PROXY, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.60' });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    } finally {
      proxied.ctx.config.cookieSecure = saved;
    }
  });
});

describe('RINDA_TRUST_PROXY', () => {
  it('reads off, a hop count or a list of addresses and ranges, and refuses anything else', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 10.0.0.5, 10.1.0.0/16 ,::1,loopback')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'loopback']);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2']) expect(() => parseTrustProxy(bad)).toThrow(/RINDA_TRUST_PROXY/);
  });
});
