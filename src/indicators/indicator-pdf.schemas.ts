import { z } from 'zod';

// The monthly district report (issue 17, exports): one district, one month,
// in Kinyarwanda, English or French (by default the reader's own language).

export const reportPdfQuerySchema = z
  .object({
    place: z.string().regex(/^[1-5]\d$/, 'a district code'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month (2026-11)'),
    lang: z.enum(['rw', 'en', 'fr']).optional(),
  })
  .strict();
export type ReportPdfQuery = z.infer<typeof reportPdfQuerySchema>;
