import { useState } from 'react';
import { addNoteSchema, recordFeedbackSchema } from '../../../src/cases/notes/notes.schemas.js';
import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { answer, client } from '../api/client.js';
import { useCaseSection } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel, RadioGroup, TextField, YesNoField } from './fields.js';

// Tool 17, case notes on the timeline; tool 18, the child's and family's
// feedback (satisfaction), which feeds the indicators.

export function NotesSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'notes', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  // Checked in the browser by the server's own schema.
  const { form, busy, error, run, bind } = useServerForm({ defaultValues: { body: '' }, resolver: sharedResolver(addNoteSchema, t) });
  const add = form.handleSubmit(async (body) => {
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/notes', { params: { path: { id: file.id } }, body })));
    if (r) {
      form.reset();
      reload();
    }
  });
  return (
    <>
      {can('case:work') && (
        <Panel title={t('notes.add')}>
          <form className="form" onSubmit={add} aria-label={t('notes.add')}>
            <TextField label={t('notes.body')} required multiline rows={4} {...bind('body')} maxLength={8000} />
            <ErrorMessage error={error} />
            <p className="actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('notes.submit')}
              </button>
            </p>
          </form>
        </Panel>
      )}
      <Panel title={t('notes.title')}>
        <QueryStatus query={query} />
        {data && data.items.length === 0 && <p>{t('notes.none')}</p>}
        {data && (
          <ul className="record-list">
            {data.items.map((n) => (
              <li key={n.id}>
                <p className="prewrap">{n.body}</p>
                <p className="small muted">
                  {n.writtenBy.fullName} · {formatDateTime(n.writtenAt, i18n.language)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
      </Panel>
    </>
  );
}

type FeedbackBody = ApiBody<'/api/v1/cases/{id}/feedback', 'post'>;
type FeedbackDraft = { respondent: string; satisfaction: string; wellbeingImproved: boolean | null; comments: string };

export function FeedbackSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'feedback', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  // Checked in the browser by the server's own schema; what is left blank is not sent.
  const { form, busy, error, run, bind, bindValue } = useServerForm<FeedbackDraft, FeedbackBody>({
    defaultValues: { respondent: 'caregiver', satisfaction: '', wellbeingImproved: null, comments: '' },
    resolver: sharedResolver(recordFeedbackSchema, t, (v: FeedbackDraft) => ({
      respondent: v.respondent,
      satisfaction: Number(v.satisfaction),
      ...(v.wellbeingImproved !== null && { wellbeingImproved: v.wellbeingImproved }),
      ...(v.comments.trim() && { comments: v.comments }),
    })),
  });
  const satisfaction = form.watch('satisfaction');
  const add = form.handleSubmit(async (body) => {
    const r = await run(() => answer(client.POST('/api/v1/cases/{id}/feedback', { params: { path: { id: file.id } }, body })));
    if (r) {
      form.reset({ ...form.getValues(), satisfaction: '', comments: '', wellbeingImproved: null });
      reload();
    }
  });
  return (
    <>
      {can('case:work') && (
        <Panel title={t('feedback.add')}>
          <form className="form" onSubmit={add} aria-label={t('feedback.add')}>
            <RadioGroup
              legend={t('feedback.respondent')}
              {...bindValue('respondent')}
              options={['child', 'caregiver'].map((r) => ({ value: r, label: t(`vocab.respondents.${r}`) }))}
            />
            <RadioGroup
              legend={t('feedback.satisfaction')}
              required
              {...bindValue('satisfaction')}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`feedback.level.${n}`) }))}
            />
            <YesNoField legend={t('feedback.wellbeing')} {...bindValue('wellbeingImproved')} allowUnknown />
            <TextField label={t('feedback.comments')} multiline rows={3} {...bind('comments')} maxLength={4000} />
            <ErrorMessage error={error} />
            <p className="actions">
              <button type="submit" className="primary" disabled={busy || !satisfaction}>
                {t('feedback.submit')}
              </button>
            </p>
          </form>
        </Panel>
      )}
      <Panel title={t('feedback.title')}>
        <QueryStatus query={query} />
        {data && data.items.length === 0 && <p>{t('feedback.none')}</p>}
        {data && (
          <ul className="record-list">
            {data.items.map((f) => (
              <li key={f.id}>
                <p>
                  <strong>{t(`vocab.respondents.${f.respondent}`)}</strong> · {t(`feedback.level.${f.satisfaction}`)}
                  {f.wellbeingImproved !== null && ` · ${t('feedback.wellbeing')}: ${f.wellbeingImproved ? t('common.yes') : t('common.no')}`}
                </p>
                {f.comments && <p className="prewrap">{f.comments}</p>}
                <p className="small muted">
                  {f.collectedBy.fullName} · {formatDateTime(f.collectedAt, i18n.language)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
      </Panel>
    </>
  );
}
