import { describe, expect, it } from 'vitest';
import { ageOn, estimatedBirthDate, shiftYears, yearsApart } from './child-age.js';

describe('child ages', () => {
  it('counts full years', () => {
    expect(ageOn('2017-11-02', '2026-11-02')).toBe(9);
    expect(ageOn('2017-11-03', '2026-11-02')).toBe(8);
    expect(ageOn('2008-11-03', '2026-11-02')).toBe(17);
    expect(ageOn('2008-11-02', '2026-11-02')).toBe(18);
  });

  it('estimates a birth date in the middle of the year of age', () => {
    expect(estimatedBirthDate(9, '2026-11-02')).toBe('2017-05-02');
    expect(ageOn(estimatedBirthDate(9, '2026-11-02'), '2026-11-02')).toBe(9);
    expect(estimatedBirthDate(0, '2026-03-31')).toBe('2025-10-01');
    expect(ageOn(estimatedBirthDate(17, '2026-01-15'), '2026-01-15')).toBe(17);
  });

  it('measures gaps and shifts in years', () => {
    expect(yearsApart('2017-05-02', '2019-05-02')).toBeCloseTo(2, 1);
    expect(shiftYears('2016-02-29', 2)).toBe('2018-03-01');
  });
});
