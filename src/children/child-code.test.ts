import { describe, expect, it } from 'vitest';
import {
  CHILD_CODE_PATTERN,
  CROCKFORD,
  caseCodeOf,
  checkSymbol,
  generateChildCode,
  isValidChildCode,
  normaliseChildCode,
  parseCaseCode,
} from './child-code.js';

/** A deterministic random source: the given values in turn, then zeros. */
const sequence = (values: number[]) => {
  let i = 0;
  return (n: number) => (values[i++] ?? 0) % n;
};

describe('child codes', () => {
  it('has the form DD-XXXXXX-C with the district first', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateChildCode('57');
      expect(code).toMatch(CHILD_CODE_PATTERN);
      expect(code.startsWith('57-')).toBe(true);
      expect(isValidChildCode(code)).toBe(true);
    }
  });

  it('uses letters and digits only, never I, L, O or U', () => {
    const codes = Array.from({ length: 500 }, () => generateChildCode('12'));
    expect(codes.join('')).not.toMatch(/[ILOU*~$=]/);
  });

  it('is random, not sequential', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateChildCode('12')));
    expect(codes.size).toBe(1000);
  });

  it('redraws when the check value is not a base32 symbol', () => {
    // '57' + '000000': (5·32 + 7)·32^6 mod 37 = 24 → 'R' (a symbol), kept
    expect(generateChildCode('57', sequence([0, 0, 0, 0, 0, 0]))).toBe('57-000000-R');
    // the first part (counting up in base32) whose check value is 32..36 is skipped
    let k = 0;
    const partOf = (n: number) => Array.from({ length: 6 }, (_, i) => Math.floor(n / 32 ** (5 - i)) % 32);
    while (
      CROCKFORD.includes(
        checkSymbol(
          '57' +
            partOf(k)
              .map((v) => CROCKFORD[v])
              .join(''),
        ),
      )
    )
      k++;
    const code = generateChildCode('57', sequence([...partOf(k), 0, 0, 0, 0, 0, 0]));
    expect(code).toBe('57-000000-R');
  });

  it('catches every single mistyped symbol', () => {
    const code = generateChildCode('57', sequence([4, 19, 7, 22, 9, 29]));
    const compact = code.replace(/-/g, '');
    for (let pos = 0; pos < compact.length; pos++) {
      const alphabet = pos < 2 ? '0123456789' : CROCKFORD;
      for (const ch of alphabet) {
        if (ch === compact[pos]) continue;
        const typo = compact.slice(0, pos) + ch + compact.slice(pos + 1);
        expect(isValidChildCode(normaliseChildCode(typo)!), typo).toBe(false);
      }
    }
  });

  it('catches every swap of two neighbouring symbols', () => {
    for (let n = 0; n < 50; n++) {
      const compact = generateChildCode('24').replace(/-/g, '');
      for (let pos = 0; pos < compact.length - 1; pos++) {
        if (compact[pos] === compact[pos + 1]) continue;
        const swapped = compact.slice(0, pos) + compact[pos + 1] + compact[pos] + compact.slice(pos + 2);
        const canonical = normaliseChildCode(swapped);
        if (canonical) expect(isValidChildCode(canonical), swapped).toBe(false);
      }
    }
  });

  it('reads a code typed in lower case, with spaces or without hyphens, and I/L/O for 1/1/0', () => {
    const code = generateChildCode('57', sequence([1, 0, 1, 0, 2, 3]));
    expect(code.slice(3, 9)).toBe('101023');
    const typed = code.toLowerCase().replace('-', ' ').replace(/-/g, '').replace('1', 'l').replace('0', 'o');
    expect(normaliseChildCode(typed)).toBe(code);
    expect(isValidChildCode(normaliseChildCode(typed)!)).toBe(true);
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseChildCode('57-4K7P9X')).toBeNull();
    expect(normaliseChildCode('Aline Uwase')).toBeNull();
    expect(normaliseChildCode('5A-4K7P9X-Q')).toBeNull();
    expect(isValidChildCode('57-4K7P9X-*')).toBe(false);
  });
});

describe('case codes', () => {
  it('adds the two-digit case number to the child code', () => {
    expect(caseCodeOf('57-4K7P9X-Q', 2)).toBe('57-4K7P9X-Q-02');
    expect(parseCaseCode('57-4K7P9X-Q-02')).toEqual({ childCode: '57-4K7P9X-Q', caseNumber: 2 });
    expect(parseCaseCode('57-4K7P9X-Q')).toBeNull();
    expect(() => caseCodeOf('57-4K7P9X-Q', 100)).toThrow();
  });
});
