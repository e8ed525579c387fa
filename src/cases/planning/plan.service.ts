import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../deadlines/local-time.js';
import type { Actor } from '../../access/actor.js';
import { appendAudit } from '../../audit/audit.repository.js';

import type { AppContext } from '../../context.js';
import { conflict, invalidField, notFound } from '../../errors/app-error.js';
import { changeCase, iso } from '../case-change.js';
import { onCasePlanned } from '../case-deadlines.js';
import { findCaseInScope, recordCaseEvent, updateCase } from '../case.repository.js';
import { invitableUserIds } from '../case-people.repository.js';
import { planRefusal, stageAfterPlan } from '../case-stage.js';
import { findPlanVersion, insertPlanVersion, type PlanJson } from './plan.repository.js';
import type { PlanInput } from './plan.schemas.js';

// Framework step 6: the case plan. Each save is a new version (the earlier
// ones stay); goals and actions keep their `key` across versions, and an
// action's referral (step 7, later) is carried forward with it. The review
// date is the case review deadline; saving a plan meets the plan deadline.

export function planView(p: PlanJson) {
  return { ...p, createdAt: iso(p.createdAt) };
}

function checkKeysAndResponsibles(input: PlanInput, current: PlanJson | null) {
  const goalKeys = new Set(current?.goals.map((g) => g.key));
  const actionKeys = new Set(current?.goals.flatMap((g) => g.actions.map((a) => a.key)));
  const seen = new Set<string>();
  input.goals.forEach((g, gi) => {
    if (g.key && !goalKeys.has(g.key)) throw invalidField(`body.goals.${gi}.key`, 'Not a goal of the current plan', 'errors.plan_item_unknown');
    if (g.key && seen.has(g.key)) throw invalidField(`body.goals.${gi}.key`, 'The same goal is given twice', 'errors.plan_item_repeated');
    if (g.key) seen.add(g.key);
    g.actions.forEach((a, ai) => {
      const field = `body.goals.${gi}.actions.${ai}`;
      if (a.key && !actionKeys.has(a.key)) throw invalidField(`${field}.key`, 'Not an action of the current plan', 'errors.plan_item_unknown');
      if (a.key && seen.has(a.key)) throw invalidField(`${field}.key`, 'The same action is given twice', 'errors.plan_item_repeated');
      if (a.key) seen.add(a.key);
      if (!!a.responsibleUserId === !!a.responsibleName) {
        throw invalidField(`${field}.responsibleUserId`, 'Name who is responsible: a user or a provider', 'errors.action_responsible_required');
      }
    });
  });
}

export async function savePlan(ctx: AppContext, actor: Actor, caseId: string, input: PlanInput) {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    const refusal = planRefusal(kase.stage);
    if (refusal === 'case_not_open') throw conflict(`The case is ${kase.stage}; reopen it first`, 'errors.case_not_open', { stage: kase.stage });
    if (refusal === 'assessment_required') {
      throw conflict('A case plan follows an assessment: record the assessment first', 'errors.assessment_required');
    }
    if (input.reviewDate < localDateOf(now, ctx.config.timeZone)) {
      throw invalidField('body.reviewDate', 'The review date is in the past', 'errors.review_date_past');
    }
    const current = await findPlanVersion(trx, actor, kase.id, 'latest');
    checkKeysAndResponsibles(input, current);
    // A newly named responsible user is one the case may take in (the same
    // rule as the picker's search); one already responsible in the current
    // version stays (a plan carried across a transfer keeps its history).
    const kept = new Set(current?.goals.flatMap((g) => g.actions.flatMap((a) => (a.responsibleUser ? [a.responsibleUser.id] : []))));
    const named = [
      ...new Set(input.goals.flatMap((g) => g.actions.flatMap((a) => (a.responsibleUserId && !kept.has(a.responsibleUserId) ? [a.responsibleUserId] : [])))),
    ];
    const invitable = await invitableUserIds(trx, kase, named);
    input.goals.forEach((g, gi) =>
      g.actions.forEach((a, ai) => {
        if (a.responsibleUserId && !kept.has(a.responsibleUserId) && !invitable.has(a.responsibleUserId)) {
          throw invalidField(
            `body.goals.${gi}.actions.${ai}.responsibleUserId`,
            'No user you may name for this case has this id',
            'errors.responsible_user_not_found',
          );
        }
      }),
    );
    const referralOf = new Map(current?.goals.flatMap((g) => g.actions.map((a) => [a.key, a.referralId] as const)));
    const version = (current?.version ?? 0) + 1;
    const planId = await insertPlanVersion(trx, {
      caseId: kase.id,
      version,
      reviewDate: input.reviewDate,
      note: input.note ?? null,
      createdBy: actor.id,
      now,
      goals: input.goals.map((g) => ({
        key: g.key ?? randomUUID(),
        description: g.description,
        measure: g.measure,
        domain: g.domain ?? null,
        targetDate: g.targetDate ?? null,
        status: g.status,
        actions: g.actions.map((a) => ({
          key: a.key ?? randomUUID(),
          description: a.description,
          responsibleUserId: a.responsibleUserId ?? null,
          responsibleName: a.responsibleName ?? null,
          dueDate: a.dueDate,
          status: a.status,
          referralId: (a.key && referralOf.get(a.key)) || null,
        })),
      })),
    });
    const stage = stageAfterPlan(kase.stage);
    if (stage !== kase.stage) await updateCase(trx, kase.id, { stage }, now);
    await onCasePlanned(ctx, trx, kase, { reviewDate: input.reviewDate, previousReviewDate: current?.reviewDate ?? null }, now);
    const actionCount = input.goals.reduce((n, g) => n + g.actions.length, 0);
    await recordCaseEvent(trx, {
      caseId: kase.id,
      actorId: actor.id,
      at: now,
      kind: 'plan.updated',
      refTable: 'case_plans',
      refId: planId,
      summary: {
        version,
        goals: input.goals.length,
        actions: actionCount,
        reviewDate: input.reviewDate,
        ...(stage !== kase.stage && { stage: { from: kase.stage, to: stage } }),
      },
    });
    await appendAudit(trx, actor, { action: 'plan.update', entityType: 'case', entityId: kase.id, fields: ['plan'], details: { planId, version } }, now);
    const saved = await findPlanVersion(trx, actor, kase.id, version);
    return { ...planView(saved!), caseStage: stage };
  });
}

/** GET /cases/:id/plan/versions/:version: an earlier (or the current) plan version. Audited. */
export async function getPlanVersion(ctx: AppContext, actor: Actor, caseId: string, version: number) {
  // No case-reading role: caseScope holds nothing, so the case is not found (404).
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const kase = await findCaseInScope(trx, actor, caseId);
    if (!kase) throw notFound('case');
    const plan = await findPlanVersion(trx, actor, kase.id, version);
    if (!plan) throw notFound('plan version');
    await appendAudit(trx, actor, { action: 'case.read', entityType: 'case', entityId: kase.id, fields: ['plan'], details: { version } }, now);
    return planView(plan);
  });
}
