import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import { appendListAudit } from '../audit/audit.repository.js';
import type { Paging } from '../http/paging.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import { localDateOf } from '../deadlines/local-time.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { ADULT_AGE } from '../children/child-age.js';
import { recordCaseEvent } from '../cases/case.repository.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../cases/case-change.js';
import { assertNotFuture } from './reintegration.service.js';
import { REINTEGRATION_EVENTS } from './reintegration-vocabulary.js';
import type { CloseTransitionPlanInput, RecordSupportInput, RecordTransitionPlanInput, TransitionPlanView } from './transition.schemas.js';
import {
  childBirthDate,
  closePlan,
  listCareLeavers as listCareLeaverRows,
  hasOpenPlan,
  insertPlan,
  insertSupport,
  listPlans,
  lockPlan,
  updatePlan,
} from './transition.repository.js';

// Care leavers (SYSTEM.md §7: "supports care leavers (18+) into independent
// living"): a transition plan for a young person approaching 18 (housing,
// work, education, a safe adult), support after 18 on the same file, and the
// plan's closure when its goals are met.

/** The date a young person born on `dateOfBirth` turns 18, less `monthsBefore` months: from then on they are approaching 18. */
export function careLeaverFrom(dateOfBirth: string, monthsBefore: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + ADULT_AGE * 12 - monthsBefore;
  const target = new Date(Date.UTC(Math.floor(months / 12), months % 12, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export async function listTransitionPlans(ctx: AppContext, actor: Actor, caseId: string) {
  return readCaseSection(ctx, actor, caseId, 'transitionPlans', async (trx) => ({ items: await listPlans(trx, actor, caseId) }));
}

export async function recordTransitionPlan(ctx: AppContext, actor: Actor, caseId: string, input: RecordTransitionPlanInput): Promise<TransitionPlanView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const dob = await childBirthDate(trx, caseId);
    const months = ctx.config.careLeaverMonths;
    if (dob && careLeaverFrom(dob, months) > localDateOf(now, ctx.config.timeZone)) {
      throw conflict(`A transition plan is made for a young person within ${months} months of 18`, 'errors.transition_plan_too_young', {
        from: careLeaverFrom(dob, months),
      });
    }
    if (await hasOpenPlan(trx, caseId)) throw conflict('The young person has an open transition plan; change it or close it', 'errors.transition_plan_open');
    const id = await insertPlan(trx, { ...input, caseId, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.transitionPlanRecorded,
      refTable: 'transition_plans',
      refId: id,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.transition_plan.record',
        entityType: 'case',
        entityId: caseId,
        fields: ['housing', 'work', 'education', 'safeAdultName', 'safeAdultPhone'],
        details: { planId: id },
      },
      now,
    );
    return (await listPlans(trx, actor, caseId, id))[0]!;
  });
}

export async function changeTransitionPlan(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  planId: string,
  input: RecordTransitionPlanInput,
): Promise<TransitionPlanView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    await openPlan(trx, caseId, planId);
    await updatePlan(trx, planId, { ...input, by: actor.id, at: now });
    await appendAudit(
      trx,
      actor,
      {
        action: 'case.transition_plan.change',
        entityType: 'case',
        entityId: caseId,
        fields: ['housing', 'work', 'education', 'safeAdultName', 'safeAdultPhone'],
        details: { planId },
      },
      now,
    );
    return (await listPlans(trx, actor, caseId, planId))[0]!;
  });
}

/** Support given (before or after 18), on the same file: allowed on a closed case too, while the plan is open. */
export async function recordTransitionSupport(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  planId: string,
  input: RecordSupportInput,
): Promise<TransitionPlanView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const plan = await openPlan(trx, caseId, planId);
    assertNotFuture(ctx, 'body.givenOn', input.givenOn, now);
    if (input.givenOn < localDateOf(plan.createdAt, ctx.config.timeZone)) {
      throw invalidField('body.givenOn', 'Support under the plan is given after the plan was made', 'errors.transition_support_before_plan');
    }
    const id = await insertSupport(trx, { ...input, planId, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.transitionSupportRecorded,
      refTable: 'transition_support',
      refId: id,
      summary: { area: input.area },
    });
    await appendAudit(
      trx,
      actor,
      { action: 'case.transition_plan.support', entityType: 'case', entityId: caseId, fields: ['area', 'givenOn', 'note'], details: { planId, supportId: id } },
      now,
    );
    return (await listPlans(trx, actor, caseId, planId))[0]!;
  });
}

/** The plan closes when its goals are met: how, recorded. */
export async function closeTransitionPlan(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  planId: string,
  input: CloseTransitionPlanInput,
): Promise<TransitionPlanView> {
  return changeCase(ctx, actor, caseId, 'case:work', async (trx, _kase, now) => {
    const plan = await openPlan(trx, caseId, planId);
    assertNotFuture(ctx, 'body.closedOn', input.closedOn, now);
    if (input.closedOn < localDateOf(plan.createdAt, ctx.config.timeZone)) {
      throw invalidField('body.closedOn', 'A plan closes after it was made', 'errors.transition_support_before_plan');
    }
    await closePlan(trx, planId, { closedOn: input.closedOn, note: input.note, by: actor.id, at: now });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: REINTEGRATION_EVENTS.transitionPlanClosed,
      refTable: 'transition_plans',
      refId: planId,
    });
    await appendAudit(
      trx,
      actor,
      { action: 'case.transition_plan.close', entityType: 'case', entityId: caseId, fields: ['closedOn', 'closureNote'], details: { planId } },
      now,
    );
    return (await listPlans(trx, actor, caseId, planId))[0]!;
  });
}

async function openPlan(trx: Parameters<typeof lockPlan>[0], caseId: string, planId: string) {
  const plan = await lockPlan(trx, caseId, planId);
  if (!plan) throw notFound('transition plan');
  if (plan.status !== 'open') throw conflict('The transition plan is closed', 'errors.transition_plan_closed');
  return plan;
}

/**
 * Young people approaching 18 in care (an active placement), or past it and
 * still supported under an open transition plan (support after 18), in the
 * actor's case scope: those within RINDA_CARE_LEAVER_MONTHS of 18, or older.
 * The list is a read of children's records: audited.
 */
export async function listCareLeavers(ctx: AppContext, actor: Actor, paging: Paging) {
  assertCanCase(actor, 'case:read');
  const now = ctx.clock.now();
  const today = localDateOf(now, ctx.config.timeZone);
  // Born on or before this day: turns 18 within the configured months (or is older).
  const bornBy = bornByFor(today, ctx.config.careLeaverMonths);
  return ctx.database.db.transaction().execute(async (trx) => {
    const { items, total } = await listCareLeaverRows(trx, actor, bornBy, paging);
    const turns18 = (dob: string) => careLeaverFrom(dob, 0);
    await appendListAudit(
      trx,
      actor,
      {
        action: 'care_leavers.list',
        entityType: 'case',
        ids: items.map((i) => i.caseId),
        fields: ['childName', 'dateOfBirth'],
        details: { page: paging.page },
      },
      now,
    );
    return { items: items.map((i) => ({ ...i, turns18On: turns18(i.dateOfBirth) })), total, ...paging };
  });
}

/** The latest birth date of a care leaver on `today`: 18 years less `monthsBefore` months before it. */
export function bornByFor(today: string, monthsBefore: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) - (ADULT_AGE * 12 - monthsBefore);
  const target = new Date(Date.UTC(Math.floor(months / 12), months % 12, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
