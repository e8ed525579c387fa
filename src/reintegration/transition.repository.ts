import { sql, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseFieldVisibility, caseRecordScope, caseScope } from '../access/case-access.js';
import { offsetOf, type Paging } from '../http/paging.js';
import { reintegrationFieldVisibility } from '../access/reintegration-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { dateText, userNames } from '../cases/followup-lists.repository.js';
import { userRef, userRefOrNull } from '../cases/followup.schemas.js';
import type { RecordSupportInput, RecordTransitionPlanInput, TransitionPlanView } from './transition.schemas.js';

// Care leavers' transition plans: SQL only, through the case scope; the safe
// adult's name and phone only for those with need-to-know.

export async function childBirthDate(db: Db, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select(dateText('ch.date_of_birth').as('dob'))
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  return row?.dob ?? null;
}

export async function hasOpenPlan(db: Db, caseId: string): Promise<boolean> {
  return !!(await db.selectFrom('transition_plans').select('id').where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirst());
}

export async function insertPlan(trx: Transaction<DB>, v: RecordTransitionPlanInput & { caseId: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('transition_plans')
    .values({
      case_id: v.caseId,
      housing: v.housing,
      work: v.work,
      education: v.education,
      safe_adult_name: v.safeAdultName,
      safe_adult_phone: v.safeAdultPhone ?? null,
      created_by: v.by,
      created_at: v.at,
      updated_by: v.by,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlan(trx: Transaction<DB>, id: string, v: RecordTransitionPlanInput & { by: string; at: Date }): Promise<void> {
  await trx
    .updateTable('transition_plans')
    .set({
      housing: v.housing,
      work: v.work,
      education: v.education,
      safe_adult_name: v.safeAdultName,
      safe_adult_phone: v.safeAdultPhone ?? null,
      updated_by: v.by,
      updated_at: v.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function lockPlan(trx: Transaction<DB>, caseId: string, planId: string) {
  return trx
    .selectFrom('transition_plans')
    .select(['id', 'status', 'created_at as createdAt'])
    .where('id', '=', planId)
    .where('case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertSupport(trx: Transaction<DB>, v: RecordSupportInput & { planId: string; by: string; at: Date }): Promise<string> {
  const row = await trx
    .insertInto('transition_support')
    .values({ plan_id: v.planId, area: v.area, given_on: v.givenOn, given_by: v.by, note: v.note, recorded_at: v.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function closePlan(trx: Transaction<DB>, id: string, v: { closedOn: string; note: string; by: string; at: Date }): Promise<void> {
  await trx
    .updateTable('transition_plans')
    .set({ status: 'closed', closed_on: v.closedOn, closed_by: v.by, closure_note: v.note, updated_by: v.by, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

export async function listPlans(db: Db, actor: Actor, caseId: string, id?: string): Promise<TransitionPlanView[]> {
  const see = reintegrationFieldVisibility(actor);
  const rows = await db
    .selectFrom('transition_plans as tp')
    .select([
      'tp.id',
      'tp.case_id',
      'tp.status',
      'tp.housing',
      'tp.work',
      'tp.education',
      see.familyContact ? 'tp.safe_adult_name' : sql<string | null>`null`.as('safe_adult_name'),
      see.familyContact ? 'tp.safe_adult_phone' : sql<string | null>`null`.as('safe_adult_phone'),
      'tp.created_by',
      'tp.created_at',
      'tp.updated_by',
      'tp.updated_at',
      sql<string | null>`tp.closed_on::text`.as('closedOn'),
      'tp.closed_by',
      'tp.closure_note',
    ])
    .where('tp.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'tp.case_id'))
    .$if(!!id, (q) => q.where('tp.id', '=', id!))
    .orderBy('tp.created_at', 'desc')
    .orderBy('tp.id')
    .execute();
  if (rows.length === 0) return [];
  const support = await db
    .selectFrom('transition_support')
    .selectAll()
    .select(dateText('given_on').as('givenOnText'))
    .where(
      'plan_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('given_on')
    .orderBy('recorded_at')
    .execute();
  const names = await userNames(db, [...rows.flatMap((r) => [r.created_by, r.updated_by, r.closed_by]), ...support.map((s) => s.given_by)]);
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    status: r.status,
    housing: r.housing,
    work: r.work,
    education: r.education,
    safeAdultName: r.safe_adult_name,
    safeAdultPhone: r.safe_adult_phone,
    createdBy: userRef(names, r.created_by),
    createdAt: r.created_at.toISOString(),
    updatedBy: userRef(names, r.updated_by),
    updatedAt: r.updated_at.toISOString(),
    closedOn: r.closedOn,
    closedBy: userRefOrNull(names, r.closed_by),
    closureNote: r.closure_note,
    support: support
      .filter((s) => s.plan_id === r.id)
      .map((s) => ({
        id: s.id,
        area: s.area,
        givenOn: s.givenOnText,
        givenBy: userRef(names, s.given_by),
        note: s.note,
        recordedAt: s.recorded_at.toISOString(),
      })),
  }));
}

/**
 * Care leavers: young people in care (an active placement on a case in the
 * actor's case scope) born on or before `bornBy` (within the configured
 * months of 18, or older), soonest 18 first. The child's name only for those
 * who see the child's identity (caseFieldVisibility).
 */
export async function listCareLeavers(db: Db, actor: Actor, bornBy: string, paging: Paging) {
  const see = caseFieldVisibility(actor);
  // In care now (an active placement), or supported after care under an open transition plan.
  const inCare = sql<boolean>`exists (select 1 from care_placements pl where pl.case_id = c.id and pl.ended_on is null)`;
  const openPlan = sql<boolean>`exists (select 1 from transition_plans op where op.case_id = c.id and op.status = 'open')`;
  const base = db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .where(caseScope(actor))
    .where('ch.date_of_birth', '<=', bornBy)
    .where(sql<SqlBool>`(${inCare} or ${openPlan})`);
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'c.id as caseId',
      'c.case_code as caseCode',
      'ch.child_code as childCode',
      'c.district_id as districtId',
      dateText('ch.date_of_birth').as('dateOfBirth'),
      see.childIdentity
        ? sql<string | null>`trim(ch.given_name || ' ' || coalesce(ch.family_name, ''))`.as('childName')
        : sql<string | null>`null`.as('childName'),
      inCare.as('inCare'),
      sql<'none' | 'open' | 'closed'>`(select case when count(*) = 0 then 'none' when bool_or(tp.status = 'open') then 'open' else 'closed' end
        from transition_plans tp where tp.case_id = c.id)`.as('planStatus'),
    ])
    .orderBy('ch.date_of_birth')
    .orderBy('c.id')
    .limit(paging.pageSize)
    .offset(offsetOf(paging))
    .execute();
  return { items: rows, total };
}
