import { withCaseloads } from '../workforce/caseload.service.js';
import type { Actor } from '../access/actor.js';
import { assertCanCase } from '../access/case-access.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors/app-error.js';
import { selectLeadCandidates, selectParticipantCandidates } from './case-people.repository.js';
import { findCaseInScope } from './case.repository.js';
import { isOpen } from './case-stage.js';

// The people a caseworker picks while working a case: who may lead it (with
// their current caseload, framework §8: caseloads are tracked) and whom to
// invite to a case conference or name responsible for a plan action (both
// only among the users the access module lets them bring into this case).

/** GET /cases/:id/allocation/candidates: who may lead this case (trained, active, jurisdiction holds it), lightest caseload first. */
export async function listLeadCandidates(ctx: AppContext, actor: Actor, caseId: string) {
  assertCanCase(actor, 'case:allocate');
  const { db } = ctx.database;
  const kase = await findCaseInScope(db, actor, caseId);
  if (!kase) throw notFound('case');
  const items = await selectLeadCandidates(db, kase.placeId);
  return { items: await withCaseloads(db, items, kase.tier) };
}

/** GET /cases/:id/conference-candidates?q=: the users the actor may bring into this case (caseInviteeFilter), by name. */
export async function listParticipantCandidates(ctx: AppContext, actor: Actor, caseId: string, q: string) {
  assertCanCase(actor, 'case:work');
  const { db } = ctx.database;
  const kase = await findCaseInScope(db, actor, caseId);
  if (!kase || !isOpen(kase.stage)) throw notFound('case');
  return { items: await selectParticipantCandidates(db, kase, q) };
}
