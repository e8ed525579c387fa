import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { Pager } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { usePendingClosures } from '../api/queries.js';
import { term } from './vocab.js';

// The supervisor's queue: closures for a reason other than the benchmarks,
// waiting for their approval (framework step 9), oldest first, a page at a time.

const PAGE_SIZE = 25;

export function ClosureRequestsScreen() {
  const { t, i18n } = useTranslation();
  useTitle(t('closure.queueTitle'));
  const [page, setPage] = useState(1);
  const query = usePendingClosures({ page, pageSize: PAGE_SIZE });
  const { data } = query;
  return (
    <section aria-labelledby="closures-title">
      <h1 id="closures-title">{t('closure.queueTitle')}</h1>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('closure.queueEmpty')}</p>}
      {data && data.items.length > 0 && (
        <ul className="record-list">
          {data.items.map((r) => (
            <li key={r.requestId}>
              <p>
                <Link to={`/cases/${r.caseId}/closure`}>{r.caseCode}</Link> · <code>{r.childCode}</code> · {term(t, 'closureReasons', r.reason)}
              </p>
              <p className="prewrap">{r.note}</p>
              <p className="small muted">
                {r.requestedBy.fullName} · {formatDateTime(r.requestedAt, i18n.language)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
