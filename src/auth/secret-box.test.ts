import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decrypt, decryptText, encrypt, encryptText, SecretBoxError } from './secret-box.js';

const key = randomBytes(32);

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, and seals the same text differently each time', () => {
    const a = encryptText(key, 'JBSWY3DPEHPK3PXP', 'totp:1');
    const b = encryptText(key, 'JBSWY3DPEHPK3PXP', 'totp:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptText(key, a, 'totp:1')).toBe('JBSWY3DPEHPK3PXP');
    const bytes = randomBytes(1000);
    expect(decrypt(key, encrypt(key, bytes))).toEqual(bytes);
  });

  it('refuses another key, another owner, and any altered byte', () => {
    const sealed = encrypt(key, Buffer.from('secret'), 'totp:1');
    expect(() => decrypt(randomBytes(32), sealed, 'totp:1')).toThrow(SecretBoxError);
    expect(() => decrypt(key, sealed, 'totp:2')).toThrow(SecretBoxError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    expect(() => decrypt(key, altered, 'totp:1')).toThrow(SecretBoxError);
    expect(() => decryptText(key, 'plain text', 'totp:1')).toThrow(SecretBoxError);
    expect(() => encrypt(randomBytes(16), Buffer.from('x'))).toThrow(SecretBoxError);
  });
});
