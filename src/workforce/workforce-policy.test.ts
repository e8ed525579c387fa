import { describe, expect, it } from 'vitest';
import { caseWeight, DEFAULT_WORKFORCE_POLICY, overThreshold, supervisionIntervalFor, weightedCaseload } from './workforce-policy.js';

describe('caseload weights', () => {
  const policy = { ...DEFAULT_WORKFORCE_POLICY, tierWeights: { tier1: 3, tier2: 1 }, caseloadThreshold: 10 };
  it('counts a Tier 1 case by its weight', () => {
    expect(weightedCaseload(policy, { tier1: 2, tier2: 3 })).toBe(9);
    expect(caseWeight(policy, 1)).toBe(3);
    expect(caseWeight(policy, 2)).toBe(1);
  });
  it('is over the threshold only above it', () => {
    expect(overThreshold(policy, 10)).toBe(false);
    expect(overThreshold(policy, 10.5)).toBe(true);
  });
});

describe('the supervision schedule', () => {
  const schedule = { intervalDays: 30, firstYearIntervalDays: 14 };
  it('is more frequent in the first year in post', () => {
    expect(supervisionIntervalFor(schedule, '2026-01-10', '2026-11-02')).toBe(14);
    expect(supervisionIntervalFor(schedule, '2025-11-01', '2026-11-02')).toBe(30);
  });
});
