import { appendAudit } from '../../audit/audit.repository.js';
import { listOpenTaskNumbers } from '../../cases/monitoring/visits.repository.js';
import { monthOf } from '../../community/monthly-report.service.js';
import type { AppContext } from '../../context.js';
import { deliverSms, type QueuedSms } from '../../notifications/sms-outbox.js';
import { normaliseRwandanMobile } from '../../people/phone.js';
import { findActiveIzuByPhone } from './inbound-sender.repository.js';
import { izuActor, recordIzuSubmission } from './izu-submission.js';
import { runUssdMenu, type ReportDraft } from './ussd-menu.js';
import { USSD_TEXTS } from './ussd-texts.js';
import { deleteDrafts, findLatestDraft, finishUssdSession, openUssdSession, saveDraft } from './ussd.repository.js';
import type { UssdRequestBody } from './ussd.schemas.js';

// One USSD request: the caller is the active IZU holding the number; the
// menu is replayed over the session's answers (ussd-menu.ts); the draft is
// saved as it changes; a confirmed report or flag is recorded through the
// same services as an SMS (izu-submission.ts). All in one transaction: the
// answer given is exactly what was kept.

const NO_ONE = { id: null, role: null, ip: null, requestId: null } as const;
/** The open visit tasks a USSD screen lists (about 182 characters a screen). */
const USSD_TASKS_SHOWN = 5;

/** The month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export async function answerUssd(ctx: AppContext, body: UssdRequestBody, requestId: string | null): Promise<string> {
  const now = ctx.clock.now();
  const phone = normaliseRwandanMobile(body.phoneNumber);
  const { reply, sms } = await ctx.database.db.transaction().execute(async (trx): Promise<{ reply: string; sms: QueuedSms }> => {
    const sender = phone ? await findActiveIzuByPhone(trx, phone) : undefined;
    if (!sender || !phone) {
      await appendAudit(
        trx,
        { ...NO_ONE, requestId },
        { action: 'ussd.refused', entityType: 'izu_submission', outcome: 'denied', details: { channel: 'ussd', reason: 'unknown_sender' } },
        now,
      );
      // Kinyarwanda, the volunteers' language, when the caller is not known.
      return { reply: `END ${USSD_TEXTS.rw.unknownSender}`, sms: [] };
    }
    const actor = izuActor(sender, 'ussd', requestId);
    const current = monthOf(ctx, now);
    const months = { current, previous: previousMonth(current) };
    const session = await openUssdSession(trx, {
      sessionId: body.sessionId,
      phone,
      userId: sender.id,
      now,
      startDraft: () => findLatestDraft(trx, sender.id, [months.current, months.previous]),
      // A screen lists a few: the soonest due first.
      startTasks: () => listOpenTaskNumbers(trx, actor, USSD_TASKS_SHOWN),
    });
    // The session ended already (the aggregator asks again): the same answer, nothing recorded twice.
    if (session.finalReply !== null) return { reply: session.finalReply, sms: [] };

    const inputs = body.text === '' ? [] : body.text.split('*');
    const result = runUssdMenu({ language: sender.language, inputs, draft: session.startDraft, months, tasks: session.startTasks });
    await deleteDrafts(trx, sender.id, result.discarded);
    if (result.draft && !sameDraft(result.draft, session.startDraft)) await saveDraft(trx, sender.id, result.draft, now);

    let reply = result.reply;
    let sms: QueuedSms = [];
    if (result.submit) {
      const recorded = await recordIzuSubmission(trx, ctx, sender, actor, result.submit, 'ussd');
      reply = `END ${recorded.reply}`;
      if (recorded.outcome === 'recorded') {
        sms = recorded.sms;
        if (result.submit.kind === 'monthly_report') await deleteDrafts(trx, sender.id, [result.submit.report.month]);
      }
    }
    if (reply!.startsWith('END ')) await finishUssdSession(trx, { sessionId: body.sessionId, phone, reply: reply!, now });
    return { reply: reply!, sms };
  });
  // A flag's notice to the district's CPWO goes out after the commit, as the web app's does.
  await deliverSms(ctx, sms);
  return reply;
}

const sameDraft = (a: ReportDraft, b: ReportDraft | null) => b !== null && JSON.stringify(a) === JSON.stringify(b);
