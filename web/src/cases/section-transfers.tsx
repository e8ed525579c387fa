import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useCaseSection } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { PagerIfMore } from '../components/pager.js';
import { OrganisationPicker, PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel, RadioGroup, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import type { ApiBody, Transfer } from '../api/types.js';
import { useWrite } from '../api/queries.js';

// Tool 16, transfer: the case moves to another district (its CPWO accepts or
// declines) or to another agency (its staff accept or decline). History is kept.

export function transferTarget(tr: Transfer): string {
  return tr.to.organisationName ?? tr.to.districtName ?? tr.to.districtId ?? '—';
}

export function TransfersSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'transfers', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  const cancel = useWrite();
  // A pending transfer is the newest (one at a time), so it is on the first page.
  const pending = page > 1 || (data?.items.some((x) => x.status === 'pending') ?? false);
  const done = () => {
    reload();
  };
  return (
    <>
      <Panel title={t('transfers.history')}>
        <QueryStatus query={query} />
        <ErrorMessage error={cancel.error} />
        {data && data.items.length === 0 && <p>{t('transfers.none')}</p>}
        {data && data.items.length > 0 && (
          <ul className="record-list">
            {data.items.map((tr) => (
              <li key={tr.id}>
                <p>
                  <strong>{t('transfers.fromTo', { from: tr.from.districtName, to: transferTarget(tr) })}</strong> · {t(`transfers.status.${tr.status}`)}
                </p>
                <p className="prewrap">{tr.reason}</p>
                <p className="small muted">
                  {tr.requestedBy.fullName} · {formatDateTime(tr.requestedAt, i18n.language)}
                  {tr.decidedBy &&
                    tr.decidedAt &&
                    ` · ${t('transfers.decidedBy', { name: tr.decidedBy.fullName, at: formatDateTime(tr.decidedAt, i18n.language) })}`}
                  {tr.decisionReason && ` · ${tr.decisionReason}`}
                </p>
                {tr.status === 'pending' && can('case:transfer') && (
                  <button
                    type="button"
                    className="danger"
                    disabled={cancel.busy}
                    onClick={() =>
                      void cancel
                        .run(() =>
                          answer(
                            client.POST('/api/v1/cases/{id}/transfers/{transferId}/cancel', { params: { path: { id: file.id, transferId: tr.id } }, body: {} }),
                          ),
                        )
                        .then(done)
                    }
                  >
                    {t('transfers.cancel')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
      </Panel>
      {can('case:transfer') && OPEN_STAGES.includes(file.stage) && !pending && <TransferForm caseId={file.id} onDone={done} />}
    </>
  );
}

type TransferDraft = {
  to: 'district' | 'organisation';
  toDistrictId: Choice | null;
  toPlaceId: Choice | null;
  toOrganisationId: Choice | null;
  reason: string;
};

function TransferForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  // The pickers are named as the body's fields they give an id to.
  const { form, busy, error, run, bind, bindValue } = useServerForm<TransferDraft>({
    defaultValues: { to: 'district', toDistrictId: null, toPlaceId: null, toOrganisationId: null, reason: '' },
  });
  const { to, toDistrictId: district } = form.watch();
  const submit = form.handleSubmit(async (v) => {
    const body: ApiBody<'/api/v1/cases/{id}/transfers', 'post'> = { reason: v.reason.trim() };
    if (v.to === 'district') {
      body.toDistrictId = v.toDistrictId?.id ?? '';
      if (v.toPlaceId) body.toPlaceId = v.toPlaceId.id;
    } else body.toOrganisationId = v.toOrganisationId?.id ?? '';
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/transfers', { params: { path: { id: caseId } }, body })));
    if (r) onDone();
  });
  return (
    <Panel title={t('transfers.formTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('transfers.formTitle')}>
        <RadioGroup
          legend={t('transfers.to')}
          {...bindValue('to')}
          onChange={(v) => bindValue('to').onChange(v as TransferDraft['to'])}
          options={[
            { value: 'district', label: t('transfers.toDistrict') },
            { value: 'organisation', label: t('transfers.toOrganisation') },
          ]}
        />
        {to === 'district' ? (
          <>
            <PlacePicker
              label={t('transfers.district')}
              levels={[2]}
              {...bindValue('toDistrictId')}
              onChange={(c) => (bindValue('toDistrictId').onChange(c), form.setValue('toPlaceId', null))}
              required
            />
            {district && (
              <PlacePicker
                label={t('transfers.newPlace')}
                hint={t('transfers.newPlaceHint')}
                levels={[3, 4, 5]}
                {...bindValue('toPlaceId')}
                onChange={(c) => bindValue('toPlaceId').onChange(c && c.id.startsWith(district.id) ? c : null)}
              />
            )}
          </>
        ) : (
          <OrganisationPicker label={t('transfers.organisation')} {...bindValue('toOrganisationId')} required />
        )}
        <TextField label={t('transfers.reason')} required multiline rows={3} {...bind('reason')} maxLength={4000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('transfers.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
