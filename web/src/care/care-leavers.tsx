import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../components/pager.js';
import { QueryStatus } from '../components/query-view.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { useCareLeavers, type CareLeaver } from './care-api.js';

// Care leavers in the user's scope: young people in care approaching 18,
// and those past 18 still supported under an open transition plan, soonest
// 18 first, each with the plan's status and a link to the case file's
// transition plan. The server leaves out the child's name where the reader
// may not see it (a supervisor sees the codes).

const PAGE_SIZE = 25;
const PLAN_BADGE: Record<CareLeaver['planStatus'], string> = { none: 'badge badge-bad', open: 'badge badge-warn', closed: 'badge badge-ok' };

export function CareLeaversScreen() {
  const { t } = useTranslation();
  useTitle(t('care.leavers.title'));
  const { page, set } = useSearchState({});
  const query = useCareLeavers(page, PAGE_SIZE);
  const data = query.data;
  return (
    <section aria-labelledby="leavers-title">
      <h1 id="leavers-title">{t('care.leavers.title')}</h1>
      <p className="muted">{t('care.leavers.intro')}</p>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('care.leavers.none')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('care.leavers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('care.leavers.young')}</th>
              <th scope="col">{t('care.leavers.turns18')}</th>
              <th scope="col">{t('care.leavers.care')}</th>
              <th scope="col">{t('care.leavers.plan')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((y) => (
              <tr key={y.caseId} data-case={y.caseId}>
                <td data-label={t('care.leavers.young')}>
                  <Link to={`/cases/${y.caseId}/transition`}>{y.childName ?? y.childCode}</Link>
                  <br />
                  <span className="small muted">{t('care.leavers.caseCode', { code: y.caseCode })}</span>
                </td>
                <td data-label={t('care.leavers.turns18')}>{y.turns18On}</td>
                <td data-label={t('care.leavers.care')}>{y.inCare ? t('care.leavers.inCare') : t('care.leavers.afterCare')}</td>
                <td data-label={t('care.leavers.plan')}>
                  <span className={PLAN_BADGE[y.planStatus]}>{t(`care.leavers.planStatus.${y.planStatus}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
    </section>
  );
}
