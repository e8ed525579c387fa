import type { AppContext, SmsMessage } from '../context.js';

// SMS are sent after the change they announce has committed. A gateway
// failure never undoes the change (the report is recorded, the escalation
// stands, the in-app notification is there): the message is kept in
// sms_retries and a timer tries it again, each pause twice the one before
// (1, 2, 4 … 60 minutes), and gives up after MAX_ATTEMPTS tries (about a day).

export const MAX_ATTEMPTS = 30;
const FIRST_PAUSE_MS = 60_000;
const LONGEST_PAUSE_MS = 60 * 60_000;
const BATCH = 100;
/** How long a claimed message is left to the server that claimed it, should it stop mid-run. */
const CLAIM_LEASE_MS = 5 * 60_000;

/** The pause before try number `attempts + 1`. */
export function retryPauseMs(attempts: number): number {
  return Math.min(FIRST_PAUSE_MS * 2 ** Math.max(0, attempts - 1), LONGEST_PAUSE_MS);
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** Sends each message; one the gateway does not take is kept for the retry timer. Counts, never throws. */
export async function sendAfterCommit(ctx: AppContext, messages: SmsMessage[]): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const message of messages) {
    try {
      await ctx.sms.send(message);
      sent += 1;
    } catch (err) {
      failed += 1;
      const now = ctx.clock.now();
      await ctx.database.db
        .insertInto('sms_retries')
        .values({
          to_phone: message.to, body: message.text, first_failed_at: now, attempts: 1,
          next_attempt_at: new Date(now.getTime() + retryPauseMs(1)), last_error: reason(err),
        })
        .execute()
        .catch(() => undefined); // the database is down too: nothing more can be done here
    }
  }
  return { sent, failed };
}

/**
 * Tries again every kept message whose pause is over. The due messages are
 * claimed first in one statement (their next try moved a lease ahead, rows
 * already claimed by another server skipped), then sent with no transaction
 * open: a slow gateway never holds a database connection.
 */
export async function retrySms(ctx: AppContext): Promise<{ sent: number; failed: number; abandoned: number }> {
  const result = { sent: 0, failed: 0, abandoned: 0 };
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const claimed = await db
    .updateTable('sms_retries')
    .set({ next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS) })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('sms_retries')
        .select('id')
        .where('sent_at', 'is', null)
        .where('abandoned_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'to_phone', 'body', 'attempts'])
    .execute();
  for (const row of claimed) {
    const attempts = row.attempts + 1;
    try {
      await ctx.sms.send({ to: row.to_phone, text: row.body });
      await db.updateTable('sms_retries').set({ sent_at: now, attempts }).where('id', '=', row.id).execute();
      result.sent += 1;
    } catch (err) {
      const abandon = attempts >= MAX_ATTEMPTS;
      await db
        .updateTable('sms_retries')
        .set({
          attempts, last_error: reason(err),
          next_attempt_at: new Date(now.getTime() + retryPauseMs(attempts)),
          ...(abandon && { abandoned_at: now }),
        })
        .where('id', '=', row.id)
        .execute();
      result[abandon ? 'abandoned' : 'failed'] += 1;
    }
  }
  return result;
}

/** The retry timer of the server (src/main.ts); returns a function that stops it. */
export function startSmsRetry(ctx: AppContext, onError: (err: unknown) => void, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    retrySms(ctx).catch(onError).finally(() => {
      running = false;
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
