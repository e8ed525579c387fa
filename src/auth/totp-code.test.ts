import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes } from './totp-code.js';

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" in base32,
// and its 8-digit codes; the 6-digit code is the last six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP codes', () => {
  it('matches the RFC 6238 test vectors and gives the time step of the code', () => {
    const at = new Date(1_111_111_109 * 1000);
    expect(matchTotpStep(RFC_SECRET, '081804', at)).toBe(Math.floor(1_111_111_109 / 30));
    expect(matchTotpStep(RFC_SECRET, '081 804', at)).toBe(Math.floor(1_111_111_109 / 30));
  });

  it('accepts one step of drift either way, not two', () => {
    const step = Math.floor(1_111_111_109 / 30);
    expect(matchTotpStep(RFC_SECRET, '081804', new Date((1_111_111_109 + 30) * 1000))).toBe(step);
    expect(matchTotpStep(RFC_SECRET, '081804', new Date((1_111_111_109 - 30) * 1000))).toBe(step);
    // 1111111109 is 29 s into its step: +45 s is two steps later, -60 s two steps earlier.
    expect(matchTotpStep(RFC_SECRET, '081804', new Date((1_111_111_109 + 45) * 1000))).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '081804', new Date((1_111_111_109 - 60) * 1000))).toBeNull();
  });

  it('refuses anything that is not six digits', () => {
    const at = new Date(1_111_111_109 * 1000);
    expect(matchTotpStep(RFC_SECRET, '07081804', at)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '08180x', at)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '', at)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes and hashes them regardless of case, spaces and dashes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const c = codes[0]!;
    expect(hashRecoveryCode(c)).toBe(hashRecoveryCode(` ${c.toUpperCase().replace('-', ' ')} `));
    expect(hashRecoveryCode(c)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});
