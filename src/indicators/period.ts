// The periods indicators are asked for: a month (2026-11), a quarter
// (2026-Q4) or a year (2026), in the Africa/Kigali calendar.

export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export type Period = {
  label: string;
  kind: 'month' | 'quarter' | 'year';
  /** The first days of its months, YYYY-MM-01, in order. */
  months: string[];
};

export function parsePeriod(label: string): Period | undefined {
  const m = PERIOD_PATTERN.exec(label);
  if (!m) return undefined;
  const year = m[1]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[2]) return { label, kind: 'month', months: [`${year}-${m[2]}-01`] };
  if (m[3]) {
    const q = Number(m[3]);
    return { label, kind: 'quarter', months: [1, 2, 3].map((i) => `${year}-${pad((q - 1) * 3 + i)}-01`) };
  }
  return { label, kind: 'year', months: Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}-01`) };
}

/** The audit periods (month, quarter or year labels) that fall inside a period: those whose months are all in it. */
export function auditPeriodsWithin(period: Period): string[] {
  const year = period.months[0]!.slice(0, 4);
  const months = period.months.map((m) => m.slice(0, 7));
  const out = [...months];
  for (let q = 1; q <= 4; q++) {
    const p = parsePeriod(`${year}-Q${q}`)!;
    if (p.months.every((x) => period.months.includes(x))) out.push(p.label);
  }
  if (period.kind === 'year') out.push(year);
  return out;
}
