import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import { attachDeadlinesToCase, loadDeadlinePolicy, meetDeadlines, openDeadline } from '../deadlines/deadline.repository.js';
import { computeDueAt } from '../deadlines/deadline-policy.js';
import { endOfLocalDay } from '../deadlines/local-time.js';
import type { DB } from '../db/schema.js';
import type { RiskTier } from '../db/tables/cases-core.js';

// The deadlines steps 4-6 start and stop (src/deadlines owns the clock, the
// policy and the escalation). One call per event, inside the step's
// transaction, so a step and its deadlines commit together.

type CaseRef = { id: string; reportId: string; districtId: string; tier: RiskTier };

/** Intake: the report's open deadline (Tier 1 response or Tier 2 assessment) now follows the case. */
export async function onCaseOpened(_ctx: AppContext, trx: Transaction<DB>, kase: CaseRef, _at: Date): Promise<void> {
  await attachDeadlinesToCase(trx, { reportId: kase.reportId, caseId: kase.id });
}

/**
 * The first assessment (or the first after a review sent the case back)
 * meets the tier deadline (framework 3.7: Tier 1 same day, Tier 2 within a
 * week) and starts the plan's clock.
 */
export async function onCaseAssessed(ctx: AppContext, trx: Transaction<DB>, kase: CaseRef, at: Date): Promise<void> {
  await meetDeadlines(trx, { reportId: kase.reportId, kind: kase.tier === 1 ? 'tier1_response' : 'tier2_assessment' }, at);
  const policy = await loadDeadlinePolicy(trx);
  await openDeadline(trx, {
    kind: 'case_plan',
    caseId: kase.id,
    reportId: kase.reportId,
    districtId: kase.districtId,
    dueAt: computeDueAt(policy, 'case_plan', at, ctx.config.timeZone),
    at,
  });
}

/**
 * A plan meets the plan deadline. Its review date is the case review
 * deadline (the end of that day, local time); a plan version that moves the
 * date closes the earlier review deadline and opens the new one.
 */
export async function onCasePlanned(
  ctx: AppContext,
  trx: Transaction<DB>,
  kase: CaseRef,
  review: { reviewDate: string; previousReviewDate: string | null },
  at: Date,
): Promise<void> {
  await meetDeadlines(trx, { caseId: kase.id, kind: 'case_plan' }, at);
  if (review.reviewDate === review.previousReviewDate) return;
  await meetDeadlines(trx, { caseId: kase.id, kind: 'case_review' }, at);
  await openDeadline(trx, {
    kind: 'case_review',
    caseId: kase.id,
    reportId: kase.reportId,
    districtId: kase.districtId,
    dueAt: endOfLocalDay(review.reviewDate, ctx.config.timeZone),
    at,
  });
}
