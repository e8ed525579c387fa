import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReferralInbox } from '../api/queries.js';
import type { InboxItem } from '../api/types.js';
import { formatDate } from '../cases/dates.js';
import { Pager } from '../components/pager.js';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { ReferralStatusBadge } from './referral-bits.js';

// A provider's focal persons: the referrals sent to their organisations,
// soonest due first (overdue ones marked). The list shows the referral, not
// the child: open one to see what it shares.

const PAGE_SIZE = 20;

export function ReferralInboxScreen() {
  const { t } = useTranslation();
  useTitle(t('referrals.inboxTitle'));
  const [page, setPage] = useState(1);
  const query = useReferralInbox({ page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('referrals.inboxTitle')}</h1>
      <QueryStatus query={query} />
      {query.data && <InboxList items={query.data.items} />}
      {query.data && query.data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={query.data.total} onPage={setPage} />}
    </section>
  );
}

export function InboxList({ items }: { items: InboxItem[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('referrals.inboxEmpty')}</p>;
  return (
    <ul className="record-list" aria-label={t('referrals.inboxTitle')}>
      {items.map((r) => (
        <li key={r.id}>
          <Link to={`/referrals/${r.id}`}>{r.reference}</Link> · {r.serviceName} · <ReferralStatusBadge status={r.status} overdue={r.overdue} />
          <br />
          <span className="small">
            {t(`referrals.urgency.${r.urgency}`)} · {t('referrals.dueBy', { date: formatDate(r.dueDate, i18n.language) })} · {r.organisation.name}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The inbox first on a provider's Home. */
export function HomeInbox() {
  const { t } = useTranslation();
  const query = useReferralInbox({ pageSize: 5 });
  return (
    <article className="panel" aria-labelledby="home-inbox">
      <h3 id="home-inbox">
        {t('referrals.inboxTitle')} {query.data && <span className="badge">{query.data.total}</span>}
      </h3>
      <QueryStatus query={query} />
      {query.data && <InboxList items={query.data.items} />}
      <p>
        <Link to="/referrals">{t('home.seeAll')}</Link>
      </p>
    </article>
  );
}
