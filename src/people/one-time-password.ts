import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { oneTimePasswordSms } from '../notifications/sms-messages.js';
import { deliverSms, queueSms, type QueuedSms } from '../notifications/sms-outbox.js';

/**
 * How a new account's (or a reset's) one-time password reaches its user:
 * - 'sms': texted to the phone on record, and not shown to the administrator,
 *   who could otherwise sign in as the new user before they do;
 * - 'sms_refused': the phone's SMS budget was spent, so nothing was sent and
 *   nothing is shown (a reset later sends a new one);
 * - 'shown': no phone on record, so the administrator hands it over in person.
 */
export type OneTimePasswordDelivery = 'sms' | 'sms_refused' | 'shown';

export type PendingOneTimePassword = { delivery: OneTimePasswordDelivery; queued: QueuedSms };

/** Queues the SMS in the transaction that sets the password, when there is a phone to send it to. */
export async function queueOneTimePassword(trx: Transaction<DB>, ctx: AppContext, phone: string | null, password: string): Promise<PendingOneTimePassword> {
  if (!phone) return { delivery: 'shown', queued: [] };
  const queued = await queueSms(trx, ctx, [{ to: phone, text: oneTimePasswordSms(password), secret: true }]);
  return { delivery: queued.length ? 'sms' : 'sms_refused', queued };
}

/** What the administrator's answer carries: the password only when it is theirs to hand over. */
const answerFor = (pending: PendingOneTimePassword, password: string) => ({
  oneTimePassword: pending.delivery === 'shown' ? password : null,
  delivery: pending.delivery,
});

/** After the commit: sends what was queued (one claim for them all), and gives the answers. */
export async function handOverOneTimePasswords(ctx: AppContext, items: { pending: PendingOneTimePassword; password: string }[]) {
  await deliverSms(
    ctx,
    items.flatMap((i) => i.pending.queued),
  );
  return items.map((i) => answerFor(i.pending, i.password));
}

export async function handOverOneTimePassword(ctx: AppContext, pending: PendingOneTimePassword, password: string) {
  const [answer] = await handOverOneTimePasswords(ctx, [{ pending, password }]);
  return answer!;
}
