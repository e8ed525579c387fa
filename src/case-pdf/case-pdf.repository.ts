import type { Actor } from '../access/actor.js';
import type { Db } from '../db/database.js';
import { listClosures, listRequests } from '../cases/closure/closure.repository.js';
import { listFeedback, listNotes } from '../cases/notes/notes.repository.js';
import { listReviews } from '../cases/review/reviews.repository.js';
import { listServices } from '../cases/services/services.repository.js';
import { listTransfers } from '../cases/transfer/transfers.repository.js';
import { listVisitRequests, listVisits } from '../cases/monitoring/visits.repository.js';
import { loadCaseFile } from '../cases/case-file.repository.js';

/**
 * Everything the printed case file shows: steps 1-6 from the case file (with
 * its need-to-know applied: what the actor may not see is null), steps 7-9
 * from the follow-up records. `today` is the local date (the child's age).
 */
export async function loadPrintableCase(db: Db, actor: Actor, caseId: string, today: string) {
  const file = await loadCaseFile(db, actor, caseId, today);
  if (!file) return undefined;
  // One query after another: a transaction is one connection.
  const services = await listServices(db, actor, caseId);
  const visits = await listVisits(db, actor, caseId);
  const visitRequests = await listVisitRequests(db, actor, caseId);
  const reviews = await listReviews(db, actor, caseId);
  const closureRequests = await listRequests(db, actor, caseId);
  const closures = await listClosures(db, actor, caseId);
  const transfers = await listTransfers(db, actor, caseId);
  const notes = await listNotes(db, actor, caseId);
  const feedback = await listFeedback(db, actor, caseId);
  return { file, services, visits, visitRequests, reviews, closureRequests, closures, transfers, notes, feedback };
}
export type PrintableCase = NonNullable<Awaited<ReturnType<typeof loadPrintableCase>>>;
