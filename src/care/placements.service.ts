import type { Actor } from '../access/actor.js';
import { appendAudit } from '../audit/audit.repository.js';
import { assertCanCase } from '../access/case-access.js';
import { assertCaseOpen, changeCase, readCaseSection } from '../cases/case-change.js';
import { recordCaseEvent } from '../cases/case.repository.js';
import type { AppContext } from '../context.js';
import { conflict, invalidField } from '../errors/app-error.js';
import { CARE_EVENTS } from './care-events.js';
import { meetGatekeepingDeadline, scheduleReview, stopPlacementClocks } from './care-deadlines.js';
import { addDays } from '../deadlines/local-time.js';
import { assertDateNotAfter, assertNoActivePlacement, placeChild, today } from './placement-rules.js';
import {
  activePlacementOfChild,
  answerGatekeeping,
  attachGatekeeping,
  careForms,
  endPlacementRow,
  gatekeepingDue,
  insertGatekeeping,
  insertPlacementReview,
  latestApprovedGatekeeping,
  loadCaseCare,
  pendingGatekeeping,
  setPlacementReview,
} from './placements.repository.js';
import type { CaseCare, GatekeepingInput, PlacementInput, PlacementReviewInput } from './placements.schemas.js';
import type { PlacementEndReason } from '../db/tables/alternative-care.js';

// Alternative care on the child's case: gatekeeping (003: necessity and
// suitability, decided by the caseworker, approved by the supervisor),
// placements, their end, and their reviews.

export async function listCareForms(ctx: AppContext, actor: Actor) {
  assertCanCase(actor, 'case:read');
  return { items: await careForms(ctx.database.db) };
}

export async function readCaseCare(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseCare> {
  return readCaseSection(ctx, actor, caseId, 'alternative_care', async (trx) => {
    const care = await loadCaseCare(trx, actor, caseId);
    const due = await gatekeepingDue(trx, caseId);
    return { ...care, gatekeepingDueOn: due ? due.toISOString() : null };
  });
}

export async function recordGatekeeping(ctx: AppContext, actor: Actor, caseId: string, input: GatekeepingInput): Promise<CaseCare> {
  await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    if (await pendingGatekeeping(trx, caseId)) {
      throw conflict("A gatekeeping decision waits for the supervisor's approval", 'errors.gatekeeping_pending');
    }
    const id = await insertGatekeeping(trx, caseId, input, actor.id, now);
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: CARE_EVENTS.gatekeepingDecided,
      refTable: 'care_gatekeeping',
      refId: id,
      summary: { careForm: input.careForm ?? null, familyCarePossible: input.familyCarePossible },
    });
    await appendAudit(
      trx,
      actor,
      { action: 'care.gatekeeping.decide', entityType: 'case', entityId: caseId, fields: Object.keys(input), details: { gatekeepingId: id } },
      now,
    );
  });
  return readCaseCare(ctx, actor, caseId);
}

/** The supervisor approves the decision (or returns it with a note). Approval meets an emergency placement's gatekeeping deadline. */
export async function answerGatekeepingDecision(ctx: AppContext, actor: Actor, caseId: string, input: { approve: boolean; note?: string }) {
  await changeCase(ctx, actor, caseId, 'care:approve_gatekeeping', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const pending = await pendingGatekeeping(trx, caseId);
    if (!pending) throw conflict('No gatekeeping decision waits for approval on this case', 'errors.gatekeeping_none_pending');
    await answerGatekeeping(trx, pending.id, input.approve, input.note ?? null, actor.id, now);
    if (input.approve) {
      await meetGatekeepingDeadline(trx, caseId, now);
      const active = await activePlacementOfChild(trx, kase.childId);
      if (active && active.case_id === caseId && active.care_form === pending.care_form) await attachGatekeeping(trx, active.id, pending.id);
    }
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: input.approve ? CARE_EVENTS.gatekeepingApproved : CARE_EVENTS.gatekeepingReturned,
      refTable: 'care_gatekeeping',
      refId: pending.id,
      summary: { careForm: pending.care_form },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: input.approve ? 'care.gatekeeping.approve' : 'care.gatekeeping.return',
        entityType: 'case',
        entityId: caseId,
        fields: ['status', ...(input.note ? ['note'] : [])],
        details: { gatekeepingId: pending.id },
      },
      now,
    );
  });
  return readCaseCare(ctx, actor, caseId);
}

export async function createPlacement(ctx: AppContext, actor: Actor, caseId: string, input: PlacementInput): Promise<CaseCare> {
  await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    assertDateNotAfter('body.startedOn', input.startedOn, today(ctx, now));
    await assertNoActivePlacement(trx, kase.childId);
    const forms = await careForms(trx);
    const form = forms.find((f) => f.code === input.careForm)!;
    const decided = await latestApprovedGatekeeping(trx, caseId);
    const gatekept = !!decided && !decided.family_care_possible && decided.care_form === input.careForm;
    if (!gatekept && !(input.emergency && form.emergency)) {
      throw conflict(
        `A placement in ${input.careForm} needs an approved gatekeeping decision naming it (only emergency foster care may come first)`,
        'errors.placement_needs_gatekeeping',
        { careForm: input.careForm, approvedCareForm: decided?.care_form ?? null },
      );
    }
    const id = await placeChild(
      trx,
      ctx,
      actor,
      {
        kase,
        target: input,
        startedOn: input.startedOn,
        emergency: input.emergency,
        gatekeepingId: gatekept ? decided.id : null,
        gatekeepingDue: !gatekept,
        previousPlacementId: null,
        at: 'body',
      },
      now,
    );
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: CARE_EVENTS.placed,
      refTable: 'care_placements',
      refId: id,
      summary: { careForm: input.careForm, emergency: input.emergency },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'care.placement.create',
        entityType: 'case',
        entityId: caseId,
        fields: Object.keys(input),
        details: { placementId: id, carerId: input.carerId ?? null },
      },
      now,
    );
  });
  return readCaseCare(ctx, actor, caseId);
}

async function activeOfCase(trx: Parameters<typeof activePlacementOfChild>[0], kase: { id: string; childId: string }) {
  const active = await activePlacementOfChild(trx, kase.childId);
  if (!active || active.case_id !== kase.id) throw conflict('The child has no active placement on this case', 'errors.no_active_placement');
  return active;
}

export async function endPlacement(ctx: AppContext, actor: Actor, caseId: string, input: { endedOn: string; reason: PlacementEndReason; note?: string }) {
  await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    assertDateNotAfter('body.endedOn', input.endedOn, today(ctx, now));
    const active = await activeOfCase(trx, kase);
    if (input.endedOn < active.startedOn) throw invalidField('body.endedOn', 'before the placement started', 'errors.date_before_start');
    await endPlacementRow(trx, active.id, { endedOn: input.endedOn, reason: input.reason, note: input.note ?? null, by: actor.id });
    await stopPlacementClocks(trx, caseId, now);
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: CARE_EVENTS.ended,
      refTable: 'care_placements',
      refId: active.id,
      summary: { reason: input.reason },
    });
    await appendAudit(
      trx,
      actor,
      { action: 'care.placement.end', entityType: 'case', entityId: caseId, fields: Object.keys(input), details: { placementId: active.id } },
      now,
    );
  });
  return readCaseCare(ctx, actor, caseId);
}

/**
 * A placement review (003: regular reviews of care arrangements): still
 * necessary and suitable? reunification or a permanent family possible? with
 * the child's participation. It may keep the placement (the next review is
 * due in turn), end it, or change the form of care: the current placement
 * ends and the next starts the same day, in one transaction. The review is
 * the suitability decision for the new form, except residential care (the
 * last resort), which needs an approved gatekeeping decision naming it.
 */
export async function reviewPlacement(ctx: AppContext, actor: Actor, caseId: string, input: PlacementReviewInput): Promise<CaseCare> {
  await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const active = await activeOfCase(trx, kase);
    const day = today(ctx, now);
    let newPlacementId: string | null = null;
    let nextReviewOn: string | null = null;
    if (input.decision === 'continue') {
      nextReviewOn = addDays(day, ctx.config.careReviewDays);
      await setPlacementReview(trx, active.id, nextReviewOn);
      await scheduleReview(trx, ctx, kase, nextReviewOn, now);
    } else {
      const reason: PlacementEndReason = input.decision === 'change_form' ? 'form_changed' : input.endReason!;
      await endPlacementRow(trx, active.id, { endedOn: day, reason, note: input.note ?? null, by: actor.id });
      await stopPlacementClocks(trx, caseId, now);
      if (input.decision === 'change_form') {
        const next = input.next!;
        if (next.careForm === active.care_form)
          throw invalidField('body.next.careForm', 'the same form of care: keep the placement instead', 'errors.care_form_unchanged');
        const forms = await careForms(trx);
        const decided = await latestApprovedGatekeeping(trx, caseId);
        const gatekept = !!decided && !decided.family_care_possible && decided.care_form === next.careForm;
        if (forms.find((f) => f.code === next.careForm)!.lastResort && !gatekept) {
          throw conflict('Residential care is the last resort: it needs an approved gatekeeping decision naming it', 'errors.placement_needs_gatekeeping', {
            careForm: next.careForm,
          });
        }
        newPlacementId = await placeChild(
          trx,
          ctx,
          actor,
          {
            kase,
            target: next,
            startedOn: day,
            emergency: false,
            gatekeepingId: gatekept ? decided.id : null,
            gatekeepingDue: false,
            previousPlacementId: active.id,
            at: 'body.next',
          },
          now,
        );
      }
    }
    const id = await insertPlacementReview(trx, { ...input, placementId: active.id, caseId, by: actor.id, at: now, newPlacementId, nextReviewOn });
    await recordCaseEvent(trx, {
      caseId,
      actorId: actor.id,
      at: now,
      kind: CARE_EVENTS.reviewed,
      refTable: 'care_placement_reviews',
      refId: id,
      summary: { decision: input.decision, from: active.care_form, to: input.next?.careForm ?? null },
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'care.placement.review',
        entityType: 'case',
        entityId: caseId,
        fields: Object.keys(input),
        details: { placementId: active.id, reviewId: id, newPlacementId },
      },
      now,
    );
  });
  return readCaseCare(ctx, actor, caseId);
}
