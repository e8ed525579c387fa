import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { requestVisitSchema } from '../../../src/cases/monitoring/visits.schemas.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { addDaysTo, formatDate, todayInKigali } from './dates.js';
import { Panel, SelectField, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import { useCaseSection, useWrite } from '../api/queries.js';
import { VisitForm } from './visit-form.js';

// Framework step 8: monitoring visits, and the visits a caseworker asks of the
// village's IZU (who sees only what the visit needs).

export function VisitsSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [visitsPage, setVisitsPage] = useState(1);
  const visits = useCaseSection(file.id, 'visits', { page: visitsPage, pageSize: 20 });
  const [requestsPage, setRequestsPage] = useState(1);
  const requests = useCaseSection(file.id, 'visit-requests', { page: requestsPage, pageSize: 20 });
  const [saved, setSaved] = useState(false);
  const mayWork = can('case:work') && OPEN_STAGES.includes(file.stage);
  const cancel = useWrite();
  const dt = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <>
      {mayWork && (
        <Panel title={t('visits.record')}>
          {saved && <Notice>{t('visits.saved')}</Notice>}
          <VisitForm
            label={t('visits.record')}
            submitLabel={t('visits.submit')}
            onSubmit={async (body) => {
              const r = await answer(client.POST('/api/v1/cases/{id}/visits', { params: { path: { id: file.id } }, body }));
              setSaved(true);
              setVisitsPage(1);
              return r;
            }}
          />
        </Panel>
      )}
      <Panel title={t('visits.title')}>
        <QueryStatus query={visits} />
        {visits.data && visits.data.items.length === 0 && <p>{t('visits.none')}</p>}
        {visits.data && visits.data.items.length > 0 && (
          <ul className="record-list">
            {visits.data.items.map((v) => (
              <li key={v.id}>
                <p>
                  <strong>{dt(v.visitedAt)}</strong> · {v.visitedBy.fullName}
                  {v.companions && ` (${v.companions})`}{' '}
                  {v.childSafe ? <span className="badge badge-ok">{t('visits.safe')}</span> : <span className="badge badge-bad">{t('visits.notSafe')}</span>}
                  {v.visitTaskId && <span className="badge badge-off">{t('visits.byIzu')}</span>}
                </p>
                <p className="prewrap">{v.observations}</p>
                {v.concerns && <p className="prewrap">{t('visits.concernsAre', { concerns: v.concerns })}</p>}
              </li>
            ))}
          </ul>
        )}
        {visits.data && <PagerIfMore page={visitsPage} pageSize={20} total={visits.data.total} onPage={setVisitsPage} />}
      </Panel>
      <Panel title={t('visits.requestsTitle')}>
        <QueryStatus query={requests} />
        <ErrorMessage error={cancel.error} />
        {requests.data && requests.data.items.length === 0 && <p>{t('visits.noRequests')}</p>}
        {requests.data && requests.data.items.length > 0 && (
          <ul className="record-list">
            {requests.data.items.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.izu.fullName}</strong> · {t('visits.dueBy', { date: formatDate(r.dueDate, i18n.language) })} ·{' '}
                  {t(`visits.requestStatus.${r.status}`)}
                </p>
                <p>{r.purpose}</p>
                {r.status === 'open' && mayWork && (
                  <button
                    type="button"
                    className="danger"
                    disabled={cancel.busy}
                    onClick={() =>
                      void cancel.run(() =>
                        answer(client.POST('/api/v1/cases/{id}/visit-requests/{requestId}/cancel', { params: { path: { id: file.id, requestId: r.id } } })),
                      )
                    }
                  >
                    {t('visits.cancelRequest')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {requests.data && <PagerIfMore page={requestsPage} pageSize={20} total={requests.data.total} onPage={setRequestsPage} />}
        {mayWork && <AskIzuForm caseId={file.id} onDone={() => setRequestsPage(1)} />}
      </Panel>
    </>
  );
}

function AskIzuForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  const izus = useCaseSection(caseId, 'eligible-izus');
  // Checked in the browser by the server's own schema.
  const { form, busy, error, run, bind } = useServerForm({
    defaultValues: { izuUserId: '', dueDate: addDaysTo(todayInKigali(), 7), purpose: '' },
    resolver: sharedResolver(requestVisitSchema, t),
  });
  const submit = form.handleSubmit(async (body) => {
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/visit-requests', { params: { path: { id: caseId } }, body })));
    if (done) {
      form.reset({ ...form.getValues(), purpose: '' });
      onDone();
    }
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('visits.askIzu')}>
      <h3>{t('visits.askIzu')}</h3>
      <ErrorMessage error={izus.error} />
      {izus.data && izus.data.items.length === 0 ? (
        <p>{t('visits.noIzu')}</p>
      ) : (
        <>
          <SelectField
            label={t('visits.izu')}
            required
            {...bind('izuUserId')}
            options={(izus.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} · ${u.jurisdictionName}` }))}
            empty={t('cases.common.choose')}
          />
          <TextField label={t('visits.dueDate')} type="date" required min={todayInKigali()} {...bind('dueDate')} />
          <TextField label={t('visits.purpose')} hint={t('visits.purposeHint')} required multiline rows={2} {...bind('purpose')} maxLength={500} />
          <ErrorMessage error={error} />
          <p className="actions">
            <button type="submit" disabled={busy}>
              {t('visits.askSubmit')}
            </button>
          </p>
        </>
      )}
    </form>
  );
}
