import { describe, expect, it } from 'vitest';
import { addMonths, currentReportMonth, monthToRemind, reportDeadline } from './monthly-report.calendar.js';

describe('the monthly report calendar', () => {
  it('steps months across the year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
  it('puts the deadline on the configured day of the next month', () => {
    expect(reportDeadline('2026-11', 5)).toBe('2026-12-05');
    expect(reportDeadline('2026-12', 5)).toBe('2027-01-05');
  });
  it('reads the month before until its deadline, then the month in progress', () => {
    expect(currentReportMonth('2026-12-05', 5)).toBe('2026-11');
    expect(currentReportMonth('2026-12-06', 5)).toBe('2026-12');
  });
  it('reminds about the month before only once its deadline day is over', () => {
    expect(monthToRemind('2026-12-05', 5)).toBeNull();
    expect(monthToRemind('2026-12-06', 5)).toBe('2026-11');
    expect(monthToRemind('2027-01-31', 5)).toBe('2026-12');
  });
});
