import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { CheckField, SelectField, TextField } from '../cases/fields.js';

// What post-placement follow-up looks at (001), as one form for the caseworker
// and the village IZU. A refused field shows its reason beside it.

export type VisitBody = ApiBody<'/api/v1/cases/{id}/care/placement/visits', 'post'>;
type Attendance = VisitBody['schoolAttendance'];
const ATTENDANCE: Attendance[] = ['regular', 'irregular', 'not_attending', 'not_school_age'];
const OPTIONAL = [
  'materialNeeds',
  'educationalNeeds',
  'healthNeeds',
  'psychologicalNeeds',
  'behaviourAndResponse',
  'socialProtection',
  'communityWelcome',
] as const;
type VisitDraft = { visitedOn: string; childSafe: boolean; wellbeingSafety: string; schoolAttendance: Attendance } & Record<(typeof OPTIONAL)[number], string>;

/** `send` posts the visit; `onDone` gets its answer. */
export function VisitForm<T>({ today, label, send, onDone }: { today: string; label: string; send(body: VisitBody): Promise<T>; onDone?(answer: T): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<VisitDraft>({
    defaultValues: {
      visitedOn: today,
      childSafe: true,
      wellbeingSafety: '',
      schoolAttendance: 'regular',
      ...(Object.fromEntries(OPTIONAL.map((k) => [k, ''])) as Record<(typeof OPTIONAL)[number], string>),
    },
  });
  const submit = form.handleSubmit(async (v) => {
    const body: VisitBody = { visitedOn: v.visitedOn, childSafe: v.childSafe, wellbeingSafety: v.wellbeingSafety, schoolAttendance: v.schoolAttendance };
    for (const k of OPTIONAL) if (v[k].trim()) body[k] = v[k];
    const done = await run(() => send(body));
    if (done !== undefined) {
      form.reset();
      onDone?.(done);
    }
  });
  return (
    <form className="form" onSubmit={submit} aria-label={label}>
      <TextField label={t('care.visit.visitedOn')} type="date" required max={today} {...bind('visitedOn')} />
      <CheckField label={t('care.visit.childSafe')} field={form.register('childSafe')} error={bind('childSafe').error} />
      <TextField label={t('care.visit.wellbeingSafety')} required multiline rows={2} {...bind('wellbeingSafety')} maxLength={2000} />
      <SelectField
        label={t('care.visit.schoolAttendance')}
        required
        {...bind('schoolAttendance')}
        options={ATTENDANCE.map((s) => ({ value: s, label: t(`care.attendance.${s}`) }))}
      />
      {OPTIONAL.map((k) => (
        <TextField key={k} label={t(`care.visit.${k}`)} multiline rows={2} {...bind(k)} maxLength={2000} />
      ))}
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('care.visit.record')}
        </button>
      </p>
    </form>
  );
}
