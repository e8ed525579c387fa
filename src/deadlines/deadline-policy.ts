import { addDays, endOfLocalDay, localDateOf } from './local-time.js';
import type { DeadlinePolicy } from './deadline-policy.schemas.js';

// The deadlines the framework times, and how fast overdue work climbs the
// hierarchy. An administrator can change every value (settings key
// 'deadline_policy'); these defaults come from the NCDA 2023 framework where it
// gives a value, and are documented choices where it does not.

/** Deadline kinds Rinda opens. Other kinds may be stored; they use the default escalation interval. */
export const DEADLINE_KINDS = ['screening', 'tier1_response', 'tier2_assessment', 'case_plan', 'case_review'] as const;
type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  screeningHours: 24,
  tier1ResponseHours: null,
  tier2AssessmentDays: 7,
  casePlanDays: 14,
  caseReviewDays: 90,
  referralImmediateDays: 0,
  referralUrgentDays: 2,
  referralRoutineDays: 7,
  referralCompletionDays: 30,
  // Urgent work climbs fast (a Tier 1 child may be in danger now); the rest daily.
  escalationHours: { screening: 2, tier1_response: 2, tier2_assessment: 24, case_plan: 24, case_review: 24 },
};

/** Escalation interval of a kind Rinda does not time itself. */
const DEFAULT_ESCALATION_HOURS = 24;

/** The highest escalation level: 1 caseworker, 2 supervisor, 3 district leadership, 4 NCDA. */
export const TOP_ESCALATION_LEVEL = 4;

const HOUR = 3_600_000;

/**
 * When a deadline of `kind` falls due, counted from `from` (receipt for
 * screening; screening for the tier responses; the assessment for the plan;
 * the plan or last review for the review). Day counts end at the end of the
 * local day, so "within 7 days" gives the caseworker the whole seventh day.
 */
export function computeDueAt(policy: DeadlinePolicy, kind: DeadlineKind, from: Date, timeZone = 'Africa/Kigali'): Date {
  const endOfDayAfter = (days: number) => endOfLocalDay(addDays(localDateOf(from, timeZone), days), timeZone);
  switch (kind) {
    case 'screening':
      return new Date(from.getTime() + policy.screeningHours * HOUR);
    case 'tier1_response':
      return policy.tier1ResponseHours === null ? endOfDayAfter(0) : new Date(from.getTime() + policy.tier1ResponseHours * HOUR);
    case 'tier2_assessment':
      return endOfDayAfter(policy.tier2AssessmentDays);
    case 'case_plan':
      return endOfDayAfter(policy.casePlanDays);
    case 'case_review':
      return endOfDayAfter(policy.caseReviewDays);
  }
}

export function escalationIntervalMs(policy: DeadlinePolicy, kind: string): number {
  const hours = (policy.escalationHours as Record<string, number>)[kind] ?? DEFAULT_ESCALATION_HOURS;
  return hours * HOUR;
}

/**
 * The level an overdue deadline should have reached at `now`: 0 before it falls
 * due, 1 when it does, one more per interval, at most the top level.
 */
export function escalationLevelAt(dueAt: Date, intervalMs: number, now: Date): number {
  const late = now.getTime() - dueAt.getTime();
  if (late < 0) return 0;
  return Math.min(TOP_ESCALATION_LEVEL, 1 + Math.floor(late / intervalMs));
}

/**
 * Whether the top level must be reminded again: escalation keeps going until
 * someone acts, so NCDA hears again every interval while the deadline stays open.
 */
export function topLevelReminderDue(lastEscalatedAt: Date | null, intervalMs: number, now: Date): boolean {
  return lastEscalatedAt !== null && now.getTime() - lastEscalatedAt.getTime() >= intervalMs;
}
