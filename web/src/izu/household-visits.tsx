import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHouseholdVisits, useHouseholdVisitSummary } from '../api/queries.js';
import { formatDate } from '../cases/dates.js';
import { PagerIfMore } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import { QueryView } from '../components/query-view.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { useMe } from '../session.js';

// Household visits, read back. A volunteer sees their own (with their note),
// a page at a time, on a phone. Coordinators and the district's CPWO see a
// place's: the numbers (visits, households, children seen, concerns, by the
// places below) and each visit's household code, never a note or a name.

const PAGE_SIZE = 20;

export function HouseholdVisitsScreen() {
  const me = useMe();
  return me.permissions.includes('izu:log_visit') ? <MyVisits /> : <PlaceVisits />;
}

function MyVisits() {
  const { t } = useTranslation();
  useTitle(t('izuWork.myVisits'));
  const { page, set } = useSearchState({});
  const visits = useHouseholdVisits({ page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="my-visits-title" className="izu-work">
      <h1 id="my-visits-title">{t('izuWork.myVisits')}</h1>
      <p className="actions stacked">
        <Link to="/izu/visits/new" className="button primary">
          {t('izuWork.logVisit')}
        </Link>
      </p>
      <VisitList visits={visits} page={page} onPage={(p) => set({ page: p })} />
    </section>
  );
}

function PlaceVisits() {
  const { t } = useTranslation();
  const me = useMe();
  useTitle(t('izuWork.placeVisits'));
  const { values, page, set } = useSearchState({ placeId: me.jurisdiction.id, from: '', to: '' });
  const filter = { placeId: values.placeId, from: values.from || undefined, to: values.to || undefined };
  const summary = useHouseholdVisitSummary(filter);
  const visits = useHouseholdVisits({ ...filter, page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="place-visits-title" className="izu-work">
      <h1 id="place-visits-title">{t('izuWork.placeVisits')}</h1>
      <p className="muted">{t('izuWork.placeVisitsIntro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <PlacePicker label={t('izu.place')} levels={[2, 3, 4, 5]} value={null} onChange={(c) => c && set({ placeId: c.id })} hint={t('izu.placeHint')} />
        <div className="field">
          <label htmlFor="visits-from">{t('izuWork.from')}</label>
          <input id="visits-from" type="date" value={values.from} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="visits-to">{t('izuWork.to')}</label>
          <input id="visits-to" type="date" value={values.to} onChange={(e) => set({ to: e.target.value })} />
        </div>
      </form>
      <QueryView query={summary}>
        {(s) => (
          <section className="panel" aria-labelledby="visits-summary-title">
            <h2 id="visits-summary-title">{t('izuWork.summary')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('izuWork.visits')}</dt>
                <dd data-testid="visits-total">{s.visits}</dd>
              </div>
              <div>
                <dt>{t('izuWork.households')}</dt>
                <dd>{s.households}</dd>
              </div>
              <div>
                <dt>{t('izuWork.childrenSeen')}</dt>
                <dd>{s.childrenSeen}</dd>
              </div>
              <div>
                <dt>{t('izuWork.withConcerns')}</dt>
                <dd>{s.withConcerns}</dd>
              </div>
            </dl>
            {s.concerns.length > 0 && (
              <>
                <h3>{t('izuWork.concernsFound')}</h3>
                <ul className="record-list">
                  {s.concerns.map((c) => (
                    <li key={c.concern}>
                      {t(`izuWork.concerns.${c.concern}`)} · {c.visits}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {s.areas.length > 0 && (
              <div>
                <table>
                  <caption>{t('izuWork.byPlace')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('izu.place')}</th>
                      <th scope="col">{t('izuWork.visits')}</th>
                      <th scope="col">{t('izuWork.childrenSeen')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.areas.map((a) => (
                      <tr key={a.placeId}>
                        <th scope="row">
                          <button type="button" className="link-button" onClick={() => set({ placeId: a.placeId })}>
                            {a.placeName}
                          </button>
                        </th>
                        <td>{a.visits}</td>
                        <td>{a.childrenSeen}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )}
      </QueryView>
      <h2>{t('izuWork.visitList')}</h2>
      <VisitList visits={visits} page={page} onPage={(p) => set({ page: p })} showVillage />
    </section>
  );
}

function VisitList({
  visits,
  page,
  onPage,
  showVillage,
}: {
  visits: ReturnType<typeof useHouseholdVisits>;
  page: number;
  onPage(p: number): void;
  showVillage?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <QueryView query={visits}>
      {(data) => (
        <>
          {data.items.length === 0 && <p className="muted">{t('izuWork.noVisits')}</p>}
          <ul className="task-list">
            {data.items.map((v) => (
              <li key={v.id}>
                <strong>{v.householdCode}</strong> · {formatDate(v.visitedOn, i18n.language)}
                {showVillage && <span className="small"> · {v.villageName}</span>}
                <p className="small">
                  {t('izuWork.childrenSeenCount', { count: v.childrenSeen })}
                  {v.concerns.length > 0 && <> · {v.concerns.map((c) => t(`izuWork.concerns.${c}`)).join(', ')}</>}
                </p>
                {v.note && <p className="small prewrap">{v.note}</p>}
              </li>
            ))}
          </ul>
          <PagerIfMore page={page} pageSize={PAGE_SIZE} total={data.total} onPage={onPage} />
        </>
      )}
    </QueryView>
  );
}
