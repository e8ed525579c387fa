import { forbidden, notFound } from '../errors/app-error.js';
import type { MonthlyReportChannel } from '../community/monthly-report.content.js';
import type { Actor } from './actor.js';
import { assertCan, can, placeInScope } from './policy.js';

// Who sends and reads the IZU monthly reports (issue 13; SYSTEM.md §2 and §6):
// an IZU sends their own village's report (web, SMS, USSD); a cell coordinator
// types a pair's paper form for a village of their cell; coordinators,
// CPWOs, NCDA and analysts read the roll-up of their jurisdiction. A place
// outside the reader's jurisdiction answers 404.

/** Line one of submitting: the IZU for their own channels, a cell coordinator for paper; anyone else 403. */
export function assertMayEnterMonthlyReport(actor: Pick<Actor, 'role'>, channel: MonthlyReportChannel): void {
  if (channel === 'paper' ? !can(actor, 'izu_report:enter_paper') : !can(actor, 'izu_report:submit')) throw forbidden();
}

/** 404 when a paper report names a village outside the coordinator's jurisdiction. */
export function assertReportVillageInScope(actor: Pick<Actor, 'jurisdictionId'>, villageId: string): void {
  if (!placeInScope(actor, villageId)) throw notFound('village');
}

/** Line one of reading the roll-up: 403 for roles that read none of it. */
export function assertCanReadMonthlyReports(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu_report:read');
}

/** Line one of reading a village's reports: an IZU their own (scope: their village), the roll-up's readers theirs. */
export function assertCanReadVillageReports(actor: Pick<Actor, 'role'>): void {
  assertCan(actor, 'izu_report:village');
}

/** 404 when the place of a roll-up (or a village's reports) is outside the reader's jurisdiction. */
export function assertMonthlyReportPlaceInScope(actor: Pick<Actor, 'jurisdictionId'>, placeId: string): void {
  if (!placeInScope(actor, placeId)) throw notFound('place');
}
