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
  'totp_enabled as totpEnabled',
  'totp_secret as totpSecret',
] as const;

export type Credentials = NonNullable<Awaited<ReturnType<typeof findCredentialsById>>>;

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

/**
 * Counts one failed attempt, in one statement so concurrent failures all count.
 * A lock that has run out starts the count afresh; reaching `attempts` locks
 * the account until now + `minutes`.
 */
export async function recordFailedAttempt(
  db: Kysely<DB>,
  userId: string,
  now: Date,
  limits: { attempts: number; minutes: number },
): Promise<{ lockedUntil: Date | null }> {
  const until = new Date(now.getTime() + limits.minutes * 60_000);
  const lapsed = sql`(locked_until is not null and locked_until <= ${now}::timestamptz)`;
  const count = sql`(case when ${lapsed} then 1 else failed_attempts + 1 end)`;
  const row = await db
    .updateTable('users')
    .set({
      failed_attempts: sql<number>`${count}`,
      locked_until: sql<Date | null>`case when ${count} >= ${limits.attempts}::int then ${until}::timestamptz when ${lapsed} then null else locked_until end`,
    })
    .where('id', '=', userId)
    .returning(['locked_until as lockedUntil'])
    .executeTakeFirstOrThrow();
  return { lockedUntil: row.lockedUntil };
}

export async function clearFailedAttempts(db: Kysely<DB>, userId: string) {
  await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
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
    .set({ password_hash: passwordHash, password_changed_at: now, must_change_password: false, failed_attempts: 0, locked_until: null, updated_at: now })
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
  await db
    .updateTable('users')
    .set({ totp_enabled: true, totp_last_step: step, updated_at: now })
    .where('id', '=', userId)
    .execute();
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

export async function activateSession(db: Kysely<DB>, sessionId: string) {
  await db.updateTable('sessions').set({ stage: 'active' }).where('id', '=', sessionId).execute();
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
