import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { sealAllAudit } from './audit-sealer.js';
import { newestSeal } from './audit-seal.repository.js';

/**
 * The newest seal of the chain: its position and its HMAC. A copy kept outside
 * the database (by NCDA, say) lets `audit:verify --head` tell a chain whose
 * tail was deleted, or that was truncated and started again, from an intact one.
 */
export type AuditHead = { position: number; hash: string };

/** Written and read as `position:hash`, one token to copy. */
export function formatAuditHead(head: AuditHead): string {
  return `${head.position}:${head.hash}`;
}

export function parseAuditHead(text: string): AuditHead | undefined {
  const m = /^(\d{1,18}):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { position: Number(m[1]), hash: m[2]! } : undefined;
}

/** Seals what is queued, then returns the newest seal (null while the audit is empty) and the time of its entry. */
export async function readAuditHead(db: Kysely<DB>, key: Buffer): Promise<(AuditHead & { seq: number; at: Date | null }) | null> {
  await sealAllAudit(db, key);
  const last = await newestSeal(db);
  return last ? { position: Number(last.position), seq: Number(last.seq), hash: last.hash, at: last.at === null ? null : new Date(last.at) } : null;
}
