import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { carerIdentityVisible } from '../access/care-access.js';
import { caseRecordScope } from '../access/case-access.js';
import { userNames } from '../cases/followup-lists.repository.js';
import { userRef, userRefOrNull } from '../cases/followup.schemas.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { PlacementEndReason } from '../db/tables/alternative-care.js';
import { nextVisitDue, type CareForm } from './care-vocabulary.js';
import type { CaseCare, GatekeepingInput, PlacementReviewInput, PlacementVisitInput } from './placements.schemas.js';

// Gatekeeping, placements, their visits and reviews, in SQL. Reads of a
// case's care go through caseRecordScope; writes run inside changeCase (the
// case found in scope and locked).

export type CareFormRow = {
  code: CareForm;
  familyBased: boolean;
  needsCarer: boolean;
  emergency: boolean;
  lastResort: boolean;
  referredToAuthority: boolean;
  minAge: number;
};

export async function careForms(db: Db): Promise<CareFormRow[]> {
  const rows = await db
    .selectFrom('care_forms')
    .select([
      'code',
      'family_based as familyBased',
      'needs_carer as needsCarer',
      'emergency',
      'last_resort as lastResort',
      'referred_to_authority as referredToAuthority',
      'min_age as minAge',
    ])
    .orderBy('sort_order')
    .execute();
  return rows as CareFormRow[];
}

export async function insertGatekeeping(trx: Transaction<DB>, caseId: string, v: GatekeepingInput, by: string, at: Date): Promise<string> {
  const row = await trx
    .insertInto('care_gatekeeping')
    .values({
      case_id: caseId,
      family_care_possible: v.familyCarePossible,
      necessity_reasons: v.necessityReasons,
      care_form: v.careForm ?? null,
      suitability_reasons: v.suitabilityReasons,
      child_views: v.childViews,
      family_participation: v.familyParticipation,
      decided_by: by,
      decided_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function pendingGatekeeping(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('care_gatekeeping')
    .select(['id', 'care_form', 'decided_by', 'family_care_possible'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .forUpdate()
    .executeTakeFirst();
}

export async function answerGatekeeping(trx: Transaction<DB>, id: string, approve: boolean, note: string | null, by: string, at: Date) {
  await trx
    .updateTable('care_gatekeeping')
    .set({ status: approve ? 'approved' : 'returned', answered_by: by, answered_at: at, answer_note: note })
    .where('id', '=', id)
    .execute();
}

/** The latest approved gatekeeping decision of the case, if any. */
export async function latestApprovedGatekeeping(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('care_gatekeeping')
    .select(['id', 'care_form', 'family_care_possible', 'answered_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'approved')
    .orderBy('answered_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The child's active placement (on any of the child's cases), locked. */
export async function activePlacementOfChild(trx: Transaction<DB>, childId: string) {
  return trx
    .selectFrom('care_placements')
    .select([
      'id',
      'case_id',
      'care_form',
      'carer_id',
      'village_id',
      'district_id',
      'gatekeeping_id',
      'emergency',
      sql<string>`started_on::text`.as('startedOn'),
    ])
    .where('child_id', '=', childId)
    .where('ended_on', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}
export type ActivePlacement = NonNullable<Awaited<ReturnType<typeof activePlacementOfChild>>>;

export async function insertPlacement(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    childId: string;
    districtId: string;
    villageId: string;
    careForm: CareForm;
    carerId: string | null;
    familyName: string | null;
    gatekeepingId: string | null;
    emergency: boolean;
    siblingGroup: number;
    matchReasons: string | null;
    startedOn: string;
    plannedReviewOn: string;
    previousPlacementId: string | null;
    by: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('care_placements')
    .values({
      case_id: v.caseId,
      child_id: v.childId,
      district_id: v.districtId,
      village_id: v.villageId,
      care_form: v.careForm,
      carer_id: v.carerId,
      family_name: v.familyName,
      gatekeeping_id: v.gatekeepingId,
      emergency: v.emergency,
      sibling_group: v.siblingGroup,
      match_reasons: v.matchReasons,
      started_on: v.startedOn,
      planned_review_on: v.plannedReviewOn,
      previous_placement_id: v.previousPlacementId,
      created_by: v.by,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function endPlacementRow(trx: Transaction<DB>, id: string, v: { endedOn: string; reason: PlacementEndReason; note: string | null; by: string }) {
  await trx.updateTable('care_placements').set({ ended_on: v.endedOn, end_reason: v.reason, end_note: v.note, ended_by: v.by }).where('id', '=', id).execute();
}

export async function setPlacementReview(trx: Transaction<DB>, id: string, plannedReviewOn: string) {
  await trx.updateTable('care_placements').set({ planned_review_on: plannedReviewOn }).where('id', '=', id).execute();
}

/** An emergency placement made before gatekeeping takes the decision once approved. */
export async function attachGatekeeping(trx: Transaction<DB>, placementId: string, gatekeepingId: string) {
  await trx.updateTable('care_placements').set({ gatekeeping_id: gatekeepingId }).where('id', '=', placementId).where('gatekeeping_id', 'is', null).execute();
}

export async function lastVisitOn(trx: Transaction<DB>, placementId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('care_placement_visits')
    .select(sql<string>`max(visited_on)::text`.as('last'))
    .where('placement_id', '=', placementId)
    .executeTakeFirst();
  return row?.last ?? null;
}

export async function insertPlacementVisit(
  trx: Transaction<DB>,
  v: PlacementVisitInput & { placementId: string; caseId: string; by: string; visitor: 'caseworker' | 'izu'; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('care_placement_visits')
    .values({
      placement_id: v.placementId,
      case_id: v.caseId,
      visited_on: v.visitedOn,
      visited_by: v.by,
      visitor: v.visitor,
      child_safe: v.childSafe,
      wellbeing_safety: v.wellbeingSafety,
      material_needs: v.materialNeeds ?? null,
      educational_needs: v.educationalNeeds ?? null,
      health_needs: v.healthNeeds ?? null,
      psychological_needs: v.psychologicalNeeds ?? null,
      school_attendance: v.schoolAttendance,
      behaviour_and_response: v.behaviourAndResponse ?? null,
      social_protection: v.socialProtection ?? null,
      community_welcome: v.communityWelcome ?? null,
      recorded_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPlacementReview(
  trx: Transaction<DB>,
  v: Omit<PlacementReviewInput, 'next' | 'endReason'> & {
    placementId: string;
    caseId: string;
    by: string;
    at: Date;
    newPlacementId: string | null;
    nextReviewOn: string | null;
  },
): Promise<string> {
  const row = await trx
    .insertInto('care_placement_reviews')
    .values({
      placement_id: v.placementId,
      case_id: v.caseId,
      reviewed_by: v.by,
      reviewed_at: v.at,
      still_necessary: v.stillNecessary,
      still_suitable: v.stillSuitable,
      reunification_possible: v.reunificationPossible,
      permanence_possible: v.permanencePossible,
      child_participation: v.childParticipation,
      decision: v.decision,
      new_placement_id: v.newPlacementId,
      next_review_on: v.nextReviewOn,
      note: v.note ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Everything of alternative care on a case, for a reader in the case's scope. */
export async function loadCaseCare(db: Db, actor: Actor, caseId: string): Promise<Omit<CaseCare, 'gatekeepingDueOn'>> {
  const who = carerIdentityVisible(actor);
  const gatekeeping = await db
    .selectFrom('care_gatekeeping as g')
    .selectAll('g')
    .where('g.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'g.case_id'))
    .orderBy('g.decided_at', 'desc')
    .orderBy('g.id')
    .execute();
  const placements = await db
    .selectFrom('care_placements as cp')
    .innerJoin('places as pv', 'pv.id', 'cp.village_id')
    .leftJoin('foster_carers as fc', 'fc.id', 'cp.carer_id')
    .selectAll('cp')
    .select([
      'pv.name as villageName',
      (who ? sql<string | null>`fc.household_name` : sql<string | null>`null`).as('householdName'),
      sql<string>`cp.started_on::text`.as('startedOn'),
      sql<string>`cp.planned_review_on::text`.as('plannedReviewOn'),
      sql<string | null>`cp.ended_on::text`.as('endedOn'),
    ])
    .where('cp.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'cp.case_id'))
    .orderBy('cp.started_on', 'desc')
    .orderBy('cp.created_at', 'desc')
    .execute();
  const ids = placements.map((p) => p.id);
  const visits = ids.length
    ? await db
        .selectFrom('care_placement_visits')
        .selectAll()
        .select(sql<string>`visited_on::text`.as('visitedOnText'))
        .where('placement_id', 'in', ids)
        .orderBy('visited_on', 'desc')
        .orderBy('recorded_at', 'desc')
        .execute()
    : [];
  const reviews = ids.length
    ? await db
        .selectFrom('care_placement_reviews')
        .selectAll()
        .select(sql<string | null>`next_review_on::text`.as('nextReviewOnText'))
        .where('placement_id', 'in', ids)
        .orderBy('reviewed_at', 'desc')
        .execute()
    : [];
  const names = await userNames(db, [
    ...gatekeeping.flatMap((g) => [g.decided_by, g.answered_by]),
    ...visits.map((v) => v.visited_by),
    ...reviews.map((r) => r.reviewed_by),
  ]);
  return {
    gatekeeping: gatekeeping.map((g) => ({
      id: g.id,
      familyCarePossible: g.family_care_possible,
      necessityReasons: g.necessity_reasons,
      careForm: g.care_form as CareForm | null,
      suitabilityReasons: g.suitability_reasons,
      childViews: g.child_views,
      familyParticipation: g.family_participation,
      decidedBy: userRef(names, g.decided_by),
      decidedAt: g.decided_at.toISOString(),
      status: g.status,
      answeredBy: userRefOrNull(names, g.answered_by),
      answeredAt: g.answered_at ? g.answered_at.toISOString() : null,
      answerNote: g.answer_note,
    })),
    placements: placements.map((p) => {
      const own = visits.filter((v) => v.placement_id === p.id);
      return {
        id: p.id,
        careForm: p.care_form as CareForm,
        carer: p.carer_id ? { id: p.carer_id, householdName: p.householdName } : null,
        familyName: p.family_name,
        village: { id: p.village_id, name: p.villageName },
        emergency: p.emergency,
        gatekeepingId: p.gatekeeping_id,
        siblingGroup: p.sibling_group,
        matchReasons: p.match_reasons,
        startedOn: p.startedOn,
        plannedReviewOn: p.plannedReviewOn,
        endedOn: p.endedOn,
        endReason: p.end_reason,
        endNote: p.end_note,
        previousPlacementId: p.previous_placement_id,
        nextVisitDue: p.endedOn ? null : nextVisitDue(p.startedOn, own[0]?.visitedOnText ?? null),
        visits: own.map((v) => ({
          id: v.id,
          visitedOn: v.visitedOnText,
          visitedBy: userRef(names, v.visited_by),
          visitor: v.visitor,
          childSafe: v.child_safe,
          wellbeingSafety: v.wellbeing_safety,
          materialNeeds: v.material_needs,
          educationalNeeds: v.educational_needs,
          healthNeeds: v.health_needs,
          psychologicalNeeds: v.psychological_needs,
          schoolAttendance: v.school_attendance,
          behaviourAndResponse: v.behaviour_and_response,
          socialProtection: v.social_protection,
          communityWelcome: v.community_welcome,
        })),
        reviews: reviews
          .filter((r) => r.placement_id === p.id)
          .map((r) => ({
            id: r.id,
            reviewedBy: userRef(names, r.reviewed_by),
            reviewedAt: r.reviewed_at.toISOString(),
            stillNecessary: r.still_necessary,
            stillSuitable: r.still_suitable,
            reunificationPossible: r.reunification_possible,
            permanencePossible: r.permanence_possible,
            childParticipation: r.child_participation,
            decision: r.decision,
            nextReviewOn: r.nextReviewOnText,
            note: r.note,
          })),
      };
    }),
  };
}

/** The open gatekeeping deadline of a case (an emergency placement waiting for its decision), as a date. */
export async function gatekeepingDue(db: Db, caseId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('deadlines')
    .select('due_at')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'care_gatekeeping')
    .where('met_at', 'is', null)
    .orderBy('due_at')
    .limit(1)
    .executeTakeFirst();
  return row?.due_at ?? null;
}
