import { useTranslation } from 'react-i18next';
import { useReports } from '../api/queries.js';
import { QueryStatus } from '../components/query-view.js';
import { useDebounced } from '../components/use-debounced.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { useCan } from './access.js';
import { SelectField, TextField } from './fields.js';
import type { ApiQuery } from '../api/types.js';
import { DueBadge, StatusBadge } from './badges.js';
import { options, term, terms, tierName } from './vocab.js';
import { IzuFlagNote } from '../izu/izu-flag-note.js';

// Framework step 2: the register of reported incidents of the district, VENA
// or not, for the CPWO and the supervisor; for anyone else who reports, the
// status of the reports they made (no child details).

const PAGE_SIZE = 25;
type ReportQuery = ApiQuery<'/api/v1/reports'>;

export function ReportList() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const register = can('report:register');
  // The register opens on the new reports (framework step 2: each is screened within 24 hours).
  const { values: filters, page, set } = useSearchState({ status: register ? 'new' : '', tier: '', channel: '', q: '', from: '', to: '' });
  const q = useDebounced(filters.q.trim());
  const reports = useReports({
    status: (filters.status || undefined) as ReportQuery['status'],
    tier: (filters.tier || undefined) as ReportQuery['tier'],
    channel: (filters.channel || undefined) as ReportQuery['channel'],
    q: q || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const data = reports.data;

  const filter = (k: keyof typeof filters) => (v: string) => set({ [k]: v }, { replace: k === 'q' });
  const title = register ? t('reports.registerTitle') : t('reports.myReports');
  useTitle(title);

  return (
    <section aria-labelledby="reports-title">
      <div className="page-head">
        <h1 id="reports-title">{title}</h1>
        <p className="actions">
          {can('report:hotline') && (
            <Link to="/reports/hotline" className="button primary">
              {t('hotline.title')}
            </Link>
          )}
          {can('report:create') && !can('report:hotline') && (
            <Link to="/reports/new" className="button primary">
              {t('reports.newTitle')}
            </Link>
          )}
        </p>
      </div>
      {register && <p className="muted">{t('reports.registerIntro')}</p>}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('reports.status')}
          value={filters.status}
          onChange={filter('status')}
          options={options(t, 'reportStatuses')}
          empty={t('common.all')}
        />
        {register && (
          <>
            <SelectField
              label={t('cases.tierLabel')}
              value={filters.tier}
              onChange={filter('tier')}
              options={[1, 2].map((n) => ({ value: String(n), label: tierName(t, n) }))}
              empty={t('common.all')}
            />
            <SelectField
              label={t('reports.channel')}
              value={filters.channel}
              onChange={filter('channel')}
              options={options(t, 'channels')}
              empty={t('common.all')}
            />
            <TextField label={t('reports.search')} type="search" value={filters.q} onChange={filter('q')} maxLength={100} />
            <TextField label={t('reports.from')} type="date" value={filters.from} onChange={filter('from')} />
            <TextField label={t('reports.to')} type="date" value={filters.to} onChange={filter('to')} />
          </>
        )}
      </form>
      <QueryStatus query={reports} />
      {data && data.items.length === 0 && <p>{t('common.noneFound')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.reference')}</th>
              <th scope="col">{t('reports.received')}</th>
              <th scope="col">{t('reports.channel')}</th>
              {register && <th scope="col">{t('reports.place')}</th>}
              {register && <th scope="col">{t('reports.childShort')}</th>}
              <th scope="col">{t('reports.status')}</th>
              {register && <th scope="col">{t('reports.screening')}</th>}
              {register && <th scope="col">{t('reports.nextDue')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={r.id}>
                <td data-label={t('reports.reference')}>
                  <Link to={`/reports/${r.id}`}>{r.reference}</Link>
                </td>
                <td data-label={t('reports.received')}>{formatDateTime(r.receivedAt, i18n.language)}</td>
                <td data-label={t('reports.channel')}>
                  {term(t, 'channels', r.channel)}
                  {r.view === 'full' && r.izuFlag && (
                    <>
                      <br />
                      <IzuFlagNote flag={r.izuFlag} />
                    </>
                  )}
                </td>
                {r.view === 'full' && (
                  <>
                    <td data-label={t('reports.place')}>{r.placeName}</td>
                    <td data-label={t('reports.childShort')}>
                      {[r.childSex ? term(t, 'sexes', r.childSex) : null, r.childAgeYears !== null ? t('cases.common.ageYears', { n: r.childAgeYears }) : null]
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </td>
                  </>
                )}
                <td data-label={t('reports.status')}>
                  <StatusBadge status={r.status} />
                </td>
                {r.view === 'full' && (
                  <>
                    <td data-label={t('reports.screening')}>
                      {r.isVena === null ? '—' : r.isVena ? `${tierName(t, r.tier)} · ${terms(t, 'caseTypes', r.caseTypes)}` : t('reports.notVena')}
                    </td>
                    <td data-label={t('reports.nextDue')}>{r.nextDueAt ? <DueBadge dueAt={r.nextDueAt} overdue={r.overdue} /> : '—'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
    </section>
  );
}
