import { z } from 'zod';

/**
 * The workforce policy an administrator sets (settings key 'workforce_policy';
 * defaults in workforce-policy.ts). The framework's resourcing section asks
 * for "ratios established for cases per caseworker, and for caseworkers per
 * supervisor"; it gives no values, so the defaults are documented choices.
 */
export const workforcePolicySchema = z
  .object({
    /** How much one open case counts towards a caseload, by tier: a Tier 1 case (immediate danger) counts more. */
    tierWeights: z.object({ tier1: z.number().min(0.5).max(10), tier2: z.number().min(0.5).max(10) }).strict(),
    /** The weighted caseload above which a caseworker stands out, and allocation warns. */
    caseloadThreshold: z.number().min(1).max(500),
    /** Caseworkers per supervisor above which a supervisor stands out. */
    superviseesPerSupervisor: z.number().int().min(1).max(100),
    /** The national default supervision schedule, for districts that set none: days between sessions. */
    supervisionIntervalDays: z.number().int().min(7).max(180),
    /** The same in a caseworker's first year in post (more often). */
    firstYearSupervisionIntervalDays: z.number().int().min(7).max(180),
  })
  .strict();
export type WorkforcePolicy = z.infer<typeof workforcePolicySchema>;

/** A district's supervision schedule (the district sets it; framework §7.3). */
export const supervisionScheduleSchema = z
  .object({
    intervalDays: z.number().int().min(7).max(180),
    firstYearIntervalDays: z.number().int().min(7).max(180),
  })
  .strict();
export type SupervisionSchedule = z.infer<typeof supervisionScheduleSchema>;

export const supervisionScheduleQuerySchema = z.object({
  districtId: z
    .string()
    .regex(/^[1-5]\d$/)
    .optional()
    .meta({ description: "A district (Akarere); a district CPWO's own by default" }),
});

export const supervisionScheduleAnswerSchema = supervisionScheduleSchema.extend({
  districtId: z.string(),
  /** false: the district follows the national default. */
  setByDistrict: z.boolean(),
});
