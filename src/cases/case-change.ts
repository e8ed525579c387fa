import type { Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { assertCanCase, type CaseAction } from '../access/case-access.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../errors/app-error.js';
import { findCaseInScope, type CaseRow } from './case.repository.js';
import { isOpen } from './case-stage.js';

// The shape of every change to a case in steps 4-6: the permission (403),
// the case in the actor's scope and locked (404 otherwise), then the change,
// its timeline event and its audit entry in one transaction: a refusal
// half-way leaves nothing written.

export async function changeCase<T>(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  action: CaseAction,
  work: (trx: Transaction<DB>, kase: CaseRow, now: Date) => Promise<T>,
): Promise<T> {
  assertCanCase(actor, action);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const kase = await findCaseInScope(trx, actor, caseId, true);
    if (!kase) throw notFound('case');
    return work(trx, kase, now);
  });
}

/** Work on a closed or transferred case is refused. */
export function assertCaseOpen(kase: CaseRow): void {
  if (!isOpen(kase.stage)) {
    throw conflict(`The case is ${kase.stage}; reopen it first`, 'errors.case_not_open', { stage: kase.stage });
  }
}

export const iso = (d: Date | string) => new Date(d).toISOString();
