import type { Transaction } from 'kysely';
import { appendAudit } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import type { DB, Language } from '../../db/schema.js';
import { queueSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { normaliseRwandanMobile } from '../../people/phone.js';
import { findActiveIzuByPhone } from './inbound-sender.repository.js';
import { auditRefusal, izuActor, recordIzuSubmission } from './izu-submission.js';
import { parseSms } from './sms-parser.js';
import { problemReply, unknownSenderReply } from './sms-replies.js';

// One inbound SMS, handled inside the caller's transaction (the inbound
// worker's, src/sms/inbound/inbound-worker.ts, which stored the message and
// delivers `queued` after its commit): the sender is the active IZU holding
// the number; the message is read (sms-parser.ts); what it says is recorded
// through the services; and a reply in the volunteer's language is queued in
// the same transaction, so a message is answered exactly when it is handled.

export type InboundSmsMessage = { from: string; text: string; receivedAt: Date };

export type InboundSmsHandled = {
  outcome: 'recorded' | 'rejected' | 'unknown_sender';
  /** What the message was read as: 'monthly_report', 'incident_flag', 'visit_task', 'household_visit'; null when not read. */
  kind: string | null;
  reply: string;
  language: Language;
  /** The reply first, then any message the recording queued (a flag's notice to the CPWO). */
  queued: QueuedSms;
};

const NO_ONE = { id: null, role: null, ip: null, requestId: null } as const;

export async function handleInboundSms(trx: Transaction<DB>, ctx: AppContext, msg: InboundSmsMessage): Promise<InboundSmsHandled> {
  const phone = normaliseRwandanMobile(msg.from);
  const sender = phone ? await findActiveIzuByPhone(trx, phone) : undefined;
  const parsed = parseSms(msg.text);

  if (!sender) {
    // A polite refusal in the language the message was written in (Kinyarwanda when unknown). Nothing of the message is kept here.
    const language = parsed.language ?? 'rw';
    const reply = unknownSenderReply(language);
    await appendAudit(
      trx,
      NO_ONE,
      { action: 'sms.refused', entityType: 'izu_submission', outcome: 'denied', details: { channel: 'sms', reason: 'unknown_sender', kind: parsed.kind } },
      ctx.clock.now(),
    );
    // Only a Rwandan mobile can be answered; anything else the gateway may not even deliver to.
    const queued = phone ? await queueSms(trx, ctx, [{ to: phone, text: reply }]) : [];
    return { outcome: 'unknown_sender', kind: parsed.kind, reply, language, queued };
  }

  const actor = izuActor(sender, 'sms');
  const language = sender.language;
  const to = phone!;
  if (!parsed.ok) {
    const reply = problemReply(language, parsed.kind, parsed.problem);
    await auditRefusal(trx, ctx, actor, { channel: 'sms', kind: parsed.kind, reason: parsed.problem.code });
    const queued = await queueSms(trx, ctx, [{ to, text: reply }]);
    return { outcome: 'rejected', kind: parsed.kind, reply, language, queued };
  }

  const { ok: _ok, language: _language, ...submission } = parsed;
  const result = await recordIzuSubmission(trx, ctx, sender, actor, submission, 'sms');
  const queued = await queueSms(trx, ctx, [{ to, text: result.reply }]);
  return {
    outcome: result.outcome,
    kind: parsed.kind,
    reply: result.reply,
    language,
    queued: result.outcome === 'recorded' ? [...queued, ...result.sms] : queued,
  };
}
