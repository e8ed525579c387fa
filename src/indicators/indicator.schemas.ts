import { z } from 'zod';
import { FILE_AUDIT_CODES } from './file-audit-checklist.js';
import { DISAGGREGATIONS, INDICATOR_IDS } from './indicator-registry.js';
import { PERIOD_PATTERN } from './period.js';

// The indicators API: definitions, figures (any node, any period, one
// disaggregation), their exports, and file audit sampling.

/** The nation, a province, a district or a sector: the levels the indicators are kept at. */
export const indicatorPlaceSchema = z.string().regex(/^(RW|[1-5](\d|\d{3})?)$/, 'RW, a province, a district or a sector code');

export const figuresQuerySchema = z
  .object({
    place: indicatorPlaceSchema.default('RW'),
    period: z.string().regex(PERIOD_PATTERN, 'a month (2026-11), a quarter (2026-Q4) or a year (2026)'),
    by: z.enum(DISAGGREGATIONS).optional(),
    indicator: z.enum(INDICATOR_IDS).optional(),
  })
  .strict();
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

const definitionSchema = z.object({
  id: z.string(),
  group: z.enum(['framework', 'operational']),
  kind: z.enum(['count', 'percent', 'mean']),
  title: z.string(),
  framework: z.string().nullable(),
  numerator: z.string(),
  denominator: z.string().nullable(),
  period: z.string(),
  rule: z.string().nullable(),
  source: z.string(),
  disaggregations: z.array(z.string()),
  detail: z.string().nullable(),
  lowestLevel: z.enum(['sector', 'district']),
});
export const definitionListSchema = z.object({
  items: z.array(definitionSchema),
  fileAuditChecklist: z.array(z.object({ code: z.string(), text: z.string() })),
});

/** A count hidden by small-number suppression is null, with `suppressed` true. */
const figureRowSchema = z.object({
  key: z.string(),
  label: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
});
export const figureSchema = z.object({
  id: z.string(),
  kind: z.enum(['count', 'percent', 'mean']),
  title: z.string(),
  /** False where the data does not hold the figure at this level (e.g. a deadline knows its district only). */
  available: z.boolean(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  /** The breakdown asked for; null when this indicator is not disaggregated that way. */
  rows: z.array(figureRowSchema).nullable(),
});
export type Figure = z.infer<typeof figureSchema>;
export const figuresSchema = z.object({
  place: z.object({ id: z.string(), name: z.string(), level: z.number().int() }),
  period: z.string(),
  by: z.enum(DISAGGREGATIONS).nullable(),
  /** 'suppressed': counts below the threshold are hidden (the reader may not see identities here). */
  view: z.enum(['full', 'suppressed']),
  threshold: z.number().int(),
  suppressedLabel: z.string(),
  figures: z.array(figureSchema),
});
export type Figures = z.infer<typeof figuresSchema>;

// File audit sampling.
export const drawAuditSchema = z
  .object({
    districtId: z.string().regex(/^[1-5]\d$/, 'a district code'),
    period: z.string().regex(PERIOD_PATTERN, 'a month (2026-11), a quarter (2026-Q4) or a year (2026)'),
    sampleSize: z.number().int().min(1).max(200),
    /** The random seed; by default the district and period, so anyone can draw the same sample again. */
    seed: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type DrawAuditInput = z.infer<typeof drawAuditSchema>;

const answer = z.enum(['yes', 'no', 'na']);
export const scoreFileSchema = z
  .object({
    checks: z.object(Object.fromEntries(FILE_AUDIT_CODES.map((c) => [c, answer])) as Record<(typeof FILE_AUDIT_CODES)[number], typeof answer>).strict(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict();
export type ScoreFileInput = z.infer<typeof scoreFileSchema>;

export const auditItemParamsSchema = z.object({ id: z.uuid(), caseId: z.uuid() });

export const fileAuditSchema = z.object({
  id: z.string(),
  districtId: z.string(),
  period: z.string(),
  seed: z.string(),
  sampleSize: z.number().int(),
  drawnBy: z.string(),
  drawnAt: z.string(),
  /** Case codes only: the auditor opens each file through the case file, which checks and audits that read. */
  items: z.array(
    z.object({
      position: z.number().int(),
      caseId: z.string(),
      caseCode: z.string(),
      checks: z.record(z.string(), answer).nullable(),
      meetsStandards: z.boolean().nullable(),
      score: z.number().nullable(),
      note: z.string().nullable(),
      scoredBy: z.string().nullable(),
      scoredAt: z.string().nullable(),
    }),
  ),
});
export type FileAudit = z.infer<typeof fileAuditSchema>;
