import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProviders, useServiceTypes } from '../api/queries.js';
import type { ApiQuery } from '../api/types.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import { QueryStatus } from '../components/query-view.js';
import type { Choice } from '../components/search-picker.js';
import { useDebounced } from '../components/use-debounced.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { kindName } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import { useMe } from '../session.js';
import { serviceTypeName } from './labels.js';
import { DirectoryTransfer } from './directory-transfer.js';

const PAGE_SIZE = 25;
type Query = ApiQuery<'/api/v1/directory/providers'>;

/** The service directory (framework: service mapping): a filtered, paged list of providers. */
export function ProviderListScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const { values, page, set } = useSearchState({ q: '', kind: '', serviceType: '', placeId: '', placeName: '', reviewDue: '' });
  const typed = useDebounced(values.q.trim());
  const types = useServiceTypes();
  const list = useProviders({
    q: typed || undefined,
    kind: (values.kind || undefined) as Query['kind'],
    serviceType: values.serviceType || undefined,
    placeId: values.placeId || undefined,
    reviewDue: (values.reviewDue || undefined) as Query['reviewDue'],
    page,
    pageSize: PAGE_SIZE,
  });
  const [place, setPlace] = useState<Choice | null>(values.placeId ? { id: values.placeId, label: values.placeName || values.placeId } : null);
  useTitle(t('directory.title'));
  const data = list.data;

  return (
    <section aria-labelledby="directory-title">
      <div className="page-head">
        <h1 id="directory-title">{t('directory.title')}</h1>
        {me.permissions.includes('directory:manage') && (
          <p className="actions">
            <Link className="button primary" to="/directory/providers/new">
              {t('directory.add')}
            </Link>
          </p>
        )}
      </div>
      <p className="muted">{t('directory.intro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dir-q">{t('directory.search')}</label>
          <input id="dir-q" type="search" value={values.q} onChange={(e) => set({ q: e.target.value }, { replace: true })} />
        </div>
        <div className="field">
          <label htmlFor="dir-type">{t('directory.serviceType')}</label>
          <select id="dir-type" value={values.serviceType} onChange={(e) => set({ serviceType: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {types.data?.items.map((x) => (
              <option key={x.code} value={x.code}>
                {serviceTypeName(types.data?.items, x.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir-kind">{t('directory.kind')}</label>
          <select id="dir-kind" value={values.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir-due">{t('directory.reviewDue')}</label>
          <select id="dir-due" value={values.reviewDue} onChange={(e) => set({ reviewDue: e.target.value })}>
            <option value="">{t('common.all')}</option>
            <option value="true">{t('directory.reviewDueOnly')}</option>
            <option value="false">{t('directory.reviewUpToDate')}</option>
          </select>
        </div>
        <PlacePicker
          label={t('directory.coversPlace')}
          value={place}
          onChange={(c) => (setPlace(c), set({ placeId: c?.id ?? '', placeName: c?.label ?? '' }))}
        />
      </form>
      <QueryStatus query={list} />
      {data && data.items.length === 0 && <p>{t('common.noneFound')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('directory.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.name')}</th>
              <th scope="col">{t('directory.kind')}</th>
              <th scope="col">{t('directory.seat')}</th>
              <th scope="col">{t('directory.services')}</th>
              <th scope="col">{t('directory.quality')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((p) => (
              <tr key={p.id}>
                <td data-label={t('directory.name')}>
                  <Link to={`/directory/providers/${p.id}`}>{p.name}</Link>
                  {!p.active && <span className="badge badge-off"> {t('directory.inactive')}</span>}
                </td>
                <td data-label={t('directory.kind')}>{kindName(t, p.kind)}</td>
                <td data-label={t('directory.seat')}>{p.placeName}</td>
                <td data-label={t('directory.services')}>{p.serviceTypes.map((c) => serviceTypeName(types.data?.items, c)).join(', ')}</td>
                <td data-label={t('directory.quality')}>
                  {p.qualityRating ? t('directory.rating', { rating: p.qualityRating }) : t('directory.noRating')}
                  {p.reviewDue && <span className="badge badge-warn"> {t('directory.due')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
      <DirectoryTransfer />
    </section>
  );
}
