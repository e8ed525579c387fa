import { CASE_TYPES } from '../cases/case-vocabulary.js';
import type { IzuInputChannel } from '../db/tables/community.js';

// The lists of the IZU's household visits and incident flags, shared with the
// web app and the SMS/USSD parsers (plain constants, no server code). Values
// are stable codes: they feed the monthly and national statistics.

/** How a volunteer's entry reached Rinda: the web app, an SMS, or a USSD session. */
export const IZU_INPUT_CHANNELS = ['web', 'sms', 'ussd'] as const satisfies readonly IzuInputChannel[];

/**
 * Concerns a household visit can find. The order is fixed: an SMS or USSD
 * answer may give a concern by its number, position + 1 (1 = violence_at_home);
 * add new codes at the end only.
 */
export const HOUSEHOLD_CONCERNS = [
  'violence_at_home',
  'neglect',
  'child_out_of_school',
  'child_labour',
  'food_insecurity',
  'illness_untreated',
  'disability_unsupported',
  'child_headed_household',
  'teenage_pregnancy',
  'substance_abuse',
  'family_conflict',
  'other',
] as const;
export type HouseholdConcern = (typeof HOUSEHOLD_CONCERNS)[number];

/** What a volunteer may flag: a case type as they see it (screening decides), or other. */
export const INCIDENT_FLAG_TYPES = [...CASE_TYPES, 'other'] as const;
export type IncidentFlagType = (typeof INCIDENT_FLAG_TYPES)[number];

/**
 * A household code: letters, digits and single dashes, at most 20 characters,
 * with at least one digit, so that a name ("MUKAMANA") is never taken for a
 * code. Codes are kept in capitals ('KG-014', 'H12').
 */
export const HOUSEHOLD_CODE_MAX = 20;
export const HOUSEHOLD_CODE_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
export function isHouseholdCode(code: string): boolean {
  return code.length >= 1 && code.length <= HOUSEHOLD_CODE_MAX && hasHouseholdCodeShape(code);
}

/** The code's shape alone (its length is checked apart, so a long code is told it is too long). */
export function hasHouseholdCodeShape(code: string): boolean {
  return HOUSEHOLD_CODE_PATTERN.test(code) && /[0-9]/.test(code);
}

/** The most children one household visit may count (a check against typing mistakes). */
export const MAX_CHILDREN_SEEN = 30;

/** Kinds of incident that reach the district's CPWO at once, in the app and by SMS (framework §6: every case of sexual abuse). */
export const ALWAYS_URGENT_FLAG_TYPES: readonly IncidentFlagType[] = ['sexual_violence'];
