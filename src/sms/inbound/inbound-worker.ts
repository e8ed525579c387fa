import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { deliverSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { startWorker, type BackgroundWorker } from '../../workers/background-worker.js';
import { withSavepoint } from '../../db/savepoint.js';
import { claimDueInboundSms, lockHeldClaims, markInboundDone, markInboundDoneMany, markInboundFailed, type ClaimedInboundSms } from './inbound.repository.js';

// The inbound worker: hands each stored message to the SMS handler (it
// identifies the volunteer, records the report or flag and queues the reply
// in the transaction it is given) and records what came of it.
//
// Work is claimed in the database, as the outbox's is (sms-outbox.ts): one
// statement marks a batch processing and moves its next claim a lease ahead,
// skipping rows another server holds, so every server may run this worker at
// once. A batch is handled in one transaction: the claims still held are
// locked first; a handler with a batch form (the SMS handler's) records them
// together, a handful of statements for the batch; anything it leaves, or the
// whole batch if that fails, is handled one message at a time under a
// savepoint: a message whose handling fails is rolled back alone and tried
// again after a pause, the rest commit together (one commit, not one per
// message, is what lets a month-end burst through). A server that stops
// mid-batch commits nothing of it; its claim lapses after
// RINDA_SMS_INBOUND_LEASE_MS and another run takes the batch again. A batch
// still running when its lease lapses (a very slow machine) loses the
// messages another run has claimed meanwhile: marking a message done checks
// the claim is still this one's (its try count) and takes the row's lock, so
// of two runs holding the same message exactly one commits its handling. Several lanes claim and handle batches at once,
// each on its own connection of the pool. The replies go out through the one
// outbox, sent after the batch commits.

export type InboundSmsInput = { from: string; text: string; receivedAt: Date };

export type InboundSmsResult = {
  /** What came of the message, e.g. 'recorded', 'unknown_sender', 'not_understood'. */
  outcome: string;
  /** What the message was read as (a monthly report, a flag…), when it was read. */
  kind: string | null;
  reply: string | null;
  language: string | null;
  /** The reply (and any other SMS) queued with queueSms in the handler's transaction. */
  queued: QueuedSms;
};

/** Reads one message, records what it says and queues the answer, all in `trx` (src/sms/inbound/inbound-sms.handler.ts). */
export type InboundSmsHandler = ((trx: Transaction<DB>, ctx: AppContext, message: InboundSmsInput) => Promise<InboundSmsResult>) & {
  /**
   * The same for a whole batch at once, when the handler has a set-based way
   * (one statement for many messages where it can): for each message, in the
   * order given, its result, or null to leave it to the one-by-one handler.
   * If it throws, everything it wrote is rolled back and each message of the
   * batch is handled alone.
   */
  batch?: (trx: Transaction<DB>, ctx: AppContext, messages: InboundSmsInput[]) => Promise<(InboundSmsResult | null)[]>;
};

/** Messages claimed at once by a lane, and handled in one transaction. */
export const INBOUND_BATCH = 50;
/** Tries before a message is given up (kept as failed, for a person to read). */
export const INBOUND_MAX_ATTEMPTS = 5;
const FIRST_PAUSE_MS = 60_000;

/** Lanes handling batches at once: one on the embedded database (a single connection), several on PostgreSQL. */
const lanesFor = (ctx: AppContext) => (ctx.database.kind === 'postgres' ? 4 : 1);

export type InboundRun = { done: number; retried: number; failed: number };

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** The worker's run: handles every due message, batch after batch, until none is left. */
export async function processDueInboundSms(ctx: AppContext, handler: InboundSmsHandler): Promise<InboundRun> {
  const total: InboundRun = { done: 0, retried: 0, failed: 0 };
  const lane = async () => {
    // A lane hands the replies of a batch to the outbox's sender and goes on
    // with the next batch meanwhile: one delivery at a time per lane, so a
    // slow gateway slows the replies, not the recording of the reports.
    let delivering: Promise<unknown> = Promise.resolve();
    // A lane goes on until it finds nothing due: one that stopped at its first
    // short batch (the first messages of a burst) would leave the burst that
    // follows to the other lanes, one of them in the end.
    try {
      for (;;) {
        const claimed = await claimBatch(ctx);
        if (claimed.length === 0) return;
        const batch = await handleBatch(ctx, handler, claimed);
        total.done += batch.done;
        total.retried += batch.retried;
        total.failed += batch.failed;
        delivering = delivering.then(() => deliverSms(ctx, batch.replies));
      }
    } finally {
      await delivering;
    }
  };
  await Promise.all(Array.from({ length: lanesFor(ctx) }, lane));
  return total;
}

function claimBatch(ctx: AppContext): Promise<ClaimedInboundSms[]> {
  const now = ctx.clock.now();
  return claimDueInboundSms(ctx.database.db, { now, leaseUntil: new Date(now.getTime() + ctx.config.smsInboundLeaseMs), limit: INBOUND_BATCH });
}

class ClaimLost extends Error {}

const inputOf = (m: ClaimedInboundSms): InboundSmsInput => ({ from: m.from_phone, text: m.text, receivedAt: m.received_at });

/**
 * Handles a claimed batch in one transaction; the replies it queued are sent
 * after the commit (deliverSms never throws). The claims still this run's are
 * locked first (one statement), so no other run can take them until the
 * commit, and those another run has taken meanwhile are left alone, unread.
 * The handler's batch form then records them all at once and one statement
 * marks them done; should it fail, its writes are rolled back and each
 * message is handled alone, under a savepoint of its own, as below.
 */
export async function handleBatch(ctx: AppContext, handler: InboundSmsHandler, claimed: ClaimedInboundSms[]): Promise<InboundRun & { replies: QueuedSms }> {
  const run = { done: 0, retried: 0, failed: 0, replies: [] as QueuedSms };
  const replies = run.replies;
  await ctx.database.db.transaction().execute(async (trx) => {
    const live: ClaimedInboundSms[] = [];
    for (const message of claimed) {
      // Claimed again and again without an answer (its server stopped each time): given up, not handled once more.
      if (message.attempts > INBOUND_MAX_ATTEMPTS) {
        const now = ctx.clock.now();
        await markInboundFailed(trx, message, { error: 'claimed too many times', nextAttemptAt: now, giveUp: true, at: now });
        run.failed += 1;
      } else live.push(message);
    }
    // Another run holds the others now: their handling is theirs.
    const held = await lockHeldClaims(trx, live);
    let oneByOne = live.filter((m) => held.has(m.id));
    if (handler.batch && oneByOne.length > 0) {
      const mine = oneByOne;
      try {
        const handled = await withSavepoint(trx, 'inbound_batch', async () => {
          const results = await handler.batch!(trx, ctx, mine.map(inputOf));
          const done = mine.flatMap((message, i) => {
            const result = results[i];
            return result ? [{ message, result }] : [];
          });
          const marked = await markInboundDoneMany(
            trx,
            done.map(({ message, result }) => ({ claim: message, outcome: result.outcome, kind: result.kind, replyOutboxId: result.queued[0] ?? null })),
            ctx.clock.now(),
          );
          // The rows are locked by this run: a mark that missed is a fault, and the batch is handled one by one instead.
          if (marked.size !== done.length) throw new ClaimLost();
          return done;
        });
        for (const { result } of handled) replies.push(...result.queued);
        run.done += handled.length;
        const took = new Set(handled.map((h) => h.message.id));
        oneByOne = mine.filter((m) => !took.has(m.id));
      } catch {
        // Rolled back to before the batch: each message is handled alone (and one that fails again is tried again later).
        oneByOne = mine;
      }
    }
    for (const message of oneByOne) {
      const now = ctx.clock.now();
      try {
        const result = await withSavepoint(trx, 'inbound_message', async () => {
          const handled = await handler(trx, ctx, inputOf(message));
          const ours = await markInboundDone(trx, message, { outcome: handled.outcome, kind: handled.kind, replyOutboxId: handled.queued[0] ?? null, at: now });
          if (!ours) throw new ClaimLost();
          return handled;
        });
        replies.push(...result.queued);
        run.done += 1;
      } catch (err) {
        // Another run holds the message now: its handling is theirs; this one's is rolled back.
        if (err instanceof ClaimLost) continue;
        // Everything the handler wrote for this message is rolled back; the batch's other messages stand.
        const giveUp = message.attempts >= INBOUND_MAX_ATTEMPTS;
        const pause = FIRST_PAUSE_MS * 2 ** (message.attempts - 1);
        await markInboundFailed(trx, message, { error: reason(err), nextAttemptAt: new Date(now.getTime() + pause), giveUp, at: now });
        run[giveUp ? 'failed' : 'retried'] += 1;
      }
    }
  });
  return run;
}

// The worker of each server (one per context), so that a webhook that stored
// a message can start a run at once rather than wait for the next tick.
const workers = new WeakMap<AppContext, BackgroundWorker>();

/** Starts a run now on this server's inbound worker, if it has one (a test calls processDueInboundSms itself). */
export function kickInboundSmsWorker(ctx: AppContext): void {
  workers.get(ctx)?.kick();
}

/** The server's inbound SMS worker (src/main.ts): a run when a message arrives, and every RINDA_SMS_INTERVAL_MS for what is left. */
export function startInboundSmsWorker(ctx: AppContext, handler: InboundSmsHandler, onError: (err: unknown) => void): BackgroundWorker {
  const worker = startWorker({ name: 'inbound-sms', everyMs: ctx.config.smsIntervalMs, run: () => processDueInboundSms(ctx, handler), onError });
  workers.set(ctx, worker);
  return {
    kick: worker.kick,
    async stop() {
      workers.delete(ctx);
      await worker.stop();
    },
  };
}
