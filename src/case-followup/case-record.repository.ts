import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseScope } from '../access/case-access.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { CaseStage, RiskTier } from '../db/tables/cases-core.js';

// The case as the follow-up steps need it, always looked up through the
// actor's case scope, and the two records every step leaves: a timeline
// event and, where someone must act, an in-app notification.

/** The rows of one of a case's lists, for its total over all pages. Unscoped: a count, no child's data, beside a scoped list of a case found in the actor's scope. */
export async function countOfCase(
  db: Db,
  table: 'case_notes' | 'client_feedback' | 'case_services' | 'monitoring_visits' | 'case_attachments' | 'case_transfers' | 'visit_tasks',
  caseId: string,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${caseId}`.execute(db);
  return rows[0]!.n;
}

export type CaseRecord = {
  id: string;
  caseCode: string;
  childId: string;
  reportId: string;
  childCode: string;
  districtId: string;
  placeId: string;
  stage: CaseStage;
  tier: RiskTier;
  caseTypes: string[];
  leadCaseworkerId: string | null;
  supervisorId: string | null;
  openedAt: Date;
  closedAt: Date | null;
  closureReason: string | null;
};

function selectCases(db: Db) {
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .select([
      'c.id',
      'c.case_code as caseCode',
      'c.child_id as childId',
      'c.report_id as reportId',
      'ch.child_code as childCode',
      'c.district_id as districtId',
      'c.place_id as placeId',
      'c.stage',
      'c.tier',
      'c.case_types as caseTypes',
      'c.lead_caseworker_id as leadCaseworkerId',
      'c.supervisor_id as supervisorId',
      'c.opened_at as openedAt',
      'c.closed_at as closedAt',
      'c.closure_reason as closureReason',
    ]);
}

/** The case if the actor's scope holds it; `lock` takes a row lock for a state change. */
export async function findCaseInScope(db: Db, actor: Actor, caseId: string, lock = false): Promise<CaseRecord | undefined> {
  const q = selectCases(db).where('c.id', '=', caseId).where(caseScope(actor));
  return (lock ? q.forUpdate('c') : q).executeTakeFirst();
}

/** The case by id, with no scope (for rows already reached through a scoped record). */
export async function findCaseById(db: Db, caseId: string, lock = false): Promise<CaseRecord | undefined> {
  const q = selectCases(db).where('c.id', '=', caseId);
  return (lock ? q.forUpdate('c') : q).executeTakeFirst();
}

export async function setCaseStage(trx: Transaction<DB>, caseId: string, stage: CaseStage, now: Date): Promise<void> {
  await trx.updateTable('cases').set({ stage, updated_at: now }).where('id', '=', caseId).execute();
}

/** One dated, signed line of the case timeline (src/case-followup/timeline.ts lists the kinds). */

/** Display names of users, for "who did it" columns in the case file. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export const dateText = (column: string) => sql<string>`${sql.ref(column)}::text`;
