import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { Link } from '../router.js';
import { Loading } from './fields.js';
import type { PendingClosure } from './types.js';
import { useLoad } from './use-load.js';
import { term } from './vocab.js';

// The supervisor's queue: closures for a reason other than the benchmarks,
// waiting for their approval (framework step 9).

export function ClosureRequestsScreen() {
  const { t, i18n } = useTranslation();
  const { data, error } = useLoad<{ items: PendingClosure[] }>('/closure-requests/pending');
  return (
    <section aria-labelledby="closures-title">
      <h1 id="closures-title">{t('closure.queueTitle')}</h1>
      <ErrorMessage error={error} />
      {!data && !error && <Loading />}
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
    </section>
  );
}
