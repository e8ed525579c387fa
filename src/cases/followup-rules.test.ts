import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from './case-vocabulary.js';
import { benchmarksAllowClosure, stageAfterReview } from './followup-rules.js';

const allMet = () => BENCHMARKS.map((benchmark) => ({ benchmark, met: true }));

describe('benchmarksAllowClosure (framework step 9)', () => {
  it('allows closure when all seven benchmarks are met and every plan goal is achieved', () => {
    expect(benchmarksAllowClosure({ scores: allMet() }, [{ achieved: true }, { achieved: true }])).toEqual({
      allowed: true,
      missingBenchmarks: [],
      openPlanGoals: 0,
    });
  });

  it('refuses when one benchmark is not met, and names it', () => {
    const scores = allMet().map((s) => (s.benchmark === 'justice_process_concluded' ? { ...s, met: false } : s));
    const check = benchmarksAllowClosure({ scores }, []);
    expect(check.allowed).toBe(false);
    expect(check.missingBenchmarks).toEqual(['justice_process_concluded']);
  });

  it('counts a benchmark the review left out as missing', () => {
    const check = benchmarksAllowClosure({ scores: allMet().slice(1) }, null);
    expect(check).toMatchObject({ allowed: false, missingBenchmarks: ['plan_goals_achieved'] });
  });

  it('refuses while a plan goal is open, even with all benchmarks met', () => {
    const check = benchmarksAllowClosure({ scores: allMet() }, [{ achieved: true }, { achieved: false }]);
    expect(check).toEqual({ allowed: false, missingBenchmarks: [], openPlanGoals: 1 });
  });

  it('lets benchmark 1 stand for the plan when the plan is unknown', () => {
    expect(benchmarksAllowClosure({ scores: allMet() }, null).allowed).toBe(true);
  });

  it('refuses without a review, with all seven benchmarks missing', () => {
    const check = benchmarksAllowClosure(null, []);
    expect(check.allowed).toBe(false);
    expect(check.missingBenchmarks).toEqual([...BENCHMARKS]);
  });
});

describe('stage rules', () => {
  it('sends a reassessment back to assessment and keeps other reviews in review', () => {
    expect(stageAfterReview('reassess')).toBe('assessment');
    expect(stageAfterReview('continue')).toBe('review');
    expect(stageAfterReview('ready_for_closure')).toBe('review');
  });
});
