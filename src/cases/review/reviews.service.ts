import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { computeDueAt } from '../../deadlines/deadline-policy.js';
import { loadDeadlinePolicy, meetDeadlines, openDeadline } from '../../deadlines/deadline.repository.js';
import { conflict } from '../../errors/app-error.js';
import { updateCase, recordCaseEvent } from '../case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../case-change.js';
import { benchmarksAllowClosure, REVIEWABLE_STAGES, stageAfterReview, type ClosureCheck } from '../followup-rules.js';
import { loadPlanGoals } from '../planning/plan-goals.repository.js';
import type { Paging } from '../../http/paging.js';
import { insertReview, latestReview, listReviews as listReviewRows, reviewProgress } from './reviews.repository.js';
import type { RecordReviewInput, ReviewRecord } from './reviews.schemas.js';
import { FOLLOWUP_EVENTS } from '../timeline.js';
import { appendAudit } from '../../audit/audit.repository.js';

export const benchmarksNotMet = (check: ClosureCheck) =>
  conflict('The case plan goals and all seven benchmarks must be met to close the case on them', 'errors.closure_benchmarks_not_met', {
    missingBenchmarks: check.missingBenchmarks,
    openPlanGoals: check.openPlanGoals,
  });

/** Can the case close on its benchmarks now? The latest review and the current plan decide. */
export async function closureCheck(trx: Transaction<DB>, caseId: string): Promise<ClosureCheck> {
  return benchmarksAllowClosure(await latestReview(trx, caseId), await loadPlanGoals(trx, caseId));
}

/** Framework step 8: a case review scores the seven benchmarks and decides what comes next. */
export async function recordReview(ctx: AppContext, actor: Actor, caseId: string, input: RecordReviewInput): Promise<ReviewRecord> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    if (!REVIEWABLE_STAGES.includes(kase.stage)) {
      throw conflict('A case review measures progress against a case plan: make the plan first', 'errors.review_needs_plan', { stage: kase.stage });
    }
    const goals = await loadPlanGoals(trx, caseId);
    if (input.outcome === 'ready_for_closure') {
      const check = benchmarksAllowClosure({ scores: input.benchmarks }, goals);
      if (!check.allowed) throw benchmarksNotMet(check);
    }
    const id = await insertReview(trx, {
      caseId,
      reviewedBy: actor.id,
      at: now,
      outcome: input.outcome,
      newConcerns: input.newConcerns ?? null,
      note: input.note ?? null,
      scores: input.benchmarks,
      planGoals: goals && { total: goals.length, achieved: goals.filter((g) => g.achieved).length },
    });
    // The review done stops its clock; monitoring goes on, so the next review is due in turn.
    await meetDeadlines(trx, { caseId, kind: 'case_review' }, now);
    if (input.outcome !== 'ready_for_closure') {
      // 'continue': the next review is due in turn. 'reassess': the tier's
      // assessment clock runs again (framework 3.7: Tier 1 the same day, Tier 2
      // within a week), and the next assessment meets it (onCaseAssessed).
      const kind = input.outcome === 'continue' ? 'case_review' : kase.tier === 1 ? 'tier1_response' : 'tier2_assessment';
      const policy = await loadDeadlinePolicy(trx);
      await openDeadline(trx, {
        kind,
        caseId,
        reportId: kase.reportId,
        districtId: kase.districtId,
        dueAt: computeDueAt(policy, kind, now, ctx.config.timeZone),
        at: now,
      });
    }
    const stage = stageAfterReview(input.outcome);
    if (stage !== kase.stage) await updateCase(trx, caseId, { stage }, now);
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: FOLLOWUP_EVENTS.reviewRecorded,
      refTable: 'case_reviews',
      refId: id,
      summary: { outcome: input.outcome, metCount: input.benchmarks.filter((b) => b.met).length, stage },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.review.record',
        entityType: 'case',
        entityId: caseId,
        fields: ['benchmarks', 'outcome', 'newConcerns', 'note', ...(stage !== kase.stage ? ['stage'] : [])],
        details: { reviewId: id, outcome: input.outcome },
      },
      now,
    );
    return (await listReviewRows(trx, actor, caseId, id))[0]!;
  });
}

/** All reviews with the progress of benchmarks met over time, and whether closure is allowed now. */
export async function listReviews(ctx: AppContext, actor: Actor, caseId: string, paging: Paging) {
  return readCaseSection(ctx, actor, caseId, 'reviews', async (trx) => {
    const items = await listReviewRows(trx, actor, caseId, undefined, paging);
    const { progress, total } = await reviewProgress(trx, actor, caseId);
    return { items, total, ...paging, progress, closure: await closureCheck(trx, caseId) };
  });
}
