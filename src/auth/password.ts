import { randomInt } from 'node:crypto';
import argon2 from 'argon2';

// argon2id at OWASP's recommended setting (m=19 MiB, t=2, p=1): strong enough
// for passwords, and cheap enough that a CSV import of thousands of users (each
// with a one-time password) or a month-end burst of sign-ins stays fast on a
// small server. verify() reads the parameters from the stored hash, so they can
// be raised later without breaking existing passwords.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

let dummy: Promise<string> | undefined;
/** A hash to verify against when there is none to check, so that answer takes as long as a real one. */
export const dummyHash = () => (dummy ??= hashPassword(generateOneTimePassword(24)));

/**
 * Does the password match the hash? An account without a password (an IZU
 * who works by SMS only) matches nothing, after the same work as a real check.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    await argon2.verify(await dummyHash(), password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// No look-alike characters (0/O, 1/l/I) so a password read from a screen or paper is typed right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time password for a new account or a reset: 16 characters, about 92 bits. */
export function generateOneTimePassword(length = 16): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
