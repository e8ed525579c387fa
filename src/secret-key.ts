import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';

/**
 * The key that encrypts secrets at rest. In production it comes from
 * RINDA_SECRET_KEY (64 hex characters or base64 of 32 bytes). In the embedded
 * mode, a key is generated once into the data folder (mode 0600).
 */
export function loadSecretKey(config: Config): Buffer {
  if (config.secretKey) return parseKey(config.secretKey);
  if (config.databaseUrl) {
    throw new Error('RINDA_SECRET_KEY is required when DATABASE_URL is set (32 random bytes, hex or base64)');
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return parseKey(readFileSync(file, 'utf8').trim());
}

export function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('RINDA_SECRET_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}
