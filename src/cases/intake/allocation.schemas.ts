import { z } from 'zod';
import { userRefSchema } from '../../people/common.schemas.js';

export const allocationInputSchema = z.object({ leadCaseworkerId: z.uuid() }).strict();
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const allocationResultSchema = z.object({
  caseId: z.uuid(),
  stage: z.string(),
  leadCaseworker: userRefSchema.extend({ role: z.string() }),
  supervisor: userRefSchema.nullable(),
});
