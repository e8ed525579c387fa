import { z } from 'zod';

/** The deadline policy an administrator sets (src/deadlines/deadline-policy.ts: the defaults and what they come from). */
export const deadlinePolicySchema = z
  .object({
    /**
     * Screening of a new report, hours after receipt. The framework (3.7) asks
     * that every case be referred to the CPWO "immediately" but sets no screening
     * time: 24 hours is Rinda's default.
     */
    screeningHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    /**
     * Tier 1 response, hours after screening; null means the end of the local
     * day of screening. Framework 3.7, Table 2: Tier 1 is reported at once and
     * the response is the same day.
     */
    tier1ResponseHours: z.number().int().min(1).max(72).nullable(),
    /** Tier 2 comprehensive assessment, days after screening. Framework 3.7, Table 2: "within one week". */
    tier2AssessmentDays: z.number().int().min(1).max(30),
    /** Case plan, days after the assessment. The framework gives no value: 14 days by default. */
    casePlanDays: z.number().int().min(1).max(90),
    /** Case review, days after the plan or the previous review. The framework gives no value: 90 days by default. */
    caseReviewDays: z.number().int().min(7).max(365),
    /**
     * Referrals (framework step 7): the provider's answer is due this many days
     * after sending, by urgency (0: the same day), and an accepted referral
     * should be complete this many days after acceptance. The framework gives
     * no value: same day, 2 days, 7 days and 30 days by default.
     */
    referralImmediateDays: z.number().int().min(0).max(1),
    referralUrgentDays: z.number().int().min(0).max(14),
    referralRoutineDays: z.number().int().min(1).max(60),
    referralCompletionDays: z.number().int().min(7).max(180),
    /** Hours between escalation steps of an overdue deadline, by kind (level 1 when it falls due, one more each interval). */
    escalationHours: z
      .object({
        screening: z
          .number()
          .int()
          .min(1)
          .max(24 * 7),
        tier1_response: z
          .number()
          .int()
          .min(1)
          .max(24 * 7),
        tier2_assessment: z
          .number()
          .int()
          .min(1)
          .max(24 * 7),
        case_plan: z
          .number()
          .int()
          .min(1)
          .max(24 * 7),
        case_review: z
          .number()
          .int()
          .min(1)
          .max(24 * 7),
      })
      .strict(),
  })
  .strict();
export type DeadlinePolicy = z.infer<typeof deadlinePolicySchema>;
