import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Guessing passwords from one address across many accounts is slowed per
// address (the lockout stops guessing one account's). Here: 3 attempts a minute.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ signInRateLimit: 3 });
});
afterAll(() => t.close());

const attempt = (username: string, from: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress: from,
    payload: { username, password: 'not-the-password-1' },
  });

describe('sign-in attempts from one address', () => {
  it('answers 429 with the usual error body after the limit, for any account, and leaves other addresses alone', async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => createUser(t, { role: 'cpwo', jurisdictionId: '12' })));
    for (const u of users.slice(0, 3)) expect((await attempt(u.username, '10.1.1.1')).statusCode).toBe(401);
    const limited = await attempt(users[3]!.username, '10.1.1.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', messageKey: 'errors.rate_limited', requestId: expect.any(String) });
    expect((await attempt(users[3]!.username, '10.2.2.2')).statusCode).toBe(401);
  });
});
