import { sql, type Kysely } from 'kysely';
import type { DB, Language } from '../db/schema.js';

// SQL of the sign-in capability: credentials, lockout counters, the second
// factor and the user's own sessions. Sessions themselves: session.repository.ts.

const credentialColumns = [
  'id',
  'username',
  'full_name as fullName',
  'role',
  'active',
  'password_hash as passwordHash',
  'locked_until as lockedUntil',
  'locked_for_admin as lockedForAdmin',
  'totp_enabled as totpEnabled',
  'totp_secret as totpSecret',
] as const;

/** Usernames are unique without regard to case (users_username_idx). */
export async function findCredentialsByUsername(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('users')
    .select(credentialColumns)
    .where(sql<boolean>`lower(username) = lower(${username})`)
    .executeTakeFirst();
}

export async function findCredentialsById(db: Kysely<DB>, userId: string) {
  return db.selectFrom('users').select(credentialColumns).where('id', '=', userId).executeTakeFirst();
}

type LockoutLimits = { attempts: number; minutes: number; maxLocks: number };

/** The lockout settings of the configuration. */
export const lockoutLimits = (config: { lockoutAttempts: number; lockoutMinutes: number; lockoutMaxLocks: number }): LockoutLimits => ({
  attempts: config.lockoutAttempts,
  minutes: config.lockoutMinutes,
  maxLocks: config.lockoutMaxLocks,
});

export type LockState = { lockedUntil: Date | null; lockedForAdmin: boolean };

export const isLocked = (state: LockState, now: Date): boolean =>
  state.lockedForAdmin || (state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime());

/**
 * Counts one failed attempt, in one statement so concurrent failures all count.
 * A lock that has run out starts the count of attempts afresh, but not the
 * count of locks: reaching `attempts` locks the account for `minutes` × 2^(n−1)
 * where n is the number of locks since the last full sign-in, and the
 * `maxLocks`th lock lasts until an administrator lifts it.
 */
export async function recordFailedAttempt(db: Kysely<DB>, userId: string, now: Date, limits: LockoutLimits): Promise<LockState> {
  const lapsed = sql`(locked_until is not null and locked_until <= ${now}::timestamptz)`;
  const count = sql`(case when ${lapsed} then 1 else failed_attempts + 1 end)`;
  const locks = sql`(locks_in_a_row + case when ${count} >= ${limits.attempts}::int then 1 else 0 end)`;
  const lockNow = sql`(${count} >= ${limits.attempts}::int)`;
  // least(…, 20): the doubling stops growing at 2^20 × the first lock (years), never overflowing.
  const lockUntil = sql`${now}::timestamptz + make_interval(mins => ${limits.minutes}::int * (2 ^ least(${locks} - 1, 20))::int)`;
  const row = await db
    .updateTable('users')
    .set({
      failed_attempts: sql<number>`${count}`,
      locks_in_a_row: sql<number>`${locks}`,
      locked_for_admin: sql<boolean>`locked_for_admin or (${lockNow} and ${locks} >= ${limits.maxLocks}::int)`,
      locked_until: sql<Date | null>`case when ${lockNow} and ${locks} < ${limits.maxLocks}::int then ${lockUntil} when ${lockNow} or ${lapsed} then null else locked_until end`,
    })
    .where('id', '=', userId)
    .returning(['locked_until as lockedUntil', 'locked_for_admin as lockedForAdmin'])
    .executeTakeFirstOrThrow();
  return row;
}

/** After a full sign-in (or a password change): no failures, no lock, and the series of locks starts again. */
export async function clearFailedAttempts(db: Kysely<DB>, userId: string) {
  await db.updateTable('users').set({ failed_attempts: 0, locked_until: null, locks_in_a_row: 0, locked_for_admin: false }).where('id', '=', userId).execute();
}

/**
 * Records the time step of an accepted TOTP code; false when that step (or a
 * later one) was already used, so a code is never accepted twice.
 */
export async function claimTotpStep(db: Kysely<DB>, userId: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setPassword(db: Kysely<DB>, userId: string, passwordHash: string, now: Date) {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: false,
      failed_attempts: 0,
      locked_until: null,
      locks_in_a_row: 0,
      locked_for_admin: false,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

/** A new, unconfirmed secret: TOTP is not enabled until a code from it is confirmed. */
export async function startTotpEnrolment(db: Kysely<DB>, userId: string, sealedSecret: string, now: Date) {
  await db
    .updateTable('users')
    .set({ totp_secret: sealedSecret, totp_enabled: false, totp_last_step: null, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Enables TOTP and replaces the recovery codes (only their hashes are stored). */
export async function enableTotp(db: Kysely<DB>, userId: string, step: number, codeHashes: string[], now: Date) {
  await db.updateTable('users').set({ totp_enabled: true, totp_last_step: step, updated_at: now }).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
}

/** Spends one recovery code; false when it is unknown or already used. Returns how many are left. */
export async function useRecoveryCode(db: Kysely<DB>, userId: string, codeHash: string, now: Date) {
  const used = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { used: false, left: 0 };
  const left = await db
    .selectFrom('recovery_codes')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { used: true, left: left.n };
}

export async function deleteOtherSessions(db: Kysely<DB>, userId: string, keepSessionId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

export async function listUserSessions(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'stage', 'created_at as createdAt', 'last_seen_at as lastSeenAt', 'user_agent as userAgent'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function setLanguage(db: Kysely<DB>, userId: string, language: Language, now: Date) {
  await db.updateTable('users').set({ language, updated_at: now }).where('id', '=', userId).execute();
}

/** The signed-in user's own profile, with their jurisdiction's name. */
export async function findProfile(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('places as p', 'p.id', 'u.jurisdiction_id')
    .select([
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.language',
      'u.organisation_id as organisationId',
      'u.totp_enabled as totpEnabled',
      'p.id as jurisdictionId',
      'p.name as jurisdictionName',
      'p.level as jurisdictionLevel',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}
