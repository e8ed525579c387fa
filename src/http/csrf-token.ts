import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the CSRF header echoes the session's token, compared in constant
 * time (over digests, so neither the content nor the length of the expected
 * token shows in the timing).
 */
export function csrfTokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
