import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMonthlyRollup } from '../api/queries.js';
import type { MonthlyRollupPart, ReportFigures } from '../api/types.js';
import { QueryView } from '../components/query-view.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { formatDateTime, levelName } from '../labels.js';
import { useMe } from '../session.js';
import { AT_RISK_CATEGORIES, INCIDENT_TYPES } from '../../../src/community/monthly-report.content.js';

// The roll-up of the IZU monthly reports (issue 13; programme brief: cell
// coordinators compile the village reports, then sector, district and NCDA).
// The place and month live in the URL; each place one level below links to
// its own roll-up. A cell's lists each village (Umudugudu) with its report or,
// if missing, its IZU to chase, and the coordinator types a paper form from it.

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function MonthlyRollup() {
  const { t } = useTranslation();
  const me = useMe();
  const { values, set } = useSearchState({ placeId: me.jurisdiction.id, month: '' });
  const rollup = useMonthlyRollup({ placeId: values.placeId, month: values.month || undefined });
  useTitle(t('monthly.rollupTitle'));
  return (
    <section aria-labelledby="rollup-title">
      <h1 id="rollup-title">{t('monthly.rollupTitle')}</h1>
      <QueryView query={rollup}>
        {(data) => (
          <>
            <form className="filters" onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor="rollup-month">{t('monthly.month')}</label>
                <input
                  id="rollup-month"
                  type="month"
                  value={data.month}
                  max={new Date().toISOString().slice(0, 7)}
                  onChange={(e) => e.target.value && set({ month: e.target.value })}
                />
              </div>
            </form>
            <h2>
              {data.place.label} · {levelName(t, data.place.level)}
            </h2>
            {data.place.id !== me.jurisdiction.id && data.place.level > me.jurisdiction.level && (
              <p className="back">
                <Link to={`/izu/monthly-reports?placeId=${data.place.id.slice(0, [0, 1, 2, 4, 6, 8][data.place.level - 1] ?? 0) || 'RW'}&month=${data.month}`}>
                  ↑ {t('monthly.up')}
                </Link>
              </p>
            )}
            <p className="summary" data-testid="rollup-completeness">
              {t('monthly.completeness', {
                reported: data.completeness.pairsReported,
                active: data.completeness.pairsActive,
                missing: data.completeness.pairsMissing,
              })}
            </p>
            <p className="muted small">{t('monthly.deadline', { date: data.deadline })}</p>
            <Totals figures={data.totals} />
            {data.place.level >= 4 ? (
              <VillageTable parts={data.parts} month={data.month} />
            ) : (
              <PartTable parts={data.parts} month={data.month} onOpen={(placeId) => set({ placeId })} />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function Totals({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('monthly.fields.householdsVisited'), figures.householdsVisited],
    ...AT_RISK_CATEGORIES.filter((c) => figures.childrenAtRisk[c]).map((c): [string, number] => [
      `${t('monthly.fields.childrenAtRisk')}: ${t(`vocab.nonVenaNeeds.${c}`)}`,
      figures.childrenAtRisk[c]!,
    ]),
    ...INCIDENT_TYPES.filter((c) => figures.incidents[c]).map((c): [string, number] => [
      `${t('monthly.fields.incidents')}: ${t(`vocab.caseTypes.${c}`)}`,
      figures.incidents[c]!,
    ]),
    [t('monthly.fields.resolvedInCommunity'), figures.resolvedInCommunity],
    [t('monthly.fields.referralsMade'), figures.referralsMade],
    [t('monthly.fields.followUpVisits'), figures.followUpVisits],
  ];
  return (
    <details className="panel" open>
      <summary>{t('monthly.totals', { reports: figures.reports })}</summary>
      <dl className="facts" data-testid="rollup-totals">
        {rows.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function PartTable({ parts, month, onOpen }: { parts: MonthlyRollupPart[]; month: string; onOpen: (placeId: string) => void }) {
  const { t } = useTranslation();
  return (
    <table className="responsive" data-testid="rollup-parts">
      <caption className="visually-hidden">{t('monthly.parts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('monthly.place')}</th>
          <th scope="col">{t('monthly.reported')}</th>
          <th scope="col">{t('monthly.fields.householdsVisited')}</th>
          <th scope="col">{t('monthly.atRiskTotal')}</th>
          <th scope="col">{t('monthly.incidentsTotal')}</th>
          <th scope="col">{t('monthly.fields.referralsMade')}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.place.id} data-place={p.place.id}>
            <td data-label={t('monthly.place')}>
              <Link
                to={`/izu/monthly-reports?placeId=${p.place.id}&month=${month}`}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(p.place.id);
                }}
              >
                {p.place.name}
              </Link>{' '}
              <span className="muted small">{levelName(t, p.place.level)}</span>
            </td>
            <td data-label={t('monthly.reported')}>
              {t('monthly.reportedOf', { reported: p.completeness.pairsReported, active: p.completeness.pairsActive })}
              {p.completeness.pairsMissing > 0 && (
                <span className="badge badge-warn"> {t('monthly.missingCount', { count: p.completeness.pairsMissing })}</span>
              )}
            </td>
            <td data-label={t('monthly.fields.householdsVisited')}>{p.totals.householdsVisited}</td>
            <td data-label={t('monthly.atRiskTotal')}>{sum(p.totals.childrenAtRisk)}</td>
            <td data-label={t('monthly.incidentsTotal')}>{sum(p.totals.incidents)}</td>
            <td data-label={t('monthly.fields.referralsMade')}>{p.totals.referralsMade}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VillageTable({ parts, month }: { parts: MonthlyRollupPart[]; month: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canEnterPaper = me.permissions.includes('izu_report:enter_paper');
  return (
    <table className="responsive" data-testid="rollup-villages">
      <caption className="visually-hidden">{t('monthly.villages')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('levels.5')}</th>
          <th scope="col">{t('monthly.report')}</th>
          <th scope="col">{t('monthly.pair')}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => {
          const missing = p.completeness.pairsMissing > 0;
          return (
            <tr key={p.place.id} data-village={p.place.id} className={missing ? 'gap' : undefined}>
              <td data-label={t('levels.5')}>
                <strong>{p.place.name}</strong>
              </td>
              <td data-label={t('monthly.report')}>
                {p.report ? (
                  <>
                    <span className="badge badge-ok">{t('monthly.received')}</span> {t(`monthly.channels.${p.report.channel}`)} ·{' '}
                    {formatDateTime(String(p.report.receivedAt), i18n.language)} · {t('monthly.householdsShort', { count: p.report.householdsVisited })}
                  </>
                ) : missing ? (
                  <span className="badge badge-warn">{t('monthly.missing')}</span>
                ) : (
                  <span className="muted">{t('monthly.noPair')}</span>
                )}
                {canEnterPaper && (
                  <>
                    {' '}
                    <Link to={`/izu/monthly-report?villageId=${p.place.id}&month=${month}`} className="button small">
                      {t('monthly.enterPaper')}
                    </Link>
                  </>
                )}
              </td>
              <td data-label={t('monthly.pair')}>
                {p.volunteers && p.volunteers.length > 0 ? (
                  <ul className="plain">
                    {p.volunteers.map((v) => (
                      <li key={v.id}>
                        {v.fullName} {v.phone && <a href={`tel:${v.phone}`}>{v.phone}</a>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t('izu.none')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
