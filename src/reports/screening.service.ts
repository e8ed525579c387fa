import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext, SmsMessage } from '../context.js';
import { computeDueAt } from '../deadlines/deadline-policy.js';
import { loadDeadlinePolicy, meetDeadlines, openDeadline } from '../deadlines/deadline.repository.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { reportBeingHandledSms, reportClosedSms } from '../notifications/sms-messages.js';
import { deliverSms, queueSms } from '../notifications/sms-outbox.js';
import { findReport, lockReport, recordScreening, reportDeadlines, type ScreeningValues } from './report.repository.js';
import type { ReportDetail, ScreenReportInput } from './report.schemas.js';
import { toDetail } from './report.service.js';

// Framework step 3, screening and risk categorisation: is it VENA? If not,
// record the need, refer to early intervention and close the report. If so,
// the case types and the risk tier with its reason, which starts the response
// clock: Tier 1 the same day, Tier 2 a comprehensive assessment within a week.

/** The screening a request describes, or a 400 naming the rule it breaks. */
function screeningFrom(input: ScreenReportInput): ScreeningValues {
  const note = input.note ? input.note : null;
  const unique = <T>(xs: T[] | undefined) => [...new Set(xs ?? [])];
  if (input.isVena) {
    // The needs seen at screening are kept for a VENA report too, so the first
    // referrals can be made the same day (issue 11); early intervention is
    // what closes a report that is not VENA.
    if (input.earlyInterventions?.length) {
      throw invalidField('body.earlyInterventions', 'Early intervention is recorded only for a report that is not VENA', 'errors.screening_fields_mismatch');
    }
    const caseTypes = unique(input.caseTypes);
    if (caseTypes.length === 0) {
      throw invalidField('body.caseTypes', 'A VENA report needs at least one of the seven case types', 'errors.case_type_required');
    }
    if (input.tier === undefined) {
      throw invalidField('body.tier', 'A VENA report needs a risk tier: 1 (same-day response) or 2 (assessment within a week)', 'errors.tier_required');
    }
    if (!input.tierReason) {
      throw invalidField('body.tierReason', 'The risk tier needs a reason', 'errors.tier_reason_required');
    }
    return { isVena: true, caseTypes, tier: input.tier, tierReason: input.tierReason, needs: unique(input.needs), note };
  }
  for (const field of ['caseTypes', 'tier', 'tierReason'] as const) {
    const v = input[field];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
      throw invalidField(`body.${field}`, 'Case types and a risk tier are recorded only for a VENA report', 'errors.screening_fields_mismatch');
    }
  }
  const needs = unique(input.needs);
  if (needs.length === 0) throw invalidField('body.needs', 'Record the child’s need', 'errors.need_required');
  const earlyInterventions = unique(input.earlyInterventions);
  if (earlyInterventions.length === 0) {
    throw invalidField(
      'body.earlyInterventions',
      'A report that is not VENA is referred to at least one early intervention',
      'errors.early_intervention_required',
    );
  }
  return { isVena: false, needs, earlyInterventions, note };
}

export async function screenReport(ctx: AppContext, actor: Actor, reportId: string, input: ScreenReportInput): Promise<ReportDetail> {
  assertCanCase(actor, 'report:screen');
  const screening = screeningFrom(input);
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const policy = await loadDeadlinePolicy(db);

  const { detail, sms } = await db.transaction().execute(async (trx) => {
    const report = await lockReport(trx, actor, reportId);
    if (!report) throw notFound('report');
    if (report.status !== 'new') {
      throw conflict('This report has already been screened', 'errors.report_already_screened', { status: report.status });
    }
    await recordScreening(trx, report.id, actor.id, screening, now);
    await meetDeadlines(trx, { reportId: report.id, kind: 'screening' }, now);
    if (screening.isVena) {
      const kind = screening.tier === 1 ? 'tier1_response' : 'tier2_assessment';
      await openDeadline(trx, { kind, reportId: report.id, districtId: report.districtId, dueAt: computeDueAt(policy, kind, now, tz), at: now });
    }
    await appendAudit(
      trx,
      actor,
      {
        action: 'report.screen',
        entityType: 'incident_report',
        entityId: report.id,
        fields: screening.isVena ? ['isVena', 'caseTypes', 'tier', 'tierReason', 'note'] : ['isVena', 'needs', 'earlyInterventions', 'note'],
        details: screening.isVena ? { isVena: true, tier: screening.tier } : { isVena: false, closed: true },
      },
      now,
    );
    const row = (await findReport(trx, actor, report.id))!;
    const messages: SmsMessage[] = report.reporterPhone
      ? [{ to: report.reporterPhone, text: screening.isVena ? reportBeingHandledSms(report.reference) : reportClosedSms(report.reference) }]
      : [];
    return { detail: toDetail(row, await reportDeadlines(trx, report.id), now), sms: await queueSms(trx, ctx, messages) };
  });
  await deliverSms(ctx, sms);
  return detail;
}
