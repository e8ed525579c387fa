import type { Db } from '../db/database.js';

// What Rinda holds about one person of a child's file, and nothing about
// anyone else in it: each query selects the subject's own columns only.

export async function childOwnRecords(db: Db, childId: string) {
  const child = await db
    .selectFrom('children as ch')
    .innerJoin('places as p', 'p.id', 'ch.place_id')
    .select([
      'ch.child_code as childCode',
      'ch.given_name as givenName',
      'ch.family_name as familyName',
      'ch.other_names as otherNames',
      'ch.sex',
      'ch.date_of_birth as dateOfBirth',
      'ch.birth_date_estimated as birthDateEstimated',
      'p.name as placeName',
      'ch.disability',
      'ch.disability_note as disabilityNote',
      'ch.refugee_status as refugeeStatus',
    ])
    .where('ch.id', '=', childId)
    .executeTakeFirstOrThrow();
  const cases = await db
    .selectFrom('cases as c')
    .select([
      'c.case_code as caseCode',
      'c.stage',
      'c.case_types as caseTypes',
      'c.opened_at as openedAt',
      'c.closed_at as closedAt',
      'c.closure_reason as closureReason',
    ])
    .where('c.child_id', '=', childId)
    .orderBy('c.opened_at')
    .execute();
  // The child's own say: their consent or assent (a caregiver's consent is the caregiver's record).
  const consents = await db
    .selectFrom('case_consents as cs')
    .innerJoin('cases as c', 'c.id', 'cs.case_id')
    .select(['c.case_code as caseCode', 'cs.kind', 'cs.purposes', 'cs.decision', 'cs.decided_at as decidedAt'])
    .where('c.child_id', '=', childId)
    .where('cs.kind', 'in', ['child_consent', 'child_assent'])
    .orderBy('cs.decided_at')
    .execute();
  // What happened to the child and what they need; the alleged perpetrator's details are withheld (see withheldFor).
  const assessments = await db
    .selectFrom('assessments as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .select([
      'c.case_code as caseCode',
      'a.version',
      'a.assessed_at as assessedAt',
      'a.incident_date as incidentDate',
      'a.incident_facts as incidentFacts',
      'a.summary',
      'a.domains',
    ])
    .where('c.child_id', '=', childId)
    .orderBy('a.assessed_at')
    .execute();
  return { child, cases, consents, assessments };
}

export async function memberOwnRecords(db: Db, memberId: string) {
  const member = await db
    .selectFrom('household_members as hm')
    .innerJoin('children as ch', 'ch.id', 'hm.child_id')
    .select([
      'ch.child_code as fileReference',
      'hm.full_name as fullName',
      'hm.relationship',
      'hm.sex',
      'hm.age_years as ageYears',
      'hm.phone',
      'hm.is_caregiver as isCaregiver',
      'hm.lives_with_child as livesWithChild',
    ])
    .where('hm.id', '=', memberId)
    .executeTakeFirstOrThrow();
  // The consents they gave, as they gave them.
  const consents = await db
    .selectFrom('case_consents as cs')
    .innerJoin('cases as c', 'c.id', 'cs.case_id')
    .select([
      'c.case_code as caseCode',
      'cs.kind',
      'cs.giver_relationship as relationship',
      'cs.purposes',
      'cs.share_with as shareWith',
      'cs.decision',
      'cs.decided_at as decidedAt',
    ])
    .where('cs.household_member_id', '=', memberId)
    .orderBy('cs.decided_at')
    .execute();
  return { member, consents };
}
