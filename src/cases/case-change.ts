import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanCase, assertCaseUsable, type CaseAction } from '../access/case-access.js';
import { appendAudit, wroteAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../errors/app-error.js';
import { findCaseInScope, type CaseRecord } from './case.repository.js';
import { isOpen } from './case-stage.js';

// The two shapes of every service on a case (steps 4-9): a change (the
// permission, 403; the case in the actor's scope and locked, 404 otherwise;
// then the change, its timeline event and its audit entry in one
// transaction: a refusal half-way leaves nothing written; a change that
// recorded no audit entry is not committed at all) and a read of a section of
// the case file (permission, scope, and an audit entry for the read).

type CaseWork<T> = (trx: Transaction<DB>, kase: CaseRecord, now: Date) => Promise<T>;

export async function changeCase<T>(ctx: AppContext, actor: Actor, caseId: string, action: CaseAction, work: CaseWork<T>): Promise<T> {
  assertCanCase(actor, action);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const kase = await findCaseInScope(trx, actor, caseId, true);
    if (!kase) throw notFound('case');
    assertCaseUsable(actor, kase, action);
    const result = await work(trx, kase, now);
    // Every change of a child's record is attributable: the work names its
    // own action and fields (appendAudit); one that forgot rolls back.
    if (!wroteAudit(trx)) throw new Error(`changeCase(${action}): the change of case ${caseId} recorded no audit entry`);
    return result;
  });
}

/** Reads one section of a case file; the read is audited (every view of a case is attributable). */
export async function readCaseSection<T>(ctx: AppContext, actor: Actor, caseId: string, section: string, read: CaseWork<T>): Promise<T> {
  assertCanCase(actor, 'case:read');
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const kase = await findCaseInScope(trx, actor, caseId);
    if (!kase) throw notFound('case');
    const result = await read(trx, kase, now);
    await appendAudit(trx, actor, { action: 'case.read', entityType: 'case', entityId: caseId, fields: [section] }, now);
    return result;
  });
}

/** Work on a closed or transferred case is refused with what the framework requires. */
export function assertCaseOpen(kase: Pick<CaseRecord, 'stage'>): void {
  if (!isOpen(kase.stage)) {
    throw conflict(`The case is ${kase.stage}; reopen it first`, 'errors.case_not_open', { stage: kase.stage });
  }
}

export const iso = (d: Date | string) => new Date(d).toISOString();
