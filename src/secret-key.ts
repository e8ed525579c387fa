import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';

/**
 * The key that encrypts secrets at rest. In production it comes from
 * RINDA_SECRET_KEY (64 hex characters or base64 of 32 bytes). In the embedded
 * mode, a key is generated once into the data folder (mode 0600).
 */
export function loadSecretKey(config: Config, opts: { create?: boolean } = {}): Buffer {
  if (config.secretKey) return parseKey(config.secretKey);
  if (config.databaseUrl) {
    throw new Error('RINDA_SECRET_KEY is required when DATABASE_URL is set (32 random bytes, hex or base64)');
  }
  const file = join(config.dataDir, 'secret.key');
  if (!existsSync(file)) {
    if (opts.create === false) throw new Error(`No key in ${file} (set RINDA_SECRET_KEY or RINDA_AUDIT_KEY)`);
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return parseKey(readFileSync(file, 'utf8').trim());
}

function parseKey(text: string, name = 'RINDA_SECRET_KEY'): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex characters or base64)`);
  return key;
}

/**
 * The key of the audit seals' HMAC: RINDA_AUDIT_KEY when set (so that it can
 * be held apart from the key of the secrets at rest), otherwise derived from
 * the secret key (RINDA_SECRET_KEY, or the embedded mode's generated key in
 * the data folder). It is never written to the database, so whoever can write
 * the audit tables cannot seal a forged entry. Changing it makes every seal
 * written under the old key fail verification.
 */
export function loadAuditKey(config: Config, opts: { create?: boolean } = {}): Buffer {
  if (config.auditKey) return parseKey(config.auditKey, 'RINDA_AUDIT_KEY');
  return Buffer.from(hkdfSync('sha256', loadSecretKey(config, opts), Buffer.alloc(0), 'rinda audit seal v1', 32));
}
