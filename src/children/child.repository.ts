import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, caseScope, childScope } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import type { HouseholdMemberInput } from './child.schemas.js';
import type { Db } from '../db/database.js';

// SQL for children and their households. Every read goes through childScope.

type MatchCandidateRow = {
  id: string;
  childCode: string;
  givenName: string;
  familyName: string | null;
  otherNames: string | null;
  searchName: string;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  birthDateEstimated: boolean;
  placeId: string;
  placeName: string;
  similarity: number;
  caseCount: number;
};

/**
 * Children in the actor's scope whose search key is similar to `nameKey`
 * (pg_trgm `%`, answered by children_search_trgm_idx), born within the
 * window when one is given (or of unknown birth date), most similar first.
 */
export async function findMatchCandidates(
  db: Db,
  actor: Actor,
  search: { nameKey: string; bornFrom?: string; bornTo?: string; limit: number },
): Promise<MatchCandidateRow[]> {
  return db
    .selectFrom('children as ch')
    .innerJoin('places as p', 'p.id', 'ch.place_id')
    .select([
      'ch.id',
      'ch.child_code as childCode',
      'ch.given_name as givenName',
      'ch.family_name as familyName',
      'ch.other_names as otherNames',
      'ch.search_name as searchName',
      'ch.sex',
      sql<string | null>`ch.date_of_birth::text`.as('dateOfBirth'),
      'ch.birth_date_estimated as birthDateEstimated',
      'ch.place_id as placeId',
      'p.name as placeName',
      sql<number>`similarity(ch.search_name, ${search.nameKey})`.as('similarity'),
      sql<number>`(select count(*)::int from cases c2 where c2.child_id = ch.id)`.as('caseCount'),
    ])
    .where(childScope(actor))
    .where(sql<boolean>`ch.search_name % ${search.nameKey}`)
    .$if(!!search.bornFrom && !!search.bornTo, (q) =>
      q.where((eb) => eb.or([eb('ch.date_of_birth', 'is', null), eb.between('ch.date_of_birth', search.bornFrom!, search.bornTo!)])),
    )
    .orderBy('similarity', 'desc')
    .orderBy('ch.child_code')
    .limit(search.limit)
    .execute();
}

/** A child as the actor may see them: identity fields are null when identityVisible is false. */
/** A child as the reader may see it (identity fields null when hidden); childView shapes it for the API. */
export type ChildRow = {
  id: string;
  childCode: string;
  districtId: string;
  identityVisible: boolean;
  givenName: string | null;
  familyName: string | null;
  otherNames: string | null;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  ageYears: number | null;
  birthDateEstimated: boolean;
  disability: string[];
  disabilityNote: string | null;
  refugeeStatus: 'national' | 'refugee' | 'asylum_seeker' | 'returnee' | 'stateless' | 'unknown';
  placeId: string;
  placeName: string;
};

/** A child in the actor's scope, as far as they may see them (caseFieldVisibility); `today` (local date) gives the age. */
export async function findChildInScope(db: Db, actor: Actor, where: { id: string } | { code: string }, today: string): Promise<ChildRow | undefined> {
  const { childIdentity } = caseFieldVisibility(actor);
  const identity = (column: string) => (childIdentity ? sql<string | null>`${sql.ref(column)}` : sql<string | null>`null`);
  return db
    .selectFrom('children as ch')
    .innerJoin('places as p', 'p.id', 'ch.place_id')
    .select([
      'ch.id',
      'ch.child_code as childCode',
      'ch.district_id as districtId',
      sql<boolean>`${sql.lit(childIdentity)}`.as('identityVisible'),
      identity('ch.given_name').as('givenName'),
      identity('ch.family_name').as('familyName'),
      identity('ch.other_names').as('otherNames'),
      'ch.sex',
      (childIdentity ? sql<string | null>`ch.date_of_birth::text` : sql<string | null>`null`).as('dateOfBirth'),
      sql<number | null>`extract(year from age(${today}::date, ch.date_of_birth))::int`.as('ageYears'),
      'ch.birth_date_estimated as birthDateEstimated',
      'ch.disability',
      'ch.disability_note as disabilityNote',
      'ch.refugee_status as refugeeStatus',
      'ch.place_id as placeId',
      'p.name as placeName',
    ])
    .$if('id' in where, (q) => q.where('ch.id', '=', (where as { id: string }).id))
    .$if('code' in where, (q) => q.where('ch.child_code', '=', (where as { code: string }).code))
    .where(childScope(actor))
    .executeTakeFirst();
}

/** A child's cases that the actor's case scope holds, oldest first. */
export async function findChildCasesInScope(db: Db, actor: Actor, childId: string) {
  return db
    .selectFrom('cases as c')
    .select(['c.id', 'c.case_code as caseCode', 'c.stage', 'c.opened_at as openedAt'])
    .where('c.child_id', '=', childId)
    .where(caseScope(actor))
    .orderBy('c.opened_at')
    .execute();
}

export async function childCodeTaken(db: Db, code: string): Promise<boolean> {
  return (await db.selectFrom('children').select('id').where('child_code', '=', code).executeTakeFirst()) !== undefined;
}

export async function insertChild(
  trx: Transaction<DB>,
  v: {
    childCode: string;
    districtId: string;
    placeId: string;
    givenName: string;
    familyName: string | null;
    otherNames: string | null;
    searchName: string;
    sex: 'female' | 'male';
    dateOfBirth: string;
    birthDateEstimated: boolean;
    disability: string[];
    disabilityNote: string | null;
    refugeeStatus: ChildRow['refugeeStatus'];
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('children')
    .values({
      child_code: v.childCode,
      district_id: v.districtId,
      place_id: v.placeId,
      given_name: v.givenName,
      family_name: v.familyName,
      other_names: v.otherNames,
      search_name: v.searchName,
      sex: v.sex,
      date_of_birth: v.dateOfBirth,
      birth_date_estimated: v.birthDateEstimated,
      disability: v.disability,
      disability_note: v.disabilityNote,
      refugee_status: v.refugeeStatus,
      created_by: v.createdBy,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertHouseholdMembers(trx: Transaction<DB>, childId: string, members: HouseholdMemberInput[], now: Date): Promise<void> {
  if (members.length === 0) return;
  await trx
    .insertInto('household_members')
    .values(
      members.map((m) => ({
        child_id: childId,
        full_name: m.fullName,
        relationship: m.relationship,
        sex: m.sex ?? null,
        age_years: m.ageYears ?? null,
        phone: m.phone ?? null,
        is_caregiver: m.isCaregiver,
        lives_with_child: m.livesWithChild,
        sibling_child_id: m.siblingChildId ?? null,
        created_at: now,
      })),
    )
    .execute();
}

/** How many of the given ids are children in the actor's scope. */
export async function countChildrenInScope(db: Db, actor: Actor, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('children as ch')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('ch.id', 'in', ids)
    .where(childScope(actor))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Moves a child to a new place, keeping where they came from, when, by whom
 * and why (the case and transfer that moved them) in child_place_moves.
 * Returns false when the child already lives there (nothing to record).
 */
export async function moveChild(
  trx: Transaction<DB>,
  v: { childId: string; toDistrictId: string; toPlaceId: string; by: string; at: Date; caseId: string | null; transferId: string | null },
): Promise<boolean> {
  const from = await trx
    .selectFrom('children')
    .select(['district_id as districtId', 'place_id as placeId'])
    .where('id', '=', v.childId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (from.placeId === v.toPlaceId && from.districtId === v.toDistrictId) return false;
  await trx
    .insertInto('child_place_moves')
    .values({
      child_id: v.childId,
      from_district_id: from.districtId,
      from_place_id: from.placeId,
      to_district_id: v.toDistrictId,
      to_place_id: v.toPlaceId,
      moved_at: v.at,
      moved_by: v.by,
      case_id: v.caseId,
      transfer_id: v.transferId,
    })
    .execute();
  await trx.updateTable('children').set({ district_id: v.toDistrictId, place_id: v.toPlaceId, updated_at: v.at }).where('id', '=', v.childId).execute();
  return true;
}
