import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { todayInKigali } from '../cases/dates.js';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { useIzuPlacements } from './care-api.js';
import { VisitForm } from './visit-fields.js';

// The village IZU's follow-up of children placed in the village (Umudugudu):
// the list, and a visit recorded by web. The IZU sees the child's given name
// and age and the household, nothing else of the case.

export function IzuCareVisitsScreen() {
  const { t } = useTranslation();
  useTitle(t('care.izu.title'));
  const query = useIzuPlacements();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="care-izu-title">
      <h1 id="care-izu-title">{t('care.izu.title')}</h1>
      <QueryStatus query={query} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('care.izu.recorded', { date: done })}
        </p>
      )}
      {query.data?.items.length === 0 && <p>{t('care.izu.none')}</p>}
      <ul className="plain-list">
        {query.data?.items.map((p) => (
          <li key={p.placementId} className="panel">
            <p>
              <strong>{p.childGivenName}</strong>
              {p.childAge !== null && ` · ${t('care.izu.age', { n: p.childAge })}`} · {p.household} · {t(`care.forms.${p.careForm}`)}
            </p>
            <p>
              {t('care.nextVisitDue', { date: p.nextVisitDue })}
              {p.lastVisitOn && ` · ${t('care.izu.lastVisit', { date: p.lastVisitOn })}`}
            </p>
            {open === p.placementId ? (
              <VisitForm
                today={todayInKigali()}
                label={t('care.izu.recordVisit', { name: p.childGivenName })}
                send={(body) => answer(client.POST('/api/v1/care/izu/placements/{id}/visits', { params: { path: { id: p.placementId } }, body }))}
                onDone={(r) => {
                  setOpen(null);
                  setDone(r.nextVisitDue);
                }}
              />
            ) : (
              <button type="button" onClick={() => setOpen(p.placementId)}>
                {t('care.izu.recordVisit', { name: p.childGivenName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
