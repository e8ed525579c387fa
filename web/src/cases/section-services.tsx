import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { answer, client } from '../api/client.js';
import { useCaseSection } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { recordServiceSchema } from '../../../src/cases/services/services.schemas.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { formatDate, todayInKigali } from './dates.js';
import { Panel, SelectField, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import { options, term } from './vocab.js';

// Framework step 7: direct services given to the child and family. Referrals
// to other providers (with consent gates and provider feedback) are a
// capability of their own; they will appear beside these.

export function ServicesSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'services', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  const mayWork = can('case:work') && OPEN_STAGES.includes(file.stage);
  return (
    <>
      {mayWork && <ServiceForm caseId={file.id} onDone={reload} />}
      <Panel title={t('services.title')}>
        <QueryStatus query={query} />
        {data && data.items.length === 0 && <p>{t('services.none')}</p>}
        {data && data.items.length > 0 && (
          <ul className="record-list">
            {data.items.map((s) => (
              <li key={s.id}>
                <p>
                  <strong>{s.description}</strong>
                  {s.domain && ` · ${term(t, 'domains', s.domain)}`}
                </p>
                <p className="small muted">
                  {t('services.givenBy', { name: s.providedBy.name, date: formatDate(s.providedOn, i18n.language) })} ·{' '}
                  {t('cases.common.recordedBy', { name: s.recordedBy.fullName, at: formatDateTime(s.recordedAt, i18n.language) })}
                </p>
              </li>
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
        <p className="muted small">{t('services.referralsLater')}</p>
      </Panel>
    </>
  );
}

type ServiceBody = ApiBody<'/api/v1/cases/{id}/services', 'post'>;
type ServiceDraft = { description: string; domain: string; providedByName: string; providedOn: string };

function ServiceForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  // Checked in the browser by the server's own schema; a blank domain is left out.
  const { form, busy, error, run, bind } = useServerForm<ServiceDraft, ServiceBody>({
    defaultValues: { description: '', domain: '', providedByName: '', providedOn: todayInKigali() },
    resolver: sharedResolver(recordServiceSchema, t, (v: ServiceDraft) => ({ ...v, domain: v.domain || undefined })),
  });
  const submit = form.handleSubmit(async (body) => {
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/services', { params: { path: { id: caseId } }, body })));
    if (done) {
      form.reset({ ...form.getValues(), description: '', providedByName: '' });
      onDone();
    }
  });
  return (
    <Panel title={t('services.add')}>
      <form className="form" onSubmit={submit} aria-label={t('services.add')}>
        <TextField label={t('services.description')} required multiline rows={2} {...bind('description')} maxLength={2000} />
        <SelectField label={t('services.domain')} {...bind('domain')} options={options(t, 'domains')} empty={t('cases.common.none')} />
        <TextField label={t('services.providedBy')} hint={t('services.providedByHint')} required {...bind('providedByName')} maxLength={200} />
        <TextField label={t('services.providedOn')} type="date" required max={todayInKigali()} {...bind('providedOn')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('services.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
