// The monthly report's calendar (issue 13): months as 'YYYY-MM', dates as
// 'YYYY-MM-DD', both in the configured zone (Africa/Kigali). Pure: unit
// tested in monthly-report.calendar.test.ts.

/** The month after (delta 1) or before (delta -1) a month. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last day a month's report is on time: day `deadlineDay` of the next month (e.g. the 5th). */
export function reportDeadline(month: string, deadlineDay: number): string {
  return `${addMonths(month, 1)}-${String(deadlineDay).padStart(2, '0')}`;
}

/**
 * The month a report is most likely about on a given day: the month before
 * until its deadline has passed, then the month in progress (pairs send in
 * the last days of the month: SYSTEM.md §10).
 */
export function currentReportMonth(today: string, deadlineDay: number): string {
  const previous = addMonths(today.slice(0, 7), -1);
  return today <= reportDeadline(previous, deadlineDay) ? previous : today.slice(0, 7);
}

/** The month whose deadline has passed and whose late pairs are reminded on this day: the month before, once its deadline day is over. */
export function monthToRemind(today: string, deadlineDay: number): string | null {
  const previous = addMonths(today.slice(0, 7), -1);
  return today > reportDeadline(previous, deadlineDay) ? previous : null;
}
