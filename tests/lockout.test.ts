import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes } from '../src/auth/totp-code.js';
import { giveTotpSecret, signInThroughApi, totpCodeFor, wrongCodeFor } from './support/auth-helpers.js';
import { client, createUser, PLACES, sessionFor, signedIn, TEST_PASSWORD } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A sign-in answer must not tell an unknown, a wrong, a deactivated or a locked
// account apart (neither by its body nor by its time), and guessing must have
// a budget that does not refill: locks lengthen, and after RINDA_LOCKOUT_MAX_LOCKS
// locks in a row (here 3; 5 attempts, 15 minutes) only an administrator unlocks.
// Wrong TOTP and recovery codes spend the same budget.

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
let adminUser: { id: string };
/** An administrator's session made now (the test clock moves past sessions' lifetimes). */
const admin = () => sessionFor(t, adminUser);
beforeAll(async () => {
  // No password expiry: the clock moves a year on.
  t = await createTestApp({ lockoutAttempts: 5, lockoutMinutes: 15, lockoutMaxLocks: 3, passwordExpiryDays: 0 });
  adminUser = await createUser(t, { role: 'sysadmin' });
});
afterAll(() => t.close());

const WRONG = 'Not-The-Password-77';
const minutesFromNow = (m: number) => new Date(t.clock.now().getTime() + m * 60_000);
const lockOf = (userId: string) =>
  t.database.db
    .selectFrom('users')
    .select(['failed_attempts', 'locked_until', 'locks_in_a_row', 'locked_for_admin'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();

/** The answer without its request id: what a caller can compare. */
const answerOf = (res: { statusCode: number; json(): { error: Record<string, unknown> } }) => {
  const { requestId: _, ...error } = res.json().error;
  return { status: res.statusCode, error };
};

async function failPasswords(user: { id: string; username: string }, times: number) {
  for (let i = 0; i < times; i++) expect((await signInThroughApi(t, user, WRONG)).res.statusCode).toBe(401);
}

describe('one answer at sign-in', () => {
  it('gives unknown, wrong, deactivated and locked accounts the same status, body and message key', async () => {
    const wrongUser = await createUser(t, { role: 'izu', totpEnabled: false });
    const lockedUser = await createUser(t, { role: 'izu', totpEnabled: false });
    const inactive = await createUser(t, { role: 'izu', totpEnabled: false });
    await t.database.db.updateTable('users').set({ active: false }).where('id', '=', inactive.id).execute();

    // The attempt that engages the lock answers like any wrong password.
    await failPasswords(lockedUser, 4);
    const locking = (await signInThroughApi(t, lockedUser, WRONG)).res;
    expect((await lockOf(lockedUser.id)).locked_until).toEqual(minutesFromNow(15));

    const answers = {
      unknown: answerOf((await signInThroughApi(t, { id: '', username: `nobody-${wrongUser.username}` }, TEST_PASSWORD)).res),
      wrong: answerOf((await signInThroughApi(t, wrongUser, WRONG)).res),
      inactive: answerOf((await signInThroughApi(t, inactive, TEST_PASSWORD)).res),
      locking: answerOf(locking),
      lockedRightPassword: answerOf((await signInThroughApi(t, lockedUser, TEST_PASSWORD)).res),
      lockedWrongPassword: answerOf((await signInThroughApi(t, lockedUser, WRONG)).res),
    };
    const expected = { status: 401, error: { code: 'unauthenticated', message: 'Wrong username or password', messageKey: 'errors.invalid_credentials' } };
    for (const [kind, answer] of Object.entries(answers)) expect(answer, kind).toEqual(expected);
    // No cookie for any of them.
    expect((await signInThroughApi(t, lockedUser, TEST_PASSWORD)).session).toBeNull();

    const reasons = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', lockedUser.id)
      .orderBy('seq')
      .execute();
    expect(reasons.slice(4).map((r) => r.details)).toEqual([
      { reason: 'wrong_password', locked: true, lockedUntil: minutesFromNow(15).toISOString() },
      { reason: 'locked' },
      { reason: 'locked_wrong_password' },
      { reason: 'locked' },
    ]);
  });

  it('verifies a password hash for a locked account too, so it answers no faster than a wrong password', async () => {
    const wrongUser = await createUser(t, { role: 'izu', totpEnabled: false });
    const lockedUser = await createUser(t, { role: 'izu', totpEnabled: false });
    await t.database.db
      .updateTable('users')
      .set({ failed_attempts: 5, locks_in_a_row: 1, locked_until: minutesFromNow(15) })
      .where('id', '=', lockedUser.id)
      .execute();
    const timeOf = async (user: { id: string; username: string }, password: string) => {
      const start = process.hrtime.bigint();
      await signInThroughApi(t, user, password);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const wrong: number[] = [];
    const locked: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so a slow moment of the machine falls on all three alike.
    for (let i = 0; i < 7; i++) {
      // Clear the wrong-password user's count, so the seventh attempt is not a lock.
      await t.database.db.updateTable('users').set({ failed_attempts: 0 }).where('id', '=', wrongUser.id).execute();
      wrong.push(await timeOf(wrongUser, `${WRONG}-${i}`));
      locked.push(await timeOf(lockedUser, TEST_PASSWORD));
      unknown.push(await timeOf({ id: '', username: `nobody-${i}-${wrongUser.username}` }, TEST_PASSWORD));
    }
    // A wrong password costs one argon2id verification; skipping it for a
    // locked account made that answer several times faster.
    expect(median(locked)).toBeGreaterThan(median(wrong) * 0.5);
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });
});

describe('locks that lengthen, then wait for an administrator', () => {
  it('doubles each lock in a row, and after the third only an administrator unlocks', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false, jurisdictionId: PLACES.gasabo });

    await failPasswords(user, 5);
    expect(await lockOf(user.id)).toEqual({ failed_attempts: 5, locked_until: minutesFromNow(15), locks_in_a_row: 1, locked_for_admin: false });
    t.clock.advanceMinutes(15);

    // The lock ran out: the count of attempts starts again, the count of locks does not.
    await failPasswords(user, 5);
    expect(await lockOf(user.id)).toMatchObject({ locked_until: minutesFromNow(30), locks_in_a_row: 2, locked_for_admin: false });
    t.clock.advanceMinutes(29);
    expect(answerOf((await signInThroughApi(t, user, TEST_PASSWORD)).res).status).toBe(401);
    t.clock.advanceMinutes(1);

    await failPasswords(user, 5);
    expect(await lockOf(user.id)).toMatchObject({ locked_until: null, locks_in_a_row: 3, locked_for_admin: true });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.sign_in')
      .where('entity_id', '=', user.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ reason: 'wrong_password', locked: true, administratorUnlock: true });

    // Time does not lift it.
    t.clock.advanceDays(400);
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(401);
    expect((await client(t, await admin()).get(`/api/v1/users/${user.id}`)).json().locked).toBe(true);

    // Nor does anyone but an administrator.
    const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
    const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
    for (const s of [supervisor.session, cpwo.session]) {
      const refused = await client(t, s).post(`/api/v1/users/${user.id}/unlock`);
      expect([403, 404]).toContain(refused.statusCode);
      expect(refused.body).not.toContain(user.username);
    }
    expect((await lockOf(user.id)).locked_for_admin).toBe(true);

    const unlocked = await client(t, await admin()).post(`/api/v1/users/${user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().locked).toBe(false);
    expect(await lockOf(user.id)).toEqual({ failed_attempts: 0, locked_until: null, locks_in_a_row: 0, locked_for_admin: false });
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(200);
  });

  it('starts the series again after a full sign-in', async () => {
    const user = await createUser(t, { role: 'izu', totpEnabled: false });
    await failPasswords(user, 5);
    t.clock.advanceMinutes(15);
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(200);
    await failPasswords(user, 5);
    expect(await lockOf(user.id)).toMatchObject({ locked_until: minutesFromNow(15), locks_in_a_row: 1 });
  });
});

describe('second-factor failures spend the same budget', () => {
  it('locks on wrong TOTP and recovery codes, lengthens, and ends with an administrator unlock', async () => {
    const user = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
    const secret = await giveTotpSecret(t, user.id);
    const codes = newRecoveryCodes();
    await t.database.db
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ user_id: user.id, code_hash: hashRecoveryCode(c) })))
      .execute();

    const guessCodes = async (expectedLock: { lockedUntil: string } | { administratorUnlock: true }) => {
      const signedInWithPassword = await signInThroughApi(t, user, TEST_PASSWORD);
      expect(signedInWithPassword.stage).toBe('mfa');
      const api = client(t, signedInWithPassword.session!);
      for (let i = 0; i < 4; i++) {
        const body = i % 2 === 0 ? { code: wrongCodeFor(secret, t.clock.now()) } : { recoveryCode: 'abcd-efgh-jkmn' };
        expect((await api.post('/api/v1/auth/verify-totp', body)).statusCode).toBe(400);
      }
      const fifth = await api.post('/api/v1/auth/verify-totp', { code: wrongCodeFor(secret, t.clock.now()) });
      expect(fifth.statusCode).toBe(403);
      expect(fifth.json().error).toMatchObject({ messageKey: 'errors.account_locked', details: expectedLock });
      // The waiting session is gone: not even the right code finishes it.
      expect((await api.post('/api/v1/auth/verify-totp', { code: totpCodeFor(secret, t.clock.now()) })).statusCode).toBe(401);
    };

    await guessCodes({ lockedUntil: minutesFromNow(15).toISOString() });
    // During the lock the password answers like a wrong one: no new session to guess codes with.
    const during = (await signInThroughApi(t, user, TEST_PASSWORD)).res;
    expect(answerOf(during)).toEqual({ status: 401, error: expect.objectContaining({ messageKey: 'errors.invalid_credentials' }) });
    t.clock.advanceMinutes(15);

    await guessCodes({ lockedUntil: minutesFromNow(30).toISOString() });
    t.clock.advanceMinutes(30);
    await guessCodes({ administratorUnlock: true });
    t.clock.advanceDays(30);
    expect((await signInThroughApi(t, user, TEST_PASSWORD)).res.statusCode).toBe(401);
    expect(await lockOf(user.id)).toMatchObject({ locks_in_a_row: 3, locked_for_admin: true });

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'auth.verify_second_factor')
      .where('entity_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(audit.filter((a) => a.details.locked === true)).toHaveLength(3);
    expect(audit.filter((a) => a.details.reason === 'wrong_recovery_code')).toHaveLength(6);
  });
});
