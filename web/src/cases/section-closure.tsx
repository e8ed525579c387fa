import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { closeCaseSchema, reopenCaseSchema } from '../../../src/cases/closure/closure.schemas.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel, RadioGroup, TextField } from './fields.js';
import { ClosureCheckText } from './section-reviews.js';
import { OPEN_STAGES } from './vocab.js';
import { useCaseSection, useWrite } from '../api/queries.js';
import { options, term } from './vocab.js';

// Framework step 9 (tool 15): a case closes on its own merits only when the
// plan's goals and the seven benchmarks are met; any other reason (turned 18,
// moved abroad, died, transferred, lost contact) needs a written reason and
// the supervisor's approval. A closed case can be reopened: it returns to assessment.

export function ClosureSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const query = useCaseSection(file.id, 'closure');
  const { data } = query;
  // After a write the cache reads the closure state and the file again (query-client.ts).
  const done = () => undefined;
  if (!data) return <QueryStatus query={query} />;
  const open = OPEN_STAGES.includes(data.stage);
  const dt = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <Panel title={t('closure.stateTitle')}>
        {data.closedAt ? (
          <p className="alert alert-ok" role="status" data-testid="case-closed">
            {t('closure.closedOn', { at: dt(data.closedAt), reason: data.closureReason ? term(t, 'closureReasons', data.closureReason) : '' })}
          </p>
        ) : (
          <ClosureCheckText check={data.benchmarks} caseId={file.id} />
        )}
        {data.pendingRequest && (
          <div className="alert alert-warn" role="status" data-testid="closure-pending">
            <p>
              {t('closure.pending', {
                reason: term(t, 'closureReasons', data.pendingRequest.reason),
                name: data.pendingRequest.requestedBy.fullName,
                at: dt(data.pendingRequest.requestedAt),
              })}
            </p>
            <p className="prewrap">{data.pendingRequest.note}</p>
          </div>
        )}
      </Panel>
      {data.pendingRequest && can('case:approve_closure') && <DecideForm caseId={file.id} onDone={done} />}
      {data.pendingRequest && can('case:work') && <WithdrawButton caseId={file.id} onDone={done} />}
      {open && !data.pendingRequest && can('case:work') && <CloseForm caseId={file.id} allowed={data.benchmarks.allowed} onDone={done} />}
      {data.stage === 'closed' && can('case:work') && <ReopenForm caseId={file.id} onDone={done} />}
      {(data.requests.length > 0 || data.closures.length > 0) && (
        <Panel title={t('closure.history')}>
          <ul className="record-list">
            {data.closures.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>{t('closure.closedBy', { name: c.closedBy.fullName, at: dt(c.closedAt) })}</strong> · {term(t, 'closureReasons', c.reason)}
                </p>
                {c.note && <p className="prewrap">{c.note}</p>}
                {c.reopenedAt && <p>{t('closure.reopenedBy', { name: c.reopenedBy?.fullName ?? '', at: dt(c.reopenedAt), reason: c.reopenReason ?? '' })}</p>}
              </li>
            ))}
            {data.requests.map((r) => (
              <li key={r.id}>
                <p>
                  {t('closure.requestBy', { name: r.requestedBy.fullName, at: dt(r.requestedAt) })} · {term(t, 'closureReasons', r.reason)} ·{' '}
                  {t(`closure.requestStatus.${r.status}`)}
                </p>
                {r.decidedBy && r.decidedAt && (
                  <p className="small">
                    {t('closure.decidedBy', { name: r.decidedBy.fullName, at: dt(r.decidedAt) })}
                    {r.decisionNote && `: ${r.decisionNote}`}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </>
  );
}

type ClosureBody = ApiBody<'/api/v1/cases/{id}/closure', 'post'>;

function CloseForm({ caseId, allowed, onDone }: { caseId: string; allowed: boolean; onDone(): void }) {
  const { t } = useTranslation();
  // Checked in the browser by the server's own schema; a blank note is not sent.
  const { form, busy, error, run, bind, bindValue } = useServerForm<{ reason: string; note: string }, ClosureBody>({
    defaultValues: { reason: allowed ? 'goals_and_benchmarks_met' : '', note: '' },
    resolver: sharedResolver(closeCaseSchema, t, (v: { reason: string; note: string }) => ({ reason: v.reason, note: v.note.trim() ? v.note : undefined })),
  });
  const reason = form.watch('reason');
  const submit = form.handleSubmit(async (body) => {
    // The closure state above then says what happened (closed, or waiting for the supervisor).
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/closure', { params: { path: { id: caseId } }, body })));
    if (r) onDone();
  });
  return (
    <Panel title={t('closure.formTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('closure.formTitle')}>
        <RadioGroup legend={t('closure.reason')} hint={t('closure.reasonHint')} required {...bindValue('reason')} options={options(t, 'closureReasons')} />
        <TextField
          label={t('closure.note')}
          hint={reason === 'goals_and_benchmarks_met' ? undefined : t('closure.noteHint')}
          required={reason !== '' && reason !== 'goals_and_benchmarks_met'}
          multiline
          rows={3}
          {...bind('note')}
          maxLength={4000}
        />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy || !reason}>
            {reason === 'goals_and_benchmarks_met' || !reason ? t('closure.close') : t('closure.askApproval')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

function DecideForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { note: '' } });
  const decide = (how: 'approve' | 'reject') =>
    form.handleSubmit(async ({ note }) => {
      const path = { path: { id: caseId } };
      // A rejection must say why (the server refuses a blank note); an approval may.
      const r = await run(() =>
        answer(
          how === 'approve'
            ? client.POST('/api/v1/cases/{id}/closure/approve', { params: path, body: { note: note.trim() || undefined } })
            : client.POST('/api/v1/cases/{id}/closure/reject', { params: path, body: { note: note.trim() } }),
        ),
      );
      if (r) onDone();
    });
  return (
    <Panel title={t('closure.decideTitle')}>
      <form className="form" onSubmit={(e) => e.preventDefault()} aria-label={t('closure.decideTitle')}>
        <TextField label={t('closure.decisionNote')} hint={t('closure.decisionNoteHint')} multiline rows={3} {...bind('note')} maxLength={4000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="button" className="primary" disabled={busy} onClick={decide('approve')}>
            {t('closure.approve')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={decide('reject')}>
            {t('closure.reject')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

function WithdrawButton({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useWrite();
  return (
    <>
      <ErrorMessage error={error} />
      <p className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(() => answer(client.POST('/api/v1/cases/{id}/closure/withdraw', { params: { path: { id: caseId } }, body: {} }))).then(
              (r) => r !== undefined && onDone(),
            )
          }
        >
          {t('closure.withdraw')}
        </button>
      </p>
    </>
  );
}

function ReopenForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  // Checked in the browser by the server's own schema.
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { reason: '' }, resolver: sharedResolver(reopenCaseSchema, t) });
  const submit = form.handleSubmit(async (body) => {
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/reopen', { params: { path: { id: caseId } }, body })));
    if (r) onDone();
  });
  return (
    <Panel title={t('closure.reopenTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('closure.reopenTitle')}>
        <TextField label={t('closure.reopenReason')} hint={t('closure.reopenHint')} required multiline rows={3} {...bind('reason')} maxLength={4000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('closure.reopen')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
