import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlace, usePlaceChildren, usePlaceSearch } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { levelName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import { QueryStatus } from '../components/query-view.js';
import { useDebounced } from '../components/use-debounced.js';
import { useTitle } from '../components/use-title.js';

/** Rwanda's administrative map, from the country down to villages; opens at the user's jurisdiction. */
export function MapBrowser({ placeId }: { placeId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const id = placeId ?? me.jurisdiction.id;
  const placeQuery = usePlace(id);
  const childrenQuery = usePlaceChildren(id);
  const place = placeQuery.data;
  const children = childrenQuery.data?.items;
  useTitle(place?.name ?? t('nav.map'));

  const ancestors = place ? place.path.filter((p) => p.id !== place.id) : [];
  return (
    <section aria-labelledby="map-title">
      <PlaceSearch />
      <QueryStatus query={placeQuery} />
      {place && <QueryStatus query={childrenQuery} />}
      {place && (
        <>
          <nav aria-label={t('map.breadcrumbs')} className="breadcrumbs">
            <ol>
              {ancestors.map((a) => (
                <li key={a.id}>
                  <Link to={`/map/${a.id}`}>{a.name}</Link>
                </li>
              ))}
              <li aria-current="page">{place.name}</li>
            </ol>
          </nav>
          <h1 id="map-title">
            {place.name} <span className="level">{levelName(t, place.level)}</span>
          </h1>
          {me.jurisdiction.id === place.id && <p className="muted">{t('map.yourJurisdiction')}</p>}
        </>
      )}
      {children && children.length === 0 && <p>{t('map.noChildren')}</p>}
      {children && children.length > 0 && (
        <>
          <h2>{t('map.childrenTitle', { level: levelName(t, children[0]!.level) })}</h2>
          <ul className="place-list">
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/map/${c.id}`}>{c.name}</Link>
                {c.childCount > 0 && <span className="muted"> · {t('map.childCount', { n: c.childCount, level: levelName(t, c.level + 1) })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PlaceSearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const typed = useDebounced(q.trim(), 250);
  const search = usePlaceSearch(typed);
  const results = q.trim().length >= 2 ? search.data?.items : undefined;

  return (
    <div className="map-search" role="search">
      <div className="field">
        <label htmlFor="place-q">{t('map.search')}</label>
        <input id="place-q" type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('common.typeToSearch')} />
      </div>
      <ErrorMessage error={search.error} />
      {results && (
        <ul className="choices" aria-label={t('map.searchResults')}>
          {results.length === 0 && <li className="muted">{t('common.noneFound')}</li>}
          {results.map((r) => (
            <li key={r.id}>
              <Link to={`/map/${r.id}`} onClick={() => setQ('')}>
                {r.label} <span className="muted">· {levelName(t, r.level)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
