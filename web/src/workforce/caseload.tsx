import { useTranslation } from 'react-i18next';
import { useCaseloadBoard, useWorkforcePlanning } from '../api/queries.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { roleName } from '../labels.js';
import { useMe } from '../session.js';

// Caseloads and ratios (framework, resourcing): open cases per caseworker
// weighted by tier, caseworkers per supervisor, against the thresholds the
// administrator sets; who is over stands out. Figures only, no child.

export function CaseloadScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.caseload.title'));
  const me = useMe();
  const board = useCaseloadBoard({});
  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title">{t('workforce.caseload.title')}</h1>
      <QueryView query={board}>
        {(data) => (
          <>
            <p>
              {t('workforce.caseload.thresholds', {
                threshold: data.thresholds.caseloadThreshold,
                tier1: data.thresholds.tierWeights.tier1,
                tier2: data.thresholds.tierWeights.tier2,
                ratio: data.thresholds.superviseesPerSupervisor,
              })}
            </p>
            <p data-testid="caseload-totals">{t('workforce.caseload.totals', { n: data.totals.caseworkers, over: data.totals.overThreshold })}</p>
            <table className="responsive" data-testid="caseload-board">
              <thead>
                <tr>
                  <th scope="col">{t('workforce.caseload.caseworker')}</th>
                  <th scope="col">{t('workforce.caseload.tier1')}</th>
                  <th scope="col">{t('workforce.caseload.tier2')}</th>
                  <th scope="col">{t('workforce.caseload.weighted')}</th>
                  <th scope="col">{t('workforce.caseload.supervisor')}</th>
                </tr>
              </thead>
              <tbody>
                {data.caseworkers.map((c) => (
                  <tr key={c.id} className={c.overThreshold ? 'over-threshold' : undefined} data-testid={`caseload-${c.id}`}>
                    <th scope="row">
                      {c.fullName} <span className="small muted">· {roleName(t, c.role)}</span>
                    </th>
                    <td data-label={t('workforce.caseload.tier1')}>{c.tier1}</td>
                    <td data-label={t('workforce.caseload.tier2')}>{c.tier2}</td>
                    <td data-label={t('workforce.caseload.weighted')}>
                      <strong>{c.weighted}</strong> {c.overThreshold && <span className="badge badge-warn">{t('workforce.caseload.over')}</span>}
                    </td>
                    <td data-label={t('workforce.caseload.supervisor')}>{c.supervisor?.fullName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>{t('workforce.caseload.supervisors')}</h2>
            <ul>
              {data.supervisors.map((s) => (
                <li key={s.id}>
                  {s.fullName}: {t('workforce.caseload.supervisees', { n: s.supervisees })}{' '}
                  {s.overThreshold && <span className="badge badge-warn">{t('workforce.caseload.over')}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
      {me.permissions.includes('workforce:planning') && <Planning />}
    </section>
  );
}

function Planning() {
  const { t } = useTranslation();
  const planning = useWorkforcePlanning();
  return (
    <>
      <h2>{t('workforce.planning.title')}</h2>
      <QueryView query={planning}>
        {(data) => (
          <table className="responsive" data-testid="workforce-planning">
            <thead>
              <tr>
                <th scope="col">{t('workforce.planning.district')}</th>
                <th scope="col">{t('workforce.planning.caseworkers')}</th>
                <th scope="col">{t('workforce.planning.supervisors')}</th>
                <th scope="col">{t('workforce.planning.izu')}</th>
                <th scope="col">{t('workforce.planning.openCases')}</th>
                <th scope="col">{t('workforce.planning.needed')}</th>
              </tr>
            </thead>
            <tbody>
              {data.districts.map((d) => (
                <tr key={d.districtId}>
                  <th scope="row">{d.name}</th>
                  <td data-label={t('workforce.planning.caseworkers')}>
                    {d.caseworkers}
                    {d.untrainedCaseworkers > 0 && ` (${t('workforce.planning.untrained', { n: d.untrainedCaseworkers })})`}
                  </td>
                  <td data-label={t('workforce.planning.supervisors')}>{d.supervisors}</td>
                  <td data-label={t('workforce.planning.izu')}>{d.izu}</td>
                  <td data-label={t('workforce.planning.openCases')}>
                    {t('workforce.caseload.byTier', { n: d.tier1 + d.tier2, tier1: d.tier1, tier2: d.tier2 })}
                  </td>
                  <td data-label={t('workforce.planning.needed')}>
                    {t('workforce.planning.neededValue', { caseworkers: d.caseworkersNeeded, supervisors: d.supervisorsNeeded })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </>
  );
}
