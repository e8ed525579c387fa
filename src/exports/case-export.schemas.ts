import { z } from 'zod';
import { CASE_STAGES } from '../cases/case-vocabulary.js';

export const caseExportQuerySchema = z
  .object({
    stage: z.enum(CASE_STAGES).optional(),
    tier: z.enum(['1', '2']).optional(),
  })
  .strict();
export type CaseExportQuery = z.infer<typeof caseExportQuerySchema>;
