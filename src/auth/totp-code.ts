import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { decryptText, encryptText } from './secret-box.js';

// TOTP second factor (RFC 6238): SHA-1, 6 digits, 30-second steps, the form
// every authenticator app reads from a QR code.

const TOTP_ISSUER = 'Rinda';
const PERIOD = 30;
/** Codes from one step before or after are accepted, for clock drift and typing time. */
const WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, username: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: username, secret: Secret.fromBase32(secretBase32), period: PERIOD }).toString();
}

/** The time step of the code that matches, or null. Reuse is checked by the caller against the last step used. */
export function matchTotpStep(secretBase32: string, code: string, at: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const timestamp = at.getTime();
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secretBase32), period: PERIOD, timestamp, window: WINDOW });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp }) + delta;
}

// The TOTP secret is sealed under the server key and bound to its user.
export const sealTotpSecret = (key: Buffer, userId: string, secretBase32: string) => encryptText(key, secretBase32, `totp:${userId}`);
export const openTotpSecret = (key: Buffer, userId: string, sealed: string) => decryptText(key, sealed, `totp:${userId}`);

// Recovery codes: 10 characters from an alphabet without look-alikes (about 50
// bits each), shown once as "xxxxx-xxxxx"; only their SHA-256 is stored.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = '';
    for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]+/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
