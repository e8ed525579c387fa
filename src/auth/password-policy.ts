import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors/app-error.js';
import { verifyPassword } from './password.js';

// Password rules (NIST SP 800-63B section 5.1.1.2): a minimum length, no
// passwords from breach and common-word lists, nothing derived from the
// account, and no reuse of the current password. No composition rules.

/** zxcvbn scores 0..4; below 3 is guessable within about 10^8 attempts. */
const MIN_STRENGTH = 3;
export const PASSWORD_MAX_LENGTH = 256;

let estimator: ZxcvbnFactory | undefined;
// Building the ranked dictionaries takes a moment: do it once, on first use.
const strength = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

const FIELD = 'body.newPassword';

function refusal(message: string, messageKey: string, details: Record<string, unknown> = {}) {
  return new AppError('validation', `newPassword: ${message}`, messageKey, [{ field: FIELD, message }], details);
}

type PasswordCandidate = {
  password: string;
  username: string;
  /** Other words about the account (the full name) that make a password guessable. */
  accountWords?: string[];
  /** The hash of the current password, to refuse reusing it. */
  currentHash?: string;
};

/** Throws a 400 with the rule's messageKey when the password is not acceptable. */
export async function assertAcceptablePassword(minLength: number, candidate: PasswordCandidate): Promise<void> {
  const { password, username } = candidate;
  if ([...password].length < minLength) {
    throw refusal(`use at least ${minLength} characters`, 'errors.password_too_short', { minLength });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw refusal(`use at most ${PASSWORD_MAX_LENGTH} characters`, 'errors.validation');
  }
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    throw refusal('must not contain the username', 'errors.password_contains_username');
  }
  if (candidate.currentHash && (await verifyPassword(candidate.currentHash, password))) {
    throw refusal('must differ from the current password', 'errors.password_reused');
  }
  const words = [username, ...(candidate.accountWords ?? []).flatMap((w) => w.split(/\s+/))].filter((w) => w.length > 2);
  if (strength().check(password, words).score < MIN_STRENGTH) {
    throw refusal('too common or too easy to guess', 'errors.password_too_common');
  }
}
