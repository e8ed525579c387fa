import { randomInt } from 'node:crypto';

// Child and case identifiers (framework 3.10 "Unique identifiers and case
// files"; format in docs/identifiers.md). A child code is
//   DD-XXXXXX-C   e.g. 57-4K7P9X-Q
// DD: the district where the file was opened (area of identification);
// XXXXXX: six random Crockford base32 symbols (never the name, never derived
// from the household, never sequential); C: a check symbol (Crockford's mod 37
// over DD and XXXXXX) that catches any single mistyped symbol and any swap of
// two neighbouring symbols. A case code adds the child's case number:
//   DD-XXXXXX-C-NN  e.g. 57-4K7P9X-Q-02

/** Crockford's base32 alphabet: digits and letters without I, L, O, U. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Crockford's check symbols: the alphabet, then values 32-36. */
const CHECK_SYMBOLS = CROCKFORD + '*~$=U';
const RANDOM_LENGTH = 6;

export const CHILD_CODE_PATTERN = /^\d{2}-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]$/;
export const CASE_CODE_PATTERN = /^\d{2}-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]-\d{2}$/;

function symbolValue(ch: string): number {
  const v = CROCKFORD.indexOf(ch);
  if (v < 0) throw new Error(`not a base32 symbol: ${ch}`);
  return v;
}

/** The check symbol of a string of base32 symbols (digits included), Crockford's mod 37. */
export function checkSymbol(symbols: string): string {
  let rem = 0;
  for (const ch of symbols) rem = (rem * 32 + symbolValue(ch)) % 37;
  return CHECK_SYMBOLS[rem]!;
}

/**
 * A new child code for a district. `random(n)` gives an integer in [0, n);
 * draws whose check value falls outside the base32 alphabet (values 32-36:
 * * ~ $ = U) are drawn again, so every code reads and types as letters and
 * digits only.
 */
export function generateChildCode(districtId: string, random: (n: number) => number = randomInt): string {
  if (!/^\d{2}$/.test(districtId)) throw new Error(`not a district code: ${districtId}`);
  for (;;) {
    let part = '';
    for (let i = 0; i < RANDOM_LENGTH; i++) part += CROCKFORD[random(32)]!;
    const check = checkSymbol(districtId + part);
    if (CROCKFORD.includes(check)) return `${districtId}-${part}-${check}`;
  }
}

/**
 * A typed child code in its canonical form, or null when it cannot be one:
 * case, spaces and hyphens are forgiven, and I/L read as 1 and O as 0 (as
 * Crockford decodes). The check symbol is not verified here (see isValidChildCode).
 */
export function normaliseChildCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  const m = /^(\d{2})([0-9A-HJKMNP-TV-Z]{6})([0-9A-HJKMNP-TV-Z])$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Does a canonical child code carry the right check symbol? */
export function isValidChildCode(code: string): boolean {
  if (!CHILD_CODE_PATTERN.test(code)) return false;
  const [district, part, check] = code.split('-') as [string, string, string];
  return checkSymbol(district + part) === check;
}

/** The case code of a child's n-th case (1-99). */
export function caseCodeOf(childCode: string, caseNumber: number): string {
  if (!Number.isInteger(caseNumber) || caseNumber < 1 || caseNumber > 99) throw new Error(`case number out of range: ${caseNumber}`);
  return `${childCode}-${String(caseNumber).padStart(2, '0')}`;
}

/** A case code's child code and case number, or null. */
export function parseCaseCode(code: string): { childCode: string; caseNumber: number } | null {
  if (!CASE_CODE_PATTERN.test(code)) return null;
  return { childCode: code.slice(0, 11), caseNumber: Number(code.slice(12)) };
}
