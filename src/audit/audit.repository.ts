import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { AuditActor } from '../access/actor.js';
import type { DB } from '../db/schema.js';

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

/** The transactions that have recorded an entry (see wroteAudit). */
const auditedTransactions = new WeakSet<Transaction<DB>>();

/** Has this transaction recorded an audit entry? changeCase refuses to commit a change that has not. */
export function wroteAudit(trx: Transaction<DB>): boolean {
  return auditedTransactions.has(trx);
}

/**
 * Records one entry inside the caller's transaction, so that a change and its
 * audit entry commit (or roll back) together, and queues it for the sealer
 * (audit-sealer.ts), which links committed entries into the hash chain. No lock
 * and no read of the last entry: audited requests do not wait for each other.
 */
export async function appendAudit(trx: Transaction<DB>, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await appendAudits(trx, [{ actor, entry }], at);
}

/**
 * Records several entries at once (a batch of inbound SMS, each with its own
 * actor), in one statement, in the caller's transaction: the same rows
 * appendAudit would write one by one, in the order given.
 */
export async function appendAudits(trx: Transaction<DB>, entries: { actor: AuditActor; entry: AuditEntry }[], at: Date): Promise<void> {
  if (entries.length === 0) return;
  // One statement (one round trip): the entries, and their seqs into the queue.
  await trx
    .with('entry', (db) =>
      db
        .insertInto('audit_events')
        .values(
          entries.map(({ actor, entry }) => ({
            at,
            actor_id: actor.id,
            actor_role: actor.role,
            ip: actor.ip,
            request_id: actor.requestId,
            action: entry.action,
            entity_type: entry.entityType ?? null,
            entity_id: entry.entityId ?? null,
            fields: entry.fields ?? [],
            outcome: entry.outcome ?? 'success',
            // JSON text: a Date becomes its ISO string and undefined members disappear.
            details: JSON.stringify(entry.details ?? {}),
          })),
        )
        .returning('seq'),
    )
    .insertInto('audit_pending')
    .columns(['seq'])
    .expression((eb) => eb.selectFrom('entry').select('seq'))
    .execute();
  auditedTransactions.add(trx);
}

/**
 * Records that a list or a search showed the actor these records: one entry
 * with the ids it returned (details.ids), so "who has seen this child" finds
 * the lists as well as the single reads (findAuditEvents matches an entity id
 * in either; migrations/0027 indexes the ids). `fields` names what the list
 * showed of each record; `details` carries small non-personal facts (a page, whether a
 * search term was given, never the term).
 */
export async function appendListAudit(
  trx: Transaction<DB>,
  actor: AuditActor,
  entry: { action: string; entityType: string; ids: readonly string[]; fields: string[]; details?: Record<string, unknown> },
  at: Date,
): Promise<void> {
  await appendAudit(
    trx,
    actor,
    { action: entry.action, entityType: entry.entityType, fields: entry.fields, details: { ...entry.details, ids: [...entry.ids] } },
    at,
  );
}

/** Appends an entry in a transaction of its own (for events with no other write, like a failed sign-in). */
export async function appendAuditAlone(db: Kysely<DB>, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, actor, entry, at));
}

type AuditEventFilter = {
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
      'a.details',
    ]);
  if (f.actorId !== undefined) q = q.where('a.actor_id', '=', f.actorId);
  if (f.entityId !== undefined) {
    // Entries about the record (of the type asked, if one is), and every list
    // that showed it, whatever the list's own type (a worklist shows cases and
    // reports): ids are UUIDs, unique across kinds of record.
    const id = f.entityId;
    const type = f.entityType;
    q = q.where((eb) =>
      eb.or([
        type === undefined ? eb('a.entity_id', '=', id) : eb.and([eb('a.entity_id', '=', id), eb('a.entity_type', '=', type)]),
        sql<SqlBool>`a.details->'ids' ? ${id}`,
      ]),
    );
  } else if (f.entityType !== undefined) {
    q = q.where('a.entity_type', '=', f.entityType);
  }
  if (f.action !== undefined) q = q.where('a.action', '=', f.action);
  if (f.outcome !== undefined) q = q.where('a.outcome', '=', f.outcome);
  if (f.from !== undefined) q = q.where('a.at', '>=', f.from);
  if (f.to !== undefined) q = q.where('a.at', '<=', f.to);
  if (f.before !== undefined) q = q.where('a.seq', '<', f.before);
  const rows = await q
    .orderBy('a.seq', 'desc')
    .limit(f.limit + 1)
    .execute();
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  return { items, nextBefore: more ? Number(items[items.length - 1]!.seq) : null };
}
