import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime, levelName } from '../labels.js';
import { Link } from 'react-router';
import { useMe } from '../session.js';
import type { ApiBody, Me } from '../api/types.js';
import { todayInKigali } from './dates.js';
import { RadioGroup, SelectField, TextField } from './fields.js';
import type { ReportCreated } from '../api/types.js';
import { useServerForm } from '../components/server-form.js';
import { options } from './vocab.js';

// Framework step 1, identification: the incident report form (tool 1), for
// anyone who may report. It lands at once in the register of the child's
// district and in that CPWO's queue.

/** The channel a role usually reports through; the reporter can change it. */
function defaultChannel(role: Me['role']): string {
  switch (role) {
    case 'izu':
    case 'izu_cell_coordinator':
    case 'izu_sector_coordinator':
      return 'izu';
    case 'local_leader':
      return 'local_leader';
    case 'hotline_agent':
      return 'hotline_116';
    default:
      return '';
  }
}

/** The reporter's own place when it is a district or below (an IZU's village). */
export function ownPlace(me: Me, t: ReturnType<typeof useTranslation>['t']): Choice | null {
  const j = me.jurisdiction;
  return j.level >= 2 ? { id: j.id, level: j.level, label: `${j.name} · ${levelName(t, j.level)}` } : null;
}

const blank = (me: Me, t: ReturnType<typeof useTranslation>['t']) => ({
  channel: defaultChannel(me.role),
  reportedBy: 'me' as 'me' | 'other',
  reporterName: '',
  reporterRelationship: '',
  reporterPhone: '',
  childName: '',
  childDescription: '',
  childSex: 'unknown',
  childAge: '',
  place: ownPlace(me, t),
  whatHappened: '',
  incidentDate: '',
  incidentPlace: '',
});

type ReportBody = ApiBody<'/api/v1/reports', 'post'>;

/** The form's field for a path of the report's body. */
const reportField = (path: string) =>
  ({
    placeId: 'place',
    'child.name': 'childName',
    'child.description': 'childDescription',
    'child.sex': 'childSex',
    'child.ageYears': 'childAge',
    'reporter.name': 'reporterName',
    'reporter.relationship': 'reporterRelationship',
    'reporter.phone': 'reporterPhone',
  })[path];

export function ReportForm() {
  const { t, i18n } = useTranslation();
  const [done, setDone] = useState<ReportCreated | null>(null);
  useTitle(done ? t('reports.sentTitle') : t('reports.newTitle'));
  const me = useMe();
  const { form, busy, error, run, bind, bindValue } = useServerForm({ defaultValues: blank(me, t), fieldOf: reportField });
  const reportedBy = form.watch('reportedBy');

  const submit = form.handleSubmit(async (v) => {
    // A blank answer is left out (undefined is not sent).
    const reporter = {
      name: v.reporterName.trim() || undefined,
      relationship: v.reporterRelationship.trim() || undefined,
      phone: v.reporterPhone.trim() || undefined,
    };
    const body: ReportBody = {
      channel: v.channel as ReportBody['channel'],
      child: {
        sex: v.childSex as ReportBody['child']['sex'],
        name: v.childName.trim() || undefined,
        description: v.childDescription.trim() || undefined,
        ageYears: v.childAge !== '' ? Number(v.childAge) : undefined,
      },
      placeId: v.place?.id ?? '',
      whatHappened: v.whatHappened.trim(),
      reporter: v.reportedBy === 'other' && Object.values(reporter).some(Boolean) ? reporter : undefined,
      incidentDate: v.incidentDate || undefined,
      incidentPlace: v.incidentPlace.trim() || undefined,
    };
    const created = await run(() => answer(client.POST('/api/v1/reports', { body })));
    if (created) setDone(created);
  });

  if (done) {
    return (
      <section aria-labelledby="report-done-title" className="narrow-wide">
        <h1 id="report-done-title">{t('reports.sentTitle')}</h1>
        <Notice>
          <p>{t('reports.sentText', { reference: done.reference })}</p>
          <p>{t('reports.screeningDue', { due: formatDateTime(done.screeningDueAt, i18n.language) })}</p>
        </Notice>
        <p className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              form.reset(blank(me, t));
              setDone(null);
            }}
          >
            {t('reports.another')}
          </button>
          <Link to="/reports" className="button">
            {t('reports.myReports')}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('reports.newTitle')}</h1>
      <p className="muted">{t('reports.newIntro')}</p>
      <form className="form" onSubmit={submit} aria-labelledby="report-title">
        <SelectField label={t('reports.channel')} required {...bind('channel')} options={options(t, 'channels')} empty={t('cases.common.choose')} />
        <RadioGroup
          legend={t('reports.whoReported')}
          {...bindValue('reportedBy')}
          options={[
            { value: 'me', label: t('reports.reportedByMe') },
            { value: 'other', label: t('reports.reportedByOther') },
          ]}
        />
        {reportedBy === 'other' && (
          <fieldset className="subform">
            <legend>{t('reports.reporter')}</legend>
            <TextField label={t('reports.reporterName')} {...bind('reporterName')} maxLength={200} />
            <TextField
              label={t('reports.reporterRelationship')}
              hint={t('reports.reporterRelationshipHint')}
              {...bind('reporterRelationship')}
              maxLength={100}
            />
            <TextField
              label={t('reports.reporterPhone')}
              hint={t('reports.reporterPhoneHint')}
              type="tel"
              inputMode="tel"
              {...bind('reporterPhone')}
              maxLength={30}
            />
          </fieldset>
        )}
        <fieldset className="subform">
          <legend>{t('reports.child')}</legend>
          <p className="hint">{t('reports.childHint')}</p>
          <TextField label={t('reports.childName')} {...bind('childName')} maxLength={200} />
          <TextField
            label={t('reports.childDescription')}
            hint={t('reports.childDescriptionHint')}
            multiline
            rows={2}
            {...bind('childDescription')}
            maxLength={1000}
          />
          <RadioGroup legend={t('reports.childSex')} {...bindValue('childSex')} options={options(t, 'sexes')} />
          <TextField label={t('reports.childAge')} type="number" inputMode="numeric" min={0} max={17} {...bind('childAge')} />
          <PlacePicker label={t('reports.childPlace')} hint={t('reports.childPlaceHint')} levels={[2, 3, 4, 5]} {...bindValue('place')} required />
        </fieldset>
        <TextField
          label={t('reports.whatHappened')}
          hint={t('reports.whatHappenedHint')}
          required
          multiline
          rows={5}
          {...bind('whatHappened')}
          maxLength={5000}
        />
        <TextField label={t('reports.incidentDate')} type="date" max={todayInKigali()} {...bind('incidentDate')} />
        <TextField label={t('reports.incidentPlace')} {...bind('incidentPlace')} maxLength={500} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('reports.send')}
          </button>
        </p>
      </form>
    </section>
  );
}
