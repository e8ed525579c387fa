import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import type { ApiAnswer, ApiBody } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import type { Choice } from '../components/search-picker.js';
import { useServerForm } from '../components/server-form.js';
import { todayInKigali } from '../cases/dates.js';
import { CheckField, Panel, RadioGroup, SelectField, TextField, type Option } from '../cases/fields.js';
import { CARE_FORMS, FOSTER_FORMS, useCarerMatches, type CareForm } from './care-api.js';

// Placing the child (the carer chosen among the suggested ones, with the
// decision's reasons) and reviewing the placement (still necessary and
// suitable? reunification or a permanent family possible?), which may move
// the child to another form of care in one step.

type PlacementBody = ApiBody<'/api/v1/cases/{id}/care/placements', 'post'>;
type ReviewBody = ApiBody<'/api/v1/cases/{id}/care/placement/reviews', 'post'>;
type Match = ApiAnswer<'/api/v1/cases/{id}/care/carer-matches'>['items'][number];
type EndReason = NonNullable<ReviewBody['endReason']>;
const END_REASONS: EndReason[] = ['reunified', 'adopted', 'aged_out', 'breakdown', 'other'];

const formOptions = (t: (k: string) => string, only: readonly CareForm[] = CARE_FORMS): Option[] =>
  only.map((f) => ({ value: f, label: t(`care.forms.${f}`) }));

/** A suggested carer, as a choice: who (when the reader may see it), where, how near, room, ages; IZU carers marked. */
function matchOption(t: (k: string, o?: Record<string, unknown>) => string, m: Match): Option {
  const parts = [
    m.householdName ?? t('care.carers.hiddenName'),
    `${m.village.name} (${t(`care.distance.${m.distance}`)})`,
    t('care.placement.free', { n: m.freePlaces }),
    t('care.carers.ages', { min: m.ageMin, max: m.ageMax }),
    ...(m.emergencyAvailable ? [t('care.carers.emergency')] : []),
    ...(m.alsoIzu ? [t('care.carers.izuMark')] : []),
  ];
  return { value: m.carerId, label: parts.join(' · ') };
}

type CarerChoicesProps = {
  legend: string;
  hint?: string;
  matches: ReturnType<typeof useCarerMatches>;
  extra?: Option[];
  value: string;
  onChange(v: string): void;
  error?: string;
};

function CarerChoices({ matches, extra, ...bound }: CarerChoicesProps) {
  const { t } = useTranslation();
  const options = [...(extra ?? []), ...(matches.data?.items ?? []).filter((m) => !extra?.some((e) => e.value === m.carerId)).map((m) => matchOption(t, m))];
  return (
    <>
      <RadioGroup {...bound} options={options} />
      {matches.data && options.length === 0 && <p className="alert alert-warn">{t('care.placement.noMatch')}</p>}
    </>
  );
}

type PlacementDraft = {
  careForm: CareForm;
  siblingGroup: string;
  emergency: boolean;
  carerId: string;
  familyName: string;
  village: Choice | null;
  matchReasons: string;
  startedOn: string;
};

export function PlacementForm({ caseId, approvedForm }: { caseId: string; approvedForm: CareForm | null }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm<PlacementDraft>({
    defaultValues: {
      careForm: approvedForm ?? 'emergency_foster_care',
      siblingGroup: '1',
      emergency: approvedForm === null,
      carerId: '',
      familyName: '',
      village: null,
      matchReasons: '',
      startedOn: todayInKigali(),
    },
    fieldOf: (p) => (p === 'villageId' ? 'village' : p),
  });
  const careForm = form.watch('careForm');
  const siblings = Number(form.watch('siblingGroup')) || 1;
  const foster = FOSTER_FORMS.includes(careForm);
  const matches = useCarerMatches(caseId, foster ? careForm : null, siblings);
  const submit = form.handleSubmit(async (v) => {
    const body: PlacementBody = {
      careForm: v.careForm,
      startedOn: v.startedOn,
      siblingGroup: Number(v.siblingGroup),
      emergency: v.careForm === 'emergency_foster_care' && v.emergency,
      ...(foster ? { carerId: v.carerId || undefined } : { familyName: v.familyName || undefined, villageId: v.village?.id }),
      ...(v.matchReasons.trim() && { matchReasons: v.matchReasons }),
    };
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/care/placements', { params: { path: { id: caseId } }, body })));
    if (done) form.reset();
  });
  return (
    <Panel title={t('care.placement.title')}>
      <form className="form" onSubmit={submit} aria-label={t('care.placement.title')}>
        {approvedForm && <p className="small muted">{t('care.placement.gatekept', { form: t(`care.forms.${approvedForm}`) })}</p>}
        <SelectField label={t('care.gatekeeping.careForm')} required {...bind('careForm')} options={formOptions(t)} />
        <TextField label={t('care.placement.siblings')} type="number" min={1} max={12} required {...bind('siblingGroup')} />
        {careForm === 'emergency_foster_care' && (
          <CheckField
            label={t('care.placement.emergency')}
            hint={t('care.placement.emergencyHint')}
            field={form.register('emergency')}
            error={bind('emergency').error}
          />
        )}
        <TextField label={t('care.placement.startedOn')} type="date" required max={todayInKigali()} {...bind('startedOn')} />
        {foster ? (
          <CarerChoices legend={t('care.placement.matches')} hint={t('care.placement.matchesHint')} matches={matches} {...bindValue('carerId')} />
        ) : (
          <>
            <TextField label={t('care.placement.familyName')} required {...bind('familyName')} maxLength={200} />
            <PlacePicker label={t('care.placement.village')} levels={[5]} required {...bindValue('village')} />
          </>
        )}
        <TextField
          label={t('care.placement.matchReasons')}
          hint={t('care.placement.matchReasonsHint')}
          multiline
          rows={3}
          {...bind('matchReasons')}
          maxLength={4000}
        />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('care.placement.place')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

type ReviewDraft = {
  stillNecessary: boolean;
  stillSuitable: boolean;
  reunificationPossible: boolean;
  permanencePossible: boolean;
  childParticipation: string;
  decision: ReviewBody['decision'];
  note: string;
  endReason: EndReason | '';
  next: { careForm: CareForm | ''; carerId: string; familyName: string; village: Choice | null; matchReasons: string };
};
const QUESTIONS = ['stillNecessary', 'stillSuitable', 'reunificationPossible', 'permanencePossible'] as const;

export function ReviewForm({ caseId, current, carer }: { caseId: string; current: CareForm; carer: { id: string; householdName: string | null } | null }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm<ReviewDraft>({
    defaultValues: {
      stillNecessary: true,
      stillSuitable: true,
      reunificationPossible: false,
      permanencePossible: false,
      childParticipation: '',
      decision: 'continue',
      note: '',
      endReason: '',
      next: {
        careForm: current === 'emergency_foster_care' ? 'long_term_foster_care' : '',
        carerId: carer?.id ?? '',
        familyName: '',
        village: null,
        matchReasons: '',
      },
    },
    fieldOf: (p) => (p === 'next.villageId' ? 'next.village' : p),
  });
  const decision = form.watch('decision');
  const nextForm = form.watch('next.careForm');
  const nextFoster = nextForm !== '' && FOSTER_FORMS.includes(nextForm);
  const matches = useCarerMatches(caseId, decision === 'change_form' && nextFoster ? nextForm : null, 1);
  const stay =
    carer && FOSTER_FORMS.includes(current)
      ? [{ value: carer.id, label: t('care.review.sameCarer', { name: carer.householdName ?? t('care.carers.hiddenName') }) }]
      : [];
  const submit = form.handleSubmit(async (v) => {
    const n = v.next;
    const body: ReviewBody = {
      stillNecessary: v.stillNecessary,
      stillSuitable: v.stillSuitable,
      reunificationPossible: v.reunificationPossible,
      permanencePossible: v.permanencePossible,
      childParticipation: v.childParticipation,
      decision: v.decision,
      ...(v.note.trim() && { note: v.note }),
      ...(v.decision === 'end' && v.endReason && { endReason: v.endReason }),
      ...(v.decision === 'change_form' &&
        n.careForm && {
          next: {
            careForm: n.careForm,
            siblingGroup: 1,
            ...(FOSTER_FORMS.includes(n.careForm) ? { carerId: n.carerId || undefined } : { familyName: n.familyName || undefined, villageId: n.village?.id }),
            ...(n.matchReasons.trim() && { matchReasons: n.matchReasons }),
          },
        }),
    };
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/care/placement/reviews', { params: { path: { id: caseId } }, body })));
    if (done) form.reset();
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('care.review.title')}>
      {QUESTIONS.map((k) => (
        <CheckField key={k} label={t(`care.review.${k}`)} field={form.register(k)} error={bind(k).error} />
      ))}
      <TextField label={t('care.review.childParticipation')} required multiline rows={2} {...bind('childParticipation')} maxLength={2000} />
      <SelectField
        label={t('care.review.decision')}
        required
        {...bind('decision')}
        options={(['continue', 'change_form', 'end'] as const).map((d) => ({ value: d, label: t(`care.review.decisions.${d}`) }))}
      />
      {decision === 'change_form' && (
        <fieldset className="subform">
          <legend>{t('care.review.nextPlacement')}</legend>
          <SelectField
            label={t('care.review.nextForm')}
            required
            {...bind('next.careForm')}
            options={formOptions(
              t,
              CARE_FORMS.filter((f) => f !== current),
            )}
            empty={t('cases.common.choose')}
          />
          {nextFoster ? (
            <CarerChoices legend={t('care.placement.matches')} matches={matches} extra={stay} {...bindValue('next.carerId')} />
          ) : (
            nextForm !== '' && (
              <>
                <TextField label={t('care.placement.familyName')} required {...bind('next.familyName')} maxLength={200} />
                <PlacePicker label={t('care.placement.village')} levels={[5]} required {...bindValue('next.village')} />
              </>
            )
          )}
          <TextField label={t('care.placement.matchReasons')} multiline rows={2} {...bind('next.matchReasons')} maxLength={4000} />
        </fieldset>
      )}
      {decision === 'end' && (
        <SelectField
          label={t('care.review.endReason')}
          required
          {...bind('endReason')}
          options={END_REASONS.map((r) => ({ value: r, label: t(`care.endReasons.${r}`) }))}
          empty={t('cases.common.choose')}
        />
      )}
      <TextField label={t('care.review.note')} multiline rows={2} {...bind('note')} maxLength={4000} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('care.review.record')}
        </button>
      </p>
    </form>
  );
}
