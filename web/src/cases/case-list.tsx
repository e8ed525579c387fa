import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from '../router.js';
import { StageBadge, TierBadge } from './badges.js';
import { SelectField, TextField } from './fields.js';
import type { CaseListItem } from '../api/types.js';
import { options, term, terms, tierName } from './vocab.js';

// The caseload in the caller's scope, soonest due first: a CPWO the district's
// cases, a CSO caseworker those delegated to them, a supervisor those of their
// supervisees (without the children's names).

const PAGE_SIZE = 25;

export function CaseList() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState({ stage: '', tier: '', q: '' });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: CaseListItem[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const q = filters.q.trim();
    const timer = setTimeout(() => {
      api
        .get<{ items: CaseListItem[]; total: number }>(`/cases${query({ stage: filters.stage, tier: filters.tier, q: q.length >= 2 ? q : undefined, page, pageSize: PAGE_SIZE })}`)
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
  const showNames = data?.items.some((c) => c.childName !== null) ?? false;

  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title">{t('caseList.title')}</h1>
        <p className="actions">
          <a className="button" href={`/api/v1/exports/cases.csv${query({ stage: filters.stage, tier: filters.tier })}`} download>
            {t('caseList.csv')}
          </a>
          <Link to="/paper-files">{t('paperFile.listTitle')}</Link>
        </p>
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('caseList.search')} hint={t('caseList.searchHint')} type="search" value={filters.q} onChange={filter('q')} maxLength={100} />
        <SelectField label={t('cases.stageLabel')} value={filters.stage} onChange={filter('stage')} options={options(t, 'stages')} empty={t('common.all')} />
        <SelectField
          label={t('cases.tierLabel')}
          value={filters.tier}
          onChange={filter('tier')}
          options={[1, 2].map((n) => ({ value: String(n), label: tierName(t, n) }))}
          empty={t('common.all')}
        />
      </form>
      <ErrorMessage error={error} />
      {!data && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {data && data.items.length === 0 && <p>{t('common.noneFound')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('caseList.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.caseCode')}</th>
              <th scope="col">{t('cases.childCode')}</th>
              {showNames && <th scope="col">{t('cases.childName')}</th>}
              <th scope="col">{t('cases.stageLabel')}</th>
              <th scope="col">{t('cases.tierLabel')}</th>
              <th scope="col">{t('cases.caseTypes')}</th>
              <th scope="col">{t('cases.lead')}</th>
              <th scope="col">{t('reports.nextDue')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <tr key={c.id}>
                <td data-label={t('cases.caseCode')}>
                  <Link to={`/cases/${c.id}`}>{c.caseCode}</Link>
                </td>
                <td data-label={t('cases.childCode')}>
                  <code>{c.childCode}</code>
                  <span className="muted small">
                    {' '}
                    {term(t, 'sexes', c.sex)}
                    {c.ageYears !== null && ` · ${t('cases.common.ageYears', { n: c.ageYears })}`}
                  </span>
                </td>
                {showNames && <td data-label={t('cases.childName')}>{c.childName ?? '—'}</td>}
                <td data-label={t('cases.stageLabel')}>
                  <StageBadge stage={c.stage} />
                </td>
                <td data-label={t('cases.tierLabel')}>
                  <TierBadge tier={c.tier} />
                </td>
                <td data-label={t('cases.caseTypes')}>{terms(t, 'caseTypes', c.caseTypes)}</td>
                <td data-label={t('cases.lead')}>{c.leadCaseworker?.fullName ?? t('cases.noLead')}</td>
                <td data-label={t('reports.nextDue')}>{c.nextDueAt ? formatDateTime(c.nextDueAt, i18n.language) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
