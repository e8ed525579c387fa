import type { Transaction } from 'kysely';
import type { ZodError } from 'zod';
import type { Actor } from '../access/actor.js';
import { assertMayEnterMonthlyReport, assertReportVillageInScope } from '../access/monthly-report-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { localDateOf } from '../deadlines/local-time.js';
import { AppError, invalidField } from '../errors/app-error.js';
import { fieldMessageKey, type IssueParams } from '../errors/field-message-key.js';
import type { MonthlyReportChannel } from './monthly-report.content.js';
import { insertMonthlyReport, isVillage } from './monthly-report.repository.js';
import { monthlyReportInputSchema, type MonthlyReportInput, type MonthlyReportValues, type SubmittedMonthlyReport } from './monthly-report.schemas.js';

// The IZU monthly report (issue 13; programme brief: "each pair sends a
// monthly report"). One entry point for every channel: the web form, a paper
// form typed by the cell coordinator, SMS and USSD. A second report for the
// same village and month replaces the first, which stays as history.
//
// Month-end burst (SYSTEM.md §10: 29,674 volunteers, most in the last days):
// the checks read nothing but the actor and, for a paper report, the village's
// primary key; the write is a lock, an update and an insert by index, and the
// audit entry.

/** The calendar month of an instant in the configured zone (Africa/Kigali), 'YYYY-MM'. */
export const monthOf = (ctx: Pick<AppContext, 'config'>, at: Date) => localDateOf(at, ctx.config.timeZone).slice(0, 7);

/** A schema's refusal as the API's field errors ('body.<path>', each with its message key). */
function fieldErrors(error: ZodError): AppError {
  const fields = error.issues.map((issue) => {
    const extra = issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '';
    const field = ['body', ...issue.path.map(String), extra].filter(Boolean).join('.');
    return { field, message: issue.message, ...fieldMessageKey(issue.code, issue.message, issue as unknown as IssueParams) };
  });
  return new AppError('validation', fields.map((f) => `${f.field}: ${f.message}`).join('; '), 'errors.validation', fields);
}

/**
 * Records a pair's monthly report in its own transaction. `channel`: 'web'
 * or 'sms'/'ussd' for an IZU reporting on their own village; 'paper' for a
 * cell coordinator typing a pair's paper form (villageId required). Throws
 * field errors (400) for bad input, 403 for a role that may not report, 404
 * for a village outside a coordinator's cell; nothing is written then.
 */
export async function submitMonthlyReport(
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const checked = await checkMonthlyReport(ctx, actor, input, channel);
  return ctx.database.db.transaction().execute((trx) => writeMonthlyReport(trx, ctx, actor, checked, channel));
}

/**
 * The same inside the caller's transaction (the SMS and USSD channels record
 * the inbound message and the report together, exactly once). A refusal
 * throws before anything is written in `trx`.
 */
export async function submitMonthlyReportIn(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const checked = await checkMonthlyReport(ctx, actor, input, channel, trx);
  return writeMonthlyReport(trx, ctx, actor, checked, channel);
}

type CheckedReport = { villageId: string; values: MonthlyReportValues };

async function checkMonthlyReport(
  ctx: AppContext,
  actor: Actor,
  input: MonthlyReportInput,
  channel: MonthlyReportChannel,
  trx?: Transaction<DB>,
): Promise<CheckedReport> {
  assertMayEnterMonthlyReport(actor, channel);
  const parsed = monthlyReportInputSchema.safeParse(input);
  if (!parsed.success) throw fieldErrors(parsed.error);
  const values = parsed.data;
  // A month not yet begun cannot be reported on; the month in progress can (a pair may send on the last days).
  if (values.month > monthOf(ctx, ctx.clock.now())) throw invalidField('body.month', 'a month not yet begun', 'errors.month_in_future');
  let villageId: string;
  if (channel === 'paper') {
    if (!values.villageId)
      throw new AppError('validation', 'body.villageId: required', 'errors.validation', [
        { field: 'body.villageId', message: 'required', messageKey: 'errors.field.required' },
      ]);
    villageId = values.villageId;
    assertReportVillageInScope(actor, villageId);
    if (!(await isVillage(trx ?? ctx.database.db, villageId)))
      throw invalidField('body.villageId', 'not a village (Umudugudu)', 'errors.izu_report_not_village');
  } else {
    // An IZU reports on their own village (their jurisdiction), never another.
    villageId = values.villageId ?? actor.jurisdictionId;
    if (villageId !== actor.jurisdictionId) throw invalidField('body.villageId', 'an IZU reports on their own village only', 'errors.izu_report_other_village');
  }
  return { villageId, values };
}

async function writeMonthlyReport(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  { villageId, values }: CheckedReport,
  channel: MonthlyReportChannel,
): Promise<SubmittedMonthlyReport> {
  const now = ctx.clock.now();
  const { id, replacedId } = await insertMonthlyReport(trx, {
    villageId,
    month: values.month,
    channel,
    submittedBy: channel === 'paper' ? null : actor.id,
    enteredBy: actor.id,
    receivedAt: now,
    values,
  });
  // A paper form typed by a coordinator is audited as entered on the pair's behalf.
  await appendAudit(
    trx,
    actor,
    {
      action: channel === 'paper' ? 'izu_report.enter_paper' : 'izu_report.submit',
      entityType: 'izu_monthly_report',
      entityId: id,
      details: {
        villageId,
        month: values.month,
        channel,
        ...(replacedId && { replaces: replacedId }),
        ...(channel === 'paper' && { onBehalfOfVillage: villageId }),
      },
    },
    now,
  );
  return { id, month: values.month, villageId, replaced: replacedId !== null };
}
