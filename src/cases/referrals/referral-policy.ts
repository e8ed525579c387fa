import type { DeadlinePolicy } from '../../deadlines/deadline-policy.schemas.js';
import { addDays, endOfLocalDay, localDateOf } from '../../deadlines/local-time.js';
import type { ReferralUrgency } from '../../db/tables/directory.js';

// The clocks of a referral (framework step 7), in the child's local dates
// (Africa/Kigali), from the deadline policy an administrator sets (the
// framework names no times; by default an immediate referral is answered the
// same day, as a Tier 1 child needs (framework 3.7), an urgent one within 2
// days, a routine one within a week, and an accepted referral is complete
// within 30 days).

const answerDays = (policy: DeadlinePolicy): Record<ReferralUrgency, number> => ({
  immediate: policy.referralImmediateDays,
  urgent: policy.referralUrgentDays,
  routine: policy.referralRoutineDays,
});

/** The deadline kinds a referral opens (src/deadlines: worklist and escalation). */
export const REFERRAL_DEADLINES = { answer: 'referral_answer', completion: 'referral_completion' } as const;

/** The local date by which the provider answers. */
export function referralDueDate(policy: DeadlinePolicy, urgency: ReferralUrgency, sentAt: Date, timeZone: string): string {
  return addDays(localDateOf(sentAt, timeZone), answerDays(policy)[urgency]);
}

/** When the referral's answer deadline falls due: the end of its due date. */
export const answerDueAt = (dueDate: string, timeZone: string): Date => endOfLocalDay(dueDate, timeZone);

/** When an accepted referral should be complete. */
export function completionDueAt(policy: DeadlinePolicy, acceptedAt: Date, timeZone: string): Date {
  return endOfLocalDay(addDays(localDateOf(acceptedAt, timeZone), policy.referralCompletionDays), timeZone);
}
