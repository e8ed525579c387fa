import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import type { ApiBody } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { CheckField, SelectField, TextField } from '../cases/fields.js';
import { CARE_FORMS, type CareForm } from './care-api.js';

// Gatekeeping (003): the caseworker records necessity (can the child stay
// safely in the family with support?) and suitability (which form of care
// meets the child's needs), with the child's views and the family's part;
// the supervisor approves it or returns it with a reason.

type GatekeepingBody = ApiBody<'/api/v1/cases/{id}/care/gatekeeping', 'post'>;
type GatekeepingDraft = {
  familyCarePossible: boolean;
  necessityReasons: string;
  careForm: CareForm | '';
  suitabilityReasons: string;
  childViews: string;
  familyParticipation: string;
};

export function GatekeepingForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<GatekeepingDraft>({
    defaultValues: { familyCarePossible: false, necessityReasons: '', careForm: '', suitabilityReasons: '', childViews: '', familyParticipation: '' },
  });
  const familyCare = form.watch('familyCarePossible');
  const submit = form.handleSubmit(async ({ careForm, ...v }) => {
    const body: GatekeepingBody = { ...v, ...(!v.familyCarePossible && careForm && { careForm }) };
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/care/gatekeeping', { params: { path: { id: caseId } }, body })));
    if (done) form.reset();
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('care.gatekeeping.record')}>
      <h3>{t('care.gatekeeping.record')}</h3>
      <CheckField label={t('care.gatekeeping.familyCarePossible')} field={form.register('familyCarePossible')} error={bind('familyCarePossible').error} />
      <TextField label={t('care.gatekeeping.necessityReasons')} required multiline rows={3} {...bind('necessityReasons')} maxLength={4000} />
      {!familyCare && (
        <SelectField
          label={t('care.gatekeeping.careForm')}
          hint={t('care.gatekeeping.careFormHint')}
          required
          {...bind('careForm')}
          options={CARE_FORMS.map((f) => ({ value: f, label: t(`care.forms.${f}`) }))}
          empty={t('cases.common.choose')}
        />
      )}
      <TextField label={t('care.gatekeeping.suitabilityReasons')} required multiline rows={3} {...bind('suitabilityReasons')} maxLength={4000} />
      <TextField label={t('care.gatekeeping.childViews')} required multiline rows={2} {...bind('childViews')} maxLength={4000} />
      <TextField label={t('care.gatekeeping.familyParticipation')} required multiline rows={2} {...bind('familyParticipation')} maxLength={4000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('care.gatekeeping.submit')}
        </button>
      </p>
    </form>
  );
}

/** The supervisor's answer: approve, or return with a reason (the server asks for the reason beside the note). */
export function GatekeepingAnswerForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ note: string }>({ defaultValues: { note: '' } });
  const send = (approve: boolean) =>
    form.handleSubmit(async (v) => {
      const done = await run(() =>
        answer(
          client.POST('/api/v1/cases/{id}/care/gatekeeping/answer', {
            params: { path: { id: caseId } },
            body: { approve, ...(v.note.trim() && { note: v.note }) },
          }),
        ),
      );
      if (done) form.reset();
    });
  return (
    <form className="form" onSubmit={(e) => void send(false)(e)} aria-label={t('care.gatekeeping.answer')}>
      <h3>{t('care.gatekeeping.answer')}</h3>
      <TextField label={t('care.gatekeeping.answerNote')} hint={t('care.gatekeeping.answerNoteHint')} multiline rows={2} {...bind('note')} maxLength={2000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={(e) => void send(true)(e)}>
          {t('care.gatekeeping.approve')}
        </button>
        <button type="submit" disabled={busy}>
          {t('care.gatekeeping.return')}
        </button>
      </p>
    </form>
  );
}
