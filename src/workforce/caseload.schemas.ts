import { z } from 'zod';
import { userRefSchema } from '../people/common.schemas.js';

export const caseloadQuerySchema = z.object({
  districtId: z
    .string()
    .regex(/^[1-5]\d$/)
    .optional()
    .meta({ description: 'One district (Akarere) within the caller’s jurisdiction; all of it by default' }),
});
export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>;

const thresholdsSchema = z.object({
  tierWeights: z.object({ tier1: z.number(), tier2: z.number() }),
  caseloadThreshold: z.number(),
  superviseesPerSupervisor: z.number().int(),
});

/** One caseworker's figures: counts of open cases they lead, never a child's identity. */
export const caseworkerLoadSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.string(),
  districtId: z.string(),
  organisationName: z.string().nullable(),
  supervisor: userRefSchema.nullable(),
  tier1: z.number().int(),
  tier2: z.number().int(),
  openCases: z.number().int(),
  weighted: z.number().meta({ description: 'Open cases weighted by tier (the policy’s tierWeights)' }),
  overThreshold: z.boolean(),
});

export const caseloadBoardSchema = z.object({
  thresholds: thresholdsSchema,
  caseworkers: z.array(caseworkerLoadSchema),
  supervisors: z.array(
    z.object({ id: z.uuid(), fullName: z.string(), supervisees: z.number().int(), overThreshold: z.boolean() }).meta({
      description: 'Caseworkers per supervisor against the ratio',
    }),
  ),
  totals: z.object({ caseworkers: z.number().int(), overThreshold: z.number().int(), openCases: z.number().int(), weighted: z.number() }),
});

/** Workforce planning, per district: people in post against the caseload and thresholds (counts only). */
export const workforcePlanningSchema = z.object({
  thresholds: thresholdsSchema,
  districts: z.array(
    z.object({
      districtId: z.string(),
      name: z.string(),
      caseworkers: z.number().int(),
      untrainedCaseworkers: z.number().int().meta({ description: 'In post without the national case management training: may not lead a case yet' }),
      supervisors: z.number().int(),
      izu: z.number().int(),
      tier1: z.number().int(),
      tier2: z.number().int(),
      weighted: z.number(),
      casesPerCaseworker: z.number().nullable(),
      caseworkersPerSupervisor: z.number().nullable(),
      caseworkersNeeded: z.number().int().meta({ description: 'Caseworkers the weighted caseload calls for at the threshold' }),
      supervisorsNeeded: z.number().int().meta({ description: 'Supervisors the caseworkers in post call for at the ratio' }),
    }),
  ),
});

/** What an allocation screen shows of a candidate's caseload: the board's figures, and whether this case takes them over. */
export const candidateCaseloadSchema = z.object({
  tier1: z.number().int(),
  tier2: z.number().int(),
  weighted: z.number(),
  threshold: z.number(),
  overThreshold: z.boolean(),
  overAfterAllocation: z.boolean().meta({ description: 'Allocating this case would take them over the threshold (the allocation asks to confirm)' }),
});
