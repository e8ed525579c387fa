import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProvider, useServiceTypes } from '../api/queries.js';
import type { Provider } from '../api/types.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { kindName, placeWithLevel } from '../labels.js';
import { agesLabel, capacityLabel, serviceTypeName, sexesLabel } from './labels.js';

/** One provider: its services, where they reach, when, for whom, capacity, quality, contacts and focal persons. */
export function ProviderDetailScreen({ id }: { id: string }) {
  const provider = useProvider(id);
  return <QueryView query={provider}>{(p) => <ProviderDetail provider={p} />}</QueryView>;
}

function ProviderDetail({ provider: p }: { provider: Provider }) {
  const { t } = useTranslation();
  const types = useServiceTypes(true);
  useTitle(p.name);
  const day = (d: string) => t(`directory.weekdays.${d}`);
  return (
    <section aria-labelledby="provider-title">
      <p>
        <Link to="/directory">{t('directory.back')}</Link>
      </p>
      <div className="page-head">
        <h1 id="provider-title">{p.name}</h1>
        {p.manageable && (
          <p className="actions">
            <Link className="button primary" to={`/directory/providers/${p.id}/edit`}>
              {t('directory.edit')}
            </Link>
          </p>
        )}
      </div>
      <dl className="facts">
        <dt>{t('directory.kind')}</dt>
        <dd>{kindName(t, p.kind)}</dd>
        <dt>{t('directory.seat')}</dt>
        <dd>{p.placeName}</dd>
        {p.description && (
          <>
            <dt>{t('directory.description')}</dt>
            <dd>{p.description}</dd>
          </>
        )}
        {p.email && (
          <>
            <dt>{t('directory.email')}</dt>
            <dd>{p.email}</dd>
          </>
        )}
        {p.website && (
          <>
            <dt>{t('directory.website')}</dt>
            <dd>
              <a href={p.website} rel="noreferrer noopener" target="_blank">
                {p.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('directory.quality')}</dt>
        <dd>
          {p.quality.rating ? t('directory.rating', { rating: p.quality.rating }) : t('directory.noRating')}
          {p.quality.reviewedOn && ` · ${t('directory.reviewedOn', { date: p.quality.reviewedOn })}`}
          {p.quality.reviewDue && <span className="badge badge-warn"> {t('directory.due')}</span>}
        </dd>
        {p.phones.length > 0 && (
          <>
            <dt>{t('directory.phones')}</dt>
            <dd>{p.phones.map((ph) => `${ph.number} (${t(`directory.phoneTypes.${ph.type}`)})`).join(', ')}</dd>
          </>
        )}
        {p.locations.length > 0 && (
          <>
            <dt>{t('directory.locations')}</dt>
            <dd>{p.locations.map((l) => `${l.name}, ${l.placeName}${l.address ? `, ${l.address}` : ''}`).join('; ')}</dd>
          </>
        )}
      </dl>

      <h2>{t('directory.services')}</h2>
      {p.services.length === 0 && <p>{t('directory.noServices')}</p>}
      {p.services.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('directory.services')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.serviceType')}</th>
              <th scope="col">{t('directory.areas')}</th>
              <th scope="col">{t('directory.ages')}</th>
              <th scope="col">{t('directory.sexes')}</th>
              <th scope="col">{t('directory.capacity')}</th>
              <th scope="col">{t('directory.schedule')}</th>
            </tr>
          </thead>
          <tbody>
            {p.services.map((s) => (
              <tr key={s.id}>
                <td data-label={t('directory.serviceType')}>
                  {s.name} <span className="muted">({serviceTypeName(types.data?.items, s.serviceType)})</span>
                  {!s.active && <span className="badge badge-off"> {t('directory.inactive')}</span>}
                </td>
                <td data-label={t('directory.areas')}>{s.areas.map((a) => placeWithLevel(t, { name: a.placeName, level: a.level })).join('; ')}</td>
                <td data-label={t('directory.ages')}>{agesLabel(t, s.minAge, s.maxAge)}</td>
                <td data-label={t('directory.sexes')}>{sexesLabel(t, s.sexes)}</td>
                <td data-label={t('directory.capacity')}>
                  {capacityLabel(t, s.capacityAvailable)}
                  {s.capacityUpdatedAt && <span className="muted small"> {t('directory.capacityUpdated', { date: s.capacityUpdatedAt.slice(0, 10) })}</span>}
                </td>
                <td data-label={t('directory.schedule')}>
                  {s.schedules.map((x) => (
                    <div key={x.id}>
                      {x.byday.map(day).join(', ')}: {x.opensAt && x.closesAt ? `${x.opensAt}–${x.closesAt}` : t('directory.allDay')}
                      {x.description && ` (${x.description})`}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('directory.focalPersons')}</h2>
      {p.focalPersons.length === 0 ? (
        <p>{t('directory.noFocalPersons')}</p>
      ) : (
        <ul>
          {p.focalPersons.map((f) => (
            <li key={f.userId}>
              {f.fullName}
              {!f.active && <span className="badge badge-off"> {t('directory.inactive')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
