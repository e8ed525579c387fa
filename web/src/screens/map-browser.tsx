import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { levelName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import type { Place, PlaceChild, PlaceMatch } from '../api/types.js';

/** Rwanda's administrative map, from the country down to villages; opens at the user's jurisdiction. */
export function MapBrowser({ placeId }: { placeId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const id = placeId ?? me.jurisdiction.id;
  const [place, setPlace] = useState<Place | null>(null);
  const [children, setChildren] = useState<PlaceChild[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.get<Place>(`/places/${encodeURIComponent(id)}`), api.get<{ items: PlaceChild[] }>(`/places/${encodeURIComponent(id)}/children`)])
      .then(([p, c]) => {
        if (!live) return;
        setPlace(p);
        setChildren(c.items);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);

  const ancestors = place ? place.path.filter((p) => p.id !== place.id) : [];
  return (
    <section aria-labelledby="map-title">
      <PlaceSearch />
      <ErrorMessage error={error} />
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
  const [results, setResults] = useState<PlaceMatch[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (q.trim().length < 2) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .get<{ items: PlaceMatch[] }>(`/places${query({ q: q.trim(), limit: 20 })}`)
        .then((r) => live && (setResults(r.items), setError(null)))
        .catch((e) => live && setError(e));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  return (
    <div className="map-search" role="search">
      <div className="field">
        <label htmlFor="place-q">{t('map.search')}</label>
        <input id="place-q" type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('common.typeToSearch')} />
      </div>
      <ErrorMessage error={error} />
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
