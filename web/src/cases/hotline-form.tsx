import { useRef, useState, type FormEvent } from 'react';
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
import { useWrite } from '../api/queries.js';
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
  const [v, setV] = useState(empty);
  const [last, setLast] = useState<ReportCreated | null>(null);
  const { busy, error, run } = useWrite();
  const first = useRef<HTMLDivElement>(null);
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => setV((o) => ({ ...o, [k]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
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
      setV(empty);
      first.current?.querySelector('input')?.focus();
    }
  }

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
          <TextField label={t('hotline.callerName')} value={v.callerName} onChange={(x) => set('callerName', x)} maxLength={200} />
        </div>
        <TextField label={t('hotline.callerRelationship')} value={v.callerRelationship} onChange={(x) => set('callerRelationship', x)} maxLength={100} />
        <TextField
          label={t('hotline.callerPhone')}
          hint={t('reports.reporterPhoneHint')}
          type="tel"
          inputMode="tel"
          value={v.callerPhone}
          onChange={(x) => set('callerPhone', x)}
          maxLength={30}
        />
        <TextField label={t('reports.childName')} value={v.childName} onChange={(x) => set('childName', x)} maxLength={200} />
        <TextField
          label={t('reports.childDescription')}
          hint={t('reports.childHint')}
          value={v.childDescription}
          onChange={(x) => set('childDescription', x)}
          maxLength={1000}
        />
        <RadioGroup legend={t('reports.childSex')} value={v.childSex} onChange={(x) => set('childSex', x)} options={options(t, 'sexes')} />
        <TextField label={t('reports.childAge')} type="number" inputMode="numeric" min={0} max={17} value={v.childAge} onChange={(x) => set('childAge', x)} />
        <PlacePicker label={t('reports.childPlace')} hint={t('reports.childPlaceHint')} levels={[2, 3, 4, 5]} value={v.place} onChange={(c) => set('place', c)} required />
        <TextField label={t('reports.whatHappened')} required multiline rows={4} value={v.whatHappened} onChange={(x) => set('whatHappened', x)} maxLength={5000} />
        <TextField label={t('reports.incidentDate')} type="date" max={todayInKigali()} value={v.incidentDate} onChange={(x) => set('incidentDate', x)} />
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
