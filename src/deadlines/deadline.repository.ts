import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { DEFAULT_DEADLINE_POLICY } from './deadline-policy.js';
import { deadlinePolicySchema, type DeadlinePolicy } from './deadline-policy.schemas.js';
import type { Db } from '../db/database.js';

// The deadlines of a report or case. Other steps call these inside their own
// transaction: open a deadline when the framework starts a clock, meet it when
// the step is done. Both keep cases.next_due_at (the worklist's sort key) equal
// to the earliest open deadline of the case.

type OpenDeadlineInput = {
  /** e.g. 'screening', 'tier1_response', 'tier2_assessment', 'case_plan', 'case_review' */
  kind: string;
  reportId?: string | null;
  caseId?: string | null;
  districtId: string;
  dueAt: Date;
  /** The IZU visit task the deadline times (kind 'monitoring_visit'). */
  visitTaskId?: string | null;
  /** The referral the deadline times (kinds 'referral_answer', 'referral_completion'). */
  referralId?: string | null;
  /** The caseworker whose supervision session the deadline times (kind 'supervision_session'). */
  superviseeId?: string | null;
  /** When the clock started (defaults to the database's now()). */
  at?: Date;
};

/** Opens a deadline and returns its id. A report or a case (or both), or a supervisee, is required. */
export async function openDeadline(trx: Transaction<DB>, input: OpenDeadlineInput): Promise<string> {
  if (!input.reportId && !input.caseId && !input.superviseeId) throw new Error('openDeadline: a report, a case or a supervisee is required');
  const row = await trx
    .insertInto('deadlines')
    .values({
      kind: input.kind,
      report_id: input.reportId ?? null,
      case_id: input.caseId ?? null,
      district_id: input.districtId,
      due_at: input.dueAt,
      visit_task_id: input.visitTaskId ?? null,
      referral_id: input.referralId ?? null,
      supervisee_id: input.superviseeId ?? null,
      ...(input.at && { created_at: input.at }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.caseId) await refreshCaseNextDue(trx, [input.caseId]);
  return row.id;
}

type MeetDeadlinesFilter = { kind?: string; reportId?: string; caseId?: string; visitTaskId?: string; referralId?: string };

/**
 * Marks the open deadlines of a report or case (optionally of one kind) as
 * met at `at`, which stops their escalation. Returns how many were met.
 */
export async function meetDeadlines(trx: Transaction<DB>, filter: MeetDeadlinesFilter, at: Date): Promise<number> {
  if (!filter.reportId && !filter.caseId) throw new Error('meetDeadlines: a report or a case is required');
  const met = await trx
    .updateTable('deadlines')
    .set({ met_at: at })
    .where('met_at', 'is', null)
    .$if(!!filter.kind, (q) => q.where('kind', '=', filter.kind!))
    .$if(!!filter.reportId, (q) => q.where('report_id', '=', filter.reportId!))
    .$if(!!filter.caseId, (q) => q.where('case_id', '=', filter.caseId!))
    .$if(!!filter.visitTaskId, (q) => q.where('visit_task_id', '=', filter.visitTaskId!))
    .$if(!!filter.referralId, (q) => q.where('referral_id', '=', filter.referralId!))
    .returning(['id', 'case_id'])
    .execute();
  const caseIds = [...new Set(met.flatMap((d) => (d.case_id ? [d.case_id] : [])))];
  if (caseIds.length) await refreshCaseNextDue(trx, caseIds);
  return met.length;
}

/**
 * When intake opens a case from a screened report, the report's open
 * deadlines (the Tier 1 response or Tier 2 assessment) follow the case.
 */
export async function attachDeadlinesToCase(trx: Transaction<DB>, input: { reportId: string; caseId: string }): Promise<void> {
  await trx.updateTable('deadlines').set({ case_id: input.caseId }).where('report_id', '=', input.reportId).where('met_at', 'is', null).execute();
  await refreshCaseNextDue(trx, [input.caseId]);
}

/** cases.next_due_at := the earliest open deadline of each case (null when none). */
async function refreshCaseNextDue(trx: Transaction<DB>, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await trx
    .updateTable('cases as c')
    .set({
      next_due_at: sql`(select min(d.due_at) from deadlines d where d.case_id = c.id and d.met_at is null)`,
    })
    .where('c.id', 'in', caseIds)
    .execute();
}

const DEADLINE_POLICY_KEY = 'deadline_policy';

/** The policy in force: the administrator's, over the defaults for anything it lacks. */
export async function loadDeadlinePolicy(db: Db): Promise<DeadlinePolicy> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', DEADLINE_POLICY_KEY).executeTakeFirst();
  if (!row) return DEFAULT_DEADLINE_POLICY;
  const stored = (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as Partial<DeadlinePolicy>;
  const merged = {
    ...DEFAULT_DEADLINE_POLICY,
    ...stored,
    escalationHours: { ...DEFAULT_DEADLINE_POLICY.escalationHours, ...(stored.escalationHours ?? {}) },
  };
  const parsed = deadlinePolicySchema.safeParse(merged);
  // A stored value that no longer fits the rules must not stop reports: fall back to the defaults.
  return parsed.success ? parsed.data : DEFAULT_DEADLINE_POLICY;
}

export async function saveDeadlinePolicy(trx: Transaction<DB>, policy: DeadlinePolicy, by: string, at: Date): Promise<void> {
  const value = JSON.stringify(policy);
  await trx
    .insertInto('settings')
    .values({ key: DEADLINE_POLICY_KEY, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}
