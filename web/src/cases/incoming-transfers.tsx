import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { TierBadge } from './badges.js';
import { TextField } from './fields.js';
import { transferTarget } from './section-transfers.js';
import type { IncomingTransfer } from '../api/types.js';
import { useIncomingTransfers, useWrite } from '../api/queries.js';
import { terms } from './vocab.js';

// Transfers sent to the CPWO's district or to the user's agency: accept (the
// case joins the caseload) or decline with a reason. Before accepting, only
// the case's codes and category are shown, no identities. Oldest first, a
// page at a time.

const PAGE_SIZE = 20;

export function IncomingTransfersScreen() {
  const { t } = useTranslation();
  useTitle(t('transfers.incomingTitle'));
  const [page, setPage] = useState(1);
  const query = useIncomingTransfers({ page, pageSize: PAGE_SIZE });
  const { data } = query;
  // The last transfer of a later page was decided: show the page that is now the last.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : page;
  if (data && data.items.length === 0 && page > 1 && page !== lastPage) setPage(lastPage);
  return (
    <section aria-labelledby="incoming-title">
      <h1 id="incoming-title">{t('transfers.incomingTitle')}</h1>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('transfers.noIncoming')}</p>}
      {data?.items.map((tr) => (
        <IncomingTransferItem key={tr.id} tr={tr} />
      ))}
      {data && data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}

function IncomingTransferItem({ tr }: { tr: IncomingTransfer }) {
  const { t, i18n } = useTranslation();
  const [place, setPlace] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useWrite();
  const accept = async () => {
    await run(() => answer(client.POST('/api/v1/transfers/{id}/accept', { params: { path: { id: tr.id } }, body: place ? { toPlaceId: place.id } : {} })));
  };
  const decline = async () => {
    await run(() => answer(client.POST('/api/v1/transfers/{id}/decline', { params: { path: { id: tr.id } }, body: { reason: reason.trim() } })));
  };
  return (
    <article className="panel" aria-label={tr.caseCode}>
      <h2>
        {tr.caseCode} <TierBadge tier={tr.tier} />
      </h2>
      <p>
        {t('cases.childCode')}: <code>{tr.childCode}</code> · {terms(t, 'caseTypes', tr.caseTypes)}
      </p>
      <p>{t('transfers.fromTo', { from: tr.from.districtName, to: transferTarget(tr) })}</p>
      <p className="prewrap">{tr.reason}</p>
      <p className="small muted">
        {tr.requestedBy.fullName} · {formatDateTime(tr.requestedAt, i18n.language)}
      </p>
      {tr.to.districtId && !tr.to.placeId && (
        <PlacePicker label={t('transfers.newPlace')} hint={t('transfers.newPlaceHint')} levels={[3, 4, 5]} value={place} onChange={setPlace} />
      )}
      <TextField label={t('transfers.declineReason', { code: tr.caseCode })} multiline rows={2} value={reason} onChange={setReason} maxLength={4000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
          {t('transfers.accept')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void decline()}>
          {t('transfers.decline')}
        </button>
      </p>
    </article>
  );
}
