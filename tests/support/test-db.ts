import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Which database the suite runs on: the embedded one (default) or the
// PostgreSQL server given by TEST_DATABASE_URL.
export const testDbKind = (process.env.RINDA_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const root = new URL('../../', import.meta.url).pathname;
export const cacheDir = join(root, '.test-cache');

/** A fingerprint of the migrations and the map, so a stale template is never reused. */
export function schemaFingerprint(): string {
  const h = createHash('sha256');
  const dir = join(root, 'migrations');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  h.update(String(statSync(join(root, 'src/places/data/places.csv')).size));
  return h.digest('hex').slice(0, 12);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}
