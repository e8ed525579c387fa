import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Secrets at rest (TOTP secrets, attachments) are sealed with AES-256-GCM under
// the server key (ctx.secretKey). A sealed value is
//   version (1 byte) | IV (12 bytes) | auth tag (16 bytes) | ciphertext.
// The optional associated data binds a value to its owner (e.g. a user id), so
// a sealed value copied to another row does not open there.

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
const TEXT_PREFIX = 'v1:';

export class SecretBoxError extends Error {}

function checkKey(key: Buffer) {
  if (key.length !== 32) throw new SecretBoxError('the secret key must be 32 bytes');
}

/** Seals bytes; a fresh random IV each time, so equal inputs give different outputs. */
export function encrypt(key: Buffer, plaintext: Buffer, associatedData?: string): Buffer {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Opens a sealed value; throws SecretBoxError if it was altered, or sealed under another key or owner. */
export function decrypt(key: Buffer, sealed: Buffer, associatedData?: string): Buffer {
  checkKey(key);
  if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION) throw new SecretBoxError('not a sealed value');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new SecretBoxError('the sealed value does not open with this key');
  }
}

/** Seals a string for a text column: 'v1:' + base64url. */
export function encryptText(key: Buffer, text: string, associatedData?: string): string {
  return TEXT_PREFIX + encrypt(key, Buffer.from(text, 'utf8'), associatedData).toString('base64url');
}

export function decryptText(key: Buffer, sealed: string, associatedData?: string): string {
  if (!sealed.startsWith(TEXT_PREFIX)) throw new SecretBoxError('not a sealed value');
  return decrypt(key, Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64url'), associatedData).toString('utf8');
}
