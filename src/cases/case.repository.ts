import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseScope } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import type { CaseStage, RiskTier } from '../db/tables/cases-core.js';
import type { Db } from '../db/database.js';

// The case as steps 4-6 change it, always reached through the actor's case
// scope, and the timeline line every change leaves.

export type CaseRow = {
  id: string;
  caseCode: string;
  childId: string;
  reportId: string;
  districtId: string;
  placeId: string;
  stage: CaseStage;
  tier: RiskTier;
  caseTypes: string[];
  leadCaseworkerId: string | null;
  supervisorId: string | null;
};

/** The case if the actor's scope holds it; `lock` takes a row lock for a change. */
export async function findCaseInScope(db: Db, actor: Actor, caseId: string, lock = false): Promise<CaseRow | undefined> {
  const q = db
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_code as caseCode',
      'c.child_id as childId',
      'c.report_id as reportId',
      'c.district_id as districtId',
      'c.place_id as placeId',
      'c.stage',
      'c.tier',
      'c.case_types as caseTypes',
      'c.lead_caseworker_id as leadCaseworkerId',
      'c.supervisor_id as supervisorId',
    ])
    .where('c.id', '=', caseId)
    .where(caseScope(actor));
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function updateCase(
  trx: Transaction<DB>,
  caseId: string,
  changes: { stage?: CaseStage; leadCaseworkerId?: string; supervisorId?: string | null },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('cases')
    .set({
      ...(changes.stage !== undefined && { stage: changes.stage }),
      ...(changes.leadCaseworkerId !== undefined && { lead_caseworker_id: changes.leadCaseworkerId }),
      ...(changes.supervisorId !== undefined && { supervisor_id: changes.supervisorId }),
      updated_at: now,
    })
    .where('id', '=', caseId)
    .execute();
}

/** One dated, signed line of the case timeline; the summary holds codes and ids, never names or facts. */
export async function recordCaseEvent(
  trx: Transaction<DB>,
  e: { caseId: string; actorId: string | null; at: Date; kind: string; refTable?: string; refId?: string; summary?: Record<string, unknown> },
): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({
      case_id: e.caseId,
      at: e.at,
      actor_id: e.actorId,
      kind: e.kind,
      ref_table: e.refTable ?? null,
      ref_id: e.refId ?? null,
      summary: JSON.stringify(e.summary ?? {}),
    })
    .execute();
}
