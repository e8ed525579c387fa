import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReferralInbox } from '../api/queries.js';
import type { InboxItem } from '../api/types.js';
import { formatDate } from '../cases/dates.js';
import { QueryStatus } from '../components/query-view.js';
import { ReferralStatusBadge } from './referral-bits.js';

// A focal person's referrals as a list (the inbox screen, and first on Home).

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
