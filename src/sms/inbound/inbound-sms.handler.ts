import type { Transaction } from 'kysely';
import { appendAudit, appendAudits } from '../../audit/audit.repository.js';
import type { AppContext } from '../../context.js';
import type { DB, Language } from '../../db/schema.js';
import { queueSms, queueSmsEach, type QueuedSms } from '../../notifications/sms-outbox.js';
import { normaliseRwandanMobile } from '../../people/phone.js';
import { findActiveIzuByPhone, findActiveIzuByPhones, type InboundSender } from './inbound-sender.repository.js';
import { auditRefusal, izuActor, recordIzuSubmission, recordMonthlyReports, type MonthlyReportSubmission, type PendingRefusal } from './izu-submission.js';
import { parseSms, type ParsedSms } from './sms-parser.js';
import { problemReply, unknownSenderReply } from './sms-replies.js';

// One inbound SMS, handled inside the caller's transaction (the inbound
// worker's, src/sms/inbound/inbound-worker.ts, which stored the message and
// delivers `queued` after its commit): the sender is the active IZU holding
// the number; the message is read (sms-parser.ts); what it says is recorded
// through the services; and a reply in the volunteer's language is queued in
// the same transaction, so a message is answered exactly when it is handled.
//
// The month-end burst (SYSTEM.md §10) is monthly reports and refusals: the
// worker hands a whole batch to handleInboundSms.batch, which finds every
// sender in one query, records the batch's reports together
// (recordMonthlyReports), the refusals' audit entries in one statement and
// the replies in one (queueSmsEach): a handful of statements for fifty
// messages, where one by one each took a dozen. The other kinds (a flag, a
// visit, a task's answer) are left to the one-by-one handler.

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

async function handleOne(trx: Transaction<DB>, ctx: AppContext, msg: InboundSmsMessage): Promise<InboundSmsHandled> {
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

/** A message of a batch, read: its sender (if any), what it says, and the answer's number. */
type Read = { phone: string | null; parsed: ParsedSms; sender: InboundSender | undefined };

/**
 * A batch of messages handled at once in `trx`, with exactly the outcomes,
 * records, audit entries and replies handleOne gives each: unknown senders,
 * messages that cannot be read and monthly reports; null for the others, left
 * to handleOne.
 */
async function handleBatch(trx: Transaction<DB>, ctx: AppContext, messages: InboundSmsMessage[]): Promise<(InboundSmsHandled | null)[]> {
  const phones = messages.map((m) => normaliseRwandanMobile(m.from));
  const senders = await findActiveIzuByPhones(
    trx,
    phones.filter((p): p is string => p !== null),
  );
  const read: Read[] = messages.map((m, i) => {
    const phone = phones[i] ?? null;
    return { phone, parsed: parseSms(m.text), sender: phone ? senders.get(phone) : undefined };
  });
  type Answer = { outcome: InboundSmsHandled['outcome']; kind: string | null; reply: string; language: Language; to: string | null };
  const answers: (Answer | null)[] = read.map(() => null);
  const refusals: PendingRefusal[] = [];
  const reports: { i: number; item: MonthlyReportSubmission }[] = [];
  const now = ctx.clock.now();
  read.forEach(({ phone, parsed, sender }, i) => {
    if (!sender) {
      const language = parsed.language ?? 'rw';
      const reply = unknownSenderReply(language);
      refusals.push({
        actor: NO_ONE,
        entry: {
          action: 'sms.refused',
          entityType: 'izu_submission',
          outcome: 'denied',
          details: { channel: 'sms', reason: 'unknown_sender', kind: parsed.kind },
        },
        reply,
        reason: 'unknown_sender',
      });
      // Only a Rwandan mobile can be answered.
      answers[i] = { outcome: 'unknown_sender', kind: parsed.kind, reply, language, to: phone };
      return;
    }
    const actor = izuActor(sender, 'sms');
    if (!parsed.ok) {
      const reply = problemReply(sender.language, parsed.kind, parsed.problem);
      refusals.push({
        actor,
        entry: {
          action: 'sms.refused',
          entityType: 'izu_submission',
          outcome: 'failure',
          details: { channel: 'sms', kind: parsed.kind, reason: parsed.problem.code },
        },
        reply,
        reason: parsed.problem.code,
      });
      answers[i] = { outcome: 'rejected', kind: parsed.kind, reply, language: sender.language, to: phone };
      return;
    }
    if (parsed.kind === 'monthly_report') reports.push({ i, item: { sender, actor, report: parsed.report } });
  });
  // Refusals first, in the order of the messages (as one by one), then the reports' own entries.
  await appendAudits(trx, refusals, now);
  const recorded = await recordMonthlyReports(
    trx,
    ctx,
    reports.map((r) => r.item),
    'sms',
  );
  recorded.forEach((result, k) => {
    const { i, item } = reports[k]!;
    answers[i] = { outcome: result.outcome, kind: 'monthly_report', reply: result.reply, language: item.sender.language, to: read[i]!.phone };
  });
  const toSend = answers.flatMap((a, i) => (a?.to ? [{ i, to: a.to, text: a.reply }] : []));
  const ids = await queueSmsEach(
    trx,
    ctx,
    toSend.map(({ to, text }) => ({ to, text })),
  );
  const queued = new Map(toSend.map(({ i }, k) => [i, ids[k] ?? null]));
  return answers.map((a, i) => {
    if (!a) return null;
    const id = queued.get(i);
    return { outcome: a.outcome, kind: a.kind, reply: a.reply, language: a.language, queued: id ? [id] : [] };
  });
}

/** One inbound SMS, handled in the caller's transaction; `.batch` handles many at once (the inbound worker's way). */
export const handleInboundSms = Object.assign(handleOne, { batch: handleBatch });
