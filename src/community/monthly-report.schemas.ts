import { z } from 'zod';
import { placeIdSchema } from '../places/place.schemas.js';
import {
  AT_RISK_CATEGORIES,
  CONCERNS_MAX_LENGTH,
  INCIDENT_TYPES,
  MONTH_PATTERN,
  MONTHLY_REPORT_CHANNELS,
  MONTHLY_REPORT_MAX_COUNT,
} from './monthly-report.content.js';

const count = z.number().int().min(0).max(MONTHLY_REPORT_MAX_COUNT);

export const monthSchema = z
  .string()
  .refine((m) => MONTH_PATTERN.test(m), { message: "a month, 'YYYY-MM'", params: { messageKey: 'errors.month_invalid' } })
  .meta({ description: "A month, 'YYYY-MM' (Africa/Kigali calendar)", example: '2026-11' });

/**
 * One pair's report for one month (the contract the web form, the SMS and
 * USSD channels all submit through submitMonthlyReport). Counts by category
 * leave out the categories with none.
 */
export const monthlyReportInputSchema = z
  .object({
    month: monthSchema,
    villageId: placeIdSchema.optional().meta({ description: "The village (Umudugudu) reported on; default: the IZU's own village" }),
    householdsVisited: count,
    childrenAtRisk: z.partialRecord(z.enum(AT_RISK_CATEGORIES), count).default({}),
    incidents: z.partialRecord(z.enum(INCIDENT_TYPES), count).default({}),
    resolvedInCommunity: count,
    referralsMade: count,
    followUpVisits: count.meta({ description: 'Follow-up visits to reintegrated or fostered children' }),
    concerns: z.string().trim().max(CONCERNS_MAX_LENGTH).optional(),
  })
  .strict();
export type MonthlyReportInput = z.input<typeof monthlyReportInputSchema>;
export type MonthlyReportValues = z.output<typeof monthlyReportInputSchema>;

export const submittedMonthlyReportSchema = z.object({
  id: z.uuid(),
  month: z.string(),
  villageId: z.string(),
  replaced: z.boolean().meta({ description: 'true: an earlier report for this village and month was on record and is now history' }),
});
export type SubmittedMonthlyReport = z.infer<typeof submittedMonthlyReportSchema>;

export const monthlyReportChannelSchema = z.enum(MONTHLY_REPORT_CHANNELS);
