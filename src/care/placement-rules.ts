import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { CaseRecord } from '../cases/case.repository.js';
import { localDateOf, addDays } from '../deadlines/local-time.js';
import { conflict, invalidField, notFound } from '../errors/app-error.js';
import { lockCarer, isVillage, placedWith } from './carers.repository.js';
import { ageOn } from './care-vocabulary.js';
import { openGatekeepingDeadline, scheduleNextVisit, scheduleReview } from './care-deadlines.js';
import { activePlacementOfChild, careForms, insertPlacement, type CareFormRow } from './placements.repository.js';
import type { PlacementTarget } from './placements.schemas.js';

// The rules of placing a child (the alternative care issue): one active
// placement per child; gatekeeping first (an emergency placement may come
// before it); an approved carer, whose approval is not past its review, who
// takes this child's age and has room for the sibling group. A refusal is a
// 409 saying what the rule requires, thrown before anything is written.

export const today = (ctx: AppContext, now: Date) => localDateOf(now, ctx.config.timeZone);

export async function childFacts(trx: Transaction<DB>, childId: string) {
  return trx
    .selectFrom('children')
    .select(['id', 'place_id as placeId', 'district_id as districtId', 'given_name as givenName'])
    .select((eb) => eb.cast<string | null>('date_of_birth', 'text').as('dateOfBirth'))
    .where('id', '=', childId)
    .executeTakeFirstOrThrow();
}

export async function assertNoActivePlacement(trx: Transaction<DB>, childId: string) {
  const active = await activePlacementOfChild(trx, childId);
  if (active) {
    throw conflict('The child has an active placement: end it, or change the form of care at a review', 'errors.placement_already_active', {
      placementId: active.id,
    });
  }
}

export function assertDateNotAfter(field: string, date: string, latest: string) {
  if (date > latest) throw invalidField(field, 'cannot be in the future', 'errors.date_in_future');
}

type PlaceChild = {
  kase: CaseRecord;
  target: PlacementTarget;
  startedOn: string;
  emergency: boolean;
  gatekeepingId: string | null;
  /** The emergency placement goes ahead without a gatekeeping decision: its deadline opens. */
  gatekeepingDue: boolean;
  previousPlacementId: string | null;
  /** Where the field errors point ('body' or 'body.next'). */
  at: string;
};

/** Checks the target (form, carer or family, ages, capacity), then writes the placement and opens its clocks. */
export async function placeChild(trx: Transaction<DB>, ctx: AppContext, actor: Actor, p: PlaceChild, now: Date): Promise<string> {
  const { target, kase } = p;
  const form = (await careForms(trx)).find((f) => f.code === target.careForm)!;
  const child = await childFacts(trx, kase.childId);
  const age = ageOn(child.dateOfBirth, p.startedOn);
  if (age !== null && age < form.minAge) {
    throw conflict(`${target.careForm} is for young people from ${form.minAge}`, 'errors.care_form_age', { minAge: form.minAge, age });
  }
  const where = await placeOf(trx, actor, form, target, age, p.startedOn, p.at);
  const plannedReviewOn = addDays(p.startedOn, ctx.config.careReviewDays);
  let id: string;
  try {
    id = await insertPlacement(trx, {
      caseId: kase.id,
      childId: kase.childId,
      districtId: where.villageId.slice(0, 2),
      villageId: where.villageId,
      careForm: target.careForm,
      carerId: where.carerId,
      familyName: where.carerId ? null : target.familyName!,
      gatekeepingId: p.gatekeepingId,
      emergency: p.emergency,
      siblingGroup: target.siblingGroup,
      matchReasons: target.matchReasons ?? null,
      startedOn: p.startedOn,
      plannedReviewOn,
      previousPlacementId: p.previousPlacementId,
      by: actor.id,
      at: now,
    });
  } catch (err) {
    // Two placements of one child at once: the unique index keeps one.
    if ((err as { code?: string }).code === '23505') throw conflict('The child has an active placement', 'errors.placement_already_active');
    throw err;
  }
  await scheduleNextVisit(trx, ctx, kase, p.startedOn, null, now);
  await scheduleReview(trx, ctx, kase, plannedReviewOn, now);
  if (p.gatekeepingDue) await openGatekeepingDeadline(trx, ctx, kase, p.startedOn, now);
  return id;
}

async function placeOf(
  trx: Transaction<DB>,
  actor: Actor,
  form: CareFormRow,
  target: PlacementTarget,
  age: number | null,
  startedOn: string,
  at: string,
): Promise<{ villageId: string; carerId: string | null }> {
  if (!form.needsCarer) {
    if (target.carerId) throw invalidField(`${at}.carerId`, `${form.code} names a family or place, not a carer of the register`, 'errors.care_form_no_carer');
    if (!target.familyName) throw invalidField(`${at}.familyName`, 'name the family or place', 'errors.required');
    if (!target.villageId) throw invalidField(`${at}.villageId`, 'say where the child will live', 'errors.required');
    if (!(await isVillage(trx, target.villageId))) throw invalidField(`${at}.villageId`, 'not a village on the map', 'errors.place_not_village');
    return { villageId: target.villageId, carerId: null };
  }
  if (!target.carerId) throw invalidField(`${at}.carerId`, `${form.code} needs an approved carer of the register`, 'errors.required');
  const carer = await lockCarer(trx, actor, target.carerId);
  if (!carer) throw notFound('carer');
  if (carer.status !== 'approved') {
    throw conflict('Only an approved carer takes a child: assessment, training and approval first', 'errors.carer_not_approved', { status: carer.status });
  }
  if (carer.reviewOn && carer.reviewOn < startedOn) {
    throw conflict("The carer's approval is past its review date: review it first", 'errors.carer_approval_review_due', { reviewOn: carer.reviewOn });
  }
  if (form.emergency && !carer.emergency_available) {
    throw conflict('Emergency foster care needs a carer available for emergencies', 'errors.carer_not_emergency');
  }
  if (age !== null && (age < carer.age_min || age > carer.age_max)) {
    throw conflict(`The carer takes children aged ${carer.age_min} to ${carer.age_max}`, 'errors.carer_age_range', {
      ageMin: carer.age_min,
      ageMax: carer.age_max,
      age,
    });
  }
  const { placed } = await trx
    .selectFrom('foster_carers as fc')
    .select(placedWith('fc.id').as('placed'))
    .where('fc.id', '=', carer.id)
    .executeTakeFirstOrThrow();
  if (placed + target.siblingGroup > carer.capacity) {
    throw conflict(`The household takes ${carer.capacity} children and has ${placed}: no room for ${target.siblingGroup} more`, 'errors.carer_full', {
      capacity: carer.capacity,
      placed,
      siblingGroup: target.siblingGroup,
    });
  }
  return { villageId: carer.village_id, carerId: carer.id };
}
