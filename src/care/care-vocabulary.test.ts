import { describe, expect, it } from 'vitest';
import { ageOn, nextVisitDue, placeDistance } from './care-vocabulary.js';

describe('the post-placement visit schedule', () => {
  it('is weekly in the first month, monthly to the sixth, quarterly after', () => {
    expect(nextVisitDue('2026-11-02', null)).toBe('2026-11-09');
    expect(nextVisitDue('2026-11-02', '2026-11-23')).toBe('2026-11-30');
    expect(nextVisitDue('2026-11-02', '2026-12-02')).toBe('2027-01-01');
    expect(nextVisitDue('2026-11-02', '2027-05-10')).toBe('2027-08-09');
  });
  it('ignores a last visit before the start', () => {
    expect(nextVisitDue('2026-11-02', '2026-10-01')).toBe('2026-11-09');
  });
});

describe('nearness in the place tree', () => {
  it('ranks village, cell, sector, district, elsewhere', () => {
    expect(placeDistance('12010101', '12010101')).toBe(0);
    expect(placeDistance('12010101', '12010102')).toBe(1);
    expect(placeDistance('12010101', '12010201')).toBe(2);
    expect(placeDistance('12010101', '12020101')).toBe(3);
    expect(placeDistance('12010101', '57010101')).toBe(4);
  });
});

describe('age on a date', () => {
  it('counts whole years', () => {
    expect(ageOn('2010-11-03', '2026-11-02')).toBe(15);
    expect(ageOn('2010-11-02', '2026-11-02')).toBe(16);
    expect(ageOn(null, '2026-11-02')).toBeNull();
  });
});
