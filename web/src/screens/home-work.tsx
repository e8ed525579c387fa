import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCases, useReports, useVisitTasks, useWorklist } from '../api/queries.js';
import { useCan } from '../cases/access.js';
import { formatDate } from '../cases/dates.js';
import { term } from '../cases/vocab.js';
import { QueryStatus } from '../components/query-view.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';
import { TriageLine } from '../cases/triage.js';
import { HomeInbox } from '../referrals/inbox-list.js';

// The day's work, first on Home: a CPWO's overdue and due-today deadlines and
// the new reports to screen (framework steps 2-3), a CSO caseworker's cases by
// the next date due, an IZU's visits to make and the way to report a child, a
// provider's referral inbox (step 7).

const FIRST = 3;

export function DayWork() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const parts: ReactNode[] = [];
  // A provider's focal person: the referrals waiting, first.
  if (can('referral:receive')) parts.push(<HomeInbox key="referrals" />);
  if (can('worklist:read')) parts.push(<Deadlines key="deadlines" />);
  if (can('report:register')) parts.push(<NewReports key="reports" />);
  if (me.role === 'cso_caseworker' && can('case:read')) parts.push(<MyCases key="cases" />);
  // A volunteer: their two everyday entries first, then the visits asked of them.
  if (me.permissions.includes('izu:log_visit')) parts.push(<VolunteerWork key="izu-work" />);
  if (can('visit:record') && !can('case:read')) parts.push(<VisitTasks key="visits" />);
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby="day-work-title" className="day-work">
      <h2 id="day-work-title">{t('home.today')}</h2>
      <div className="day-work-grid">{parts}</div>
    </section>
  );
}

function Deadlines() {
  const { t, i18n } = useTranslation();
  const overdue = useWorklist({ due: 'overdue', pageSize: FIRST });
  const today = useWorklist({ due: 'today', pageSize: FIRST });
  const lists = [
    { key: 'overdue', query: overdue, count: overdue.data?.counts.overdue },
    { key: 'today', query: today, count: today.data?.counts.dueToday },
  ] as const;
  return (
    <>
      {lists.map(({ key, query, count }) => (
        <article key={key} className="panel" aria-labelledby={`home-${key}`}>
          <h3 id={`home-${key}`}>
            {t(`worklist.view.${key}`)} {count !== undefined && <span className={key === 'overdue' && count > 0 ? 'badge badge-bad' : 'badge'}>{count}</span>}
          </h3>
          <QueryStatus query={query} />
          {query.data && query.data.items.length === 0 && <p className="muted">{t(`worklist.empty.${key}`)}</p>}
          <ul className="record-list">
            {query.data?.items.map((d) => (
              <li key={d.id}>
                {d.case ? (
                  <Link to={`/cases/${d.case.id}`}>{t('worklist.case', { code: d.case.caseCode })}</Link>
                ) : d.report ? (
                  <Link to={`/reports/${d.report.id}`}>{t('worklist.report', { reference: d.report.reference })}</Link>
                ) : null}{' '}
                · {term(t, 'deadlineKinds', d.kind)} · <span className="small">{formatDateTime(d.dueAt, i18n.language)}</span>
                <br />
                <TriageLine triage={d.triage} />
              </li>
            ))}
          </ul>
          <p>
            <Link to="/worklist">{t('home.seeAll')}</Link>
          </p>
        </article>
      ))}
    </>
  );
}

function NewReports() {
  const { t, i18n } = useTranslation();
  const reports = useReports({ status: 'new', pageSize: FIRST });
  return (
    <article className="panel" aria-labelledby="home-new-reports">
      <h3 id="home-new-reports">
        {t('home.newReports')} {reports.data && <span className="badge">{reports.data.total}</span>}
      </h3>
      <QueryStatus query={reports} />
      {reports.data && reports.data.items.length === 0 && <p className="muted">{t('common.noneFound')}</p>}
      <ul className="record-list">
        {reports.data?.items.map((r) => (
          <li key={r.id}>
            <Link to={`/reports/${r.id}`}>{r.reference}</Link> · <span className="small">{formatDateTime(r.receivedAt, i18n.language)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/reports">{t('home.seeAll')}</Link>
      </p>
    </article>
  );
}

function MyCases() {
  const { t, i18n } = useTranslation();
  const cases = useCases({ pageSize: 5 });
  return (
    <article className="panel" aria-labelledby="home-my-cases">
      <h3 id="home-my-cases">
        {t('home.myCases')} {cases.data && <span className="badge">{cases.data.total}</span>}
      </h3>
      <QueryStatus query={cases} />
      {cases.data && cases.data.items.length === 0 && <p className="muted">{t('common.noneFound')}</p>}
      <ul className="record-list">
        {cases.data?.items.map((c) => (
          <li key={c.id}>
            <Link to={`/cases/${c.id}`}>{c.caseCode}</Link>
            {c.nextDueAt && <span className="small"> · {formatDateTime(c.nextDueAt, i18n.language)}</span>}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/cases">{t('home.seeAll')}</Link>
      </p>
    </article>
  );
}

function VisitTasks() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const tasks = useVisitTasks({ pageSize: 5 });
  return (
    <article className="panel" aria-labelledby="home-visit-tasks">
      <h3 id="home-visit-tasks">
        {t('visitTasks.title')} {tasks.data && <span className="badge">{tasks.data.total}</span>}
      </h3>
      <QueryStatus query={tasks} />
      {tasks.data && tasks.data.items.length === 0 && <p className="muted">{t('visitTasks.none')}</p>}
      <ul className="record-list">
        {tasks.data?.items.map((task) => (
          <li key={task.id}>
            <Link to={`/visit-tasks/${task.id}`}>{task.childFirstName}</Link> · {task.village} · {t('visitTasks.numbered', { number: task.taskNumber })}
            <span className="small"> · {t('visits.dueBy', { date: formatDate(task.dueDate, i18n.language) })}</span>
          </li>
        ))}
      </ul>
      {can('report:create') && (
        <p>
          <Link to="/reports/new" className="button primary">
            {t('reports.newTitle')}
          </Link>
        </p>
      )}
    </article>
  );
}

/** The volunteer's everyday work on a phone: log a household visit, flag an incident. */
function VolunteerWork() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <article className="panel" aria-labelledby="home-izu-work">
      <h3 id="home-izu-work">{t('izuWork.homeTitle')}</h3>
      <p className="actions stacked">
        <Link to="/izu/visits/new" className="button primary">
          {t('izuWork.logVisit')}
        </Link>
        {me.permissions.includes('izu:flag') && (
          <Link to="/izu/flags/new" className="button primary">
            {t('izuWork.flagIncident')}
          </Link>
        )}
        <Link to="/izu/visits" className="button">
          {t('izuWork.myVisits')}
        </Link>
      </p>
    </article>
  );
}
