import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supervisionScheduleSchema } from '../../../src/workforce/workforce-policy.schemas.js';
import { answer, client } from '../api/client.js';
import { useSupervisionSchedule, useWorkforcePlanning } from '../api/queries.js';
import { SelectField, TextField } from '../cases/fields.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { useMe } from '../session.js';

// The district's supervision schedule (framework §7.3: regular supportive
// supervision, more often in a caseworker's first year in post). A district
// CPWO sets their own district's (Akarere); an administrator names the
// district. New session deadlines follow it; open ones keep their dates.

type Schedule = { intervalDays: number; firstYearIntervalDays: number };
type Draft = { intervalDays: string; firstYearIntervalDays: string };
const toDraft = (s: Schedule): Draft => ({ intervalDays: String(s.intervalDays), firstYearIntervalDays: String(s.firstYearIntervalDays) });
const toSchedule = (d: Draft): Schedule => ({ intervalDays: Number(d.intervalDays), firstYearIntervalDays: Number(d.firstYearIntervalDays) });

export function SupervisionScheduleScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.schedule.title'));
  const me = useMe();
  // An administrator (national) chooses the district; a district CPWO has theirs.
  const national = me.permissions.includes('settings:manage');
  const [districtId, setDistrictId] = useState('');
  return (
    <section aria-labelledby="schedule-title">
      <h1 id="schedule-title">{t('workforce.schedule.title')}</h1>
      <p className="muted">{t('workforce.schedule.intro')}</p>
      {national && <DistrictChoice value={districtId} onChange={setDistrictId} />}
      {(!national || districtId) && <ScheduleOf key={districtId} districtId={national ? districtId : undefined} />}
    </section>
  );
}

function DistrictChoice({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  const planning = useWorkforcePlanning();
  if (!planning.data) return <QueryStatus query={planning} />;
  return (
    <SelectField
      label={t('workforce.schedule.district')}
      value={value}
      onChange={onChange}
      empty={t('workforce.schedule.chooseDistrict')}
      options={planning.data.districts.map((d) => ({ value: d.districtId, label: d.name }))}
    />
  );
}

function ScheduleOf({ districtId }: { districtId: string | undefined }) {
  const query = useSupervisionSchedule(districtId);
  return query.data ? <ScheduleForm schedule={query.data} districtId={districtId} /> : <QueryStatus query={query} />;
}

function ScheduleForm({ schedule, districtId }: { schedule: Schedule & { setByDistrict: boolean }; districtId: string | undefined }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const values = useMemo(() => toDraft(schedule), [schedule]);
  const { form, busy, error, run, bind } = useServerForm<Draft, Schedule>({
    defaultValues: values,
    values,
    resolver: sharedResolver(supervisionScheduleSchema, t, toSchedule),
  });
  const submit = form.handleSubmit(async (body) => {
    setSaved(false);
    const r = await run(() => answer(client.PUT('/api/v1/workforce/supervision/schedule', { params: { query: districtId ? { districtId } : {} }, body })));
    if (r) {
      form.reset(toDraft(r));
      setSaved(true);
    }
  });
  return (
    <form className="form" onSubmit={submit} aria-labelledby="schedule-title" noValidate>
      <p data-testid="schedule-source">{schedule.setByDistrict ? t('workforce.schedule.setByDistrict') : t('workforce.schedule.nationalDefault')}</p>
      <TextField label={t('workforce.schedule.intervalDays')} type="number" min={7} max={180} required {...bind('intervalDays')} />
      <TextField
        label={t('workforce.schedule.firstYearIntervalDays')}
        hint={t('workforce.schedule.firstYearHint')}
        type="number"
        min={7}
        max={180}
        required
        {...bind('firstYearIntervalDays')}
      />
      <ErrorMessage error={error} />
      {saved && <Notice>{t('workforce.schedule.saved')}</Notice>}
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
