import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { assertCanManageUsers, assertCanReadUsers, assertUserVisible, usersVisibleFilter } from '../access/people-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { generateOneTimePassword, hashPassword } from '../auth/password.js';
import { deleteUserSessions } from '../auth/session.repository.js';
import type { AppContext } from '../context.js';
import type { UserUpdate } from '../db/schema.js';
import { AppError, conflict } from '../errors/app-error.js';
import { handOverOneTimePassword, queueOneTimePassword, type OneTimePasswordDelivery, type PendingOneTimePassword } from './one-time-password.js';
import { normaliseRwandanMobile } from './phone.js';
import { ACTIVE_IZU_PHONE_INDEX } from '../community/izu-registry.repository.js';
import { isUniqueViolation } from './unique-violation.js';
import { checkUser, type UserDraft } from './user-rules.js';
import { bodyField, invalidUser, problemsCausedBy, today, usernameTakenError } from './user-validation.js';
import {
  countStrandedSupervisees,
  findUser,
  hasPassword,
  findUserRecord,
  insertUsers,
  listUsers as listUserRows,
  loadReferences,
  updateUserRow,
  USERNAME_INDEX,
  usernameTaken,
  type UserRecord,
} from './user.repository.js';
import type { CreateUserInput, UpdateUserInput, User, UserListQuery } from './user.schemas.js';
import { handOverSupervisionDeadline } from '../workforce/supervision-schedule.js';

export async function listUsers(ctx: AppContext, actor: Actor, query: UserListQuery) {
  assertCanReadUsers(actor);
  return listUserRows(ctx.database.db, usersVisibleFilter(actor, 'u.jurisdiction_id'), query, ctx.clock.now());
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  assertCanReadUsers(actor);
  const user = await findUser(ctx.database.db, id, ctx.clock.now());
  assertUserVisible(actor, user && { jurisdictionId: user.jurisdiction.id });
  return user!;
}

/** The stored account for a change, or 404 when the actor cannot see it. */
async function recordToChange(ctx: AppContext, actor: Actor, id: string): Promise<UserRecord> {
  assertCanManageUsers(actor);
  const record = await findUserRecord(ctx.database.db, id);
  assertUserVisible(actor, record);
  return record!;
}

const view = async (ctx: AppContext, id: string) => (await findUser(ctx.database.db, id, ctx.clock.now()))!;

export async function createUser(
  ctx: AppContext,
  actor: Actor,
  input: CreateUserInput,
): Promise<{ user: User; oneTimePassword: string | null; delivery: OneTimePasswordDelivery }> {
  assertCanManageUsers(actor);
  const { db } = ctx.database;
  const draft: UserDraft = {
    role: input.role,
    organisationId: input.organisationId ?? null,
    jurisdictionId: input.jurisdictionId,
    supervisorId: input.supervisorId ?? null,
    trainingCompletedOn: input.trainingCompletedOn ?? null,
    phone: input.phone ?? null,
    profession: input.profession ?? null,
  };
  const { problems, phone } = checkUser(draft, await loadReferences(db, draft), today(ctx), actor);
  if (problems.length) throw invalidUser(bodyField(problems));
  if (await usernameTaken(db, input.username)) throw usernameTakenError('body.username');

  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = ctx.clock.now();
  const id = randomUUID();
  let pending: PendingOneTimePassword;
  try {
    pending = await db.transaction().execute(async (trx) => {
      await insertUsers(trx, [
        {
          id,
          username: input.username,
          full_name: input.fullName,
          role: input.role,
          organisation_id: draft.organisationId,
          jurisdiction_id: draft.jurisdictionId,
          supervisor_id: draft.supervisorId,
          training_completed_on: draft.trainingCompletedOn,
          phone,
          email: input.email ?? null,
          language: input.language,
          profession: draft.profession as UserRecord['profession'],
          password_hash: passwordHash,
          password_changed_at: now,
          must_change_password: true,
          created_at: now,
          updated_at: now,
        },
      ]);
      const fields = Object.keys(input).filter((k) => input[k as keyof CreateUserInput] != null);
      const queued = await queueOneTimePassword(trx, ctx, phone, oneTimePassword);
      await appendAudit(trx, actor, { action: 'user.create', entityType: 'user', entityId: id, fields, details: { delivery: queued.delivery } }, now);
      return queued;
    });
  } catch (err) {
    if (isUniqueViolation(err, USERNAME_INDEX)) throw usernameTakenError('body.username');
    throw phoneTakenOr(err);
  }
  return { user: await view(ctx, id), ...(await handOverOneTimePassword(ctx, pending, oneTimePassword)) };
}

const COLUMNS = {
  fullName: 'full_name',
  role: 'role',
  organisationId: 'organisation_id',
  jurisdictionId: 'jurisdiction_id',
  supervisorId: 'supervisor_id',
  trainingCompletedOn: 'training_completed_on',
  phone: 'phone',
  email: 'email',
  language: 'language',
  profession: 'profession',
} as const satisfies Record<keyof UpdateUserInput, string>;

export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: UpdateUserInput): Promise<User> {
  const current = await recordToChange(ctx, actor, id);
  const { db } = ctx.database;
  // A phone is compared in its stored form, so '0781234567' for '+250781234567' is no change.
  const given: UpdateUserInput = { ...input };
  if (typeof given.phone === 'string') given.phone = given.phone === '' ? null : (normaliseRwandanMobile(given.phone) ?? given.phone);
  const next = { ...current };
  const changed: (keyof UpdateUserInput)[] = [];
  for (const key of Object.keys(COLUMNS) as (keyof UpdateUserInput)[]) {
    const value = given[key];
    if (value === undefined || value === current[key]) continue;
    (next as Record<string, unknown>)[key] = value;
    changed.push(key);
  }
  if (changed.length === 0) return view(ctx, id);
  if (changed.includes('role') && id === actor.id) {
    throw conflict('You cannot change your own role', 'errors.cannot_change_own_role');
  }

  // Only an IZU may have no password (migrations/0032): another role needs one set first.
  if (changed.includes('role') && next.role !== 'izu' && !(await hasPassword(db, id))) {
    throw conflict('This account has no password; reset the password first, then change the role', 'errors.role_needs_password');
  }

  const draft: UserDraft = { ...next, id };
  const checked = checkUser(draft, await loadReferences(db, draft), today(ctx), actor);
  const problems = problemsCausedBy(checked.problems, changed);
  if (problems.length) throw invalidUser(bodyField(problems));
  if (current.role === 'supervisor' && (['role', 'organisationId', 'jurisdictionId'] as const).some((k) => changed.includes(k))) {
    const stranded = await countStrandedSupervisees(db, id, next);
    if (stranded > 0) throw superviseesError(stranded);
  }

  const now = ctx.clock.now();
  const set: UserUpdate = { updated_at: now };
  for (const key of changed) (set as Record<string, unknown>)[COLUMNS[key]] = key === 'phone' ? checked.phone : next[key];
  try {
    await db.transaction().execute(async (trx) => {
      await updateUserRow(trx, id, set);
      // The supervision session due moves with the supervisee (src/workforce/supervision-schedule.ts).
      if (changed.includes('supervisorId') || changed.includes('role')) await handOverSupervisionDeadline(trx, ctx, id, now);
      await appendAudit(trx, actor, { action: 'user.update', entityType: 'user', entityId: id, fields: changed }, now);
    });
  } catch (err) {
    throw phoneTakenOr(err);
  }
  return view(ctx, id);
}

/** An active IZU's number is theirs alone (migrations/0032): another account given it is refused, naming the phone. */
function phoneTakenOr(err: unknown): unknown {
  if (!isUniqueViolation(err, ACTIVE_IZU_PHONE_INDEX)) return err;
  return new AppError('conflict', 'Another active IZU has this phone number', 'errors.phone_taken', [
    { field: 'body.phone', message: 'another active IZU has this number', messageKey: 'errors.phone_taken' },
  ]);
}

function superviseesError(count: number): AppError {
  return conflict(`This user supervises ${count} active user(s); give them another supervisor first`, 'errors.supervisor_has_supervisees', {
    supervisees: count,
  });
}

/** Deactivation, never deletion: the account's history stays attributable. Its sessions end at once. */
export async function deactivateUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  const current = await recordToChange(ctx, actor, id);
  if (!current.active) return view(ctx, id);
  if (id === actor.id) throw conflict('You cannot deactivate your own account', 'errors.cannot_deactivate_self');
  const stranded = await countStrandedSupervisees(ctx.database.db, id, null);
  if (stranded > 0) throw superviseesError(stranded);
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, { active: false, updated_at: now });
    await handOverSupervisionDeadline(trx, ctx, id, now);
    await deleteUserSessions(trx, id);
    await appendAudit(trx, actor, { action: 'user.deactivate', entityType: 'user', entityId: id, fields: ['active'] }, now);
  });
  return view(ctx, id);
}

export async function activateUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  const current = await recordToChange(ctx, actor, id);
  if (current.active) return view(ctx, id);
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, { active: true, updated_at: now });
    await handOverSupervisionDeadline(trx, ctx, id, now);
    await appendAudit(trx, actor, { action: 'user.activate', entityType: 'user', entityId: id, fields: ['active'] }, now);
  });
  return view(ctx, id);
}

/** A new one-time password; the user must change it at next sign-in, and every open session ends. */
export async function resetPassword(ctx: AppContext, actor: Actor, id: string): Promise<{ oneTimePassword: string | null; delivery: OneTimePasswordDelivery }> {
  const record = await recordToChange(ctx, actor, id);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = ctx.clock.now();
  const pending = await ctx.database.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, {
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: true,
      // A reset is how a locked-out user gets back in, so it also lifts the lock.
      failed_attempts: 0,
      locked_until: null,
      locks_in_a_row: 0,
      locked_for_admin: false,
      updated_at: now,
    });
    await deleteUserSessions(trx, id);
    const queued = await queueOneTimePassword(trx, ctx, record.phone, oneTimePassword);
    await appendAudit(
      trx,
      actor,
      { action: 'user.reset_password', entityType: 'user', entityId: id, fields: ['password'], details: { delivery: queued.delivery } },
      now,
    );
    return queued;
  });
  return handOverOneTimePassword(ctx, pending, oneTimePassword);
}

export async function unlockUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  await recordToChange(ctx, actor, id);
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, { failed_attempts: 0, locked_until: null, locks_in_a_row: 0, locked_for_admin: false, updated_at: now });
    await appendAudit(trx, actor, { action: 'user.unlock', entityType: 'user', entityId: id, fields: ['failedAttempts', 'lockedUntil'] }, now);
  });
  return view(ctx, id);
}
