import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from '../router.js';
import { useCan } from './access.js';
import { SelectField, TextField } from './fields.js';
import type { RegisterItem, ReportRegisterPage, ReportStatusView } from '../api/types.js';
import { DueBadge, StatusBadge } from './badges.js';
import { options, term, terms, tierName } from './vocab.js';

// Framework step 2: the register of reported incidents of the district, VENA
// or not, for the CPWO and the supervisor; for anyone else who reports, the
// status of the reports they made (no child details).

const PAGE_SIZE = 25;
type Item = RegisterItem | ReportStatusView;

export function ReportList() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const register = can('report:register');
  const [filters, setFilters] = useState({ status: register ? 'new' : '', tier: '', channel: '', q: '', from: '', to: '' });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<ReportRegisterPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .get<ReportRegisterPage>(`/reports${query({ ...filters, q: filters.q.trim().length >= 1 ? filters.q.trim() : undefined, page, pageSize: PAGE_SIZE })}`)
        .then((d) => live && (setData(d), setError(null)))
        .catch((e) => live && setError(e));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filters, page]);

  const filter = (k: keyof typeof filters) => (v: string) => {
    setFilters((f) => ({ ...f, [k]: v }));
    setPage(1);
  };
  const title = register ? t('reports.registerTitle') : t('reports.myReports');

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
        <SelectField label={t('reports.status')} value={filters.status} onChange={filter('status')} options={options(t, 'reportStatuses')} empty={t('common.all')} />
        {register && (
          <>
            <SelectField
              label={t('cases.tierLabel')}
              value={filters.tier}
              onChange={filter('tier')}
              options={[1, 2].map((n) => ({ value: String(n), label: tierName(t, n) }))}
              empty={t('common.all')}
            />
            <SelectField label={t('reports.channel')} value={filters.channel} onChange={filter('channel')} options={options(t, 'channels')} empty={t('common.all')} />
            <TextField label={t('reports.search')} type="search" value={filters.q} onChange={filter('q')} maxLength={100} />
            <TextField label={t('reports.from')} type="date" value={filters.from} onChange={filter('from')} />
            <TextField label={t('reports.to')} type="date" value={filters.to} onChange={filter('to')} />
          </>
        )}
      </form>
      <ErrorMessage error={error} />
      {!data && !error && <p aria-busy="true">{t('common.loading')}</p>}
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
                <td data-label={t('reports.channel')}>{term(t, 'channels', r.channel)}</td>
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
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
