import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { TierBadge } from './badges.js';
import type { ApiQuery } from '../api/types.js';
import { useWorklist } from '../api/queries.js';
import { TriageLine } from './triage.js';
import { term } from './vocab.js';

// What the framework times and the caller must do: due today, overdue (which
// escalates by itself up the hierarchy until someone acts), or all open.

type WorklistQuery = ApiQuery<'/api/v1/worklist'>;
const PAGE_SIZE = 25;
const VIEWS = ['overdue', 'today', 'all'] as const;

export function WorklistScreen() {
  const { t, i18n } = useTranslation();
  useTitle(t('worklist.title'));
  const [due, setDue] = useState<(typeof VIEWS)[number]>('today');
  const [page, setPage] = useState(1);
  const query = useWorklist({ due: (due || undefined) as WorklistQuery['due'], page, pageSize: PAGE_SIZE });
  const { data } = query;

  const label = (v: (typeof VIEWS)[number]) => {
    const n = data ? (v === 'overdue' ? data.counts.overdue : v === 'today' ? data.counts.dueToday : data.counts.open) : null;
    return n === null ? t(`worklist.view.${v}`) : `${t(`worklist.view.${v}`)} (${n})`;
  };

  return (
    <section aria-labelledby="worklist-title">
      <h1 id="worklist-title">{t('worklist.title')}</h1>
      <p className="muted">{t('worklist.intro')}</p>
      <div className="tabs" role="group" aria-label={t('worklist.show')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={due === v}
            onClick={() => {
              setDue(v);
              setPage(1);
            }}
          >
            {label(v)}
          </button>
        ))}
      </div>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t(`worklist.empty.${due}`)}</p>}
      {data && data.items.length > 0 && (
        <ul className="work-items">
          {data.items.map((d) => (
            <li key={d.id} className={d.overdue ? 'work-item overdue' : 'work-item'}>
              <p>
                <strong>{term(t, 'deadlineKinds', d.kind)}</strong> <TierBadge tier={d.tier} />
                {d.overdue ? (
                  <span className="badge badge-bad">{t('worklist.overdue')}</span>
                ) : d.dueToday ? (
                  <span className="badge badge-warn">{t('worklist.dueToday')}</span>
                ) : null}
                {d.escalationLevel > 0 && <span className="badge badge-warn">{term(t, 'escalationLevels', d.escalationLevel)}</span>}
              </p>
              <p>
                {t('worklist.dueAt', { at: formatDateTime(d.dueAt, i18n.language) })} ·{' '}
                {d.case ? (
                  <Link to={`/cases/${d.case.id}`}>{t('worklist.case', { code: d.case.caseCode })}</Link>
                ) : d.report ? (
                  <Link to={`/reports/${d.report.id}`}>{t('worklist.report', { reference: d.report.reference })}</Link>
                ) : null}
              </p>
              <p>
                <TriageLine triage={d.triage} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
