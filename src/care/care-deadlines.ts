import type { Transaction } from 'kysely';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { meetDeadlines, openDeadline } from '../deadlines/deadline.repository.js';
import { addDays, endOfLocalDay } from '../deadlines/local-time.js';
import { CARE_DEADLINES, nextVisitDue } from './care-vocabulary.js';

// The clocks of alternative care, on the existing deadlines: each opens as a
// deadline of the case, appears on the worklist and escalates (caseworker →
// supervisor → district → NCDA) when missed.

type CaseRef = { id: string; districtId: string; reportId: string };
const endOf = (ctx: AppContext, date: string) => endOfLocalDay(date, ctx.config.timeZone);

/** An emergency placement: its gatekeeping decision is due RINDA_CARE_GATEKEEPING_DAYS after it started. */
export async function openGatekeepingDeadline(trx: Transaction<DB>, ctx: AppContext, kase: CaseRef, startedOn: string, now: Date) {
  await openDeadline(trx, {
    kind: CARE_DEADLINES.gatekeeping,
    caseId: kase.id,
    districtId: kase.districtId,
    dueAt: endOf(ctx, addDays(startedOn, ctx.config.careGatekeepingDays)),
    at: now,
  });
}

/** The next monitoring visit (the open one met first), on the schedule from the start or the last visit. */
export async function scheduleNextVisit(trx: Transaction<DB>, ctx: AppContext, kase: CaseRef, startedOn: string, lastVisitOn: string | null, now: Date) {
  await meetDeadlines(trx, { caseId: kase.id, kind: CARE_DEADLINES.visit }, now);
  await openDeadline(trx, {
    kind: CARE_DEADLINES.visit,
    caseId: kase.id,
    districtId: kase.districtId,
    dueAt: endOf(ctx, nextVisitDue(startedOn, lastVisitOn)),
    at: now,
  });
}

/** The placement's next review (the open one met first). */
export async function scheduleReview(trx: Transaction<DB>, ctx: AppContext, kase: CaseRef, reviewOn: string, now: Date) {
  await meetDeadlines(trx, { caseId: kase.id, kind: CARE_DEADLINES.review }, now);
  await openDeadline(trx, { kind: CARE_DEADLINES.review, caseId: kase.id, districtId: kase.districtId, dueAt: endOf(ctx, reviewOn), at: now });
}

/** A placement ended: its visits and reviews stop. */
export async function stopPlacementClocks(trx: Transaction<DB>, caseId: string, now: Date) {
  await meetDeadlines(trx, { caseId, kind: CARE_DEADLINES.visit }, now);
  await meetDeadlines(trx, { caseId, kind: CARE_DEADLINES.review }, now);
}

export async function meetGatekeepingDeadline(trx: Transaction<DB>, caseId: string, now: Date) {
  await meetDeadlines(trx, { caseId, kind: CARE_DEADLINES.gatekeeping }, now);
}
