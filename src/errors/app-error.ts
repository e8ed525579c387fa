// One error type for everything Rinda refuses. Each kind maps to one HTTP
// status; each error carries a message key that the UI translates, and an
// English message for API clients.

type ErrorKind = 'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'payload_too_large';

/**
 * One field's problem: where (`body.child.givenName`), an English message for
 * API clients, and a message key with its parameters that the UI translates
 * (a field given without a key of its own carries its error's key).
 */
export type FieldError = { field: string; message: string; messageKey?: string; params?: Record<string, string | number> };

const statusOf: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly messageKey: string = `errors.${kind}`,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = statusOf[kind];
  }
}

export const badRequest = (message: string, fields: FieldError[] = [], messageKey = 'errors.validation') =>
  new AppError('validation', message, messageKey, fields);

/** One field is wrong: the message names it. */
export const invalidField = (field: string, message: string, messageKey = 'errors.validation') =>
  new AppError('validation', `${field}: ${message}`, messageKey, [{ field, message }]);

export const unauthenticated = (message = 'Sign in first', messageKey = 'errors.unauthenticated') => new AppError('unauthenticated', message, messageKey);

export const forbidden = (message = 'You may not do this', messageKey = 'errors.forbidden') => new AppError('forbidden', message, messageKey);

/** Out of scope and absent look the same, so a refusal does not reveal that a record exists. */
export const notFound = (what = 'record', messageKey = 'errors.not_found') => new AppError('not_found', `${what} not found or no access`, messageKey);

export const conflict = (message: string, messageKey = 'errors.conflict', details: Record<string, unknown> = {}) =>
  new AppError('conflict', message, messageKey, [], details);
