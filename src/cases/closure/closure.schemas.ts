import { z } from 'zod';
import { BENCHMARKS, CLOSURE_REASONS } from '../case-vocabulary.js';
import { pageResult } from '../../http/paging.schemas.js';
import { longText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Framework step 9 (tool 15, the case closure form).

export const closeCaseSchema = z
  .object({
    reason: z.enum(CLOSURE_REASONS).meta({
      description: "'goals_and_benchmarks_met' closes at once when the latest review allows it; any other reason needs a note and the supervisor's approval",
    }),
    note: longText().optional().meta({ description: 'The written reason (required unless the goals and benchmarks are met)' }),
  })
  .strict()
  .refine((v) => v.reason === 'goals_and_benchmarks_met' || !!v.note, {
    message: 'write why the case closes for this reason',
    path: ['note'],
  });
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;

export const approveClosureSchema = z.object({ note: longText().optional() }).strict();
export const rejectClosureSchema = z.object({ note: longText().meta({ description: 'Why the case stays open' }) }).strict();
export const reopenCaseSchema = z.object({ reason: longText().meta({ description: 'Why the case is reopened' }) }).strict();
export const emptyBodySchema = z.object({}).strict();

export const closureRequestSchema = z.object({
  id: z.uuid(),
  reason: z.enum(CLOSURE_REASONS),
  note: z.string(),
  requestedBy: userRefSchema,
  requestedAt: z.iso.datetime(),
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
  decidedBy: userRefSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  decisionNote: z.string().nullable(),
});
export type ClosureRequest = z.infer<typeof closureRequestSchema>;

export const closureRecordSchema = z.object({
  id: z.uuid(),
  reason: z.enum(CLOSURE_REASONS),
  note: z.string().nullable(),
  reviewId: z.uuid().nullable(),
  closureRequestId: z.uuid().nullable(),
  closedBy: userRefSchema,
  closedAt: z.iso.datetime(),
  reopenedBy: userRefSchema.nullable(),
  reopenedAt: z.iso.datetime().nullable(),
  reopenReason: z.string().nullable(),
});
export type ClosureRecord = z.infer<typeof closureRecordSchema>;

export const closureStateSchema = z.object({
  caseId: z.uuid(),
  stage: z.enum(['intake', 'assessment', 'planning', 'implementation', 'review', 'closed', 'transferred']),
  closedAt: z.iso.datetime().nullable(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  pendingRequest: closureRequestSchema.nullable(),
  benchmarks: z
    .object({ allowed: z.boolean(), missingBenchmarks: z.array(z.enum(BENCHMARKS)), openPlanGoals: z.number().int() })
    .meta({ description: 'Whether the case may close on its benchmarks now' }),
  requests: z.array(closureRequestSchema).meta({ description: 'Every closure request, newest first' }),
  closures: z.array(closureRecordSchema).meta({ description: 'Every closure (and its reopening), newest first' }),
});
export type ClosureState = z.infer<typeof closureStateSchema>;

export const pendingClosureListSchema = z.object({
  items: z.array(
    z.object({
      requestId: z.uuid(),
      caseId: z.uuid(),
      caseCode: z.string(),
      childCode: z.string(),
      reason: z.enum(CLOSURE_REASONS),
      note: z.string(),
      requestedBy: userRefSchema,
      requestedAt: z.iso.datetime(),
    }),
  ),
  ...pageResult,
});
