import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';

export const allocationInputSchema = z
  .object({
    leadCaseworkerId: z.uuid(),
    confirmOverThreshold: z.boolean().optional().meta({
      description: "true: allocate even though it takes the caseworker's weighted caseload over the threshold (otherwise 409 errors.caseload_over_threshold)",
    }),
  })
  .strict();
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const allocationResultSchema = z.object({
  caseId: z.uuid(),
  stage: z.string(),
  leadCaseworker: userRefSchema.extend({ role: z.string() }),
  supervisor: userRefSchema.nullable(),
});
