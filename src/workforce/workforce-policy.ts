import type { WorkforcePolicy } from './workforce-policy.schemas.js';

// Caseload weights and thresholds, and the supervision schedule's defaults.
// An administrator changes them (settings key 'workforce_policy'); a
// district sets its own schedule (supervision_schedules).

export const DEFAULT_WORKFORCE_POLICY: WorkforcePolicy = {
  // A Tier 1 case needs same-day work and close follow-up: it counts as two.
  tierWeights: { tier1: 2, tier2: 1 },
  // The framework names the ratio but not its value: 25 weighted cases by default.
  caseloadThreshold: 25,
  superviseesPerSupervisor: 8,
  // Framework §7.3: regular supervision, monthly, more often for new staff.
  supervisionIntervalDays: 30,
  firstYearSupervisionIntervalDays: 14,
};

export type TierCounts = { tier1: number; tier2: number };

/** A caseload's weight: each open case by its tier's weight. */
export function weightedCaseload(policy: Pick<WorkforcePolicy, 'tierWeights'>, counts: TierCounts): number {
  return Math.round((counts.tier1 * policy.tierWeights.tier1 + counts.tier2 * policy.tierWeights.tier2) * 100) / 100;
}

/** The weight one more case of `tier` adds. */
export function caseWeight(policy: Pick<WorkforcePolicy, 'tierWeights'>, tier: 1 | 2): number {
  return tier === 1 ? policy.tierWeights.tier1 : policy.tierWeights.tier2;
}

/** Over the threshold: strictly above it (a caseload at the threshold is full, not over). */
export function overThreshold(policy: Pick<WorkforcePolicy, 'caseloadThreshold'>, weighted: number): boolean {
  return weighted > policy.caseloadThreshold;
}

const YEAR_DAYS = 365;

/**
 * Days between sessions for a caseworker in post since `inPostSince`
 * (YYYY-MM-DD) on `today`: the first-year interval during their first year.
 */
export function supervisionIntervalFor(schedule: { intervalDays: number; firstYearIntervalDays: number }, inPostSince: string, today: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${inPostSince}T00:00:00Z`)) / 86_400_000;
  return days < YEAR_DAYS ? schedule.firstYearIntervalDays : schedule.intervalDays;
}
