import { useTranslation } from 'react-i18next';
import { apiHref } from '../api/links.js';
import { useCases } from '../api/queries.js';
import type { ApiQuery } from '../api/types.js';
import { QueryStatus } from '../components/query-view.js';
import { useDebounced } from '../components/use-debounced.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { StageBadge, TierBadge } from './badges.js';
import { SelectField, TextField } from './fields.js';
import { options, term, terms, tierName } from './vocab.js';

// The caseload in the caller's scope, soonest due first: a CPWO the district's
// cases, a CSO caseworker those delegated to them, a supervisor those of their
// supervisees (without the children's names).

const PAGE_SIZE = 25;
type CaseQuery = ApiQuery<'/api/v1/cases'>;

export function CaseList() {
  const { t, i18n } = useTranslation();
  const { values: filters, page, set } = useSearchState({ stage: '', tier: '', q: '' });
  const typed = useDebounced(filters.q.trim());
  const stage = (filters.stage || undefined) as CaseQuery['stage'];
  const tier = (filters.tier || undefined) as CaseQuery['tier'];
  const cases = useCases({ stage, tier, q: typed.length >= 2 ? typed : undefined, page, pageSize: PAGE_SIZE });
  const data = cases.data;
  useTitle(t('caseList.title'));

  const filter = (k: keyof typeof filters) => (v: string) => set({ [k]: v }, { replace: k === 'q' });
  const showNames = data?.items.some((c) => c.childName !== null) ?? false;

  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title">{t('caseList.title')}</h1>
        <p className="actions">
          <a className="button" href={apiHref('/exports/cases.csv', { stage: filters.stage, tier: filters.tier })} download>
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
      <QueryStatus query={cases} />
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
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
    </section>
  );
}
