import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../context.js';
import { localDateOf } from '../deadlines/local-time.js';
import { deliverSms, queueSms, type QueuedSms } from '../notifications/sms-outbox.js';
import { monthlyReportMissingSms, monthlyReportReminderSms } from '../notifications/sms-messages.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import { monthToRemind } from './monthly-report.calendar.js';
import { countActivePairs, findCellCoordinators, findLatePairs, markReminded, type LatePairVolunteer } from './monthly-report.repository.js';

// Reminders (issue 13; SYSTEM.md §2: the cell coordinator "chases missing
// ones"). Once a month's deadline day (RINDA_IZU_REPORT_DEADLINE_DAY of the
// next month, Africa/Kigali) is over, each IZU of a village with no report
// gets one SMS in their language, and each cell coordinator the list of their
// cell's missing villages. Once per village and month and once per cell and
// month (izu_report_reminders), whichever server runs it and however often:
// a cell's reminders, their SMS and their audit entry commit together.

const SYSTEM_ACTOR = { id: null, role: null, ip: null, requestId: null };

export type ReminderRun = { month: string | null; pairs: number; coordinators: number; sms: number };

export async function sendMonthlyReportReminders(ctx: AppContext): Promise<ReminderRun> {
  const now = ctx.clock.now();
  const month = monthToRemind(localDateOf(now, ctx.config.timeZone), ctx.config.izuReportDeadlineDay);
  const run: ReminderRun = { month, pairs: 0, coordinators: 0, sms: 0 };
  if (!month) return run;
  const { db } = ctx.database;
  const late = await findLatePairs(db, month);
  const byCell = new Map<string, LatePairVolunteer[]>();
  for (const v of late) {
    const cell = v.villageId.slice(0, 6);
    byCell.set(cell, [...(byCell.get(cell) ?? []), v]);
  }
  for (const [cellId, volunteers] of byCell) {
    const queued: QueuedSms = await db.transaction().execute(async (trx) => {
      const villageIds = [...new Set(volunteers.map((v) => v.villageId))];
      const marked = new Set(await markReminded(trx, { month, placeIds: villageIds, kind: 'pair', at: now }));
      if (marked.size === 0) return [];
      const messages: SmsMessage[] = volunteers
        .filter((v) => marked.has(v.villageId) && v.phone)
        .map((v) => ({ to: v.phone!, text: monthlyReportReminderSms(v.language, month) }));
      run.pairs += marked.size;
      // The coordinator hears once per month, with the cell's missing villages at that moment.
      if ((await markReminded(trx, { month, placeIds: [cellId], kind: 'coordinator', at: now })).length) {
        const names = villageIds.map((id) => volunteers.find((v) => v.villageId === id)!.villageName);
        const active = await countActivePairs(trx, cellId);
        for (const c of await findCellCoordinators(trx, cellId)) {
          if (c.phone) messages.push({ to: c.phone, text: monthlyReportMissingSms(c.language, month, villageIds.length, active, names) });
          run.coordinators += 1;
        }
      }
      await appendAudit(
        trx,
        SYSTEM_ACTOR,
        { action: 'izu_report.remind', entityType: 'place', entityId: cellId, details: { month, villages: [...marked], sms: messages.length } },
        now,
      );
      return queueSms(trx, ctx, messages);
    });
    run.sms += queued.length;
    await deliverSms(ctx, queued);
  }
  return run;
}

/** The server's reminder worker (src/main.ts), every RINDA_IZU_REMINDER_INTERVAL_MS. */
export function startMonthlyReportReminderWorker(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'izu-report-reminders', everyMs: ctx.config.izuReminderIntervalMs, run: () => sendMonthlyReportReminders(ctx), onError });
}
