import { addDays, endOfLocalDay, localDateOf } from '../../deadlines/local-time.js';
import type { ReferralUrgency } from '../../db/tables/directory.js';

// The clocks of a referral (framework step 7). The framework names no times:
// these are Rinda's documented choices, in the child's local dates
// (Africa/Kigali). An immediate referral is answered the same day (a Tier 1
// child, framework 3.7), an urgent one within 2 days, a routine one within a
// week; an accepted referral is followed until it is complete, within 30 days.

export const REFERRAL_ANSWER_DAYS: Record<ReferralUrgency, number> = { immediate: 0, urgent: 2, routine: 7 };
export const REFERRAL_COMPLETION_DAYS = 30;

/** The deadline kinds a referral opens (src/deadlines: worklist and escalation). */
export const REFERRAL_DEADLINES = { answer: 'referral_answer', completion: 'referral_completion' } as const;

/** The local date by which the provider answers. */
export function referralDueDate(urgency: ReferralUrgency, sentAt: Date, timeZone: string): string {
  return addDays(localDateOf(sentAt, timeZone), REFERRAL_ANSWER_DAYS[urgency]);
}

/** When the referral's answer deadline falls due: the end of its due date. */
export const answerDueAt = (dueDate: string, timeZone: string): Date => endOfLocalDay(dueDate, timeZone);

/** When an accepted referral should be complete. */
export function completionDueAt(acceptedAt: Date, timeZone: string): Date {
  return endOfLocalDay(addDays(localDateOf(acceptedAt, timeZone), REFERRAL_COMPLETION_DAYS), timeZone);
}
