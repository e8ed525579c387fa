import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, createSession } from '../src/auth/session.repository.js';
import { createUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The session gate decides on the route the router matched, not on how the
// client spelt the URL. Every registered route (read from the app) is called
// with its canonical path and with encoded, doubled-slash, dot-segment and
// upper-case spellings of it, by callers the gate must stop: anonymous, no CSRF
// token, a password change due, a TOTP enrolment due, a second factor not yet
// given. A spelling answers as the canonical path does, or with the router's
// own 404 (which reaches no handler); never with more. Where the canonical
// path is answered by the handler, a spelling may also be refused.

const SAMPLE_ID = '0b6f1a52-8c1e-4c39-9d1c-3f2a9e7b5d10';
type Caller = 'anonymous' | 'no-csrf' | 'password-due' | 'totp-due' | 'second-factor-due';
const CALLERS: Caller[] = ['anonymous', 'no-csrf', 'password-due', 'totp-due', 'second-factor-due'];

let t: TestApp;
const users = {} as Record<Exclude<Caller, 'anonymous'>, { id: string }>;

beforeAll(async () => {
  // Hundreds of anonymous gateway calls from one address: the cap on refused gateway calls (tested in
  // tests/izu-gateway-housekeeping.test.ts) would answer 429 to the later spellings, whatever their path.
  t = await createTestApp({ gatewayRefusalLimit: 1_000_000 });
  users['no-csrf'] = await createUser(t, { role: 'sysadmin' });
  users['password-due'] = await createUser(t, { role: 'izu', mustChangePassword: true });
  users['totp-due'] = await createUser(t, { role: 'cpwo', totpEnabled: false });
  users['second-factor-due'] = await createUser(t, { role: 'cpwo' });
}, 120_000);
afterAll(() => t?.close());

/** The canonical path of a route pattern, with a sample value for each parameter. */
function concretePath(pattern: string): string {
  return pattern
    .split('/')
    .map((seg) => (seg === '*' ? 'x' : seg.startsWith(':') ? (seg === ':version' ? '1' : SAMPLE_ID) : seg))
    .join('/');
}

/** Spellings of a path that a lax gate would not recognise as the same route. */
export function spellings(path: string): string[] {
  const segs = path.split('/').slice(1);
  const encodeFirst = (s: string) => (/^[a-z]/i.test(s) ? `%${s.charCodeAt(0).toString(16)}${s.slice(1)}` : s);
  const out = new Set<string>([
    '/' + segs.map((s, i) => (i === 0 ? encodeFirst(s) : s)).join('/'),
    '/' + segs.map((s, i) => (i === segs.length - 1 ? encodeFirst(s) : s)).join('/'),
    '/' + segs.map((s) => s.replace(/[a-z]/gi, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/'),
    '/' + segs.join('%2F'),
    '/' + segs[0] + '/' + segs.slice(1).join('%2F'),
    '/' + path,
    path.replace(/\/([^/]*)$/, '//$1'),
    segs.length > 1 ? `/${segs[0]}/./${segs.slice(1).join('/')}` : `/./${segs[0]}`,
    `/${segs[0]}/x/../${segs.slice(1).join('/')}`,
    `/x/../${segs.join('/')}`,
    `/${segs[0]}/%2e%2e/${segs.join('/')}`,
    path.toUpperCase(),
    '/' + segs.map((s, i) => (i === 0 ? s.toUpperCase() : s)).join('/'),
    path + '/',
  ]);
  out.delete(path);
  return [...out];
}

async function sessionCookie(caller: Caller): Promise<{ cookie?: string; csrf?: string }> {
  if (caller === 'anonymous') return {};
  const s = await createSession(t.database.db, {
    userId: users[caller].id,
    stage: caller === 'second-factor-due' ? 'mfa' : 'active',
    now: t.clock.now(),
    absoluteHours: 12,
    ip: null,
    userAgent: 'test',
  });
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: caller === 'no-csrf' ? undefined : s.csrfToken };
}

async function call(method: string, url: string, caller: Caller): Promise<LightMyRequestResponse> {
  // A fresh session per call: a route that ends sessions (sign-out) cannot change the next answer.
  const { cookie, csrf } = await sessionCookie(caller);
  return t.app.inject({
    method: method as never,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    ...(method === 'GET' || method === 'HEAD' ? {} : { payload: {} }),
  });
}

const errorKey = (res: LightMyRequestResponse): string | null => {
  try {
    return (res.json() as { error?: { messageKey?: string } }).error?.messageKey ?? null;
  } catch {
    return null;
  }
};

describe('the session gate and the spelling of the path', () => {
  it('a spelt-differently path matches the route and meets its gate', async () => {
    // The hole: this reached the case list as if public.
    const res = await call('GET', '/%61pi/v1/cases', 'anonymous');
    expect(res.statusCode).toBe(401);
    const noCsrf = await call('POST', '/%61pi/v1/users/import', 'no-csrf');
    expect(noCsrf.statusCode).toBe(403);
    expect(errorKey(noCsrf)).toBe('errors.csrf');
    const due = await call('GET', '/%61pi/v1/cases', 'password-due');
    expect(errorKey(due)).toBe('errors.password_change_required');
    const enrol = await call('GET', '/%61pi/v1/cases', 'totp-due');
    expect(errorKey(enrol)).toBe('errors.mfa_enrolment_required');
  });

  it('an upper-case or dot-segment API path is the API 404, not the web app', async () => {
    for (const url of ['/API/v1/cases', '/API/V1/CASES', '//api/v1/cases', '/api%2Fv1/cases', '/api/v1%2Fcases']) {
      const res = await call('GET', url, 'anonymous');
      expect(res.statusCode, url).toBe(404);
      expect(errorKey(res), url).toBe('errors.no_route');
    }
    // Dot segments are resolved (by the client or by the web app's catch-all): the API's gate or its 404.
    for (const url of ['/api/v1/x/../cases', '/x/../api/v1/cases', '/api/v1/./cases']) {
      const res = await call('GET', url, 'anonymous');
      expect([401, 404], url).toContain(res.statusCode);
      expect(res.body, url).not.toContain('<html');
    }
  });

  it.each(CALLERS)(
    'every registered route answers a %s caller the same however its path is spelt',
    async (caller) => {
      const problems: string[] = [];
      let checked = 0;
      // A fully signed-in caller without the CSRF token: only state-changing methods are gated by it.
      const routes = t.app.registeredRoutes.filter((r) => caller !== 'no-csrf' || !['GET', 'HEAD'].includes(r.method));
      for (const route of routes) {
        const canonicalPath = concretePath(route.url);
        const canonical = await call(route.method, canonicalPath, caller);
        for (const variant of spellings(canonicalPath)) {
          const res = await call(route.method, variant, caller);
          checked++;
          const same = res.statusCode === canonical.statusCode && errorKey(res) === errorKey(canonical);
          // The router found no route: its 404 reaches no handler and carries nothing.
          const routerRefusal = res.statusCode === 404 && (route.method === 'HEAD' || errorKey(res) === 'errors.no_route');
          // Where the canonical path is open (or refused by the handler), a spelling may be refused instead.
          const gateRefusal = canonical.statusCode === 401 || canonical.statusCode === 403;
          const refusedInstead = !gateRefusal && res.statusCode >= 400 && res.statusCode < 500;
          if (!same && !routerRefusal && !refusedInstead) {
            problems.push(
              `${route.method} ${variant}: ${res.statusCode} ${errorKey(res)}; ${canonicalPath} gives ${canonical.statusCode} ${errorKey(canonical)}`,
            );
          }
        }
      }
      expect(checked).toBeGreaterThan(caller === 'no-csrf' ? 300 : 1000);
      expect(problems).toEqual([]);
    },
    240_000,
  );
});
