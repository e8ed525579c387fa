import { createHash } from 'node:crypto';

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

/** Each entry's hash covers its own content and the previous entry's hash. */
export function auditHash(prevHash: string, seq: number, content: AuditContent): string {
  const body = canonicalJson({ ...content, at: content.at.toISOString(), seq });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
