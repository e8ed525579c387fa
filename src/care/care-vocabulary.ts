import { addDays } from '../deadlines/local-time.js';

// Alternative care (Tubarerere Mu Muryango; SYSTEM.md §7). The forms of care
// are rows of care_forms (migrations/0037); their codes are listed here so
// request schemas can name them. Family-based forms first; residential care
// is the last resort.

export const CARE_FORMS = [
  'kinship_care',
  'emergency_foster_care',
  'long_term_foster_care',
  'domestic_adoption',
  'supervised_independent_living',
  'residential_care',
] as const;
export type CareForm = (typeof CARE_FORMS)[number];

export const CARER_FOUND_BY = ['izu', 'local_leader', 'community_forum', 'other'] as const;
export const CARER_STATUSES = ['applicant', 'assessed', 'trained', 'approved', 'refused'] as const;
export const PLACEMENT_END_REASONS = ['form_changed', 'reunified', 'adopted', 'aged_out', 'breakdown', 'other'] as const;
export const SCHOOL_ATTENDANCE = ['regular', 'irregular', 'not_attending', 'not_school_age'] as const;
export const PLACEMENT_REVIEW_DECISIONS = ['continue', 'change_form', 'end'] as const;

/** The deadline kinds alternative care opens (src/deadlines: they escalate like any other). */
export const CARE_DEADLINES = {
  /** An emergency placement's gatekeeping decision, due RINDA_CARE_GATEKEEPING_DAYS after it starts. */
  gatekeeping: 'care_gatekeeping',
  /** The next post-placement monitoring visit, on VISIT_SCHEDULE. */
  visit: 'care_visit',
  /** The placement's next review. */
  review: 'care_review',
} as const;

/**
 * Post-placement monitoring visits (001: follow-up is closest in the first
 * months): each step says how often a visit is due while the placement's age
 * (days since it started) is below `untilDay`. Weekly in the first month,
 * monthly to the sixth, quarterly after.
 */
export const VISIT_SCHEDULE: readonly { untilDay: number | null; everyDays: number }[] = [
  { untilDay: 30, everyDays: 7 },
  { untilDay: 183, everyDays: 30 },
  { untilDay: null, everyDays: 91 },
];

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The date the next visit is due: counted from the last visit (or the start), at the pace of the placement's age then. */
export function nextVisitDue(startedOn: string, lastVisitOn: string | null, schedule = VISIT_SCHEDULE): string {
  const from = lastVisitOn && lastVisitOn > startedOn ? lastVisitOn : startedOn;
  const age = daysBetween(startedOn, from);
  const step = schedule.find((s) => s.untilDay === null || age < s.untilDay) ?? schedule[schedule.length - 1]!;
  return addDays(from, step.everyDays);
}

/** How near a carer lives to the child, in the place tree: 0 same village, 1 cell, 2 sector, 3 district, 4 farther. */
export function placeDistance(childPlaceId: string, carerVillageId: string): number {
  for (const [rank, length] of [
    [0, 8],
    [1, 6],
    [2, 4],
    [3, 2],
  ] as const) {
    if (childPlaceId.length >= length && carerVillageId.slice(0, length) === childPlaceId.slice(0, length)) return rank;
  }
  return 4;
}

/** Whole years of age on a date (null when the birth date is unknown). */
export function ageOn(dateOfBirth: string | null, on: string): number | null {
  if (!dateOfBirth) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
