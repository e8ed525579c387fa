import type { AppContext } from '../context.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import { localDateOf } from '../deadlines/local-time.js';
import type { UserField, UserProblem } from './user-rules.js';

/** Today's date where Rinda works (Africa/Kigali by default), from the context's clock. */
export const today = (ctx: AppContext) => localDateOf(ctx.clock.now(), ctx.config.timeZone);

export type NamedProblem = { field: string; message: string; messageKey: string };

/**
 * One 400 listing every problem with the field it concerns and that field's
 * own messageKey (so the UI translates each); the body's messageKey is the
 * first problem's unless `messageKey` is given.
 */
export function invalidUser(problems: NamedProblem[], messageKey = problems[0]?.messageKey ?? 'errors.validation'): AppError {
  const fields: FieldError[] = problems.map(({ field, message, messageKey: key }) => ({ field, message, messageKey: key }));
  return new AppError('validation', fields.map((f) => `${f.field}: ${f.message}`).join('; '), messageKey, fields);
}

export const bodyField = (problems: UserProblem[]): NamedProblem[] => problems.map((p) => ({ ...p, field: `body.${p.field}` }));

export function usernameTakenError(field: string): AppError {
  return new AppError('conflict', 'This username is already taken', 'errors.username_taken', [
    { field, message: 'already taken', messageKey: 'errors.username_taken' } as FieldError,
  ]);
}

// Which inputs each check reads: an edit reports only the problems its own
// changes cause, so fixing a phone number is not blocked by, say, an
// organisation deactivated since the account was made.
const DEPENDS_ON: Record<UserField, readonly string[]> = {
  phone: ['phone'],
  trainingCompletedOn: ['trainingCompletedOn'],
  organisationId: ['organisationId', 'role'],
  jurisdictionId: ['jurisdictionId', 'role'],
  supervisorId: ['supervisorId', 'role', 'organisationId', 'jurisdictionId'],
  profession: ['profession', 'role'],
};

export function problemsCausedBy(problems: UserProblem[], changed: readonly string[]): UserProblem[] {
  return problems.filter((p) => DEPENDS_ON[p.field].some((f) => changed.includes(f)));
}
