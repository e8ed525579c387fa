// Ages and birth dates of children (dates are YYYY-MM-DD calendar dates in
// the district time zone). A person under 18 is a child (framework 1.3).

export const ADULT_AGE = 18;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  // Normalise through UTC (Feb 30 → Mar 2), then print.
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.toISOString().slice(0, 10);
}

/** Full years of age on `today`. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = parts(dateOfBirth);
  const [ty, tm, td] = parts(today);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * The birth date an estimated age stands for: the middle of that year of age
 * (a child "about 9" is taken as 9 and a half), flagged as estimated.
 */
export function estimatedBirthDate(ageYears: number, today: string): string {
  const [y, m, d] = parts(today);
  return format(y - ageYears, m - 6, d);
}

/** Distance between two dates in years (fractional, always ≥ 0). */
export function yearsApart(a: string, b: string): number {
  const t = (s: string) => Date.UTC(...(parts(s).map((v, i) => (i === 1 ? v - 1 : v)) as [number, number, number]));
  return Math.abs(t(a) - t(b)) / (365.25 * 86_400_000);
}

/** A date `years` before or after another (for ±2-year windows). */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  return format(y + years, m, d);
}
