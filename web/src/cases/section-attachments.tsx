import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, multipartForm } from '../api/client.js';
import { useCaseSection } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { describedBy, FieldErrorText, Panel, SelectField, TextField } from './fields.js';
import { ATTACHMENT_CATEGORIES } from './vocab.js';

type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number];

// Scanned documents and evidence in the case file (PDF, JPEG, PNG, DOCX;
// stored encrypted; every download is audited by the server).

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentsSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'attachments', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  return (
    <>
      {can('case:work') && <UploadForm caseId={file.id} onDone={reload} />}
      <Panel title={t('attachments.title')}>
        <QueryStatus query={query} />
        {data && data.items.length === 0 && <p>{t('attachments.none')}</p>}
        {data && data.items.length > 0 && (
          <ul className="record-list">
            {data.items.map((a) => (
              <li key={a.id}>
                <p>
                  <a href={`/api/v1/cases/${file.id}/attachments/${a.id}`} download={a.fileName}>
                    {a.fileName}
                  </a>{' '}
                  · {t(`attachments.category.${a.category}`)} · {size(a.sizeBytes)}
                </p>
                {a.description && <p>{a.description}</p>}
                <p className="small muted">
                  {a.uploadedBy.fullName} · {formatDateTime(a.uploadedAt, i18n.language)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
        <p className="small muted">{t('attachments.auditNote')}</p>
      </Panel>
    </>
  );
}

function UploadForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, errorOf } = useServerForm<{ file: FileList | null; category: AttachmentCategory; description: string }>({
    defaultValues: { file: null, category: 'scanned_form', description: '' },
  });
  const submit = form.handleSubmit(async ({ file, category, description }) => {
    const chosen = file?.[0];
    if (!chosen) return; // the file input is required: the browser says so
    const body = { file: chosen, category, ...(description.trim() ? { description: description.trim() } : {}) };
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/attachments', { params: { path: { id: caseId } }, body, bodySerializer: multipartForm })));
    if (r) {
      form.reset({ ...form.getValues(), file: null, description: '' });
      onDone();
    }
  });
  const fileError = errorOf('file');
  return (
    <Panel title={t('attachments.add')}>
      <form className="form" onSubmit={submit} aria-label={t('attachments.add')}>
        <div className="field">
          <label htmlFor="attachment-file">{t('attachments.file')}</label>
          <p className="hint" id="attachment-file-hint">
            {t('attachments.fileHint')}
          </p>
          <input
            id="attachment-file"
            type="file"
            required
            accept={ACCEPT}
            {...describedBy('attachment-file', t('attachments.fileHint'), fileError)}
            {...form.register('file')}
          />
          <FieldErrorText id="attachment-file" error={fileError} />
        </div>
        <SelectField
          label={t('attachments.categoryLabel')}
          {...bind('category')}
          options={ATTACHMENT_CATEGORIES.map((c) => ({ value: c, label: t(`attachments.category.${c}`) }))}
        />
        <TextField label={t('attachments.description')} {...bind('description')} maxLength={500} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('attachments.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
