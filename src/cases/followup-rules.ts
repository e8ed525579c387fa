import { BENCHMARKS } from './case-vocabulary.js';
import type { CaseStage } from '../db/tables/cases-core.js';

// The pure rules of framework steps 7-9: which stage allows which record, and
// when the benchmarks allow a case to close.

export type Benchmark = (typeof BENCHMARKS)[number];
export type BenchmarkScore = { benchmark: Benchmark; met: boolean; evidence: string };

/**
 * Framework step 8: a review measures progress against the case plan, so it
 * comes once a plan is made (the plan moves the case to 'implementation').
 */
export const REVIEWABLE_STAGES: readonly CaseStage[] = ['implementation', 'review'];

/** A review that finds new concerns sends the case back to assessment (framework 3.9); otherwise monitoring and review go on. */
export function stageAfterReview(outcome: 'continue' | 'reassess' | 'ready_for_closure'): CaseStage {
  return outcome === 'reassess' ? 'assessment' : 'review';
}

export type ClosureCheck = {
  allowed: boolean;
  /** Benchmarks the review did not find met (all seven when there is no review). */
  missingBenchmarks: Benchmark[];
  /** Plan goals not yet achieved (0 when the plan is unknown). */
  openPlanGoals: number;
};

/**
 * Framework step 9: a case closes on its own merits only when the case plan's
 * goals and all seven benchmarks are met. `planGoals` is null when the plan is
 * not known to Rinda; benchmark 1 ('plan_goals_achieved') then stands for it.
 */
export function benchmarksAllowClosure(
  review: { scores: readonly Pick<BenchmarkScore, 'benchmark' | 'met'>[] } | null,
  planGoals: readonly { achieved: boolean }[] | null,
): ClosureCheck {
  const met = new Set((review?.scores ?? []).filter((s) => s.met).map((s) => s.benchmark));
  const missingBenchmarks = BENCHMARKS.filter((b) => !met.has(b));
  const openPlanGoals = (planGoals ?? []).filter((g) => !g.achieved).length;
  return { allowed: review !== null && missingBenchmarks.length === 0 && openPlanGoals === 0, missingBenchmarks, openPlanGoals };
}
