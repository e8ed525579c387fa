import { AppError, conflict, invalidField } from '../errors/app-error.js';

// Refusals of the sign-in capability. At sign-in a wrong username, a wrong
// password, a deactivated account and a locked one all give the same answer,
// so nobody learns which usernames exist or which are locked. The lock is told
// only to a caller who has already shown the password (the second-factor step,
// a password change).

export const invalidCredentials = () => new AppError('unauthenticated', 'Wrong username or password', 'errors.invalid_credentials');

/** `lockedUntil` null: locked until an administrator unlocks it. */
export const accountLocked = (lockedUntil: Date | null) =>
  new AppError(
    'forbidden',
    'This account is locked after too many failed attempts',
    'errors.account_locked',
    [],
    lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : { administratorUnlock: true },
  );

/** A wrong, expired or already used TOTP or recovery code (400: the session itself is still good). */
export const invalidCode = (field: 'body.code' | 'body.recoveryCode') => invalidField(field, 'wrong or already used code', 'errors.invalid_code');

export const wrongCurrentPassword = () => invalidField('body.currentPassword', 'wrong password', 'errors.invalid_credentials');

export const mfaNotPending = () => conflict('This session has already passed two-step verification', 'errors.mfa_not_pending');

export const totpAlreadyEnabled = () => conflict('Two-step verification is already set up; an administrator can reset it', 'errors.totp_already_enabled');

export const totpEnrolmentNotStarted = () => conflict('Start setting up two-step verification first', 'errors.totp_enrolment_not_started');
