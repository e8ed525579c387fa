import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditActor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { auditHash, GENESIS_HASH, type AuditContent } from './audit-hash.js';

export type AuditEntry = {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Names of the fields read or changed; never their values. */
  fields?: string[];
  outcome?: 'success' | 'denied' | 'failure';
  /** Small, non-personal details (e.g. a reason code). No names, no case facts. */
  details?: Record<string, unknown>;
};

// One key for the chain's lock: appends are serialised so each entry links to
// the one before it. The lock is held only until the writer's transaction ends.
const AUDIT_CHAIN_LOCK = 727_001;

/**
 * Appends one entry to the hash chain, inside the caller's transaction so that
 * a change and its audit entry commit (or roll back) together.
 */
export async function appendAudit(trx: Transaction<DB>, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at,
    actorId: actor.id,
    actorRole: actor.role,
    ip: actor.ip,
    requestId: actor.requestId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    fields: entry.fields ?? [],
    outcome: entry.outcome ?? 'success',
    details: entry.details ?? {},
  };
  await trx
    .insertInto('audit_events')
    .values({
      seq,
      at,
      actor_id: content.actorId,
      actor_role: content.actorRole,
      ip: content.ip,
      request_id: content.requestId,
      action: content.action,
      entity_type: content.entityType,
      entity_id: content.entityId,
      fields: content.fields,
      outcome: content.outcome,
      details: JSON.stringify(content.details),
      prev_hash: prevHash,
      hash: auditHash(prevHash, seq, content),
    } as never)
    .execute();
}

/** Appends an entry in a transaction of its own (for events with no other write, like a failed sign-in). */
export async function appendAuditAlone(db: Kysely<DB>, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, actor, entry, at));
}
