import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, caseScope } from '../access/case-access.js';
import type { Db } from '../db/database.js';
import { selectConferences } from './conferences/conference.repository.js';
import { planJson } from './planning/plan.repository.js';
import type { CaseType } from './case-vocabulary.js';

// The whole case file in one query (benchmarked: p95 ≤ 50 ms): the case and
// child with every section nested as JSON, filtered by the actor's case scope.
// Need-to-know is applied here, for every reader (JSON, PDF, and any other):
// what caseFieldVisibility hides is selected as null and never leaves the database.

const person = (alias: string) =>
  sql<{
    id: string;
    fullName: string;
  } | null>`case when ${sql.ref(alias + '.id')} is null then null else json_build_object('id', ${sql.ref(alias + '.id')}, 'fullName', ${sql.ref(alias + '.full_name')}) end`;

/** A user who is always there (an inner join): never null. */
const signer = (alias: string) =>
  sql<{ id: string; fullName: string }>`json_build_object('id', ${sql.ref(alias + '.id')}, 'fullName', ${sql.ref(alias + '.full_name')})`;

/** A column, or null when the actor may not see it. */
function shownOrNull<T>(visible: boolean, column: string) {
  return visible ? sql<T | null>`${sql.ref(column)}` : sql<T | null>`null`;
}

/** The case file in the actor's scope, as far as they may see it; `today` (local date) gives the child's age. */
export async function loadCaseFile(db: Db, actor: Actor, caseId: string, today: string) {
  const { childIdentity } = caseFieldVisibility(actor);
  const identity = <T>(column: string) => shownOrNull<T>(childIdentity, column);
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('places as chp', 'chp.id', 'ch.place_id')
    .innerJoin('places as cp', 'cp.id', 'c.place_id')
    .innerJoin('incident_reports as r', 'r.id', 'c.report_id')
    .innerJoin('users as ob', 'ob.id', 'c.opened_by')
    .leftJoin('users as lead', 'lead.id', 'c.lead_caseworker_id')
    .leftJoin('users as sup', 'sup.id', 'c.supervisor_id')
    .select((eb) => [
      'c.id',
      'c.case_code as caseCode',
      'c.stage',
      'c.tier',
      // written only from the screening's vocabulary, checked by zod (case-vocabulary.ts)
      eb.ref('c.case_types').$castTo<CaseType[]>().as('caseTypes'),
      'c.district_id as districtId',
      'c.place_id as placeId',
      'cp.name as placeName',
      'c.opened_at as openedAt',
      'c.closed_at as closedAt',
      'c.closure_reason as closureReason',
      'c.next_due_at as nextDueAt',
      signer('ob').as('openedBy'),
      sql<{
        id: string;
        fullName: string;
        role: string;
      } | null>`case when lead.id is null then null else json_build_object('id', lead.id, 'fullName', lead.full_name, 'role', lead.role) end`.as(
        'leadCaseworker',
      ),
      person('sup').as('supervisor'),
      'r.id as reportId',
      'r.reference as reportReference',
      'r.channel as reportChannel',
      'r.received_at as reportReceivedAt',
      'r.tier_reason as tierReason',
      'ch.id as childId',
      'ch.child_code as childCode',
      sql<boolean>`${sql.lit(childIdentity)}`.as('identityVisible'),
      identity<string>('ch.given_name').as('givenName'),
      identity<string>('ch.family_name').as('familyName'),
      identity<string>('ch.other_names').as('otherNames'),
      'ch.sex',
      (childIdentity ? sql<string | null>`ch.date_of_birth::text` : sql<string | null>`null`).as('dateOfBirth'),
      sql<number | null>`extract(year from age(${today}::date, ch.date_of_birth))::int`.as('ageYears'),
      'ch.birth_date_estimated as birthDateEstimated',
      'ch.disability',
      'ch.disability_note as disabilityNote',
      'ch.refugee_status as refugeeStatus',
      'ch.place_id as childPlaceId',
      sql<boolean>`ch.restricted_at is not null`.as('restricted'),
      'chp.name as childPlaceName',
      jsonArrayFrom(
        eb
          .selectFrom('household_members as hm')
          .select([
            'hm.id',
            identity<string>('hm.full_name').as('fullName'),
            'hm.relationship',
            'hm.sex',
            'hm.age_years as ageYears',
            identity<string>('hm.phone').as('phone'),
            'hm.is_caregiver as isCaregiver',
            'hm.lives_with_child as livesWithChild',
            'hm.sibling_child_id as siblingChildId',
          ])
          .whereRef('hm.child_id', '=', 'ch.id')
          // Caregivers first, then the rest, the eldest first.
          .orderBy('hm.is_caregiver', 'desc')
          .orderBy(sql`hm.age_years desc nulls last`)
          .orderBy('hm.id'),
      ).as('household'),
      jsonArrayFrom(
        eb
          .selectFrom('cases as oc')
          .select(['oc.id', 'oc.case_code as caseCode', 'oc.stage', 'oc.opened_at as openedAt'])
          .whereRef('oc.child_id', '=', 'c.child_id')
          .whereRef('oc.id', '<>', 'c.id')
          // The child's other cases, as far as the reader's own scope goes.
          .where(sql<boolean>`exists (select 1 from cases c where c.id = oc.id and ${caseScope(actor)})`)
          .orderBy('oc.opened_at'),
      ).as('otherCases'),
      jsonArrayFrom(
        eb
          .selectFrom('case_consents as cs')
          .innerJoin('users as cu', 'cu.id', 'cs.recorded_by')
          .select([
            'cs.id',
            'cs.kind',
            'cs.decision',
            'cs.purposes',
            'cs.share_with as shareWith',
            'cs.household_member_id as householdMemberId',
            identity<string>('cs.giver_name').as('giverName'),
            'cs.giver_relationship as giverRelationship',
            'cs.child_age_years as childAgeYears',
            'cs.capacity_note as capacityNote',
            'cs.reason',
            'cs.decided_at as decidedAt',
            'cs.recorded_at as recordedAt',
            signer('cu').as('recordedBy'),
          ])
          .whereRef('cs.case_id', '=', 'c.id')
          .orderBy('cs.decided_at')
          .orderBy('cs.recorded_at'),
      ).as('consents'),
      jsonArrayFrom(
        eb
          .selectFrom('assessments as a')
          .innerJoin('users as au', 'au.id', 'a.assessed_by')
          .select([
            'a.id',
            'a.version',
            'a.incident_facts as incidentFacts',
            sql<string | null>`a.incident_date::text`.as('incidentDate'),
            'a.incident_place as incidentPlace',
            'a.perpetrator_relationship as perpetratorRelationship',
            'a.perpetrator_sex as perpetratorSex',
            'a.perpetrator_age_group as perpetratorAgeGroup',
            'a.perpetrator_has_access as perpetratorHasAccess',
            'a.domains',
            'a.disability',
            'a.disability_note as disabilityNote',
            'a.sibling_risk as siblingRisk',
            'a.sibling_risk_note as siblingRiskNote',
            'a.summary',
            'a.assessed_at as assessedAt',
            signer('au').as('assessedBy'),
          ])
          .whereRef('a.case_id', '=', 'c.id')
          .orderBy('a.version', 'desc'),
      ).as('assessments'),
      planJson(db, sql<string>`(select lp.id from case_plans lp where lp.case_id = c.id order by lp.version desc limit 1)`).as('plan'),
      jsonArrayFrom(
        eb
          .selectFrom('case_plans as pv')
          .innerJoin('users as pvu', 'pvu.id', 'pv.created_by')
          .select(['pv.version', sql<string>`pv.review_date::text`.as('reviewDate'), 'pv.created_at as createdAt', signer('pvu').as('createdBy')])
          .whereRef('pv.case_id', '=', 'c.id')
          .orderBy('pv.version', 'desc'),
      ).as('planVersions'),
      jsonArrayFrom(
        selectConferences(db)
          .where('cc.case_id', '=', sql<string>`c.id`)
          .orderBy('cc.held_at', 'desc'),
      ).as('conferences'),
      jsonArrayFrom(
        eb
          .selectFrom('case_events as e')
          .leftJoin('users as eu', 'eu.id', 'e.actor_id')
          .select(['e.id', 'e.at', 'e.kind', person('eu').as('actor'), 'e.ref_table as refTable', 'e.ref_id as refId', 'e.summary'])
          .whereRef('e.case_id', '=', 'c.id')
          .orderBy('e.at')
          .orderBy('e.id'),
      ).as('timeline'),
    ])
    .where('c.id', '=', caseId)
    .where(caseScope(actor))
    .executeTakeFirst();
}
