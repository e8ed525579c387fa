import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { decryptText, encryptText } from '../auth/secret-box.js';
import type { DB } from '../db/schema.js';

// Envelope encryption of the free text that harms most if a copy of the
// database leaks (what happened, assessment narratives, notes, conference
// decisions, feedback). Each value is sealed (AES-256-GCM, src/auth/secret-box.ts)
// under a data key; the data keys are stored sealed under the server key
// (RINDA_SECRET_KEY), which never enters the database. A sealed value is
//   e1.<data key id>.v1:<base64url>
// and is bound to its column (table.column as associated data), so a value
// copied into another column does not open. Text without the prefix (written
// before encryption, or by the seed) reads as it is until the rotation
// command (npm run encryption:rotate) seals it. Names are not sealed: they stay
// searchable as before.

const PREFIX = 'e1.';
const KEY_AAD = 'rinda data key';
/** A server reads new data keys (a rotation on another server) within this time. */
const CACHE_MS = 5_000;

/** The columns sealed at rest: table, key column, text columns, and a JSON column sealed whole. */
export const SEALED_COLUMNS = [
  { table: 'incident_reports', columns: ['what_happened'], json: [] },
  { table: 'assessments', columns: ['incident_facts', 'summary'], json: [] },
  { table: 'case_notes', columns: ['body'], json: [] },
  { table: 'case_conferences', columns: [], json: ['decisions'] },
  { table: 'client_feedback', columns: ['comments'], json: [] },
] as const;

export type SealedPurpose = 'incident_reports.what_happened' | 'assessments.incident_facts' | 'assessments.summary' | 'case_notes.body' | 'case_conferences.decisions' | 'client_feedback.comments';

export class DataKeyError extends Error {}

export type TextVault = {
  currentKeyId: number;
  seal(purpose: SealedPurpose, text: string): string;
  sealOrNull(purpose: SealedPurpose, text: string | null | undefined): string | null;
  open(purpose: SealedPurpose, value: string): string;
  openOrNull(purpose: SealedPurpose, value: string | null | undefined): string | null;
  /** A JSON column sealed whole: stored as a JSON string holding the sealed text. */
  sealJson(purpose: SealedPurpose, value: unknown): string;
  openJson<T>(purpose: SealedPurpose, stored: unknown): T;
};

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

type Keys = { at: number; current: number; keys: Map<number, Buffer> };
const cache = new WeakMap<object, Keys>();

async function loadKeys(db: Kysely<DB>, serverKey: Buffer): Promise<Keys> {
  const rows = await db.selectFrom('data_keys').select(['id', 'sealed_key', 'retired_at']).orderBy('id').execute();
  const current = rows.find((r) => r.retired_at === null);
  // ensureDataKey runs when the server starts: a missing key is a broken deployment, not a reason to make one mid-request.
  if (!current) throw new DataKeyError('no current data key (the server makes one when it starts)');
  const keys = new Map<number, Buffer>();
  for (const r of rows) keys.set(r.id, Buffer.from(decryptText(serverKey, r.sealed_key, KEY_AAD), 'hex'));
  return { at: Date.now(), current: current.id, keys };
}

/** A new data key, sealed under the server key (the first one, or a rotation's). */
export function newSealedDataKey(serverKey: Buffer): string {
  return encryptText(serverKey, randomBytes(32).toString('hex'), KEY_AAD);
}

/**
 * Makes the first data key if there is none (when the server starts; one only
 * if servers race: the unique index on the current key), and checks that the
 * server key opens the data keys there are.
 */
export async function ensureDataKey(ctx: { database: { db: Kysely<DB> }; secretKey: Buffer; clock: { now(): Date } }): Promise<void> {
  const { db } = ctx.database;
  await sql`insert into data_keys (sealed_key, created_at) select ${newSealedDataKey(ctx.secretKey)}, ${ctx.clock.now()}
            where not exists (select 1 from data_keys where retired_at is null) on conflict do nothing`.execute(db);
  cache.set(db, await loadKeys(db, ctx.secretKey));
}

/** Forgets the cached data keys (after a rotation in this process). */
export function forgetDataKeys(db: Kysely<DB>): void {
  cache.delete(db);
}

/**
 * The vault for this database and server key; data keys are cached briefly per
 * database. Inside a transaction, pass it (`executor`): the keys are read through it.
 */
export async function textVault(ctx: { database: { db: Kysely<DB> }; secretKey: Buffer }, executor: Kysely<DB> = ctx.database.db): Promise<TextVault> {
  const { db } = ctx.database;
  let k = cache.get(db);
  if (!k || Date.now() - k.at > CACHE_MS) {
    k = await loadKeys(executor, ctx.secretKey);
    cache.set(db, k);
  }
  return vaultOf(k);
}

function vaultOf(k: Keys): TextVault {
  const seal = (purpose: SealedPurpose, text: string) => `${PREFIX}${k.current}.${encryptText(k.keys.get(k.current)!, text, purpose)}`;
  const open = (purpose: SealedPurpose, value: string) => {
    if (!value.startsWith(PREFIX)) return value;
    const dot = value.indexOf('.', PREFIX.length);
    const key = k.keys.get(Number(value.slice(PREFIX.length, dot)));
    if (!key) throw new DataKeyError('a value is sealed under a data key this server does not hold');
    return decryptText(key, value.slice(dot + 1), purpose);
  };
  return {
    currentKeyId: k.current,
    seal,
    sealOrNull: (purpose, text) => (text === null || text === undefined ? null : seal(purpose, text)),
    open,
    openOrNull: (purpose, value) => (value === null || value === undefined ? null : open(purpose, value)),
    sealJson: (purpose, value) => JSON.stringify(seal(purpose, JSON.stringify(value))),
    openJson: <T>(purpose: SealedPurpose, stored: unknown): T => {
      const v = typeof stored === 'string' && !isSealed(stored) ? (JSON.parse(stored) as unknown) : stored;
      return (isSealed(v) ? JSON.parse(open(purpose, v)) : v) as T;
    },
  };
}
