import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliestVisitDay, placeVisitDay } from './visit-day.js';

// The day of a visit sent with ITARIKI / DATE (docs/izu-sms-ussd.md): placed
// in the year nearest today, accepted from the first day of last month to today.

describe('the day of a visit sent later', () => {
  it('takes the year nearest today when none is typed, across the turn of the year', () => {
    expect(placeVisitDay('2026-11-02', { day: 30, month: 10, year: null })).toEqual({ ok: true, date: '2026-10-30' });
    expect(placeVisitDay('2027-01-03', { day: 28, month: 12, year: null })).toEqual({ ok: true, date: '2026-12-28' });
    expect(placeVisitDay('2026-11-02', { day: 2, month: 11, year: null })).toEqual({ ok: true, date: '2026-11-02' });
    expect(placeVisitDay('2028-03-10', { day: 29, month: 2, year: null })).toEqual({ ok: true, date: '2028-02-29' });
  });

  it('refuses a day still to come and one before the month before, naming the day read and the earliest accepted', () => {
    expect(placeVisitDay('2026-11-02', { day: 5, month: 11, year: null })).toEqual({
      ok: false,
      reason: 'visit_date_future',
      date: '2026-11-05',
      earliest: '2026-10-01',
    });
    expect(placeVisitDay('2026-11-02', { day: 30, month: 9, year: null })).toEqual({
      ok: false,
      reason: 'visit_date_too_old',
      date: '2026-09-30',
      earliest: '2026-10-01',
    });
    expect(placeVisitDay('2026-11-02', { day: 30, month: 10, year: 2025 })).toMatchObject({ ok: false, reason: 'visit_date_too_old' });
    expect(placeVisitDay('2026-11-02', { day: 30, month: 10, year: 2027 })).toMatchObject({ ok: false, reason: 'visit_date_future' });
    expect(placeVisitDay('2027-01-15', { day: 1, month: 12, year: null })).toEqual({ ok: true, date: '2026-12-01' });
    expect(earliestVisitDay('2027-01-15')).toBe('2026-12-01');
  });

  it('accepts exactly the days from the first of last month to today, whatever today is', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2098-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -90, max: 90 }),
        (now, offset) => {
          const today = now.toISOString().slice(0, 10);
          const date = new Date(Date.parse(`${today}T00:00:00Z`) + offset * day).toISOString().slice(0, 10);
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          const placed = placeVisitDay(today, { day: d, month: m, year: y });
          const expected = date > today ? 'visit_date_future' : date < earliestVisitDay(today) ? 'visit_date_too_old' : null;
          expect(placed).toEqual(expected ? { ok: false, reason: expected, date, earliest: earliestVisitDay(today) } : { ok: true, date });
          // Without its year, a day within the accepted span reads the same.
          if (!expected) expect(placeVisitDay(today, { day: d, month: m, year: null })).toEqual({ ok: true, date });
        },
      ),
    );
  });
});
