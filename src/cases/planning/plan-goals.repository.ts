import type { Db } from '../../db/database.js';

/**
 * The goals of the case's current plan (its latest version), for the closure
 * rule (framework step 9: "all goals in the case plan are achieved"): null
 * while the case has no plan. Dropped goals are no longer goals of the plan.
 * Unscoped: for a case already found in the actor's scope (closureCheck, recordReview).
 */
export async function loadPlanGoals(db: Db, caseId: string): Promise<{ achieved: boolean }[] | null> {
  const plan = await db.selectFrom('case_plans').select('id').where('case_id', '=', caseId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!plan) return null;
  const goals = await db.selectFrom('case_plan_goals').select('status').where('plan_id', '=', plan.id).where('status', '<>', 'dropped').execute();
  return goals.map((g) => ({ achieved: g.status === 'achieved' }));
}
