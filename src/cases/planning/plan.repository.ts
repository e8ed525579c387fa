import type { Actor } from '../../access/actor.js';
import { caseRecordScope } from '../../access/case-access.js';
import { sql, type Expression, type Transaction } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.js';
import type { ActionStatus, GoalStatus } from '../../db/tables/case-work.js';
import type { Db } from '../../db/database.js';

// SQL of case plans: a version with its goals and their actions, as one JSON
// value (one query, for the case file).

/** The plan version as JSON, correlated to a `case_plans as pl` row. */
export function planJson(db: Db, planIdRef: Expression<string>) {
  return jsonObjectFrom(
    db
      .selectFrom('case_plans as pv')
      .innerJoin('users as pu', 'pu.id', 'pv.created_by')
      .select((eb) => [
        'pv.id',
        'pv.version',
        sql<string>`pv.review_date::text`.as('reviewDate'),
        'pv.note',
        'pv.created_at as createdAt',
        sql<{ id: string; fullName: string }>`json_build_object('id', pu.id, 'fullName', pu.full_name)`.as('createdBy'),
        jsonArrayFrom(
          eb
            .selectFrom('case_plan_goals as g')
            .select((eb2) => [
              'g.id',
              'g.goal_key as key',
              'g.description',
              'g.measure',
              'g.domain',
              sql<string | null>`g.target_date::text`.as('targetDate'),
              'g.status',
              jsonArrayFrom(
                eb2
                  .selectFrom('case_plan_actions as a')
                  .leftJoin('users as au', 'au.id', 'a.responsible_user_id')
                  .select([
                    'a.id',
                    'a.action_key as key',
                    'a.description',
                    sql<{
                      id: string;
                      fullName: string;
                    } | null>`case when au.id is null then null else json_build_object('id', au.id, 'fullName', au.full_name) end`.as('responsibleUser'),
                    'a.responsible_name as responsibleName',
                    sql<string>`a.due_date::text`.as('dueDate'),
                    'a.status',
                    'a.referral_id as referralId',
                  ])
                  .whereRef('a.goal_id', '=', 'g.id')
                  .orderBy('a.position'),
              ).as('actions'),
            ])
            .whereRef('g.plan_id', '=', 'pv.id')
            .orderBy('g.position'),
        ).as('goals'),
      ])
      .where('pv.id', '=', planIdRef),
  );
}

export type PlanJson = {
  id: string;
  version: number;
  reviewDate: string;
  note: string | null;
  createdAt: string | Date;
  createdBy: { id: string; fullName: string };
  goals: {
    id: string;
    key: string;
    description: string;
    measure: string;
    domain: string | null;
    targetDate: string | null;
    status: GoalStatus;
    actions: {
      id: string;
      key: string;
      description: string;
      responsibleUser: { id: string; fullName: string } | null;
      responsibleName: string | null;
      dueDate: string;
      status: ActionStatus;
      referralId: string | null;
    }[];
  }[];
};

export async function findPlanVersion(db: Db, actor: Actor, caseId: string, version: number | 'latest'): Promise<PlanJson | null> {
  const row = await db
    .selectFrom('case_plans as pl')
    .select((eb) => planJson(db, eb.ref('pl.id')).as('plan'))
    .where('pl.case_id', '=', caseId)
    .where(caseRecordScope(actor, 'pl.case_id'))
    .$if(version !== 'latest', (q) => q.where('pl.version', '=', version as number))
    .orderBy('pl.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (row?.plan as PlanJson | undefined) ?? null;
}

export async function insertPlanVersion(
  trx: Transaction<DB>,
  v: {
    caseId: string;
    version: number;
    reviewDate: string;
    note: string | null;
    createdBy: string;
    now: Date;
    goals: {
      key: string;
      description: string;
      measure: string;
      domain: string | null;
      targetDate: string | null;
      status: GoalStatus;
      actions: {
        key: string;
        description: string;
        responsibleUserId: string | null;
        responsibleName: string | null;
        dueDate: string;
        status: ActionStatus;
        referralId: string | null;
      }[];
    }[];
  },
): Promise<string> {
  const plan = await trx
    .insertInto('case_plans')
    .values({ case_id: v.caseId, version: v.version, review_date: v.reviewDate, note: v.note, created_by: v.createdBy, created_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goals = await trx
    .insertInto('case_plan_goals')
    .values(
      v.goals.map((g, i) => ({
        plan_id: plan.id,
        goal_key: g.key,
        position: i,
        domain: g.domain,
        description: g.description,
        measure: g.measure,
        target_date: g.targetDate,
        status: g.status,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  const goalIdAt = new Map(goals.map((g) => [g.position, g.id]));
  const actions = v.goals.flatMap((g, gi) =>
    g.actions.map((a, ai) => ({
      goal_id: goalIdAt.get(gi)!,
      action_key: a.key,
      position: ai,
      description: a.description,
      responsible_user_id: a.responsibleUserId,
      responsible_name: a.responsibleName,
      due_date: a.dueDate,
      status: a.status,
      referral_id: a.referralId,
    })),
  );
  await trx.insertInto('case_plan_actions').values(actions).execute();
  return plan.id;
}
