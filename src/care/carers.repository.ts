import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { carerIdentityVisible, carerScope } from '../access/care-access.js';
import { scopeFilter } from '../access/policy.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { CarerStatus } from '../db/tables/alternative-care.js';
import { offsetOf, type Paging } from '../http/paging.js';
import type { CarerRecord, RegisterCarerInput, UpdateCarerTermsInput } from './carers.schemas.js';

// The foster carers register, in SQL. Every read applies carerScope (the
// actor's jurisdiction) and selects null for what the actor may not see.

/** Children placed with a carer now (active placements, siblings counted). */
export const placedWith = (carerColumn: string) =>
  sql<number>`(select coalesce(sum(ap.sibling_group), 0)::int from care_placements ap where ap.carer_id = ${sql.ref(carerColumn)} and ap.ended_on is null)`;

function selectCarers(db: Db, actor: Actor) {
  const who = carerIdentityVisible(actor);
  return db
    .selectFrom('foster_carers as fc')
    .innerJoin('places as pv', 'pv.id', 'fc.village_id')
    .where(carerScope(actor))
    .select([
      'fc.id',
      (who ? sql<string | null>`fc.household_name` : sql<string | null>`null`).as('householdName'),
      (who ? sql<string | null>`fc.main_carer_name` : sql<string | null>`null`).as('mainCarerName'),
      (who ? sql<string | null>`fc.phone` : sql<string | null>`null`).as('phone'),
      'fc.village_id as villageId',
      'pv.name as villageName',
      'fc.found_by as foundBy',
      'fc.also_izu as alsoIzu',
      'fc.status',
      sql<string | null>`fc.assessed_on::text`.as('assessedOn'),
      'fc.assessment_note as assessmentNote',
      sql<string | null>`fc.trained_on::text`.as('trainedOn'),
      'fc.training_note as trainingNote',
      sql<string | null>`fc.decided_on::text`.as('decidedOn'),
      'fc.decision_reasons as decisionReasons',
      sql<string | null>`fc.approval_review_on::text`.as('approvalReviewOn'),
      'fc.capacity',
      'fc.age_min as ageMin',
      'fc.age_max as ageMax',
      'fc.emergency_available as emergencyAvailable',
      placedWith('fc.id').as('placed'),
    ]);
}

type CarerRow = Awaited<ReturnType<ReturnType<typeof selectCarers>['executeTakeFirstOrThrow']>>;
const toRecord = ({ villageId, villageName, ...r }: CarerRow): CarerRecord => ({ ...r, village: { id: villageId, name: villageName } });

export async function findCarer(db: Db, actor: Actor, id: string): Promise<CarerRecord | undefined> {
  const row = await selectCarers(db, actor).where('fc.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export type CarerFilter = { status?: CarerStatus; placeId?: string; emergency?: 'true' | 'false'; alsoIzu?: 'true' | 'false' };

/** The register's filters, as SQL on `foster_carers as fc` (the same for the page and its count). */
function carerFilter(filter: CarerFilter): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    [
      sql`true`,
      ...(filter.status ? [sql`fc.status = ${filter.status}`] : []),
      ...(filter.placeId ? [scopeFilter({ jurisdictionId: filter.placeId }, 'fc.village_id', 'fc.district_id')] : []),
      ...(filter.emergency ? [sql`fc.emergency_available = ${filter.emergency === 'true'}`] : []),
      ...(filter.alsoIzu ? [sql`fc.also_izu = ${filter.alsoIzu === 'true'}`] : []),
    ],
    sql` and `,
  )})`;
}

export async function listCarers(db: Db, actor: Actor, filter: CarerFilter, paging: Paging) {
  const rows = await selectCarers(db, actor)
    .where(carerFilter(filter))
    .orderBy('fc.village_id')
    .orderBy('fc.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  const { total } = await db
    .selectFrom('foster_carers as fc')
    .where(carerScope(actor))
    .where(carerFilter(filter))
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toRecord), total };
}

/** The carer's row, in the actor's scope, locked for a change or a placement (capacity is counted under the lock). */
export async function lockCarer(trx: Transaction<DB>, actor: Actor, id: string) {
  return trx
    .selectFrom('foster_carers as fc')
    .selectAll('fc')
    .select([
      sql<string | null>`fc.approval_review_on::text`.as('reviewOn'),
      sql<string | null>`fc.assessed_on::text`.as('assessedOnText'),
      sql<string | null>`fc.trained_on::text`.as('trainedOnText'),
    ])
    .where('fc.id', '=', id)
    .where(carerScope(actor))
    .forUpdate()
    .executeTakeFirst();
}

export async function insertCarer(trx: Transaction<DB>, v: RegisterCarerInput & { districtId: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('foster_carers')
    .values({
      household_name: v.householdName,
      main_carer_name: v.mainCarerName,
      phone: v.phone ?? null,
      village_id: v.villageId,
      district_id: v.districtId,
      found_by: v.foundBy,
      also_izu: v.alsoIzu,
      capacity: v.capacity,
      age_min: v.ageMin,
      age_max: v.ageMax,
      emergency_available: v.emergencyAvailable,
      created_by: v.by,
      created_at: v.at,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

type CarerChange = Partial<{
  status: CarerStatus;
  assessed_on: string;
  assessment_note: string;
  trained_on: string;
  training_note: string;
  decided_on: string;
  decided_by: string;
  decision_reasons: string;
  approval_review_on: string | null;
}>;

export async function updateCarer(trx: Transaction<DB>, id: string, change: CarerChange & { terms?: UpdateCarerTermsInput }, at: Date): Promise<void> {
  const { terms, ...rest } = change;
  await trx
    .updateTable('foster_carers')
    .set({
      ...rest,
      ...(terms && {
        capacity: terms.capacity,
        age_min: terms.ageMin,
        age_max: terms.ageMax,
        emergency_available: terms.emergencyAvailable,
        ...(terms.alsoIzu !== undefined && { also_izu: terms.alsoIzu }),
      }),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Is the place a village (Umudugudu) on the map? */
export async function isVillage(db: Db, placeId: string): Promise<boolean> {
  const row = await db.selectFrom('places').select('id').where('id', '=', placeId).where('level', '=', 5).executeTakeFirst();
  return !!row;
}
