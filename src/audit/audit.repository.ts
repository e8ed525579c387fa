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
    // Hash what the database will give back, so the chain verifies on reading:
    // uuids come back in lower case, and details as JSON (a Date becomes its
    // ISO string, undefined members disappear).
    actorId: actor.id?.toLowerCase() ?? null,
    actorRole: actor.role,
    ip: actor.ip,
    requestId: actor.requestId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    fields: entry.fields ?? [],
    outcome: entry.outcome ?? 'success',
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
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

export type AuditEventFilter = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  outcome?: 'success' | 'denied' | 'failure';
  from?: Date;
  to?: Date;
  /** Keyset: only entries older than this seq. */
  before?: number;
  limit: number;
};

/**
 * A page of the audit, newest first, with the acting user's name. Filters by
 * actor and by record use the (actor_id, seq) and (entity_type, entity_id, seq)
 * indexes; one row more than the page tells whether another page follows.
 */
export async function findAuditEvents(db: Kysely<DB>, f: AuditEventFilter) {
  let q = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.seq',
      'a.at',
      'a.actor_id as actorId',
      'u.username',
      'u.full_name as fullName',
      'a.actor_role as actorRole',
      'a.ip',
      'a.request_id as requestId',
      'a.action',
      'a.entity_type as entityType',
      'a.entity_id as entityId',
      'a.fields',
      'a.outcome',
    ]);
  if (f.actorId !== undefined) q = q.where('a.actor_id', '=', f.actorId);
  if (f.entityType !== undefined) q = q.where('a.entity_type', '=', f.entityType);
  if (f.entityId !== undefined) q = q.where('a.entity_id', '=', f.entityId);
  if (f.action !== undefined) q = q.where('a.action', '=', f.action);
  if (f.outcome !== undefined) q = q.where('a.outcome', '=', f.outcome);
  if (f.from !== undefined) q = q.where('a.at', '>=', f.from);
  if (f.to !== undefined) q = q.where('a.at', '<=', f.to);
  if (f.before !== undefined) q = q.where('a.seq', '<', f.before);
  const rows = await q.orderBy('a.seq', 'desc').limit(f.limit + 1).execute();
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  return { items, nextBefore: more ? Number(items[items.length - 1]!.seq) : null };
}
