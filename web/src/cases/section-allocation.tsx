import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { roleName } from '../labels.js';
import type { Page, User } from '../types.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Loading, Panel } from './fields.js';
import { OPEN_STAGES } from './types.js';
import { useLoad, useSubmit } from './use-load.js';

// Framework step 4: the lead caseworker, the CPWO or a CSO caseworker the
// CPWO delegates to, who completed the national case management training;
// their supervisor follows the case.

export function AllocationSection({ file, reload }: SectionProps) {
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
      {can('case:allocate') && OPEN_STAGES.includes(file.stage) && <AllocationForm caseId={file.id} placeId={file.place.id} current={file.leadCaseworker?.id ?? null} onDone={reload} />}
    </>
  );
}

function AllocationForm({ caseId, placeId, current, onDone }: { caseId: string; placeId: string; current: string | null; onDone(): void }) {
  const { t } = useTranslation();
  const district = placeId.slice(0, 2);
  const cpwos = useLoad<Page<User>>(`/users${query({ role: 'cpwo', active: true, placeId: district, pageSize: 200 })}`);
  const cso = useLoad<Page<User>>(`/users${query({ role: 'cso_caseworker', active: true, placeId: district, pageSize: 200 })}`);
  const [chosen, setChosen] = useState('');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const people = [...(cpwos.data?.items ?? []), ...(cso.data?.items ?? [])];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await run(() => api.post(`/cases/${caseId}/allocation`, { leadCaseworkerId: chosen }));
    if (done) {
      setSaved(true);
      onDone();
    }
  }

  return (
    <Panel title={t('allocation.formTitle')}>
      <ErrorMessage error={cpwos.error ?? cso.error} />
      {!cpwos.data || !cso.data ? (
        <Loading />
      ) : (
        <form className="form" onSubmit={submit} aria-label={t('allocation.formTitle')}>
          <fieldset className="choice-group">
            <legend>{t('allocation.choose')}</legend>
            <p className="hint">{t('allocation.chooseHint')}</p>
            {people.length === 0 && <p>{t('common.noneFound')}</p>}
            {people.map((u) => (
              <label key={u.id} className="check">
                <input type="radio" name="lead" value={u.id} checked={chosen === u.id} disabled={!u.trainingCompletedOn} onChange={() => setChosen(u.id)} />
                <span>
                  {u.fullName} · {roleName(t, u.role)}
                  {u.organisation && ` · ${u.organisation.name}`}
                  {u.id === current && <span className="badge badge-ok">{t('allocation.current')}</span>}
                  {!u.trainingCompletedOn && <span className="badge badge-warn">{t('allocation.untrained')}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <ErrorMessage error={error} />
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
