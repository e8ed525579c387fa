import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferralInbox } from '../api/queries.js';
import { Pager } from '../components/pager.js';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { InboxList } from './inbox-list.js';

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
