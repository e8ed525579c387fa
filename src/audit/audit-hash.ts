import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  outcome: 'success' | 'denied' | 'failure';
  details: Record<string, unknown>;
};

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function sealedBody(seq: number, content: AuditContent): string {
  return canonicalJson({ ...content, at: content.at.toISOString(), seq });
}

/**
 * The seal of an entry: an HMAC-SHA-256, under the audit key (never stored in
 * the database), of the previous seal and the entry's seq and content. Without
 * the key, no one who can write the tables can make a seal that verifies.
 */
export function auditMac(key: Buffer, prevMac: string, seq: number, content: AuditContent): string {
  return createHmac('sha256', key).update(prevMac).update('\n').update(sealedBody(seq, content)).digest('hex');
}

/**
 * The plain SHA-256 chain that sealed the audit before the HMAC (migration
 * 0023 re-sealed those entries under the key). Anyone can recompute it; it is
 * kept for reading the old seals in audit_legacy_seals.
 */
export function auditHash(prevHash: string, seq: number, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(sealedBody(seq, content)).digest('hex');
}
