import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS, routeKey, routeRule } from '../src/access/route-access.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The structural guarantee: every route the server registers (read from the
// app itself, not from a list kept by hand) declares its access rule in the one
// table, src/access/route-access.ts, and the table names no route that is gone.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t?.close());

describe('the route access table', () => {
  it('sees the routes the server registers', () => {
    const keys = t.app.registeredRoutes.map((r) => routeKey(r.method, r.url));
    expect(keys).toContain('GET /api/v1/cases/:id');
    expect(keys).toContain('POST /api/v1/auth/sign-in');
    expect(keys.length).toBeGreaterThan(90);
  });

  it('has an access rule for every registered route', () => {
    const missing = t.app.registeredRoutes
      .filter((r) => !routeRule(r.method, r.url))
      // A HEAD beside its GET needs no line of its own (it follows the GET's).
      .filter((r, _i, all) => r.method !== 'HEAD' || !all.some((g) => g.method === 'GET' && g.url === r.url))
      .map((r) => `  '${routeKey(r.method, r.url)}': …,`);
    expect(
      missing,
      `These routes have no access rule. Add a line for each to ROUTE_ACCESS in src/access/route-access.ts ` +
        `(public, self(stage) or perm(permission, scope)), in the block of its feature:\n${missing.join('\n')}\n`,
    ).toEqual([]);
  });

  it('names no route that the server does not register', () => {
    const registered = new Set(t.app.registeredRoutes.map((r) => routeKey(r.method, r.url)));
    const stale = Object.keys(ROUTE_ACCESS).filter((key) => !registered.has(key));
    expect(
      stale,
      `ROUTE_ACCESS in src/access/route-access.ts lists routes the server no longer registers; remove or rename them:\n${stale.join('\n')}\n`,
    ).toEqual([]);
  });

  it('gives every API route below /api/v1 a rule that says who may call it', () => {
    for (const r of t.app.registeredRoutes.filter((x) => x.url.startsWith('/api/v1/'))) {
      const rule = routeRule(r.method, r.url);
      if (!rule) continue; // reported above, with where to add it
      expect(['public', 'self', 'permission'], routeKey(r.method, r.url)).toContain(rule.access);
      if (rule.access === 'permission') {
        expect(rule.permission, routeKey(r.method, r.url)).toBeTruthy();
        expect(rule.scope, routeKey(r.method, r.url)).toBeTruthy();
      }
    }
  });

  it('leaves public only the routes that must be reachable without a session', () => {
    const publicApi = Object.entries(ROUTE_ACCESS)
      .filter(([key, rule]) => rule.access === 'public' && key.includes(' /api/v1/'))
      .map(([key]) => key);
    // Sign-in, and the SMS gateways' webhooks and the USSD callback, which check the gateway's secret themselves
    // (tests/izu-gateways.test.ts, tests/izu-ussd.test.ts).
    expect(publicApi).toEqual([
      'POST /api/v1/auth/sign-in',
      'POST /api/v1/gateways/rapidpro/external',
      'POST /api/v1/gateways/rapidpro/flow',
      'POST /api/v1/gateways/africastalking/sms',
      'POST /api/v1/gateways/ussd',
    ]);
  });
});
