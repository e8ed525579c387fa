import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, sessionFor, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Every state-changing request of a signed-in user counts toward one budget per
// user per minute, whatever the route. Here: 3 a minute.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ writeRateLimit: 3 });
});
afterAll(() => t.close());

describe('writes per signed-in user', () => {
  it('answers 429 with Retry-After and the error body past the budget, across routes, and writes nothing', async () => {
    const { user, session } = await signedIn(t, { role: 'izu', totpEnabled: false, language: 'en' });
    const c = client(t, session);
    expect((await c.patch('/api/v1/auth/me', { language: 'fr' })).statusCode).toBe(200);
    expect((await c.post('/api/v1/notifications/read-all')).statusCode).toBe(200);
    expect((await c.patch('/api/v1/auth/me', { language: 'en' })).statusCode).toBe(200);

    const limited = await c.patch('/api/v1/auth/me', { language: 'rw' });
    expect(limited.statusCode).toBe(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: expect.any(String),
        messageKey: 'errors.rate_limited',
        requestId: expect.any(String),
        details: { retryAfterSeconds: retryAfter },
      },
    });
    // Nothing was changed by the refused request.
    const row = await t.database.db.selectFrom('users').select('language').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
    const audits = await t.database.db
      .selectFrom('audit_events')
      .select('seq')
      .where('actor_id', '=', user.id)
      .where('action', '=', 'user.update_own')
      .execute();
    expect(audits).toHaveLength(2);

    // Another route is refused too: the budget is the user's, not the route's.
    expect((await c.post('/api/v1/notifications/read-all')).statusCode).toBe(429);
    // Reading goes on.
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('counts each user apart, and a second session of the same user shares the budget', async () => {
    const a = await signedIn(t, { role: 'izu', totpEnabled: false });
    const b = await signedIn(t, { role: 'izu', totpEnabled: false });
    for (let i = 0; i < 3; i++) expect((await client(t, a.session).post('/api/v1/notifications/read-all')).statusCode).toBe(200);
    expect((await client(t, a.session).post('/api/v1/notifications/read-all')).statusCode).toBe(429);
    expect((await client(t, b.session).post('/api/v1/notifications/read-all')).statusCode).toBe(200);
    const again = await sessionFor(t, a.user);
    expect((await client(t, again).post('/api/v1/notifications/read-all')).statusCode).toBe(429);
  });
});
