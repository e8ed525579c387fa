import { z } from 'zod';

export const allocationInputSchema = z.object({ leadCaseworkerId: z.uuid() }).strict();
export type AllocationInput = z.infer<typeof allocationInputSchema>;

const personRef = z.object({ id: z.uuid(), fullName: z.string() });
export const allocationResultSchema = z.object({
  caseId: z.uuid(),
  stage: z.string(),
  leadCaseworker: personRef.extend({ role: z.string() }),
  supervisor: personRef.nullable(),
});
