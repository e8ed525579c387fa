import type { Actor, AuditActor } from '../access/actor.js';
import { appendAudit, appendAuditAlone } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Role } from '../db/schema.js';
import { unauthenticated } from '../errors/app-error.js';
import { accountLocked, invalidCode, invalidCredentials, mfaNotPending } from './auth-errors.js';
import {
  clearFailedAttempts,
  claimTotpStep,
  findCredentialsById,
  findCredentialsByUsername,
  isLocked,
  lockoutLimits,
  recordFailedAttempt,
  type LockState,
  useRecoveryCode,
} from './auth.repository.js';
import { dummyHash, verifyPassword } from './password.js';
import { createSession, deleteSession, deleteUserSessions, rotateSession } from './session.repository.js';
import { hashRecoveryCode, matchTotpStep, openTotpSecret } from './totp-code.js';

/** Where a request came from: for the audit and the session record. */
export type RequestMeta = { ip: string | null; requestId: string; userAgent: string | null };

/** The session a request carries, before or after its second factor. */
export type CurrentSession = { sessionId: string; userId: string; role: Role; stage: 'mfa' | 'active'; csrfToken: string };

type SignedIn = { token: string; csrfToken: string; stage: 'mfa' | 'active' };

const auditActor = (id: string, role: Role, meta: Pick<RequestMeta, 'ip' | 'requestId'>): AuditActor => ({
  id,
  role,
  ip: meta.ip,
  requestId: meta.requestId,
});

/** What the audit says of a lock just engaged: until when, or until an administrator unlocks. */
export function lockDetails(state: LockState, locked: boolean): Record<string, unknown> {
  if (!locked) return {};
  return state.lockedForAdmin ? { administratorUnlock: true } : { lockedUntil: state.lockedUntil?.toISOString() };
}

/**
 * Checks a username and password and opens a session: 'active', or 'mfa' when
 * the user has TOTP enabled. `replacesSessionId` is a session the browser
 * already held, ended so that sessions do not pile up.
 */
export async function signIn(ctx: AppContext, meta: RequestMeta, input: { username: string; password: string; replacesSessionId?: string }): Promise<SignedIn> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findCredentialsByUsername(db, input.username.trim());
  const signInAudit = { action: 'auth.sign_in', entityType: 'user', entityId: user?.id } as const;

  // Unknown, deactivated, locked or wrong: one answer, and a password hash
  // verified every time, so neither the body nor the time tells them apart.
  if (!user || !user.active || isLocked(user, now)) {
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    const actor = user ? auditActor(user.id, user.role, meta) : { id: null, role: null, ip: meta.ip, requestId: meta.requestId };
    const state = !user ? 'unknown_user' : !user.active ? 'inactive' : 'locked';
    const reason = !user || passwordOk ? state : `${state}_wrong_password`;
    await appendAuditAlone(db, actor, { ...signInAudit, outcome: 'failure', details: { reason } }, now);
    throw invalidCredentials();
  }

  const actor = auditActor(user.id, user.role, meta);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await db.transaction().execute(async (trx) => {
      const counted = await recordFailedAttempt(trx, user.id, now, lockoutLimits(ctx.config));
      const locked = isLocked(counted, now);
      await appendAudit(
        trx,
        actor,
        { ...signInAudit, outcome: 'failure', details: { reason: 'wrong_password', locked, ...lockDetails(counted, locked) } },
        now,
      );
    });
    throw invalidCredentials();
  }

  const stage = user.totpEnabled ? 'mfa' : 'active';
  const session = await db.transaction().execute(async (trx) => {
    // With a second factor to come, the failure count stays until that step
    // passes, so a known password cannot reset the count of wrong codes.
    if (stage === 'active') await clearFailedAttempts(trx, user.id);
    if (input.replacesSessionId) await deleteSession(trx, input.replacesSessionId);
    const created = await createSession(trx, {
      userId: user.id,
      stage,
      now,
      absoluteHours: ctx.config.sessionAbsoluteHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await appendAudit(trx, actor, { ...signInAudit, details: { stage } }, now);
    return created;
  });
  return { token: session.token, csrfToken: session.csrfToken, stage };
}

/**
 * The second step of sign-in: a TOTP code (±1 time step, each step usable
 * once) or one of the recovery codes. Wrong codes count toward the lockout;
 * when the lock engages the session ends.
 */
export async function verifySecondFactor(
  ctx: AppContext,
  meta: RequestMeta,
  session: CurrentSession,
  input: { code: string } | { recoveryCode: string },
): Promise<{ stage: 'active'; token: string; csrfToken: string }> {
  if (session.stage !== 'mfa') throw mfaNotPending();
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = await findCredentialsById(db, session.userId);
  if (!user || !user.active) throw unauthenticated();
  const actor = auditActor(user.id, user.role, meta);
  const method = 'code' in input ? 'totp' : 'recovery_code';
  const stepAudit = { action: 'auth.verify_second_factor', entityType: 'user', entityId: user.id } as const;

  if (isLocked(user, now)) {
    await db.transaction().execute(async (trx) => {
      await deleteSession(trx, session.sessionId);
      await appendAudit(trx, actor, { ...stepAudit, outcome: 'failure', details: { method, reason: 'locked' } }, now);
    });
    throw accountLocked(user.lockedForAdmin ? null : user.lockedUntil);
  }

  // Only the step check (cheap, no database) happens outside the transaction.
  const step =
    'code' in input && user.totpEnabled && user.totpSecret ? matchTotpStep(openTotpSecret(ctx.secretKey, user.id, user.totpSecret), input.code, now) : null;

  const outcome = await db.transaction().execute(async (trx) => {
    let reason: string | null = null;
    const details: Record<string, unknown> = { method };
    if ('code' in input) {
      if (step === null) reason = 'wrong_code';
      else if (!(await claimTotpStep(trx, user.id, step))) reason = 'code_reused';
    } else {
      const spent = await useRecoveryCode(trx, user.id, hashRecoveryCode(input.recoveryCode), now);
      if (!spent.used) reason = 'wrong_recovery_code';
      else details.recoveryCodesLeft = spent.left;
    }
    if (reason === null) {
      // A new token and CSRF token for the full session: the one that waited for the code stops working.
      const rotated = await rotateSession(trx, session.sessionId, { stage: 'active', now });
      if (!rotated) throw unauthenticated();
      await clearFailedAttempts(trx, user.id);
      await appendAudit(trx, actor, { ...stepAudit, details }, now);
      return { ok: true as const, rotated };
    }
    const counted = await recordFailedAttempt(trx, user.id, now, lockoutLimits(ctx.config));
    const locked = isLocked(counted, now);
    if (locked) await deleteSession(trx, session.sessionId);
    await appendAudit(trx, actor, { ...stepAudit, outcome: 'failure', details: { ...details, reason, locked, ...lockDetails(counted, locked) } }, now);
    return { ok: false as const, lock: locked ? counted : null };
  });

  if (!outcome.ok) {
    if (outcome.lock) throw accountLocked(outcome.lock.lockedForAdmin ? null : outcome.lock.lockedUntil);
    throw invalidCode('code' in input ? 'body.code' : 'body.recoveryCode');
  }
  return { stage: 'active', token: outcome.rotated.token, csrfToken: outcome.rotated.csrfToken };
}

export async function signOut(ctx: AppContext, meta: RequestMeta, session: CurrentSession): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.sessionId);
    await appendAudit(trx, auditActor(session.userId, session.role, meta), { action: 'auth.sign_out', entityType: 'user', entityId: session.userId }, now);
  });
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(ctx: AppContext, actor: Actor): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await deleteUserSessions(trx, actor.id);
    await appendAudit(trx, actor, { action: 'auth.sign_out_everywhere', entityType: 'user', entityId: actor.id }, now);
  });
}
