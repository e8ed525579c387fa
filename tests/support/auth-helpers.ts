import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { SESSION_COOKIE } from '../../src/auth/session.repository.js';
import { newTotpSecret, sealTotpSecret } from '../../src/auth/totp-code.js';
import type { Session } from './factories.js';
import type { TestApp } from './test-app.js';

/** The 6-digit code an authenticator app shows for this base32 secret at this time. */
export function totpCodeFor(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), period: 30, timestamp: at.getTime() });
}

/** Gives a user a working TOTP secret (sealed as enrolment would) and returns it in base32. */
export async function giveTotpSecret(t: TestApp, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await t.database.db
    .updateTable('users')
    .set({ totp_secret: sealTotpSecret(t.ctx.secretKey, userId, secret), totp_enabled: true, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  return secret;
}

/** The session cookie a response set, as a Cookie header value, or null. */
export function sessionCookieOf(res: LightMyRequestResponse): string | null {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  return c && c.value ? `${SESSION_COOKIE}=${c.value}` : null;
}

/**
 * The session an answer handed over when it replaced the cookie (second
 * factor, password change, TOTP confirmation): the new cookie and CSRF token.
 */
export function rotatedSession(res: LightMyRequestResponse, userId: string): Session {
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error(`no session cookie in the answer (${res.statusCode})`);
  return { cookie, csrf: res.json().csrfToken as string, userId };
}

/** Signs in through the API; `session` is set when the answer was 200. */
export async function signInThroughApi(t: TestApp, user: { id: string; username: string }, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: user.username, password } });
  const cookie = sessionCookieOf(res);
  const ok = res.statusCode === 200 && cookie !== null;
  const session: Session | null = ok ? { cookie, csrf: res.json().csrfToken as string, userId: user.id } : null;
  return { res, session, stage: ok ? (res.json().stage as 'mfa' | 'active') : null };
}

/** A 6-digit code that is not valid at this time (none of the accepted steps gives it). */
export function wrongCodeFor(secret: string, at: Date): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => totpCodeFor(secret, new Date(at.getTime() + d))));
  let n = Number(totpCodeFor(secret, at));
  let code: string;
  do {
    n = (n + 1) % 1_000_000;
    code = String(n).padStart(6, '0');
  } while (valid.has(code));
  return code;
}
