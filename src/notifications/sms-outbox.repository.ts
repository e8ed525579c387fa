import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';

// The SMS outbox's rows (src/notifications/sms-outbox.ts has the rules: the
// budget per number, the claim and its lease, the pause between tries).

// Keys of the per-number lock (pg_advisory_xact_lock(int, int)).
const SMS_BUDGET_LOCK = 727_002;

/** Locks the number for the rest of the transaction, so two requests texting it count one after the other. */
export async function lockSmsNumber(trx: Transaction<DB>, phone: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SMS_BUDGET_LOCK}, hashtext(${phone}))`.execute(trx);
}

/** Messages to the number that were not refused, queued since `hourAgo` and since `dayAgo`. */
export async function countQueuedTo(trx: Transaction<DB>, phone: string, since: { hourAgo: Date; dayAgo: Date }): Promise<{ hour: number; day: number }> {
  return trx
    .selectFrom('sms_outbox')
    .select([sql<number>`count(*) filter (where queued_at > ${since.hourAgo})::int`.as('hour'), sql<number>`count(*)::int`.as('day')])
    .where('to_phone', '=', phone)
    .where('refused_at', 'is', null)
    .where('queued_at', '>', since.dayAgo)
    .executeTakeFirstOrThrow();
}

/** A message due at once, or recorded as refused (`refusal`) and never sent. */
export async function insertOutboxMessage(
  trx: Transaction<DB>,
  m: { phone: string; body: string; secret: boolean; refusal: 'hourly_budget' | 'daily_budget' | null; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('sms_outbox')
    .values({
      to_phone: m.phone,
      body: m.body,
      secret: m.secret,
      queued_at: m.at,
      next_attempt_at: m.at,
      ...(m.refusal && { refused_at: m.at, refusal: m.refusal }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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
