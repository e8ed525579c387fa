import type { Actor } from '../access/actor.js';
import { caseActionsOf } from '../access/case-access.js';
import { permissionsOf } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Language } from '../db/schema.js';
import { unauthenticated } from '../errors/app-error.js';
import { accountLocked, wrongCurrentPassword } from './auth-errors.js';
import {
  deleteOtherSessions,
  findCredentialsById,
  findProfile,
  isLocked,
  listUserSessions,
  lockoutLimits,
  recordFailedAttempt,
  setLanguage,
  setPassword,
} from './auth.repository.js';
import { assertAcceptablePassword } from './password-policy.js';
import { hashPassword, verifyPassword } from './password.js';
import { deleteSession, rotateSession } from './session.repository.js';
import { lockDetails } from './sign-in.service.js';

/** What the session guard worked out for this request (src/http/session.plugin.ts). */
export type SessionState = { csrfToken: string; pendingPasswordChange: boolean; pendingMfaEnrolment: boolean };

/** The signed-in user as the web app needs them: who, where, what they may use, what they must do first. */
export async function getMe(ctx: AppContext, actor: Actor, state: SessionState) {
  const p = await findProfile(ctx.database.db, actor.id);
  return {
    id: p.id,
    username: p.username,
    fullName: p.fullName,
    role: p.role,
    language: p.language,
    organisationId: p.organisationId,
    jurisdiction: { id: p.jurisdictionId, name: p.jurisdictionName, level: p.jurisdictionLevel },
    csrfToken: state.csrfToken,
    pendingPasswordChange: state.pendingPasswordChange,
    pendingMfaEnrolment: state.pendingMfaEnrolment,
    mfaRequired: ctx.config.mfaRoles.includes(p.role),
    totpEnabled: p.totpEnabled,
    permissions: permissionsOf(p.role),
    caseActions: caseActionsOf(p.role),
  };
}

type Me = Awaited<ReturnType<typeof getMe>>;

export async function changeLanguage(ctx: AppContext, actor: Actor, state: SessionState, language: Language): Promise<Me> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await setLanguage(trx, actor.id, language, now);
    await appendAudit(trx, actor, { action: 'user.update_own', entityType: 'user', entityId: actor.id, fields: ['language'] }, now);
  });
  return getMe(ctx, actor, state);
}

/**
 * Changes the user's own password. The current password is asked again (a
 * session left open must not be enough), wrong ones count toward the lockout,
 * and every other session of the user ends.
 */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ token: string; csrfToken: string }> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findCredentialsById(db, actor.id);
  if (!user || !user.active) throw unauthenticated();
  const changeAudit = { action: 'auth.password_change', entityType: 'user', entityId: actor.id, fields: ['password'] };

  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const counted = await db.transaction().execute(async (trx) => {
      const state = await recordFailedAttempt(trx, actor.id, now, lockoutLimits(ctx.config));
      const locked = isLocked(state, now);
      if (locked) await deleteSession(trx, actor.sessionId);
      await appendAudit(trx, actor, { ...changeAudit, outcome: 'failure', details: { reason: 'wrong_password', locked, ...lockDetails(state, locked) } }, now);
      return state;
    });
    if (isLocked(counted, now)) throw accountLocked(counted.lockedForAdmin ? null : counted.lockedUntil);
    throw wrongCurrentPassword();
  }

  await assertAcceptablePassword(ctx.config.passwordMinLength, {
    password: input.newPassword,
    username: user.username,
    accountWords: [user.fullName],
    currentHash: user.passwordHash ?? undefined,
  });
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await setPassword(trx, actor.id, passwordHash, now);
    // Whoever else holds a session (perhaps the reason for the change) is signed out,
    // and this one goes on under a new token and CSRF token.
    await deleteOtherSessions(trx, actor.id, actor.sessionId);
    const rotated = await rotateSession(trx, actor.sessionId, { stage: 'active', now });
    if (!rotated) throw unauthenticated();
    await appendAudit(trx, actor, changeAudit, now);
    return { token: rotated.token, csrfToken: rotated.csrfToken };
  });
}

/** The user's own open sessions, newest first, so they can tell whether to sign out everywhere. */
export async function listOwnSessions(ctx: AppContext, actor: Actor) {
  const rows = await listUserSessions(ctx.database.db, actor.id);
  return rows.map((s) => ({
    current: s.id === actor.sessionId,
    stage: s.stage,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
  }));
}
