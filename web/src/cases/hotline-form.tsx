import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { todayInKigali } from './dates.js';
import { RadioGroup, TextField } from './fields.js';
import type { ApiBody, ReportCreated } from '../api/types.js';
import { useServerForm } from '../components/server-form.js';
import { options } from './vocab.js';

// The 116 hotline's fast intake: one short form in the order a call goes,
// sent to the district CPWO at once; the next call starts on a clean form.

const empty = {
  callerName: '',
  callerRelationship: '',
  callerPhone: '',
  childName: '',
  childDescription: '',
  childSex: 'unknown',
  childAge: '',
  place: null as Choice | null,
  whatHappened: '',
  incidentDate: '',
};

type HotlineBody = ApiBody<'/api/v1/reports/hotline', 'post'>;

export function HotlineForm() {
  const { t, i18n } = useTranslation();
  useTitle(t('hotline.title'));
  const [last, setLast] = useState<ReportCreated | null>(null);
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    defaultValues: empty,
    // The body's names for the fields the form names after the screen.
    fieldOf: (path) => ({ placeId: 'place', childAgeYears: 'childAge' })[path],
  });
  const first = useRef<HTMLDivElement>(null);

  const submit = form.handleSubmit(async (v) => {
    // A blank answer is left out (undefined is not sent).
    const body: HotlineBody = {
      childSex: v.childSex as HotlineBody['childSex'],
      placeId: v.place?.id ?? '',
      whatHappened: v.whatHappened.trim(),
      callerName: v.callerName.trim() || undefined,
      callerRelationship: v.callerRelationship.trim() || undefined,
      callerPhone: v.callerPhone.trim() || undefined,
      childName: v.childName.trim() || undefined,
      childDescription: v.childDescription.trim() || undefined,
      childAgeYears: v.childAge !== '' ? Number(v.childAge) : undefined,
      incidentDate: v.incidentDate || undefined,
    };
    const created = await run(() => answer(client.POST('/api/v1/reports/hotline', { body })));
    if (created) {
      setLast(created);
      form.reset(empty);
      first.current?.querySelector('input')?.focus();
    }
  });

  return (
    <section aria-labelledby="hotline-title">
      <div className="page-head">
        <h1 id="hotline-title">{t('hotline.title')}</h1>
        <Link to="/reports">{t('hotline.myCalls')}</Link>
      </div>
      {last && (
        <Notice>
          <p>{t('hotline.sent', { reference: last.reference })}</p>
          <p>{t('reports.screeningDue', { due: formatDateTime(last.screeningDueAt, i18n.language) })}</p>
        </Notice>
      )}
      <form className="form" onSubmit={submit} aria-labelledby="hotline-title">
        <div ref={first}>
          <TextField label={t('hotline.callerName')} {...bind('callerName')} maxLength={200} />
        </div>
        <TextField label={t('hotline.callerRelationship')} {...bind('callerRelationship')} maxLength={100} />
        <TextField label={t('hotline.callerPhone')} hint={t('reports.reporterPhoneHint')} type="tel" inputMode="tel" {...bind('callerPhone')} maxLength={30} />
        <TextField label={t('reports.childName')} {...bind('childName')} maxLength={200} />
        <TextField label={t('reports.childDescription')} hint={t('reports.childHint')} {...bind('childDescription')} maxLength={1000} />
        <RadioGroup legend={t('reports.childSex')} {...bindValue('childSex')} options={options(t, 'sexes')} />
        <TextField label={t('reports.childAge')} type="number" inputMode="numeric" min={0} max={17} {...bind('childAge')} />
        <PlacePicker label={t('reports.childPlace')} hint={t('reports.childPlaceHint')} levels={[2, 3, 4, 5]} {...bindValue('place')} required />
        <TextField label={t('reports.whatHappened')} required multiline rows={4} {...bind('whatHappened')} maxLength={5000} />
        <TextField label={t('reports.incidentDate')} type="date" max={todayInKigali()} {...bind('incidentDate')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('hotline.send')}
          </button>
        </p>
      </form>
    </section>
  );
}
