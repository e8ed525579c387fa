import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { apiHref } from '../api/links.js';
import { useIndicatorFigures, usePlace, usePlaceChildren } from '../api/queries.js';
import type { Disaggregation, IndicatorFigure, IndicatorFigures } from '../api/types.js';
import { SelectField } from '../cases/fields.js';
import { QueryStatus } from '../components/query-view.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { levelName } from '../labels.js';
import { useMe } from '../session.js';
import { Chart, type ChartSeries } from './chart.js';
import './indicators.css';
import {
  CHOSEN_DISAGGREGATIONS,
  childLevel,
  isPeriod,
  mayOpen,
  monthName,
  periodAs,
  periodKind,
  periodName,
  shown,
  shownCount,
  thisMonth,
  valueName,
  type PeriodKind,
} from './format.js';

// The dashboard of one node of the map (the nation, a province, a district, a
// sector): the framework's and the district's indicators for a period, as
// charts with their tables beside them, drilling down by a click. The period,
// the disaggregation and the indicator broken down are the URL's query
// string, so a link shows the same dashboard. Aggregates only: the API never
// answers a name here, and hides small numbers ("<5") where the reader may
// not see the children's identities (src/access/indicator-access.ts).

const FIRST_YEAR = 2016;
const TREND = ['cases_enrolled', 'reports_received', 'referrals_made', 'cases_resolved'];
const TIER_MIX = ['reports_received', 'reports_screened', 'cases_enrolled'];
const TIERS = ['0', '1', '2'];

/** /indicators: the reader's own jurisdiction's dashboard (a sector at the lowest). */
export function IndicatorHome() {
  const me = useMe();
  const id = me.jurisdiction.id;
  return <Navigate to={`/indicators/${id.length > 4 ? id.slice(0, 4) : id}`} replace />;
}

type Translate = ReturnType<typeof useTranslation>['t'];
const titleOf = (t: Translate, f: Pick<IndicatorFigure, 'id' | 'title'>) => t(`indicators.titles.${f.id}`, { defaultValue: f.title });
const byName = (t: Translate, by: Disaggregation) => t(`indicators.by.${by}`);

export function Dashboard({ placeId }: { placeId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { search } = useLocation();
  const { values, set } = useSearchState({ period: thisMonth(), by: '', indicator: 'cases_enrolled' });
  const period = isPeriod(values.period) ? values.period : thisMonth();
  const level = childLevel(placeId);
  const by =
    (CHOSEN_DISAGGREGATIONS as readonly string[]).includes(values.by) && !(values.by === 'place' && level === null) ? (values.by as Disaggregation) : undefined;

  const place = usePlace(placeId);
  const children = usePlaceChildren(placeId);
  const main = useIndicatorFigures({ place: placeId, period, by });
  const byPlace = useIndicatorFigures({ place: placeId, period, by: 'place' }, level !== null);
  const byTier = useIndicatorFigures({ place: placeId, period, by: 'tier' });
  const trend = useIndicatorFigures({ place: placeId, period: period.slice(0, 4), by: 'month' });

  const placeName = place.data?.name ?? main.data?.place.name ?? placeId;
  const placeLevel = place.data?.level ?? main.data?.place.level ?? 0;
  useTitle(t('indicators.dashboard.title', { place: placeName }));

  const open = useCallback(
    (id: string) => {
      // A sector is the lowest level kept: its dashboard has no breakdown by place.
      const q = new URLSearchParams(search);
      if (childLevel(id) === null && q.get('by') === 'place') q.delete('by');
      const s = q.toString();
      void navigate(`/indicators/${id}${s ? `?${s}` : ''}`);
    },
    [navigate, search],
  );
  const linkTo = (id: string) => {
    const q = new URLSearchParams(search);
    if (childLevel(id) === null && q.get('by') === 'place') q.delete('by');
    const s = q.toString();
    return `/indicators/${id}${s ? `?${s}` : ''}`;
  };

  const exportParams = { place: placeId, period, by };
  return (
    <section aria-labelledby="dashboard-title" className="ind-dashboard">
      <nav aria-label={t('indicators.dashboard.trail')} className="ind-trail">
        <ol>
          {(place.data?.path ?? []).map((p) => (
            <li key={p.id}>
              {p.id === placeId || !mayOpen(me, p.id) ? (
                <span aria-current={p.id === placeId ? 'page' : undefined}>{p.name}</span>
              ) : (
                <Link to={linkTo(p.id)}>{p.name}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="page-head">
        <h1 id="dashboard-title">
          {t('indicators.dashboard.title', { place: placeName })} <span className="muted small">· {levelName(t, placeLevel)}</span>
        </h1>
        <p className="actions">
          <a className="button" href={apiHref('/indicators/figures.csv', exportParams)} download data-testid="download-csv">
            {t('indicators.dashboard.csv')}
          </a>
          <a className="button" href={apiHref('/indicators/figures.xlsx', exportParams)} download data-testid="download-xlsx">
            {t('indicators.dashboard.xlsx')}
          </a>
          <Link to="/indicators/definitions">{t('indicators.definitions.title')}</Link>
        </p>
      </div>

      <PeriodPicker period={period} onChange={(p) => set({ period: p })} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('indicators.dashboard.by')}
          value={by ?? ''}
          onChange={(v) => set({ by: v })}
          empty={t('indicators.by.none')}
          options={CHOSEN_DISAGGREGATIONS.filter((d) => d !== 'place' || level !== null).map((d) => ({ value: d, label: byName(t, d) }))}
        />
      </form>

      <QueryStatus query={main} />
      {main.data && (
        <>
          <p className="muted" data-testid="dashboard-period">
            {t('indicators.dashboard.showing', { period: periodName(t, period) })}
          </p>
          {main.data.view === 'suppressed' && (
            <p className="alert" data-testid="suppression-note">
              {t('indicators.dashboard.suppressed', { label: main.data.suppressedLabel, threshold: main.data.threshold })}
            </p>
          )}
        </>
      )}

      <div className="ind-panels">
        <TrendPanel data={trend.data} status={trend} year={period.slice(0, 4)} />
        {level !== null && (
          <PlacePanel
            data={byPlace.data}
            status={byPlace}
            level={level}
            places={children.data?.items ?? []}
            onPick={open}
            linkTo={(id) => (mayOpen(me, id) ? linkTo(id) : null)}
          />
        )}
        <TierPanel data={byTier.data} status={byTier} />
        <IzuPanel data={trend.data} status={trend} year={period.slice(0, 4)} />
      </div>

      {main.data && <FigureTable data={main.data} language={i18n.language} />}
      {main.data && by && (
        <Breakdown data={main.data} by={by} indicator={values.indicator} onIndicator={(id) => set({ indicator: id })} language={i18n.language} />
      )}
    </section>
  );
}

/** The period: its kind (month, quarter, year), then the year and the month or quarter. */
function PeriodPicker({ period, onChange }: { period: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const kind = periodKind(period);
  const year = period.slice(0, 4);
  const lastYear = Number(thisMonth().slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(lastYear - i));
  if (!years.includes(year)) years.push(year);
  return (
    <form className="filters" aria-label={t('indicators.period.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('indicators.period.kind')}
        value={kind}
        onChange={(v) => onChange(periodAs(period, v as PeriodKind))}
        options={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`indicators.period.${k}`) }))}
      />
      <SelectField
        label={t('indicators.period.year')}
        value={year}
        onChange={(y) => onChange(y + period.slice(4))}
        options={years.map((y) => ({ value: y, label: y }))}
      />
      {kind === 'month' && (
        <SelectField
          label={t('indicators.period.month')}
          value={period.slice(5, 7)}
          onChange={(m) => onChange(`${year}-${m}`)}
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), label: t(`indicators.months.m${i + 1}`) }))}
        />
      )}
      {kind === 'quarter' && (
        <SelectField
          label={t('indicators.period.quarter')}
          value={period.slice(6)}
          onChange={(q) => onChange(`${year}-Q${q}`)}
          options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('indicators.period.quarterN', { q }) }))}
        />
      )}
    </form>
  );
}

type Status = Parameters<typeof QueryStatus>[0]['query'];

/** A chart with its table beside it: the same figures for those who look and those who read. */
function Panel({
  id,
  title,
  status,
  chart,
  table,
  note,
  hidden,
}: {
  id: string;
  title: string;
  status: Status;
  chart: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  /** The label of hidden counts ("<5") when some are hidden: the chart leaves them out. */
  hidden?: string | null;
}) {
  return (
    <section className="panel ind-panel" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <QueryStatus query={status} />
      {!status.isPending && !status.isError && (
        <div className="ind-panel-body">
          <div className="ind-panel-chart">
            {chart}
            <NotDrawn label={hidden} />
          </div>
          <div className="ind-panel-table">{table}</div>
        </div>
      )}
      {note}
    </section>
  );
}

function NotDrawn({ label }: { label: string | null | undefined }) {
  const { t } = useTranslation();
  return label ? <p className="small muted">{t('indicators.panels.notDrawn', { label })}</p> : null;
}

/** The hidden-count label when any of these figures' rows is hidden. */
const hiddenIn = (data: IndicatorFigures | undefined, figures: (IndicatorFigure | undefined)[]) =>
  data && figures.some((f) => f?.rows?.some((r) => r.suppressed)) ? data.suppressedLabel : null;

function DefinitionLink({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/indicators/definitions/${id}`} className="small">
      {t('indicators.dashboard.definition')}
    </Link>
  );
}

/** The months of a year up to the current one. */
function monthsOf(year: string): string[] {
  const now = thisMonth();
  const last = year < now.slice(0, 4) ? 12 : year === now.slice(0, 4) ? Number(now.slice(5, 7)) : 0;
  return Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

type Cell = { value: number | null; suppressed: boolean };
/** A figure's row for a key; a key with no events is a plain zero (a zero identifies no one). */
function cellOf(f: IndicatorFigure | undefined, key: string): Cell & { numerator: number | null; denominator: number | null } {
  const row = f?.rows?.find((r) => r.key === key);
  if (row) return row;
  return { value: f?.kind === 'count' ? 0 : null, numerator: 0, denominator: 0, suppressed: false };
}
const chartValue = (c: Cell) => (c.suppressed ? null : c.value);

function TrendPanel({ data, status, year }: { data: IndicatorFigures | undefined; status: Status; year: string }) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => monthsOf(year), [year]);
  const figures = useMemo(() => TREND.map((id) => data?.figures.find((f) => f.id === id)).filter((f): f is IndicatorFigure => !!f), [data]);
  const categories = useMemo(() => months.map((m) => monthName(t, m, true)), [months, t]);
  const series: ChartSeries[] = useMemo(
    () => figures.map((f) => ({ name: titleOf(t, f), values: months.map((m) => chartValue(cellOf(f, m))) })),
    [figures, months, t],
  );
  const label = data?.suppressedLabel ?? '';
  return (
    <Panel
      id="panel-trend"
      title={t('indicators.panels.trend', { year })}
      status={status}
      hidden={hiddenIn(data, figures)}
      chart={<Chart kind="line" categories={categories} series={series} />}
      table={
        <table className="ind-table">
          <caption className="visually-hidden">{t('indicators.panels.trend', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.table.month')}</th>
              {figures.map((f) => (
                <th scope="col" key={f.id}>
                  {titleOf(t, f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m}>
                <th scope="row">{monthName(t, m)}</th>
                {figures.map((f) => (
                  <td key={f.id}>{shown(t, f, cellOf(f, m), label, i18n.language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
      note={
        <p className="small">
          {figures.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ' · '}
              {titleOf(t, f)}: <DefinitionLink id={f.id} />
            </span>
          ))}
        </p>
      }
    />
  );
}

function PlacePanel({
  data,
  status,
  level,
  places,
  onPick,
  linkTo,
}: {
  data: IndicatorFigures | undefined;
  status: Status;
  level: number;
  places: { id: string; name: string }[];
  onPick: (id: string) => void;
  linkTo: (id: string) => string | null;
}) {
  const { t, i18n } = useTranslation();
  const enrolled = data?.figures.find((f) => f.id === 'cases_enrolled');
  const received = data?.figures.find((f) => f.id === 'reports_received');
  const izu = data?.figures.find((f) => f.id === 'izu_reporting_completeness');
  // Every place below, named by the map; a place the figures name that the map does not (none expected) is added.
  const rows = useMemo(() => {
    const list = places.map((p) => ({ id: p.id, name: p.name }));
    for (const f of data?.figures ?? []) for (const r of f.rows ?? []) if (!list.some((p) => p.id === r.key)) list.push({ id: r.key, name: r.label ?? r.key });
    return list.sort((a, b) => a.id.localeCompare(b.id));
  }, [places, data]);
  const categories = useMemo(() => rows.map((r) => r.name), [rows]);
  const series: ChartSeries[] = useMemo(
    () =>
      [enrolled, received].filter((f): f is IndicatorFigure => !!f).map((f) => ({ name: titleOf(t, f), values: rows.map((r) => chartValue(cellOf(f, r.id))) })),
    [enrolled, received, rows, t],
  );
  const pick = useCallback((i: number) => rows[i] && linkTo(rows[i].id) && onPick(rows[i].id), [rows, onPick, linkTo]);
  const label = data?.suppressedLabel ?? '';
  const levelWord = levelName(t, level);
  return (
    <Panel
      id="panel-places"
      title={t('indicators.panels.places', { level: levelWord })}
      status={status}
      hidden={hiddenIn(data, [enrolled, received])}
      chart={<Chart kind="bar" categories={categories} series={series} onPick={pick} testId="places-chart" />}
      table={
        <table className="ind-table" data-testid="places-table">
          <caption className="visually-hidden">{t('indicators.panels.places', { level: levelWord })}</caption>
          <thead>
            <tr>
              <th scope="col">{levelWord}</th>
              {enrolled && <th scope="col">{titleOf(t, enrolled)}</th>}
              {received && <th scope="col">{titleOf(t, received)}</th>}
              {izu && <th scope="col">{titleOf(t, izu)}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const to = linkTo(r.id);
              return (
                <tr key={r.id}>
                  <th scope="row">{to ? <Link to={to}>{r.name}</Link> : r.name}</th>
                  {enrolled && <td>{shown(t, enrolled, cellOf(enrolled, r.id), label, i18n.language)}</td>}
                  {received && <td>{shown(t, received, cellOf(received, r.id), label, i18n.language)}</td>}
                  {izu && <td>{shown(t, izu, cellOf(izu, r.id), label, i18n.language)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      }
      note={<p className="small muted">{t('indicators.panels.placesHint')}</p>}
    />
  );
}

function TierPanel({ data, status }: { data: IndicatorFigures | undefined; status: Status }) {
  const { t, i18n } = useTranslation();
  const figures = useMemo(() => TIER_MIX.map((id) => data?.figures.find((f) => f.id === id)).filter((f): f is IndicatorFigure => !!f), [data]);
  const tierLabel = useCallback((k: string) => valueName(t, 'tier', { key: k, label: null }, ''), [t]);
  const categories = useMemo(() => figures.map((f) => titleOf(t, f)), [figures, t]);
  const series: ChartSeries[] = useMemo(
    () => TIERS.map((k) => ({ name: tierLabel(k), values: figures.map((f) => chartValue(cellOf(f, k))) })),
    [figures, tierLabel],
  );
  const label = data?.suppressedLabel ?? '';
  return (
    <Panel
      id="panel-tiers"
      title={t('indicators.panels.tiers')}
      status={status}
      hidden={hiddenIn(data, figures)}
      chart={<Chart kind="bar" stacked categories={categories} series={series} />}
      table={
        <table className="ind-table">
          <caption className="visually-hidden">{t('indicators.panels.tiers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.table.indicator')}</th>
              {TIERS.map((k) => (
                <th scope="col" key={k}>
                  {tierLabel(k)}
                </th>
              ))}
              <th scope="col">{t('indicators.table.total')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  {titleOf(t, f)} <DefinitionLink id={f.id} />
                </th>
                {TIERS.map((k) => (
                  <td key={k}>{shown(t, f, cellOf(f, k), label, i18n.language)}</td>
                ))}
                <td>{shown(t, f, f, label, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function IzuPanel({ data, status, year }: { data: IndicatorFigures | undefined; status: Status; year: string }) {
  const { t, i18n } = useTranslation();
  const f = data?.figures.find((x) => x.id === 'izu_reporting_completeness');
  const months = useMemo(() => monthsOf(year), [year]);
  const categories = useMemo(() => months.map((m) => monthName(t, m, true)), [months, t]);
  const series: ChartSeries[] = useMemo(() => (f ? [{ name: titleOf(t, f), values: months.map((m) => chartValue(cellOf(f, m))) }] : []), [f, months, t]);
  const label = data?.suppressedLabel ?? '';
  return (
    <Panel
      id="panel-izu"
      title={t('indicators.panels.izu', { year })}
      status={status}
      chart={<Chart kind="line" percent categories={categories} series={series} />}
      table={
        <table className="ind-table">
          <caption className="visually-hidden">{t('indicators.panels.izu', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.table.month')}</th>
              <th scope="col">{t('indicators.table.izuIn')}</th>
              <th scope="col">{t('indicators.table.izuActive')}</th>
              <th scope="col">{t('indicators.table.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {f &&
              months.map((m) => {
                const c = cellOf(f, m);
                return (
                  <tr key={m}>
                    <th scope="row">{monthName(t, m)}</th>
                    <td>{shownCount(c.numerator, c.suppressed, label)}</td>
                    <td>{shownCount(c.denominator, c.suppressed, label)}</td>
                    <td>{shown(t, f, c, label, i18n.language)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      }
      note={f && <DefinitionLink id={f.id} />}
    />
  );
}

/** Every indicator for the period, each linked to its definition. */
function FigureTable({ data, language }: { data: IndicatorFigures; language: string }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'framework', ids: FRAMEWORK },
    { key: 'operational', ids: null },
  ] as const;
  return (
    <section className="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('indicators.table.title', { period: periodName(t, data.period) })}</h2>
      <table className="ind-table responsive" data-testid="figures-table">
        <caption className="visually-hidden">{t('indicators.table.title', { period: periodName(t, data.period) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.table.indicator')}</th>
            <th scope="col">{t('indicators.table.value')}</th>
            <th scope="col">{t('indicators.table.numerator')}</th>
            <th scope="col">{t('indicators.table.denominator')}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr>
              <th scope="colgroup" colSpan={4} className="ind-group">
                {t(`indicators.groups.${g.key}`)}
              </th>
            </tr>
            {data.figures
              .filter((f) => (g.ids ? g.ids.includes(f.id) : !FRAMEWORK.includes(f.id)))
              .map((f) => (
                <tr key={f.id} data-testid={`figure-${f.id}`}>
                  <th scope="row">
                    {titleOf(t, f)} <DefinitionLink id={f.id} />
                  </th>
                  <td data-label={t('indicators.table.value')}>
                    {f.available ? shown(t, f, f, data.suppressedLabel, language) : <span title={t('indicators.table.notKept')}>—</span>}
                  </td>
                  <td data-label={t('indicators.table.numerator')}>
                    {f.available && f.kind !== 'count' ? shownCount(f.numerator, f.suppressed, data.suppressedLabel) : ''}
                  </td>
                  <td data-label={t('indicators.table.denominator')}>
                    {f.available && f.kind !== 'count' ? shownCount(f.denominator, f.suppressed, data.suppressedLabel) : ''}
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
      {data.figures.some((f) => !f.available) && <p className="small muted">{t('indicators.table.notKeptNote')}</p>}
    </section>
  );
}

const FRAMEWORK = [
  'cases_enrolled',
  'assessment_completed',
  'case_plan_up_to_date',
  'files_meeting_standards',
  'referrals_made',
  'referrals_completed',
  'benchmark_progress',
  'cases_resolved',
  'clients_satisfied',
  'wellbeing_improved',
];

/** One indicator by the chosen disaggregation: a bar chart and its table. */
function Breakdown({
  data,
  by,
  indicator,
  onIndicator,
  language,
}: {
  data: IndicatorFigures;
  by: Disaggregation;
  indicator: string;
  onIndicator: (id: string) => void;
  language: string;
}) {
  const { t } = useTranslation();
  const broken = data.figures.filter((f) => f.rows !== null);
  const f = broken.find((x) => x.id === indicator) ?? broken[0];
  const rows = useMemo(() => f?.rows ?? [], [f]);
  const categories = useMemo(() => rows.map((r) => valueName(t, by, r, f?.id ?? '')), [rows, t, by, f]);
  const series: ChartSeries[] = useMemo(() => (f ? [{ name: titleOf(t, f), values: rows.map((r) => chartValue(r)) }] : []), [f, rows, t]);
  const title = t('indicators.breakdown.title', { by: byName(t, by) });
  return (
    <section className="panel ind-panel" aria-labelledby="breakdown-title" data-testid="panel-breakdown">
      <h2 id="breakdown-title">{title}</h2>
      {!f ? (
        <p>{t('indicators.breakdown.none')}</p>
      ) : (
        <>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <SelectField
              label={t('indicators.breakdown.indicator')}
              value={f.id}
              onChange={onIndicator}
              options={broken.map((x) => ({ value: x.id, label: titleOf(t, x) }))}
            />
          </form>
          <div className="ind-panel-body">
            <div className="ind-panel-chart">
              <Chart kind="bar" categories={categories} series={series} percent={f.kind === 'percent'} />
              <NotDrawn label={hiddenIn(data, [f])} />
            </div>
            <div className="ind-panel-table">
              <table className="ind-table" data-testid="breakdown-table">
                <caption className="visually-hidden">{`${title}: ${titleOf(t, f)}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{byName(t, by)}</th>
                    <th scope="col">{t('indicators.table.value')}</th>
                    {f.kind !== 'count' && <th scope="col">{t('indicators.table.numerator')}</th>}
                    {f.kind !== 'count' && <th scope="col">{t('indicators.table.denominator')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={r.key}>
                      <th scope="row">{categories[i]}</th>
                      <td>{shown(t, f, r, data.suppressedLabel, language)}</td>
                      {f.kind !== 'count' && <td>{shownCount(r.numerator, r.suppressed, data.suppressedLabel)}</td>}
                      {f.kind !== 'count' && <td>{shownCount(r.denominator, r.suppressed, data.suppressedLabel)}</td>}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('indicators.table.total')}</th>
                    <td>{shown(t, f, f, data.suppressedLabel, language)}</td>
                    {f.kind !== 'count' && <td>{shownCount(f.numerator, f.suppressed, data.suppressedLabel)}</td>}
                    {f.kind !== 'count' && <td>{shownCount(f.denominator, f.suppressed, data.suppressedLabel)}</td>}
                  </tr>
                </tbody>
              </table>
              {by === 'case_type' && <p className="small muted">{t('indicators.breakdown.caseTypeNote')}</p>}
              <DefinitionLink id={f.id} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
