import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIzuRegistry } from '../api/queries.js';
import type { ApiQuery, Volunteer } from '../api/types.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import { QueryView } from '../components/query-view.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { levelName, roleName } from '../labels.js';
import { useMe } from '../session.js';

const PAGE_SIZE = 50;
type RegistryQuery = ApiQuery<'/api/v1/izu/registry'>;

/**
 * The IZU registry of a place: each village (Umudugudu) with its pair, the
 * villages missing one, and the cell and sector coordinators. The place,
 * filters and page live in the URL.
 */
export function IzuRegistry() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = me.permissions.includes('izu:manage');
  const { values, page, set } = useSearchState({ placeId: me.jurisdiction.id, status: '', gaps: '' });
  const registry = useIzuRegistry({
    placeId: values.placeId,
    status: (values.status || undefined) as RegistryQuery['status'],
    gaps: (values.gaps || undefined) as RegistryQuery['gaps'],
    page,
    pageSize: PAGE_SIZE,
  });
  useTitle(t('izu.title'));

  return (
    <section aria-labelledby="izu-title">
      <div className="page-head">
        <h1 id="izu-title">{t('izu.title')}</h1>
        {canManage && (
          <p className="actions">
            <Link to={`/izu/new?placeId=${encodeURIComponent(values.placeId)}`} className="button primary">
              {t('izu.add')}
            </Link>
            <Link to="/izu/import" className="button">
              {t('izu.import')}
            </Link>
          </p>
        )}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <PlacePicker
          label={t('izu.place')}
          levels={me.jurisdiction.level === 0 ? [0, 2, 3, 4, 5] : [2, 3, 4, 5]}
          value={null}
          onChange={(c) => c && set({ placeId: c.id })}
          hint={t('izu.placeHint')}
        />
        <div className="field">
          <label htmlFor="izu-status">{t('izu.status')}</label>
          <select id="izu-status" value={values.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {(['active', 'inactive', 'replaced'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`izu.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={values.gaps === 'true'} onChange={(e) => set({ gaps: e.target.checked ? 'true' : '' })} /> {t('izu.gapsOnly')}
          </label>
        </div>
      </form>
      <QueryView query={registry}>
        {(data) => (
          <>
            <h2>
              {data.place.label} · {levelName(t, data.place.level)}
            </h2>
            <p className="summary" data-testid="izu-summary">
              {t('izu.summary', { villages: data.summary.villages, withPair: data.summary.withPair, missing: data.summary.missingPair })}
            </p>
            <table className="responsive">
              <caption className="visually-hidden">{t('izu.villages')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('levels.5')}</th>
                  <th scope="col">{t('izu.pair')}</th>
                  <th scope="col">{t('izu.activeCount')}</th>
                </tr>
              </thead>
              <tbody>
                {data.villages.map((v) => (
                  <tr key={v.id} className={v.activeCount < 2 ? 'gap' : undefined} data-village={v.id}>
                    <td data-label={t('levels.5')}>
                      <strong>{v.name}</strong>
                      <br />
                      <span className="muted small">{v.label}</span>
                    </td>
                    <td data-label={t('izu.pair')}>
                      {v.volunteers.length === 0 ? <span className="muted">{t('izu.none')}</span> : <VolunteerList volunteers={v.volunteers} />}
                    </td>
                    <td data-label={t('izu.activeCount')}>
                      {v.activeCount} / 2 {v.activeCount < 2 && <span className="badge badge-warn">{t('izu.missing')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => set({ page: p })} />
            <h2>{t('izu.coordinators')}</h2>
            {data.coordinators.length === 0 ? <p className="muted">{t('izu.none')}</p> : <VolunteerList volunteers={data.coordinators} withRole />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function VolunteerList({ volunteers, withRole }: { volunteers: Volunteer[]; withRole?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="plain">
      {volunteers.map((x) => (
        <li key={x.id}>
          <Link to={`/izu/volunteers/${x.id}`}>{x.fullName}</Link>
          {withRole && (
            <>
              {' '}
              · {roleName(t, x.role)} ({x.place.name})
            </>
          )}{' '}
          · {x.sex ? t(`izu.sexes.${x.sex}`) : ''} · {x.phone ?? ''}
          {x.status !== 'active' && <span className="badge"> {t(`izu.statuses.${x.status}`)}</span>}
        </li>
      ))}
    </ul>
  );
}
