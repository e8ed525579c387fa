import { z } from 'zod';
import { pageResult } from '../../http/paging.schemas.js';
import { BENCHMARKS, REVIEW_OUTCOMES } from '../case-vocabulary.js';
import { longText } from '../followup.schemas.js';
import { userRefSchema } from '../../people/common.schemas.js';

// Framework step 8 (tool 14, the case review form): the seven benchmarks,
// each met or not with its evidence, and what the review decides.

const benchmarkScoreSchema = z
  .object({
    benchmark: z.enum(BENCHMARKS),
    met: z.boolean(),
    evidence: longText(2000).meta({ description: 'What shows it (required for each benchmark)' }),
  })
  .strict();

export const recordReviewSchema = z
  .object({
    benchmarks: z
      .array(benchmarkScoreSchema)
      .length(BENCHMARKS.length)
      .refine((scores) => new Set(scores.map((s) => s.benchmark)).size === BENCHMARKS.length, {
        message: 'score each of the seven benchmarks once',
      })
      .meta({ description: 'All seven benchmarks, each once' }),
    outcome: z.enum(REVIEW_OUTCOMES).meta({
      description: "'continue'; 'reassess' (new concerns: the case goes back to assessment); 'ready_for_closure' (only when the benchmarks allow it)",
    }),
    newConcerns: longText().optional().meta({ description: "The new or unresolved concerns (required for 'reassess')" }),
    note: longText().optional(),
  })
  .strict()
  .refine((v) => v.outcome !== 'reassess' || !!v.newConcerns, {
    message: 'say what the new concerns are',
    path: ['newConcerns'],
  });
export type RecordReviewInput = z.infer<typeof recordReviewSchema>;

export const reviewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  reviewedBy: userRefSchema,
  reviewedAt: z.iso.datetime(),
  outcome: z.enum(REVIEW_OUTCOMES),
  newConcerns: z.string().nullable(),
  note: z.string().nullable(),
  metCount: z.number().int(),
  benchmarks: z.array(z.object({ benchmark: z.enum(BENCHMARKS), met: z.boolean(), evidence: z.string() })),
  planGoals: z
    .object({ total: z.number().int(), achieved: z.number().int() })
    .nullable()
    .meta({ description: "The plan's goals when reviewed (dropped goals left out); null when the case had no plan" }),
});
export type ReviewRecord = z.infer<typeof reviewSchema>;

export const reviewListSchema = z.object({
  items: z.array(reviewSchema).meta({ description: 'Newest first' }),
  ...pageResult,
  progress: z
    .array(z.object({ reviewId: z.uuid(), reviewedAt: z.iso.datetime(), metCount: z.number().int(), outcome: z.enum(REVIEW_OUTCOMES) }))
    .meta({ description: 'Benchmarks met at each of the latest 200 reviews, oldest first' }),
  closure: z
    .object({ allowed: z.boolean(), missingBenchmarks: z.array(z.enum(BENCHMARKS)), openPlanGoals: z.number().int() })
    .meta({ description: 'Whether the latest review and the plan allow closing on the benchmarks now' }),
});
