import { sql, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { caseScope } from '../access/case-access.js';
import type { DB } from '../db/schema.js';
import type { CaseStage, RiskTier } from '../db/tables/cases-core.js';
import type { Db } from '../db/database.js';

// The case as every step changes it, always reached through the actor's case
// scope, and the timeline line every change leaves.

/** The case as every step changes or reads it (steps 4-9). */
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
  /** The child's processing is restricted (Law 058/2021 Art. 21): the file is read-only. */
  restricted: boolean;
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
      sql<boolean>`ch.restricted_at is not null`.as('restricted'),
    ]);
}

/** The case if the actor's scope holds it; `lock` takes a row lock on the case for a change. */
export async function findCaseInScope(db: Db, actor: Actor, caseId: string, lock = false): Promise<CaseRecord | undefined> {
  const q = selectCases(db).where('c.id', '=', caseId).where(caseScope(actor));
  return (lock ? q.forUpdate('c') : q).executeTakeFirst();
}

/** The case by id, with no scope: only for a case reached through a scoped record (a visit task, an incoming transfer). */
export async function findCaseById(db: Db, caseId: string, lock = false): Promise<CaseRecord | undefined> {
  const q = selectCases(db).where('c.id', '=', caseId);
  return (lock ? q.forUpdate('c') : q).executeTakeFirst();
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
