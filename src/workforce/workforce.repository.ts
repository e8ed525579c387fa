import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import { LEAD_CASEWORKER_ROLES } from '../access/case-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { DEFAULT_WORKFORCE_POLICY } from './workforce-policy.js';
import { workforcePolicySchema, type SupervisionSchedule, type WorkforcePolicy } from './workforce-policy.schemas.js';

// The workforce policy, the districts' supervision schedules, and the
// caseload figures (counts of open cases by tier, people in post). These
// read accounts and counts, never a child's record.

const POLICY_KEY = 'workforce_policy';

/** The policy in force: the administrator's, over the defaults for anything it lacks. */
export async function loadWorkforcePolicy(db: Db): Promise<WorkforcePolicy> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', POLICY_KEY).executeTakeFirst();
  if (!row) return DEFAULT_WORKFORCE_POLICY;
  const stored = (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as Partial<WorkforcePolicy>;
  const parsed = workforcePolicySchema.safeParse({ ...DEFAULT_WORKFORCE_POLICY, ...stored });
  return parsed.success ? parsed.data : DEFAULT_WORKFORCE_POLICY;
}

export async function saveWorkforcePolicy(trx: Transaction<DB>, policy: WorkforcePolicy, by: string, at: Date): Promise<void> {
  const value = JSON.stringify(policy);
  await trx
    .insertInto('settings')
    .values({ key: POLICY_KEY, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}

/** The schedules districts have set, by district. */
export async function districtSchedules(db: Db, districtIds?: string[]): Promise<Map<string, SupervisionSchedule>> {
  if (districtIds && districtIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('supervision_schedules')
    .select(['district_id', 'interval_days', 'first_year_interval_days'])
    .$if(!!districtIds, (q) => q.where('district_id', 'in', districtIds!))
    .execute();
  return new Map(rows.map((r) => [r.district_id, { intervalDays: r.interval_days, firstYearIntervalDays: r.first_year_interval_days }]));
}

export async function saveDistrictSchedule(trx: Transaction<DB>, districtId: string, s: SupervisionSchedule, by: string, at: Date) {
  const values = { interval_days: s.intervalDays, first_year_interval_days: s.firstYearIntervalDays, updated_by: by, updated_at: at };
  await trx
    .insertInto('supervision_schedules')
    .values({ district_id: districtId, ...values })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(values))
    .execute();
}

const OPEN = sql<SqlBool>`c.stage not in ('closed', 'transferred')`;

/** Each caseworker in `scope` (SQL on `users as u`) with their open cases led, by tier. */
export async function caseworkerLoads(db: Db, scope: Expression<SqlBool>) {
  return db
    .selectFrom('users as u')
    .leftJoin('users as s', 's.id', 'u.supervisor_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('cases as c')
          .select([
            'c.lead_caseworker_id',
            sql<number>`count(*) filter (where c.tier = 1)::int`.as('tier1'),
            sql<number>`count(*) filter (where c.tier = 2)::int`.as('tier2'),
          ])
          .where(OPEN)
          .where('c.lead_caseworker_id', 'is not', null)
          .groupBy('c.lead_caseworker_id')
          .as('load'),
      (j) => j.onRef('load.lead_caseworker_id', '=', 'u.id'),
    )
    .select([
      'u.id',
      'u.full_name as fullName',
      'u.role',
      'u.jurisdiction_id as jurisdictionId',
      'o.name as organisationName',
      's.id as supervisorId',
      's.full_name as supervisorName',
      sql<number>`coalesce(load.tier1, 0)`.as('tier1'),
      sql<number>`coalesce(load.tier2, 0)`.as('tier2'),
      sql<string | null>`to_char(u.training_completed_on, 'YYYY-MM-DD')`.as('trainingCompletedOn'),
    ])
    .where('u.role', 'in', [...LEAD_CASEWORKER_ROLES])
    .where('u.active', '=', true)
    .where(scope)
    .orderBy('u.full_name')
    .orderBy('u.id')
    .limit(2000)
    .execute();
}

/** One caseworker's open cases led, by tier (the allocation check). */
export async function caseworkerLoad(db: Db, userId: string) {
  return db
    .selectFrom('cases as c')
    .select([sql<number>`count(*) filter (where c.tier = 1)::int`.as('tier1'), sql<number>`count(*) filter (where c.tier = 2)::int`.as('tier2')])
    .where('c.lead_caseworker_id', '=', userId)
    .where(OPEN)
    .executeTakeFirstOrThrow();
}

/** The loads of several caseworkers, by id (the allocation candidates). */
export async function caseworkerLoadsByIds(db: Db, userIds: string[]): Promise<Map<string, { tier1: number; tier2: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases as c')
    .select([
      'c.lead_caseworker_id as id',
      sql<number>`count(*) filter (where c.tier = 1)::int`.as('tier1'),
      sql<number>`count(*) filter (where c.tier = 2)::int`.as('tier2'),
    ])
    .where('c.lead_caseworker_id', 'in', userIds)
    .where(OPEN)
    .groupBy('c.lead_caseworker_id')
    .execute();
  return new Map(rows.map((r) => [r.id!, { tier1: r.tier1, tier2: r.tier2 }]));
}

/** Each supervisor in `scope` (SQL on `users as u`) with how many active caseworkers they supervise. */
export async function supervisorLoads(db: Db, scope: Expression<SqlBool>) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.full_name as fullName',
      'u.jurisdiction_id as jurisdictionId',
      sql<number>`(select count(*)::int from users w where w.supervisor_id = u.id and w.active and w.role in ('cpwo', 'cso_caseworker'))`.as('supervisees'),
    ])
    .where('u.role', '=', 'supervisor')
    .where('u.active', '=', true)
    .where(scope)
    .orderBy('u.full_name')
    .orderBy('u.id')
    .limit(1000)
    .execute();
}

/** The districts (Akarere) whose figures the actor's jurisdiction `j` holds: all for the national level, its own for a district or below. */
export async function districtsFor(db: Db, j: string) {
  return db
    .selectFrom('places')
    .select(['id', 'name'])
    .where('level', '=', 2)
    .where(sql<SqlBool>`(${j} = 'RW' or id like ${j + '%'} or ${j} like id || '%')`)
    .orderBy('id')
    .execute();
}

/** Per district: people in post (active) and open cases by tier, counts only. */
export async function districtFigures(db: Db, districtIds: string[]) {
  if (districtIds.length === 0) return { people: [], cases: [] };
  const people = await db
    .selectFrom('users as u')
    .select([
      sql<string>`left(u.jurisdiction_id, 2)`.as('districtId'),
      sql<number>`count(*) filter (where u.role in ('cpwo', 'cso_caseworker'))::int`.as('caseworkers'),
      sql<number>`count(*) filter (where u.role in ('cpwo', 'cso_caseworker') and u.training_completed_on is null)::int`.as('untrained'),
      sql<number>`count(*) filter (where u.role = 'supervisor')::int`.as('supervisors'),
      sql<number>`count(*) filter (where u.role = 'izu' and u.izu_status = 'active')::int`.as('izu'),
    ])
    .where('u.active', '=', true)
    .where(sql<SqlBool>`left(u.jurisdiction_id, 2) in (${sql.join(districtIds)})`)
    .groupBy(sql`left(u.jurisdiction_id, 2)`)
    .execute();
  const cases = await db
    .selectFrom('cases as c')
    .select([
      'c.district_id as districtId',
      sql<number>`count(*) filter (where c.tier = 1)::int`.as('tier1'),
      sql<number>`count(*) filter (where c.tier = 2)::int`.as('tier2'),
    ])
    .where(OPEN)
    .where('c.district_id', 'in', districtIds)
    .groupBy('c.district_id')
    .execute();
  return { people, cases };
}
