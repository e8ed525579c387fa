import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { answer, client } from '../api/client.js';
import type { ApiBody } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { Panel, RadioGroup, SelectField, TextField } from '../cases/fields.js';
import { DATA_RIGHTS, RECTIFIABLE_FIELDS, REQUESTER_RELATIONSHIPS } from '../../../src/data-protection/dp-vocabulary.js';

// Recording a request (Law 058/2021 Arts 18–23): find the child's file by its
// code, say whose data it is about (the child or someone of the household),
// who asked and on whose behalf, the identity check done, and what is asked.

type Subject = {
  childId: string;
  childCode: string;
  childName: string;
  restricted: boolean;
  household: { id: string; fullName: string; relationship: string; isCaregiver: boolean }[];
};
type Body = ApiBody<'/api/v1/data-protection/requests', 'post'>;
type Draft = {
  subject: string;
  right: string;
  requesterName: string;
  requesterRelationship: string;
  identityCheck: string;
  details: string;
  changeField: string;
  changeValue: string;
};

export function NewRequestScreen() {
  const { t } = useTranslation();
  useTitle(t('dp.form.title'));
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [subject, setSubject] = useState<Subject | null>(null);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const { form, busy, error, run, bind, bindValue } = useServerForm<Draft>({
    defaultValues: {
      subject: 'child',
      right: 'access',
      requesterName: '',
      requesterRelationship: 'self',
      identityCheck: '',
      details: '',
      changeField: '',
      changeValue: '',
    },
  });
  const right = form.watch('right');
  const who = form.watch('subject');

  const find = async () => {
    setLookupError(null);
    try {
      setSubject((await answer(client.GET('/api/v1/data-protection/subjects', { params: { query: { childCode: code.trim() } } }))) as Subject);
    } catch (e) {
      setSubject(null);
      setLookupError(e);
    }
  };

  const submit = form.handleSubmit(async (d) => {
    if (!subject) return;
    const body: Body = {
      childId: subject.childId,
      ...(d.subject !== 'child' && { householdMemberId: d.subject }),
      right: d.right as Body['right'],
      requesterName: d.requesterName,
      requesterRelationship: d.requesterRelationship as Body['requesterRelationship'],
      identityCheck: d.identityCheck,
      ...(d.details && { details: d.details }),
      ...(d.right === 'rectification' && { changes: [{ field: d.changeField as never, value: d.changeValue || null }] }),
    };
    const saved = await run(() => answer(client.POST('/api/v1/data-protection/requests', { body })));
    if (saved) void navigate(`/data-protection/requests/${saved.id}`);
  });

  const fields = who === 'child' ? RECTIFIABLE_FIELDS.child : RECTIFIABLE_FIELDS.household_member;
  return (
    <section aria-labelledby="dp-form-title">
      <h1 id="dp-form-title">{t('dp.form.title')}</h1>
      <Panel title={t('dp.form.findTitle')}>
        <form
          className="form"
          aria-label={t('dp.form.findTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            void find();
          }}
        >
          <TextField label={t('dp.form.childCode')} hint={t('dp.form.childCodeHint')} required value={code} onChange={setCode} maxLength={40} />
          <ErrorMessage error={lookupError} />
          <p className="actions">
            <button type="submit">{t('dp.form.find')}</button>
          </p>
        </form>
      </Panel>
      {subject && (
        <Panel title={t('dp.form.requestTitle', { code: subject.childCode })}>
          {subject.restricted && <p className="alert">{t('dp.restrictedBanner')}</p>}
          <form className="form" aria-label={t('dp.form.requestTitle', { code: subject.childCode })} onSubmit={submit}>
            <RadioGroup
              legend={t('dp.form.subject')}
              hint={t('dp.form.subjectHint')}
              options={[
                { value: 'child', label: t('dp.form.theChild', { name: subject.childName }) },
                ...subject.household.map((m) => ({ value: m.id, label: `${m.fullName} (${m.relationship})` })),
              ]}
              {...bindValue('subject')}
            />
            <SelectField label={t('dp.form.right')} required options={DATA_RIGHTS.map((r) => ({ value: r, label: t(`dp.right.${r}`) }))} {...bind('right')} />
            <TextField label={t('dp.form.requesterName')} required maxLength={200} {...bind('requesterName')} />
            <SelectField
              label={t('dp.form.requesterRelationship')}
              required
              options={REQUESTER_RELATIONSHIPS.map((r) => ({ value: r, label: t(`dp.relationship.${r}`) }))}
              {...bind('requesterRelationship')}
            />
            <TextField label={t('dp.form.identityCheck')} hint={t('dp.form.identityCheckHint')} required maxLength={500} {...bind('identityCheck')} />
            {right === 'rectification' && (
              <>
                <SelectField
                  label={t('dp.form.changeField')}
                  required
                  empty=""
                  options={fields.map((f) => ({ value: f, label: t(`dp.field.${f}`) }))}
                  {...bind('changeField')}
                />
                <TextField label={t('dp.form.changeValue')} maxLength={200} {...bind('changeValue')} />
              </>
            )}
            <TextField label={t('dp.form.details')} multiline rows={3} maxLength={2000} {...bind('details')} />
            <ErrorMessage error={error} />
            <p className="actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('dp.form.submit')}
              </button>
            </p>
          </form>
        </Panel>
      )}
    </section>
  );
}
