import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { indicatorViewFor, type IndicatorView } from '../access/indicator-access.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { localDateOf } from '../deadlines/local-time.js';
import { sectorGaps } from '../directory/coverage.js';
import { rollupByPart } from '../community/monthly-report.repository.js';
import { invalidField, notFound } from '../errors/app-error.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import { FILE_AUDIT_ITEMS } from './file-audit-checklist.js';
import { INDICATORS, type Disaggregation, type IndicatorDefinition } from './indicator-registry.js';
import { auditedFiles, countEvents, findPlace, openCasePlans, overdueDeadlines, placeNames, type RawSource } from './indicator.repository.js';
import type { Figure, Figures, FiguresQuery } from './indicator.schemas.js';
import { auditPeriodsWithin, parsePeriod, type Period } from './period.js';
import { suppressedLabel, suppressTable } from './suppression.js';

// The indicators' figures for a node of the map and a period, by one
// disaggregation, computed from the registry's definitions; suppressed for
// readers who may not see the children's identities there (indicator-access.ts).

/** Sums for one key: numerator and denominator (a count: numerator only; a mean: the sum of values over the count). */
type Sums = { num: number; den: number | null };
type Breakdown = { total: Sums; rows: Map<string, Sums> | null; available: boolean };

const TIME_ZONE = 'Africa/Kigali';
const pct = (num: number, den: number | null) => (den ? Math.round((num / den) * 1000) / 10 : null);
const mean = (sum: number, n: number | null) => (n ? Math.round((sum / n) * 10) / 10 : null);

/** Figures about children's cases are suppressed for those who may not see identities; villages and services are not people. */
const aboutChildren = (d: IndicatorDefinition) => d.source !== 'izu_reports' && d.source !== 'coverage';

export function listDefinitions(actor: Actor) {
  assertCan(actor, 'indicators:read');
  return {
    items: INDICATORS.map((d) => ({
      id: d.id,
      group: d.group,
      kind: d.kind,
      title: d.title,
      framework: d.framework ?? null,
      numerator: d.numerator.text,
      denominator: d.denominator?.text ?? null,
      period: d.period,
      rule: d.rule ?? null,
      source: d.source,
      disaggregations: d.disaggregations,
      detail: d.detail ?? null,
      lowestLevel: d.lowestLevel,
    })),
    fileAuditChecklist: FILE_AUDIT_ITEMS.map((i) => ({ code: i.code, text: i.text })),
  };
}

export type FigureOptions = { raw?: RawSource };

/** The figures a dashboard shows: line one asks the access module how (or whether) this reader sees this place. */
export async function computeFigures(ctx: AppContext, actor: Actor, q: FiguresQuery, opts: FigureOptions = {}): Promise<Figures> {
  const view = indicatorViewFor(actor, q.place);
  const db = ctx.database.db;
  const place = await findPlace(db, q.place);
  if (!place) throw notFound('place');
  const period = parsePeriod(q.period);
  if (!period) throw invalidField('querystring.period', 'a month, a quarter or a year', 'errors.validation');
  const by = q.by ?? null;
  if (by === 'place' && q.place.length >= 4)
    throw invalidField('querystring.by', 'a sector is the lowest level the indicators are kept at', 'errors.validation');
  const defs = INDICATORS.filter((d) => !q.indicator || d.id === q.indicator);
  const breakdowns = await computeBreakdowns(db, defs, { placeId: q.place, period, by, now: ctx.clock.now(), raw: opts.raw ?? false });
  const threshold = ctx.config.indicatorMinCell;
  const keys = new Set<string>();
  for (const b of breakdowns.values()) for (const k of b.rows?.keys() ?? []) keys.add(k);
  const names = by === 'place' ? await placeNames(db, [...keys]) : new Map<string, string>();
  const figures = defs.map((d) => present(d, breakdowns.get(d.id)!, view, threshold, names));
  return {
    place: { id: place.id, name: place.name, level: place.level },
    period: period.label,
    by,
    view,
    threshold,
    suppressedLabel: suppressedLabel(threshold),
    figures,
  };
}

/** The raw sums of every indicator asked for: one grouped query over the kept counts for all of them, one per other source. */
export async function computeBreakdowns(
  db: Db,
  defs: readonly IndicatorDefinition[],
  q: { placeId: string; period: Period; by: Disaggregation | null; now: Date; raw: RawSource },
): Promise<Map<string, Breakdown>> {
  const out = new Map<string, Breakdown>();
  const sector = q.placeId.length >= 4;
  const counted = defs.filter((d) => d.source === 'counts');
  const events = [...new Set(counted.flatMap((d) => [d.numerator.event!, ...(d.denominator?.event ? [d.denominator.event] : [])]))];
  const byFor = (d: IndicatorDefinition) => (q.by && d.disaggregations.includes(q.by) ? q.by : null);
  const wantsRows = counted.some((d) => byFor(d));
  const [totals, rows] = await Promise.all([
    countEvents(db, { events, months: q.period.months, placeId: q.placeId, by: null, raw: q.raw }),
    wantsRows && q.by ? countEvents(db, { events, months: q.period.months, placeId: q.placeId, by: q.by, raw: q.raw }) : Promise.resolve([]),
  ]);
  const sumOf = (list: typeof totals, event: string | undefined, key: string, field: 'n' | 'total') =>
    event ? list.filter((r) => r.indicator === event && r.key === key).reduce((a, r) => a + r[field], 0) : 0;
  const sums = (d: IndicatorDefinition, list: typeof totals, key: string): Sums =>
    d.kind === 'mean'
      ? { num: sumOf(list, d.numerator.event, key, 'total'), den: sumOf(list, d.denominator?.event, key, 'n') }
      : { num: sumOf(list, d.numerator.event, key, 'n'), den: d.denominator ? sumOf(list, d.denominator.event, key, 'n') : null };
  for (const d of counted) {
    const by = byFor(d);
    let keyed: Map<string, Sums> | null = null;
    if (by) {
      keyed = new Map();
      const mine = rows.filter((r) => r.indicator === d.numerator.event || r.indicator === d.denominator?.event);
      for (const k of [...new Set(mine.map((r) => r.key))].sort()) keyed.set(k, sums(d, rows, k));
    }
    out.set(d.id, { total: sums(d, totals, ''), rows: keyed, available: true });
  }
  const others = defs.filter((x) => x.source !== 'counts');
  const figures = await Promise.all(others.map((d) => otherSource(db, d, { ...q, by: byFor(d), sector })));
  others.forEach((d, i) => out.set(d.id, figures[i]!));
  return out;
}

async function otherSource(
  db: Db,
  d: IndicatorDefinition,
  q: { placeId: string; period: Period; by: Disaggregation | null; now: Date; raw: RawSource; sector: boolean },
): Promise<Breakdown> {
  const keyed = <T>(list: T[], key: (r: T) => string, sums: (r: T) => Sums): Breakdown => {
    const total: Sums = { num: 0, den: d.kind === 'count' ? null : 0 };
    const rows = new Map<string, Sums>();
    for (const r of list) {
      const s = sums(r);
      total.num += s.num;
      if (total.den !== null) total.den += s.den ?? 0;
      const k = key(r);
      const prev = rows.get(k) ?? { num: 0, den: total.den === null ? null : 0 };
      rows.set(k, { num: prev.num + s.num, den: prev.den === null ? null : prev.den + (s.den ?? 0) });
    }
    return { total, rows: q.by ? new Map([...rows.entries()].sort(([a], [b]) => a.localeCompare(b))) : null, available: true };
  };
  switch (d.source) {
    case 'open_cases': {
      const today = localDateOf(q.now, TIME_ZONE);
      const list = await openCasePlans(db, { placeId: q.placeId, by: q.by === 'case_type' ? null : q.by, today, raw: q.raw });
      const b = keyed(
        list,
        (r) => r.key,
        (r) => ({ num: r.upToDate, den: r.open }),
      );
      if (q.by === 'case_type') {
        // A case of two types counts under each: the rows are not a partition, the total counts each case once.
        const types = await openCasePlans(db, { placeId: q.placeId, by: 'case_type', today, raw: q.raw });
        b.rows = new Map(types.sort((x, y) => x.key.localeCompare(y.key)).map((r) => [r.key, { num: r.upToDate, den: r.open }]));
      }
      return b;
    }
    case 'deadlines': {
      if (q.sector) return { total: { num: 0, den: null }, rows: null, available: false };
      const list = await overdueDeadlines(db, { placeId: q.placeId, by: q.by, now: q.now });
      return keyed(
        list,
        (r) => r.key,
        (r) => ({ num: r.n, den: null }),
      );
    }
    case 'file_audits': {
      if (q.sector) return { total: { num: 0, den: 0 }, rows: null, available: false };
      const list = await auditedFiles(db, { placeId: q.placeId, periods: auditPeriodsWithin(q.period), by: q.by });
      return keyed(
        list,
        (r) => r.key,
        (r) => ({ num: r.meeting, den: r.scored }),
      );
    }
    case 'izu_reports': {
      const partLength =
        q.by === 'place' ? (q.placeId === NATIONAL_PLACE_ID ? 1 : q.placeId.length === 1 ? 2 : 4) : q.placeId === NATIONAL_PLACE_ID ? 0 : q.placeId.length;
      const list: { key: string; reported: number; active: number }[] = [];
      const months = await Promise.all(q.period.months.map((m) => rollupByPart(db, { placeId: q.placeId, month: m.slice(0, 7), partLength })));
      q.period.months.forEach((month, i) => {
        for (const [part, r] of months[i]!)
          list.push({ key: q.by === 'month' ? month.slice(0, 7) : q.by === 'place' ? part : '', reported: r.pairsReported, active: r.pairsActive });
      });
      return keyed(
        list,
        (r) => r.key,
        (r) => ({ num: r.reported, den: r.active }),
      );
    }
    case 'coverage': {
      const gaps = await sectorGaps(db, q.placeId.length > 4 ? q.placeId.slice(0, 4) : q.placeId);
      const key = (sector: string) =>
        q.by === 'place' ? (q.placeId === NATIONAL_PLACE_ID ? sector.slice(0, 1) : q.placeId.length === 1 ? sector.slice(0, 2) : sector) : '';
      return keyed(
        [...gaps.entries()].map(([sector, n]) => ({ key: key(sector), gaps: n })),
        (r) => r.key,
        (r) => ({ num: r.gaps, den: null }),
      );
    }
    case 'counts':
      throw new Error('counted indicators are read together');
  }
}

/** A figure as the reader sees it: values, and for a suppressed view, small counts hidden with their complements. */
function present(d: IndicatorDefinition, b: Breakdown, view: IndicatorView, threshold: number, names: Map<string, string>): Figure {
  const rowEntries = b.rows ? [...b.rows.entries()] : [];
  const valueOf = (s: Sums) => (d.kind === 'percent' ? pct(s.num, s.den) : d.kind === 'mean' ? mean(s.num, s.den) : s.num);
  const figure: Figure = {
    id: d.id,
    kind: d.kind,
    title: d.title,
    available: b.available,
    numerator: b.available ? (d.kind === 'mean' ? Math.round(b.total.num * 10) / 10 : b.total.num) : null,
    denominator: b.available ? b.total.den : null,
    value: b.available ? valueOf(b.total) : null,
    suppressed: false,
    rows: b.rows
      ? rowEntries.map(([key, s]) => ({
          key,
          label: names.get(key) ?? null,
          numerator: d.kind === 'mean' ? Math.round(s.num * 10) / 10 : s.num,
          denominator: s.den,
          value: valueOf(s),
          suppressed: false,
        }))
      : null,
  };
  if (view === 'full' || !aboutChildren(d) || !b.available) return figure;

  const rows = figure.rows ?? [];
  if (d.kind === 'count' || d.kind === 'mean') {
    // The counted column: a count's events, a mean's records.
    const counted = (s: Sums) => (d.kind === 'count' ? s.num : (s.den ?? 0));
    const cells = rowEntries.length ? rowEntries.map(([, s]) => [counted(s)]) : [[counted(b.total)]];
    const mask = suppressTable({ cells, colTotals: [counted(b.total)] }, threshold);
    if (mask.colTotals[0]) hideTotal(figure);
    rows.forEach((r, i) => mask.cells[i]![0] && hideRow(r));
  } else {
    const cell = (s: Sums) => [s.num, (s.den ?? 0) - s.num];
    const cells = rowEntries.length ? rowEntries.map(([, s]) => cell(s)) : [cell(b.total)];
    const rowTotals = rowEntries.length ? rowEntries.map(([, s]) => s.den ?? 0) : [b.total.den ?? 0];
    const mask = suppressTable({ cells, rowTotals, colTotals: cell(b.total), grand: b.total.den ?? 0 }, threshold);
    if (mask.colTotals[0] || mask.colTotals[1] || mask.grand) hideTotal(figure, mask.grand);
    rows.forEach((r, i) => (mask.cells[i]![0] || mask.cells[i]![1] || mask.rowTotals[i]) && hideRow(r, mask.rowTotals[i]));
  }
  figure.suppressed = figure.suppressed || rows.some((r) => r.suppressed);
  return figure;
}

function hideTotal(f: Figure, denominatorToo = true) {
  f.numerator = null;
  f.value = null;
  if (denominatorToo || f.kind !== 'percent') f.denominator = null;
  f.suppressed = true;
}

function hideRow(r: NonNullable<Figure['rows']>[number], denominatorToo = true) {
  r.numerator = null;
  r.value = null;
  if (denominatorToo) r.denominator = null;
  r.suppressed = true;
}
