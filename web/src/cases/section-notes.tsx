import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { answer, client } from '../api/client.js';
import { useCaseSection } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel, RadioGroup, TextField, YesNoField } from './fields.js';
import { useWrite } from '../api/queries.js';

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
  const [body, setBody] = useState('');
  const submit = useWrite();
  async function add(e: FormEvent) {
    e.preventDefault();
    const r = await submit.run(() => answer(client.POST('/api/v1/cases/{id}/notes', { params: { path: { id: file.id } }, body: { body: body.trim() } })));
    if (r) {
      setBody('');
      reload();
    }
  }
  return (
    <>
      {can('case:work') && (
        <Panel title={t('notes.add')}>
          <form className="form" onSubmit={add} aria-label={t('notes.add')}>
            <TextField label={t('notes.body')} required multiline rows={4} value={body} onChange={setBody} maxLength={8000} />
            <ErrorMessage error={submit.error} />
            <p className="actions">
              <button type="submit" className="primary" disabled={submit.busy}>
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

export function FeedbackSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'feedback', { page, pageSize });
  const { data } = query;
  const reload = () => setPage(1);
  const [respondent, setRespondent] = useState('caregiver');
  const [satisfaction, setSatisfaction] = useState('');
  const [wellbeing, setWellbeing] = useState<boolean | null>(null);
  const [comments, setComments] = useState('');
  const submit = useWrite();
  async function add(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/api/v1/cases/{id}/feedback', 'post'> = { respondent: respondent as 'child' | 'caregiver', satisfaction: Number(satisfaction) };
    if (wellbeing !== null) body.wellbeingImproved = wellbeing;
    if (comments.trim()) body.comments = comments.trim();
    const r = await submit.run(() => answer(client.POST('/api/v1/cases/{id}/feedback', { params: { path: { id: file.id } }, body })));
    if (r) {
      setSatisfaction('');
      setComments('');
      setWellbeing(null);
      reload();
    }
  }
  return (
    <>
      {can('case:work') && (
        <Panel title={t('feedback.add')}>
          <form className="form" onSubmit={add} aria-label={t('feedback.add')}>
            <RadioGroup
              legend={t('feedback.respondent')}
              value={respondent}
              onChange={setRespondent}
              options={['child', 'caregiver'].map((r) => ({ value: r, label: t(`vocab.respondents.${r}`) }))}
            />
            <RadioGroup
              legend={t('feedback.satisfaction')}
              required
              value={satisfaction}
              onChange={setSatisfaction}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`feedback.level.${n}`) }))}
            />
            <YesNoField legend={t('feedback.wellbeing')} value={wellbeing} onChange={setWellbeing} allowUnknown />
            <TextField label={t('feedback.comments')} multiline rows={3} value={comments} onChange={setComments} maxLength={4000} />
            <ErrorMessage error={submit.error} />
            <p className="actions">
              <button type="submit" className="primary" disabled={submit.busy || !satisfaction}>
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
