import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { CaseloadWarning, isCaseloadWarning } from '../workforce/caseload-warning.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { roleName } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { describedBy, FieldErrorText, Panel } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import { useCaseSection } from '../api/queries.js';
import { useServerForm } from '../components/server-form.js';

// Framework step 4: the lead caseworker, the CPWO or a CSO caseworker the
// CPWO delegates to, who completed the national case management training;
// their supervisor follows the case.

export function AllocationSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <Panel title={t('allocation.currentTitle')}>
        <p>
          {file.leadCaseworker ? (
            <>
              {t('cases.lead')}: <strong data-testid="lead-caseworker">{file.leadCaseworker.fullName}</strong> ({roleName(t, file.leadCaseworker.role)})
            </>
          ) : (
            t('cases.noLead')
          )}
        </p>
        <p>
          {t('cases.supervisor')}: {file.supervisor?.fullName ?? '—'}
        </p>
      </Panel>
      {can('case:allocate') && OPEN_STAGES.includes(file.stage) && (
        <AllocationForm caseId={file.id} current={file.leadCaseworker?.id ?? null} onDone={() => undefined} />
      )}
    </>
  );
}

function AllocationForm({ caseId, current, onDone }: { caseId: string; current: string | null; onDone(): void }) {
  const { t } = useTranslation();
  // Only trained, active caseworkers whose jurisdiction holds the case, lightest caseload first.
  const candidates = useCaseSection(caseId, 'allocation-candidates');
  const [saved, setSaved] = useState(false);
  const { form, busy, error, run, errorOf } = useServerForm({ defaultValues: { leadCaseworkerId: '' } });
  const chosen = form.watch('leadCaseworkerId');
  const leadError = errorOf('leadCaseworkerId');
  const id = useId();

  // Caseloads (issue 16): an allocation over the threshold is refused with the figures; the CPWO confirms to go on.
  const allocate = async (body: { leadCaseworkerId: string }, confirmOverThreshold: boolean) => {
    const done = await run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/allocation', {
          params: { path: { id: caseId } },
          body: { ...body, ...(confirmOverThreshold && { confirmOverThreshold }) },
        }),
      ),
    );
    if (done) {
      setSaved(true);
      onDone();
    }
  };
  const submit = form.handleSubmit((body) => allocate(body, false));
  const warning = isCaseloadWarning(error) ? error : null;
  const shownError = warning ? null : error;

  return (
    <Panel title={t('allocation.formTitle')}>
      {!candidates.data ? (
        <QueryStatus query={candidates} />
      ) : (
        <form className="form" onSubmit={submit} aria-label={t('allocation.formTitle')}>
          <fieldset className="choice-group">
            <legend>{t('allocation.choose')}</legend>
            <p className="hint">{t('allocation.chooseHint')}</p>
            {candidates.data.items.length === 0 && <p>{t('allocation.noCandidates')}</p>}
            {candidates.data.items.map((u) => (
              <label key={u.id} className="check">
                <input type="radio" value={u.id} {...describedBy(id, undefined, leadError)} {...form.register('leadCaseworkerId')} />
                <span>
                  {u.fullName} · {roleName(t, u.role)}
                  {u.organisation && ` · ${u.organisation.name}`}
                  <span className="small muted">
                    {' '}
                    · {t('allocation.caseload', { n: u.openCases })}
                    {u.supervisor && ` · ${t('allocation.supervisedBy', { name: u.supervisor.fullName })}`}
                    {' · '}
                    {t('workforce.caseload.weightedOf', { weighted: u.caseload.weighted, threshold: u.caseload.threshold })}
                  </span>
                  {u.caseload.overThreshold ? (
                    <span className="badge badge-warn">{t('workforce.caseload.over')}</span>
                  ) : (
                    u.caseload.overAfterAllocation && <span className="badge badge-warn">{t('workforce.caseload.overAfter')}</span>
                  )}
                  {u.id === current && <span className="badge badge-ok">{t('allocation.current')}</span>}
                </span>
              </label>
            ))}
            <FieldErrorText id={id} error={leadError} />
          </fieldset>
          <ErrorMessage error={shownError} />
          {warning && <CaseloadWarning error={warning} busy={busy} onConfirm={() => allocate({ leadCaseworkerId: chosen }, true)} />}
          {saved && <Notice>{t('allocation.saved')}</Notice>}
          <p className="actions">
            <button type="submit" className="primary" disabled={busy || !chosen}>
              {t('allocation.submit')}
            </button>
          </p>
        </form>
      )}
    </Panel>
  );
}
