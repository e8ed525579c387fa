import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDpRequests } from '../api/queries.js';
import { Pager } from '../components/pager.js';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';
import { DP_REQUEST_STATUSES } from '../../../src/data-protection/dp-vocabulary.js';

// The requests register (Law 058/2021 Arts 18–23): open requests first, the
// soonest due first; an overdue one says so.

const PAGE_SIZE = 25;

export function RequestsRegister() {
  const { t, i18n } = useTranslation();
  useTitle(t('dp.register.title'));
  const me = useMe();
  const [status, setStatus] = useState<(typeof DP_REQUEST_STATUSES)[number] | ''>('');
  const [page, setPage] = useState(1);
  const query = useDpRequests({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const { data } = query;
  return (
    <section aria-labelledby="dp-register-title">
      <div className="page-head">
        <h1 id="dp-register-title">{t('dp.register.title')}</h1>
        {me.permissions.includes('dp_request:manage') && (
          <p className="actions">
            <Link to="/data-protection/requests/new" className="button primary">
              {t('dp.register.new')}
            </Link>
          </p>
        )}
      </div>
      <p>{t('dp.register.intro')}</p>
      <div className="field">
        <label htmlFor="dp-status">{t('dp.register.status')}</label>
        <select id="dp-status" value={status} onChange={(e) => (setStatus(e.target.value as typeof status), setPage(1))}>
          <option value="">{t('dp.register.all')}</option>
          {DP_REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`dp.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('dp.register.none')}</p>}
      {data && data.items.length > 0 && (
        <ul className="record-list">
          {data.items.map((r) => (
            <li key={r.id}>
              <p>
                <Link to={`/data-protection/requests/${r.id}`}>{r.reference}</Link> · {t(`dp.right.${r.right}`)} · {t(`dp.status.${r.status}`)}
                {r.overdue && <strong> · {t('dp.register.overdue')}</strong>}
              </p>
              <p className="small muted">
                {r.requesterName} · <code>{r.childCode}</code> · {t('dp.register.due', { date: formatDateTime(r.dueAt, i18n.language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
