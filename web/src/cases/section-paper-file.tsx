import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { UserPicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { CheckField, Panel, TextField } from './fields.js';
import type { ApiBody, Movement } from '../api/types.js';
import { useCaseSection, useWrite } from '../api/queries.js';

// The paper case file register (framework 5.1): who signed the child's file
// out, when, whether it was a permanent transfer, when it came back, and who
// holds it now. The paper file is labelled by the child's ID.

export function MovementText({ m }: { m: Movement }) {
  const { t, i18n } = useTranslation();
  const dt = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <p>
        <strong>{m.holder.name}</strong> · {t('paperFile.outSince', { at: dt(m.checkedOutAt) })}
        {m.permanent && <span className="badge badge-warn">{t('paperFile.permanent')}</span>}
      </p>
      {m.purpose && <p className="small">{m.purpose}</p>}
      <p className="small muted">
        {t('paperFile.outBy', { name: m.checkedOutBy.fullName })}
        {m.checkedInAt && ` · ${t('paperFile.backAt', { at: dt(m.checkedInAt), name: m.checkedInBy?.fullName ?? '' })}`}
      </p>
    </>
  );
}

export function PaperFileSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useCaseSection(file.id, 'paper-file');
  const { data } = query;
  const back = useWrite();
  if (!data) return <QueryStatus query={query} />;
  return (
    <>
      <Panel title={t('paperFile.title', { code: data.childCode })}>
        {data.current ? (
          <div className="alert alert-warn" data-testid="paper-file-holder">
            <MovementText m={data.current} />
          </div>
        ) : (
          <p className="alert alert-ok" data-testid="paper-file-holder">
            {t('paperFile.inCabinet')}
          </p>
        )}
        <ErrorMessage error={back.error} />
        {data.current && !data.current.permanent && can('case:work') && (
          <button
            type="button"
            className="primary"
            disabled={back.busy}
            onClick={() => void back.run(() => answer(client.POST('/api/v1/cases/{id}/paper-file/check-in', { params: { path: { id: file.id } }, body: {} })))}
          >
            {t('paperFile.checkIn')}
          </button>
        )}
      </Panel>
      {!data.current && can('case:work') && <CheckOutForm caseId={file.id} onDone={() => undefined} />}
      <Panel title={t('paperFile.register')}>
        {data.movements.length === 0 ? (
          <p>{t('paperFile.neverOut')}</p>
        ) : (
          <ul className="record-list">
            {data.movements.map((m) => (
              <li key={m.id}>
                <MovementText m={m} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}

function CheckOutForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    fieldOf: (path) => (path === 'holderUserId' ? 'holder' : undefined),
    defaultValues: { holder: { id: me.id, label: me.fullName } as Choice | null, holderName: '', permanent: false, purpose: '' },
  });
  const holder = form.watch('holder');
  const canPick = me.permissions.includes('users:read');
  const submit = form.handleSubmit(async ({ holder, holderName, permanent, purpose }) => {
    const body: ApiBody<'/api/v1/cases/{id}/paper-file/check-out', 'post'> = {
      permanent,
      ...(holder ? { holderUserId: holder.id } : { holderName: holderName.trim() }),
    };
    if (purpose.trim()) body.purpose = purpose.trim();
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/paper-file/check-out', { params: { path: { id: caseId } }, body })));
    if (r) onDone();
  });
  return (
    <Panel title={t('paperFile.checkOut')}>
      <form className="form" onSubmit={submit} aria-label={t('paperFile.checkOut')}>
        {canPick || holder ? <UserPicker label={t('paperFile.holderUser')} {...bindValue('holder')} hint={t('paperFile.holderUserHint')} /> : null}
        {!holder && <TextField label={t('paperFile.holderName')} required {...bind('holderName')} maxLength={200} />}
        <CheckField label={t('paperFile.permanentLabel')} {...bind('permanent')} />
        <TextField label={t('paperFile.purpose')} {...bind('purpose')} maxLength={500} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('paperFile.checkOutSubmit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
