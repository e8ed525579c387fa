import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { GatewayRefusalReason, InboundGateway } from '../../db/tables/inbound-sms.js';

// The inbound SMS store's rows (src/sms/inbound/inbound-worker.ts has the
// rules: the claim and its lease, the batch, the pause after a failure).

export type NewInboundSms = {
  gateway: InboundGateway;
  gatewayMessageId: string;
  from: string;
  to: string | null;
  text: string;
  gatewayDate: Date | null;
  receivedAt: Date;
};

/**
 * Stores a message in one statement (its own commit): the id when it is
 * new, null when this gateway id is already stored (a repeated delivery).
 */
export async function insertInboundSms(db: Db, m: NewInboundSms): Promise<number | null> {
  const row = await db
    .insertInto('inbound_sms')
    .values({
      gateway: m.gateway,
      gateway_message_id: m.gatewayMessageId,
      from_phone: m.from,
      to_phone: m.to,
      text: m.text,
      gateway_date: m.gatewayDate,
      received_at: m.receivedAt,
      next_attempt_at: m.receivedAt,
    })
    .onConflict((oc) => oc.columns(['gateway', 'gateway_message_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The stored message of a gateway id (for the answer to a repeated delivery). */
export async function findInboundSmsId(db: Db, gateway: InboundGateway, gatewayMessageId: string): Promise<number | null> {
  const row = await db
    .selectFrom('inbound_sms')
    .select('id')
    .where('gateway', '=', gateway)
    .where('gateway_message_id', '=', gatewayMessageId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertGatewayRefusal(
  db: Db,
  r: { gateway: string; at: Date; ip: string | null; requestId: string | null; reason: GatewayRefusalReason },
) {
  await db.insertInto('gateway_refusals').values({ gateway: r.gateway, at: r.at, ip: r.ip, request_id: r.requestId, reason: r.reason }).execute();
}

export type ClaimedInboundSms = { id: number; from_phone: string; text: string; received_at: Date; attempts: number };

/**
 * Claims up to `limit` messages that are due (queued, or a lapsed claim of a
 * server that stopped) in one statement: each is marked processing, its try
 * counted and its next claim moved to `leaseUntil`; rows another server holds
 * are skipped.
 */
export async function claimDueInboundSms(db: Db, c: { now: Date; leaseUntil: Date; limit: number }): Promise<ClaimedInboundSms[]> {
  const rows = await db
    .updateTable('inbound_sms')
    .set((eb) => ({ status: 'processing', attempts: eb('attempts', '+', 1), next_attempt_at: c.leaseUntil }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('inbound_sms')
        .select('id')
        .where('status', 'in', ['queued', 'processing'])
        .where('next_attempt_at', '<=', c.now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(c.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'from_phone', 'text', 'received_at', 'attempts'])
    .execute();
  // UPDATE … RETURNING gives no order; messages are handled in the order they came.
  return rows.sort((a, b) => a.id - b.id);
}

/** The claim a worker holds: the message, and its try count when claimed (a later claim by another worker changes it). */
export type InboundClaim = { id: number; attempts: number };

/**
 * Handled: what came of it, and the reply queued in the outbox (if any).
 * False when the claim is no longer this worker's (its lease lapsed and
 * another worker claimed the message): nothing is written then.
 */
export async function markInboundDone(
  trx: Transaction<DB>,
  claim: InboundClaim,
  r: { outcome: string; kind: string | null; replyOutboxId: string | null; at: Date },
): Promise<boolean> {
  const res = await trx
    .updateTable('inbound_sms')
    .set({ status: 'done', outcome: r.outcome, kind: r.kind, reply_outbox_id: r.replyOutboxId, processed_at: r.at, last_error: null })
    .where('id', '=', claim.id)
    .where('status', '=', 'processing')
    .where('attempts', '=', claim.attempts)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Of these claims, the ones still this worker's (processing, with the try
 * count it claimed), locked until the transaction ends: another worker's
 * claim skips locked rows, so from here until the commit the messages are
 * this worker's alone. One statement.
 */
export async function lockHeldClaims(trx: Transaction<DB>, claims: InboundClaim[]): Promise<Set<number>> {
  if (claims.length === 0) return new Set();
  const ids = claims.map((c) => c.id);
  // By primary key (id = any), whatever the planner thinks of the table's size; each row's try count checked against its claim's.
  const rows = await sql<{ id: string | number }>`
    select i.id from inbound_sms i
    where i.id = any(${ids}::bigint[]) and i.status = 'processing'
      and i.attempts = (select c.attempts from unnest(${ids}::bigint[], ${claims.map((c) => c.attempts)}::int[]) as c(id, attempts) where c.id = i.id)
    order by i.id
    for update`.execute(trx);
  return new Set(rows.rows.map((r) => Number(r.id)));
}

/**
 * Several handled messages at once (one statement): what came of each, and
 * its reply queued in the outbox (if any), only where the claim is still this
 * worker's; the ids marked.
 */
export async function markInboundDoneMany(
  trx: Transaction<DB>,
  done: { claim: InboundClaim; outcome: string; kind: string | null; replyOutboxId: string | null }[],
  at: Date,
): Promise<Set<number>> {
  if (done.length === 0) return new Set();
  const rows = await sql<{ id: string | number }>`
    update inbound_sms i set status = 'done', outcome = d.outcome, kind = d.kind, reply_outbox_id = d.reply, processed_at = ${at}, last_error = null
    from unnest(${done.map((d) => d.claim.id)}::bigint[], ${done.map((d) => d.claim.attempts)}::int[], ${done.map((d) => d.outcome)}::text[],
      ${done.map((d) => d.kind)}::text[], ${done.map((d) => d.replyOutboxId)}::uuid[]) as d(id, attempts, outcome, kind, reply)
    where i.id = any(${done.map((d) => d.claim.id)}::bigint[]) and i.id = d.id and i.status = 'processing' and i.attempts = d.attempts
    returning i.id`.execute(trx);
  return new Set(rows.rows.map((r) => Number(r.id)));
}

/** A failed try: queued again after its pause, or given up (`failed`) and kept for a person to read (only while the claim is this worker's). */
export async function markInboundFailed(db: Db, claim: InboundClaim, f: { error: string; nextAttemptAt: Date; giveUp: boolean; at: Date }) {
  await db
    .updateTable('inbound_sms')
    .set({
      status: f.giveUp ? 'failed' : 'queued',
      last_error: f.error,
      next_attempt_at: f.nextAttemptAt,
      ...(f.giveUp && { processed_at: f.at }),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'processing')
    .where('attempts', '=', claim.attempts)
    .execute();
}

/** Refusals recorded for one source address since `since` (counted up to `cap`: past it the exact number does not matter). */
export async function countRecentGatewayRefusals(db: Db, ip: string, since: Date, cap: number): Promise<number> {
  const rows = await db.selectFrom('gateway_refusals').select('id').where('ip', '=', ip).where('at', '>=', since).limit(cap).execute();
  return rows.length;
}

/** Deletes refusals recorded before `before`; how many went. */
export async function deleteGatewayRefusalsBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('gateway_refusals').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
