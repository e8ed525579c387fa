import type { VisitDay } from './sms-parser.js';

// The day of a household visit sent by SMS with an earlier date
// (docs/izu-sms-ussd.md, `ITARIKI 30/10`): a day and month, the year when
// typed. Without a year it is the one of the three around today (last year,
// this year, next) nearest to today: "28/12" sent on 3 January is last
// December's, "05/11" sent on 2 November is three days ahead (and refused).
// A volunteer may log a visit of this month or the month before; a later day
// has not come, an earlier one is for the CPWO.

export type PlacedVisitDay = { ok: true; date: string } | { ok: false; reason: 'visit_date_future' | 'visit_date_too_old'; date: string; earliest: string };

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
/** Is this a day of the calendar (29/02 only in a leap year)? */
const exists = (y: number, m: number, d: number) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first day of the month before `today`'s (an ISO date). */
export function earliestVisitDay(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? iso(y - 1, 12, 1) : iso(y, m - 1, 1);
}

/** Places a typed day in time relative to `today` (ISO, Kigali) and checks it is neither ahead nor before last month. */
export function placeVisitDay(today: string, typed: VisitDay): PlacedVisitDay {
  const year = Number(today.slice(0, 4));
  const years = typed.year !== null ? [typed.year] : [year - 1, year, year + 1];
  const candidates = years.filter((y) => exists(y, typed.month, typed.day)).map((y) => iso(y, typed.month, typed.day));
  const earliest = earliestVisitDay(today);
  // A typed year that makes no such day (29/02/2025): read as too long ago or ahead, whichever side of today.
  const date =
    candidates.sort((a, b) => Math.abs(dayNumber(a) - dayNumber(today)) - Math.abs(dayNumber(b) - dayNumber(today)))[0] ??
    iso(typed.year ?? year, typed.month, Math.min(typed.day, 28));
  if (date > today) return { ok: false, reason: 'visit_date_future', date, earliest };
  if (date < earliest) return { ok: false, reason: 'visit_date_too_old', date, earliest };
  return { ok: true, date };
}
