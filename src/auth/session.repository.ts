import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export const SESSION_COOKIE = 'rinda_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SessionWithUser = Awaited<ReturnType<typeof findSession>>;

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(
  db: Kysely<DB>,
  input: { userId: string; stage: 'mfa' | 'active'; now: Date; absoluteHours: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = hashToken(token);
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: input.userId,
      csrf_token: csrfToken,
      stage: input.stage,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: new Date(input.now.getTime() + input.absoluteHours * 3_600_000),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, sessionId };
}

/**
 * Replaces a session by a new one (new cookie token, new CSRF token) for the
 * same user, with the same start and end, at `stage`: the old token stops
 * working at once. Used when a session gains rights (the second factor) or the
 * password changes, so a token seen or planted before does not carry over.
 */
export async function rotateSession(
  db: Kysely<DB>,
  sessionId: string,
  input: { stage: 'mfa' | 'active'; now: Date },
): Promise<{ token: string; csrfToken: string; sessionId: string } | null> {
  const old = await db.deleteFrom('sessions').where('id', '=', sessionId).returningAll().executeTakeFirst();
  if (!old) return null;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const newId = hashToken(token);
  await db
    .insertInto('sessions')
    .values({
      id: newId,
      user_id: old.user_id,
      csrf_token: csrfToken,
      stage: input.stage,
      created_at: old.created_at,
      last_seen_at: input.now,
      expires_at: old.expires_at,
      ip: old.ip,
      user_agent: old.user_agent,
    })
    .execute();
  return { token, csrfToken, sessionId: newId };
}

export async function findSession(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('places as p', 'p.id', 'u.jurisdiction_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.stage',
      's.created_at as createdAt',
      's.last_seen_at as lastSeenAt',
      's.expires_at as expiresAt',
      'u.id as userId',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.organisation_id as organisationId',
      'u.jurisdiction_id as jurisdictionId',
      'p.level as jurisdictionLevel',
      'u.supervisor_id as supervisorId',
      'u.training_completed_on as trainingCompletedOn',
      'u.language',
      'u.active',
      'u.must_change_password as mustChangePassword',
      'u.password_changed_at as passwordChangedAt',
      'u.totp_enabled as totpEnabled',
    ])
    .where('s.id', '=', hashToken(token))
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, sessionId: string, now: Date) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
