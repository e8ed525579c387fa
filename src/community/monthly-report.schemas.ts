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

const countsSchema = z.record(z.string(), z.number().int());

/** Figures summed over reports (a village's one, or a place's). */
export const reportFiguresSchema = z.object({
  reports: z.number().int().meta({ description: 'Current reports counted' }),
  householdsVisited: z.number().int(),
  childrenAtRisk: countsSchema.meta({ description: 'By category (AT_RISK_CATEGORIES); categories with none left out' }),
  incidents: countsSchema.meta({ description: 'By case type; types with none left out' }),
  resolvedInCommunity: z.number().int(),
  referralsMade: z.number().int(),
  followUpVisits: z.number().int(),
});

export const completenessSchema = z.object({
  pairsActive: z.number().int().meta({ description: 'Villages with at least one active IZU' }),
  pairsReported: z.number().int().meta({ description: 'Of those, the villages with a report for the month' }),
  pairsMissing: z.number().int(),
});

const personSchema = z.object({ id: z.uuid(), fullName: z.string() });

export const storedReportSchema = z.object({
  id: z.uuid(),
  villageId: z.string(),
  month: z.string(),
  channel: monthlyReportChannelSchema,
  receivedAt: z.date(),
  submittedBy: personSchema.nullable().meta({ description: 'The IZU who sent it; null for a paper form' }),
  enteredBy: personSchema.meta({ description: 'Who typed it (the cell coordinator, for a paper form)' }),
  householdsVisited: z.number().int(),
  childrenAtRisk: countsSchema,
  incidents: countsSchema,
  resolvedInCommunity: z.number().int(),
  referralsMade: z.number().int(),
  followUpVisits: z.number().int(),
  concerns: z.string().nullable(),
  supersededAt: z.date().nullable().meta({ description: 'When a later report for the same village and month replaced it' }),
});

const placeRefSchema = z.object({ id: z.string(), name: z.string(), level: z.number().int() });

export const rollupQuerySchema = z.object({
  placeId: placeIdSchema.optional().meta({ description: "A cell, sector, district, province or 'RW' (default: the reader's jurisdiction)" }),
  month: monthSchema.optional().meta({ description: 'Default: the month before until its deadline, then the month in progress' }),
});
export type RollupQuery = z.infer<typeof rollupQuerySchema>;

export const rollupSchema = z.object({
  place: placeRefSchema.extend({ label: z.string() }),
  month: z.string(),
  deadline: z.iso.date().meta({ description: "The month's reports are due by the end of this day (Africa/Kigali)" }),
  completeness: completenessSchema,
  totals: reportFiguresSchema,
  parts: z
    .array(
      z.object({
        place: placeRefSchema,
        completeness: completenessSchema,
        totals: reportFiguresSchema,
        report: storedReportSchema.nullable().optional().meta({ description: "A village's current report (in a cell's roll-up)" }),
        volunteers: z
          .array(personSchema.extend({ phone: z.string().nullable() }))
          .optional()
          .meta({ description: "A village's active IZU (in a cell's roll-up), to chase a missing report" }),
      }),
    )
    .meta({ description: 'The places one level below, each consolidated the same way (bounded: a place has at most a few dozen)' }),
});
export type Rollup = z.infer<typeof rollupSchema>;

export const villageReportsQuerySchema = z.object({
  villageId: placeIdSchema.optional().meta({ description: "The village (default: an IZU's own)" }),
  month: monthSchema.optional(),
});
export type VillageReportsQuery = z.infer<typeof villageReportsQuerySchema>;

export const villageReportsSchema = z.object({
  village: placeRefSchema.extend({ label: z.string() }),
  month: z.string(),
  deadline: z.iso.date(),
  current: storedReportSchema.nullable(),
  history: z.array(storedReportSchema).meta({ description: 'Earlier reports for the same village and month, newest first (the latest 20)' }),
  historyTotal: z.number().int(),
});

export const submitMonthlyReportBodySchema = monthlyReportInputSchema;
