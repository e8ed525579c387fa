import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AppContext, SmsMessage } from '../context.js';
import type { DB } from '../db/schema.js';
import { decryptText, encryptText } from '../auth/secret-box.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import {
  claimDueSms,
  countQueuedToEach,
  insertOutboxMessages,
  lockSmsNumbers,
  markSmsFailed,
  markSmsSent,
  type NewOutboxMessage,
} from './sms-outbox.repository.js';

// The SMS outbox. A message is written in the transaction of the change it
// announces (queueSms), so it exists exactly when the change does; after the
// commit it is sent (deliverSms, at once, by the request that made it; and
// deliverDueSms, the server's worker, for anything left: a crash between the
// commit and the send, a gateway failure). Sending claims the row first in one
// statement (its next try moved a lease ahead; rows another server holds are
// skipped), so no two servers send the same message. A gateway failure never
// undoes the change: the message is tried again, each pause twice the one
// before (1, 2, 4 … 60 minutes), and given up after MAX_ATTEMPTS tries (about
// a day). Each number has a budget per hour and per day: a message over it is
// kept as refused and never sent.
//
// One gap is left: a server that stops after the gateway took a message but
// before it recorded the send would have it sent again once the lease lapses;
// the message's id goes to the gateway as its reference so that a gateway
// which knows references can drop the copy.
//
// A message marked secret (a one-time password) waits sealed under the server
// key and its body is blanked once it is sent, given up or refused.

export const MAX_ATTEMPTS = 30;
const FIRST_PAUSE_MS = 60_000;
const LONGEST_PAUSE_MS = 60 * 60_000;
/** Messages claimed at once; their lease covers sending them all. */
const BATCH = 10;
/** Messages claimed at once when the caller names them (the replies of an inbound batch): one claim for them all. */
const LISTED_BATCH = 50;

/** The pause before try number `attempts + 1`. */
export function retryPauseMs(attempts: number): number {
  return Math.min(FIRST_PAUSE_MS * 2 ** Math.max(0, attempts - 1), LONGEST_PAUSE_MS);
}

/** How long a claim of `count` messages is left to the server that took it, should it stop mid-send: long enough for each to time out. */
function claimLeaseMs(ctx: Pick<AppContext, 'config'>, count = BATCH): number {
  return count * ctx.config.smsGatewayTimeoutMs + 1000;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** Ids of the messages queued to be sent (those refused by the budget are not among them). */
export type QueuedSms = string[];

type SmsDelivery = { sent: number; failed: number; abandoned: number };

/**
 * Queues messages in the caller's transaction: they are sent after it commits
 * (pass the result to deliverSms then) and never if it rolls back. A message
 * that would take its number over RINDA_SMS_PER_NUMBER_HOUR or _DAY is
 * recorded as refused and not sent. The public function for any feature that
 * sends an SMS; the text never carries a child's name or case facts.
 */
export async function queueSms(trx: Transaction<DB>, ctx: Pick<AppContext, 'config' | 'clock' | 'secretKey'>, messages: SmsMessage[]): Promise<QueuedSms> {
  const ids = await queueSmsEach(trx, ctx, messages);
  return ids.filter((id): id is string => id !== null);
}

/**
 * The same, telling for each message (in the order given) its outbox id, or
 * null when the budget refused it. Three statements whatever the number of
 * messages and numbers (the inbound worker answers a batch of volunteers at
 * once): the numbers locked in a fixed order, their counts, the insert.
 */
export async function queueSmsEach(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'config' | 'clock' | 'secretKey'>,
  messages: SmsMessage[],
): Promise<(string | null)[]> {
  if (messages.length === 0) return [];
  const now = ctx.clock.now();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const dayAgo = new Date(now.getTime() - 86_400_000);
  // Numbers in a fixed order, each locked for the rest of the transaction, so
  // two requests texting the same number count one after the other.
  const phones = [...new Set(messages.map((m) => m.to))].sort();
  await lockSmsNumbers(trx, phones);
  const counts = await countQueuedToEach(trx, phones, { hourAgo, dayAgo });
  const rows: NewOutboxMessage[] = [];
  const ids = messages.map((message) => {
    const count = counts.get(message.to) ?? { hour: 0, day: 0 };
    counts.set(message.to, count);
    const refusal = count.hour >= ctx.config.smsPerNumberHour ? 'hourly_budget' : count.day >= ctx.config.smsPerNumberDay ? 'daily_budget' : null;
    const id = randomUUID();
    rows.push({ id, phone: message.to, body: storedBody(ctx, message, refusal !== null), secret: message.secret === true, refusal });
    if (refusal) return null;
    count.hour += 1;
    count.day += 1;
    return id;
  });
  await insertOutboxMessages(trx, rows, now);
  return ids;
}

/** What the outbox keeps of a message's text: a secret one sealed while it waits, and nothing once it will not be sent. */
function storedBody(ctx: Pick<AppContext, 'secretKey'>, message: SmsMessage, refused: boolean): string {
  if (!message.secret) return message.text;
  return refused ? '' : encryptText(ctx.secretKey, message.text, SECRET_BODY_BINDING);
}

const SECRET_BODY_BINDING = 'sms_outbox.body';

/** Sends, after the commit, the messages queueSms queued (those not already claimed by a worker). Counts, never throws. */
export async function deliverSms(ctx: AppContext, queued: QueuedSms): Promise<SmsDelivery> {
  if (queued.length === 0) return { sent: 0, failed: 0, abandoned: 0 };
  try {
    return await claimAndSend(ctx, queued);
  } catch {
    // The database is down: the messages stay queued for the worker.
    return { sent: 0, failed: queued.length, abandoned: 0 };
  }
}

/** The worker's run: sends every queued message that is due (new, or its pause after a failure over), a batch at a time. */
export async function deliverDueSms(ctx: AppContext): Promise<SmsDelivery> {
  const total = { sent: 0, failed: 0, abandoned: 0 };
  for (;;) {
    const batch = await claimAndSend(ctx);
    total.sent += batch.sent;
    total.failed += batch.failed;
    total.abandoned += batch.abandoned;
    if (batch.claimed < BATCH) return total;
  }
}

/**
 * Claims due messages (these ids only, when given) in one statement, then
 * sends them with no transaction open: a slow gateway never holds a database
 * connection.
 */
async function claimAndSend(ctx: AppContext, ids?: string[]): Promise<SmsDelivery & { claimed: number }> {
  const result = { sent: 0, failed: 0, abandoned: 0, claimed: 0 };
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const limit = ids ? Math.min(ids.length, LISTED_BATCH) : BATCH;
  const leaseUntil = new Date(now.getTime() + claimLeaseMs(ctx, limit));
  const claimed = await claimDueSms(db, { now, leaseUntil, limit, ids });
  result.claimed = claimed.length;
  for (const row of claimed) {
    const attempts = row.attempts + 1;
    try {
      const text = row.secret ? decryptText(ctx.secretKey, row.body, SECRET_BODY_BINDING) : row.body;
      await ctx.sms.send({ to: row.to_phone, text, reference: row.id });
      await markSmsSent(db, row, attempts, ctx.clock.now());
      result.sent += 1;
    } catch (err) {
      const abandon = attempts >= MAX_ATTEMPTS;
      await markSmsFailed(db, row, { attempts, error: reason(err), nextAttemptAt: new Date(now.getTime() + retryPauseMs(attempts)), abandon, at: now });
      result[abandon ? 'abandoned' : 'failed'] += 1;
    }
  }
  // The rest of a list larger than a batch.
  if (ids && ids.length > limit && claimed.length === limit) {
    const rest = await claimAndSend(
      ctx,
      ids.filter((id) => !claimed.some((c) => c.id === id)),
    );
    return {
      sent: result.sent + rest.sent,
      failed: result.failed + rest.failed,
      abandoned: result.abandoned + rest.abandoned,
      claimed: result.claimed + rest.claimed,
    };
  }
  return result;
}

/** The server's SMS worker (src/main.ts), every RINDA_SMS_INTERVAL_MS. */
export function startSmsWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'sms', everyMs: ctx.config.smsIntervalMs, run: () => deliverDueSms(ctx), onError });
}
