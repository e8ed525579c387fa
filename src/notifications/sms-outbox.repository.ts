import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';

// The SMS outbox's rows (src/notifications/sms-outbox.ts has the rules: the
// budget per number, the claim and its lease, the pause between tries).

// Keys of the per-number lock (pg_advisory_xact_lock(int, int)).
const SMS_BUDGET_LOCK = 727_002;

/**
 * Locks the numbers for the rest of the transaction, so two requests texting
 * one of them count one after the other. One statement; the numbers are
 * locked in the order given (callers sort them, so two transactions never
 * wait on each other in a circle).
 */
export async function lockSmsNumbers(trx: Transaction<DB>, phones: string[]): Promise<void> {
  if (phones.length === 0) return;
  await sql`select pg_advisory_xact_lock(${SMS_BUDGET_LOCK}, hashtext(p)) from unnest(${phones}::text[]) with ordinality as x(p, k) order by k`.execute(trx);
}

/** Messages to each number that were not refused, queued since `hourAgo` and since `dayAgo` (one grouped query; a number with none is absent). */
export async function countQueuedToEach(
  trx: Transaction<DB>,
  phones: string[],
  since: { hourAgo: Date; dayAgo: Date },
): Promise<Map<string, { hour: number; day: number }>> {
  if (phones.length === 0) return new Map();
  const rows = await trx
    .selectFrom('sms_outbox')
    .select(['to_phone', sql<number>`count(*) filter (where queued_at > ${since.hourAgo})::int`.as('hour'), sql<number>`count(*)::int`.as('day')])
    .where('to_phone', 'in', phones)
    .where('refused_at', 'is', null)
    .where('queued_at', '>', since.dayAgo)
    .groupBy('to_phone')
    .execute();
  return new Map(rows.map((r) => [r.to_phone, { hour: r.hour, day: r.day }]));
}

export type NewOutboxMessage = { id: string; phone: string; body: string; secret: boolean; refusal: 'hourly_budget' | 'daily_budget' | null };

/** Messages due at once, or recorded as refused (`refusal`) and never sent: one multi-row insert, the ids chosen by the caller. */
export async function insertOutboxMessages(trx: Transaction<DB>, messages: NewOutboxMessage[], at: Date): Promise<void> {
  if (messages.length === 0) return;
  await trx
    .insertInto('sms_outbox')
    .values(
      messages.map((m) => ({
        id: m.id,
        to_phone: m.phone,
        body: m.body,
        secret: m.secret,
        queued_at: at,
        next_attempt_at: at,
        refused_at: m.refusal ? at : null,
        refusal: m.refusal,
      })),
    )
    .execute();
}

/**
 * Claims up to `limit` due messages (these ids only, when given) in one
 * statement: their next try moves to `leaseUntil`, and rows another server
 * holds are skipped.
 */
export async function claimDueSms(db: Db, c: { now: Date; leaseUntil: Date; limit: number; ids?: string[] }) {
  return db
    .updateTable('sms_outbox')
    .set({ next_attempt_at: c.leaseUntil })
    .where('id', 'in', (eb) => {
      let due = eb
        .selectFrom('sms_outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .where('abandoned_at', 'is', null)
        .where('refused_at', 'is', null)
        .where('next_attempt_at', '<=', c.now);
      if (c.ids) due = due.where('id', 'in', c.ids);
      return due.orderBy('next_attempt_at').limit(c.limit).forUpdate().skipLocked();
    })
    .returning(['id', 'to_phone', 'body', 'secret', 'attempts', 'first_failed_at'])
    .execute();
}

type ClaimedSms = { id: string; secret: boolean; first_failed_at: Date | null };

/** Sent: a secret message's body is blanked. */
export async function markSmsSent(db: Db, row: ClaimedSms, attempts: number, at: Date): Promise<void> {
  await db
    .updateTable('sms_outbox')
    .set({ sent_at: at, attempts, ...(row.secret && { body: '' }) })
    .where('id', '=', row.id)
    .execute();
}

/** A failed try: the next one after its pause, or given up (`abandon`, a secret body blanked). */
export async function markSmsFailed(
  db: Db,
  row: ClaimedSms,
  f: { attempts: number; error: string; nextAttemptAt: Date; abandon: boolean; at: Date },
): Promise<void> {
  await db
    .updateTable('sms_outbox')
    .set({
      attempts: f.attempts,
      last_error: f.error,
      first_failed_at: row.first_failed_at ?? f.at,
      next_attempt_at: f.nextAttemptAt,
      ...(f.abandon && { abandoned_at: f.at, ...(row.secret && { body: '' }) }),
    })
    .where('id', '=', row.id)
    .execute();
}
