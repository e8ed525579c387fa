import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanFollowUpPlacements, izuPlacementScope } from '../access/care-access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { assertCaseOpen, changeCase } from '../cases/case-change.js';
import { findCaseById, recordCaseEvent, type CaseRecord } from '../cases/case.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { CARE_EVENTS } from './care-events.js';
import { scheduleNextVisit } from './care-deadlines.js';
import { nextVisitDue, ageOn, type CareForm } from './care-vocabulary.js';
import { assertDateNotAfter, today } from './placement-rules.js';
import { readCaseCare } from './placements.service.js';
import type { PlacementVisitInput } from './placements.schemas.js';
import { activePlacementOfChild, insertPlacementVisit, lastVisitOn, type ActivePlacement } from './placements.repository.js';

// Post-placement monitoring visits (001), by the caseworker (on the case) or
// by the IZU of the village where the child is placed (by web, on their
// follow-up list). Each visit meets the visit deadline and opens the next,
// on the schedule (VISIT_SCHEDULE: weekly, then monthly, then quarterly).

async function writeVisit(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  kase: CaseRecord,
  placement: ActivePlacement,
  input: PlacementVisitInput,
  visitor: 'caseworker' | 'izu',
  now: Date,
) {
  assertDateNotAfter('body.visitedOn', input.visitedOn, today(ctx, now));
  if (input.visitedOn < placement.startedOn) throw invalidField('body.visitedOn', 'before the placement started', 'errors.date_before_start');
  const id = await insertPlacementVisit(trx, { ...input, placementId: placement.id, caseId: kase.id, by: actor.id, visitor, at: now });
  await scheduleNextVisit(trx, ctx, kase, placement.startedOn, await lastVisitOn(trx, placement.id), now);
  await recordCaseEvent(trx, {
    caseId: kase.id,
    actorId: actor.id,
    at: now,
    kind: CARE_EVENTS.visited,
    refTable: 'care_placement_visits',
    refId: id,
    summary: { visitor, childSafe: input.childSafe, schoolAttendance: input.schoolAttendance },
  });
  await appendAudit(
    trx,
    actor,
    {
      action: 'care.visit.record',
      entityType: 'case',
      entityId: kase.id,
      fields: Object.keys(input),
      details: { placementId: placement.id, visitId: id, visitor },
    },
    now,
  );
  return id;
}

export async function recordCaseworkerVisit(ctx: AppContext, actor: Actor, caseId: string, input: PlacementVisitInput) {
  await changeCase(ctx, actor, caseId, 'case:work', async (trx, kase, now) => {
    assertCaseOpen(kase);
    const active = await activePlacementOfChild(trx, kase.childId);
    if (!active || active.case_id !== caseId) throw conflict('The child has no active placement on this case', 'errors.no_active_placement');
    await writeVisit(trx, ctx, actor, kase, active, input, 'caseworker', now);
  });
  return readCaseCare(ctx, actor, caseId);
}

/** The village IZU's follow-up list: the active placements in their village, with what a visit needs (the child's given name and age, the household). */
export async function listIzuPlacements(ctx: AppContext, actor: Actor) {
  assertCanFollowUpPlacements(actor);
  const now = ctx.clock.now();
  const day = today(ctx, now);
  return ctx.database.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('care_placements as cp')
      .innerJoin('children as ch', 'ch.id', 'cp.child_id')
      .leftJoin('foster_carers as fc', 'fc.id', 'cp.carer_id')
      .select([
        'cp.id',
        'cp.case_id',
        'cp.care_form',
        'ch.given_name',
        sql<string | null>`ch.date_of_birth::text`.as('dob'),
        sql<string>`coalesce(fc.household_name, cp.family_name)`.as('household'),
        sql<string>`cp.started_on::text`.as('startedOn'),
        sql<string | null>`(select max(v.visited_on)::text from care_placement_visits v where v.placement_id = cp.id)`.as('lastVisitOn'),
      ])
      .where(izuPlacementScope(actor))
      .orderBy('cp.started_on')
      .limit(200)
      .execute();
    await appendAudit(
      trx,
      actor,
      {
        action: 'care.izu_placements.list',
        entityType: 'case',
        fields: ['childGivenName', 'household'],
        details: { listedIds: rows.map((r) => r.case_id) },
      },
      now,
    );
    return {
      items: rows.map((r) => ({
        placementId: r.id,
        childGivenName: r.given_name,
        childAge: ageOn(r.dob, day),
        careForm: r.care_form as CareForm,
        household: r.household,
        startedOn: r.startedOn,
        nextVisitDue: nextVisitDue(r.startedOn, r.lastVisitOn),
        lastVisitOn: r.lastVisitOn,
      })),
    };
  });
}

/** The village IZU records a follow-up visit of a child placed in their village. */
export async function recordIzuVisit(ctx: AppContext, actor: Actor, placementId: string, input: PlacementVisitInput) {
  assertCanFollowUpPlacements(actor);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('care_placements as cp')
      .select(['cp.id', 'cp.case_id', 'cp.child_id'])
      .where('cp.id', '=', placementId)
      .where(izuPlacementScope(actor))
      .executeTakeFirst();
    if (!row) throw notFound('placement');
    // Reached through the scoped placement: the case itself is not the IZU's to read.
    const kase = (await findCaseById(trx, row.case_id, true))!;
    const active = (await activePlacementOfChild(trx, row.child_id))!;
    const id = await writeVisit(trx, ctx, actor, kase, active, input, 'izu', now);
    return { id, nextVisitDue: nextVisitDue(active.startedOn, await lastVisitOn(trx, active.id)) };
  });
}
