import { randomInt } from 'node:crypto';
import argon2 from 'argon2';

// argon2id with the library's defaults (m=64 MiB, t=3, p=4), which meet
// OWASP's recommendation.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
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
