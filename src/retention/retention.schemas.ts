import { z } from 'zod';
import { RETENTION_KINDS } from './retention-rules.js';

// Retention (Law N° 058/2021 Art. 52): the rules, the runs and their record, the holds.

export const retentionKindSchema = z.enum(RETENTION_KINDS);

export const retentionRuleSchema = z.object({
  kind: retentionKindSchema,
  record: z.string().meta({ description: 'The kind of record the rule reads' }),
  action: z.string().meta({ description: 'What the rule does once the period has passed' }),
  from: z.string().meta({ description: 'From when the period counts' }),
  enabled: z.boolean(),
  periodDays: z.number().int(),
  minDays: z.number().int().meta({ description: 'The shortest period the framework or the law allows' }),
  defaultEnabled: z.boolean(),
  defaultPeriodDays: z.number().int(),
  source: z.string(),
  changedAt: z.iso.datetime().nullable(),
  changedBy: z.string().nullable(),
});
export const retentionRulesSchema = z.object({ items: z.array(retentionRuleSchema) });

export const retentionRuleChangeSchema = z
  .object({
    kind: retentionKindSchema,
    enabled: z.boolean(),
    periodDays: z.number().int().min(0).max(36_500).meta({ description: 'Days after the record\'s start point (see "from"); at least the rule\'s minDays' }),
  })
  .strict();
export type RetentionRuleChange = z.infer<typeof retentionRuleChangeSchema>;

const ruleCountsSchema = z.record(z.string(), z.number().int());

export const retentionItemSchema = z.object({
  rule: retentionKindSchema,
  entityType: z.string(),
  entityId: z.uuid(),
  label: z.string().meta({ description: "The record's reference or code (never a name)" }),
  action: z.string(),
});

export const dryRunSchema = z.object({
  runId: z.uuid(),
  at: z.iso.datetime(),
  counts: ruleCountsSchema.meta({ description: 'How many records each rule would change now (the audit: how many entries are past the period)' }),
  items: z.array(retentionItemSchema).meta({ description: 'The first records each rule would change (at most 200 a rule)' }),
});

export const retentionRunSchema = z.object({
  id: z.uuid(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  dryRun: z.boolean(),
  actor: z.string().nullable().meta({ description: 'Who asked for it; null for the background worker' }),
  counts: ruleCountsSchema,
});
export const retentionRunsSchema = z.object({ items: z.array(retentionRunSchema) });

export const retentionRunDetailSchema = retentionRunSchema.extend({
  actions: z.array(retentionItemSchema.omit({ label: true }).extend({ at: z.iso.datetime() })),
  totalActions: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export const runActionsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const newHoldSchema = z
  .object({
    childId: z.uuid().optional().meta({ description: 'Hold every record of this child (give the child or the report, not both)' }),
    reportId: z.uuid().optional().meta({ description: 'Hold this report' }),
    reason: z.string().trim().min(1).max(2000).meta({ description: 'Why the record must be kept (a legal claim, an investigation)' }),
  })
  .strict();
export type NewHold = z.infer<typeof newHoldSchema>;

export const holdSchema = z.object({
  id: z.uuid(),
  childId: z.string().nullable(),
  childCode: z.string().nullable(),
  reportId: z.string().nullable(),
  reportReference: z.string().nullable(),
  reason: z.string(),
  placedBy: z.string(),
  placedAt: z.iso.datetime(),
  releasedAt: z.iso.datetime().nullable(),
});
export const holdsSchema = z.object({ items: z.array(holdSchema) });
export const holdListQuerySchema = z.object({ active: z.enum(['true', 'false']).optional() });
export const emptyBodySchema = z.object({}).strict();
