import type { TFunction } from 'i18next';
import type { Disaggregation, IndicatorFigure, IndicatorFigureRow, Me } from '../api/types.js';
import { tierName } from '../cases/vocab.js';

// How the dashboards name and show what the figures API answers: periods,
// disaggregation values, values with their suppression, and which places a
// reader may open (the server decides; the screen only avoids dead links).

/** The disaggregations a reader chooses from ('month' and 'place' are the dashboards' own panels). */
export const CHOSEN_DISAGGREGATIONS = [
  'sex',
  'age_band',
  'disability',
  'refugee_status',
  'case_type',
  'relationship',
  'tier',
  'detail',
  'place',
  'month',
] as const satisfies readonly Disaggregation[];

export type PeriodKind = 'month' | 'quarter' | 'year';

export function periodKind(period: string): PeriodKind {
  return /-Q\d$/.test(period) ? 'quarter' : /-\d{2}$/.test(period) ? 'month' : 'year';
}

/** A period of another kind that holds (or starts in) the same time: 2026-11 → 2026-Q4 → 2026. */
export function periodAs(period: string, kind: PeriodKind): string {
  const year = period.slice(0, 4);
  const month = periodKind(period) === 'month' ? Number(period.slice(5, 7)) : periodKind(period) === 'quarter' ? (Number(period.slice(6)) - 1) * 3 + 1 : 1;
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export const isPeriod = (v: string) => /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(v);

/** The current month in Kigali. */
export function thisMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Kigali', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

/** A month's name in the reader's language ("Nov 2026"); Kinyarwanda's from the message files. */
export function monthName(t: TFunction, month: string, short = false): string {
  const m = Number(month.slice(5, 7));
  return t(short ? 'indicators.monthsShort.m' + m : 'indicators.months.m' + m) + ' ' + month.slice(0, 4);
}

export function periodName(t: TFunction, period: string): string {
  switch (periodKind(period)) {
    case 'month':
      return monthName(t, period);
    case 'quarter':
      return t('indicators.period.quarterOf', { q: period.slice(6), year: period.slice(0, 4) });
    case 'year':
      return period;
  }
}

/** The name of one value of a disaggregation (a sex, an age band, a tier, a month, a closure reason…). */
export function valueName(t: TFunction, by: Disaggregation, row: Pick<IndicatorFigureRow, 'key' | 'label'>, indicatorId: string): string {
  const key = row.key;
  const known = (k: string) => t(k, { defaultValue: '' }) || null;
  const or = (...ks: string[]) => ks.map(known).find((x) => x) ?? known(`indicators.values.${key}`) ?? key;
  switch (by) {
    case 'place':
      return row.label ?? key;
    case 'month':
      return monthName(t, key, true);
    case 'tier':
      return key === '0' ? t('indicators.values.notScreened') : tierName(t, Number(key));
    case 'sex':
      return or(`vocab.sexes.${key}`);
    case 'age_band':
      return key === 'unknown' ? t('indicators.values.unknown') : t('indicators.ageBand', { band: key.replace('-', '–') });
    case 'disability':
      return key === 'yes' ? t('indicators.values.withDisability') : key === 'no' ? t('indicators.values.withoutDisability') : or();
    case 'refugee_status':
      return or(`vocab.refugeeStatuses.${key}`);
    case 'case_type':
      return or(`vocab.caseTypes.${key}`);
    case 'relationship':
      return or(`vocab.perpetratorRelationships.${key}`);
    case 'detail':
      return or(...(DETAIL_VOCAB[indicatorId] ?? []).map((list) => `${list}.${key}`));
  }
}

/** Where each indicator's 'detail' values are named. */
const DETAIL_VOCAB: Record<string, string[] | undefined> = {
  reports_received: ['vocab.channels'],
  reports_screened: ['indicators.values'],
  referrals_made: ['referrals.serviceTypes'],
  referrals_completed: ['indicators.outcomes'],
  cases_resolved: ['vocab.closureReasons'],
  clients_satisfied: ['vocab.respondents'],
  overdue_work: ['vocab.deadlineKinds'],
};

/** What a reader sees in a cell: the value, "<5" where it is hidden, a dash where there is none. */
export function shown(
  t: TFunction,
  f: Pick<IndicatorFigure, 'kind'>,
  cell: Pick<IndicatorFigure, 'value' | 'suppressed'>,
  suppressedLabel: string,
  language: string,
): string {
  if (cell.suppressed && cell.value === null) return suppressedLabel;
  if (cell.value === null) return '—';
  const n = new Intl.NumberFormat(language === 'rw' ? 'en' : language, { maximumFractionDigits: 1 }).format(cell.value);
  return f.kind === 'percent' ? `${n}%` : f.kind === 'mean' ? t('indicators.hours', { n }) : n;
}

/** A count (numerator or denominator) as shown: "<5" when hidden. */
export function shownCount(n: number | null, suppressed: boolean, suppressedLabel: string): string {
  if (n === null) return suppressed ? suppressedLabel : '—';
  return String(n);
}

/** Whether the reader may open a place's dashboard (the server's rule, indicator-access.ts, so no link leads to a refusal). */
export function mayOpen(me: Pick<Me, 'role' | 'jurisdiction'>, placeId: string): boolean {
  const mine = me.jurisdiction.id;
  if (mine === 'RW' || placeId.startsWith(mine)) return true;
  const above = placeId === 'RW' || mine.startsWith(placeId);
  return above && (me.role === 'cpwo' || me.role === 'supervisor');
}

/** The level below a place: provinces under the nation, districts under a province, sectors under a district; none under a sector. */
export const childLevel = (placeId: string): number | null => (placeId === 'RW' ? 1 : placeId.length === 1 ? 2 : placeId.length === 2 ? 3 : null);
