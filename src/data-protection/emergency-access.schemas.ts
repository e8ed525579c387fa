import { z } from 'zod';

// Emergency access ("break the glass"): a written reason, a time limit, and
// the data protection officer's review list.

export const EMERGENCY_PURPOSES = ['read', 'act_to_protect'] as const;

export const breakGlassSchema = z
  .object({
    reason: z.string().trim().min(20).max(2000).meta({ description: 'Why the case must be opened now, outside one’s scope (written, reviewed later)' }),
    purpose: z
      .enum(EMERGENCY_PURPOSES)
      .meta({ description: "'read': read the file; 'act_to_protect': also record what is done to protect the child (caseworkers only)" }),
  })
  .strict();
export type BreakGlassInput = z.infer<typeof breakGlassSchema>;

export const emergencyGrantSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  allowsWork: z.boolean(),
  expiresAt: z.iso.datetime(),
});

export const emergencyReviewItemSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseCode: z.string(),
  districtId: z.string(),
  user: z.object({ id: z.uuid(), fullName: z.string(), role: z.string() }),
  reason: z.string(),
  purpose: z.enum(EMERGENCY_PURPOSES),
  allowsWork: z.boolean(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  actions: z.number().int().meta({ description: 'Audited reads and changes of the case by the user during the access' }),
  finding: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewedBy: z.string().nullable(),
});
export const emergencyReviewListSchema = z.object({ items: z.array(emergencyReviewItemSchema) });
export const emergencyReviewQuerySchema = z.object({ open: z.enum(['true', 'false']).default('true') });
export const emergencyFindingSchema = z
  .object({ finding: z.string().trim().min(10).max(2000).meta({ description: 'The officer’s finding: justified, or what follows' }) })
  .strict();
