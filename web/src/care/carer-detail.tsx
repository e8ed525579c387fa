import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import type { ApiBody } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { todayInKigali } from '../cases/dates.js';
import { CheckField, Panel, SelectField, TextField } from '../cases/fields.js';
import { useMe } from '../session.js';
import { useCarer, type Carer } from './care-api.js';
import { CarerStatusBadge, CarerTermsFields } from './carer-fields.js';

// One carer of the register: recruitment to approval as steps (found,
// assessed, trained, approved with the date the approval is reviewed, or
// refused with reasons), capacity and ages, emergency availability. The
// district's CPWO records the steps and changes the terms.

export function CarerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const manage = me.permissions.includes('carers:manage');
  const query = useCarer(id);
  const c = query.data;
  const name = c ? (c.householdName ?? t('care.carers.hiddenName')) : '';
  useTitle(c ? name : t('care.carers.title'));
  return (
    <section aria-labelledby="carer-title">
      <p className="small">
        <Link to="/care/carers">{t('care.carers.back')}</Link>
      </p>
      <QueryStatus query={query} />
      {c && (
        <>
          <h1 id="carer-title">
            {name} <CarerStatusBadge status={c.status} />
          </h1>
          <dl className="facts">
            <dt>{t('care.carers.mainCarer')}</dt>
            <dd>{c.mainCarerName ?? t('care.carers.hiddenName')}</dd>
            <dt>{t('care.carers.phone')}</dt>
            <dd>{c.phone ?? '—'}</dd>
            <dt>{t('care.carers.village')}</dt>
            <dd>{c.village.name}</dd>
            <dt>{t('care.carers.foundByLabel')}</dt>
            <dd>{t(`care.carers.foundBy.${c.foundBy}`)}</dd>
            <dt>{t('care.carers.izuMark')}</dt>
            <dd>{c.alsoIzu ? t('care.carers.isIzu') : t('common.no')}</dd>
            <dt>{t('care.carers.capacity')}</dt>
            <dd>{t('care.carers.placedOf', { placed: c.placed, capacity: c.capacity })}</dd>
            <dt>{t('care.carers.agesLabel')}</dt>
            <dd>{t('care.carers.ages', { min: c.ageMin, max: c.ageMax })}</dd>
            <dt>{t('care.carers.emergency')}</dt>
            <dd>{c.emergencyAvailable ? t('common.yes') : t('common.no')}</dd>
          </dl>
          {c.householdName === null && <p className="muted small">{t('care.carers.hiddenNote')}</p>}
          <Steps c={c} />
          {manage && c.status !== 'refused' && <StepForm c={c} />}
          {manage && <TermsForm c={c} />}
        </>
      )}
    </section>
  );
}

function Steps({ c }: { c: Carer }) {
  const { t } = useTranslation();
  const decided = c.status === 'approved' || c.status === 'refused';
  return (
    <Panel title={t('care.carers.steps')}>
      <ol className="record-list" aria-label={t('care.carers.steps')}>
        <li data-step="applicant">
          <strong>{t('care.carers.step.applicant')}</strong> · {t(`care.carers.foundBy.${c.foundBy}`)}
        </li>
        <li data-step="assessment">
          <strong>{t('care.carers.step.assessment')}</strong> · {c.assessedOn ?? t('care.carers.notYet')}
          {c.assessmentNote && <p className="prewrap small">{c.assessmentNote}</p>}
        </li>
        <li data-step="training">
          <strong>{t('care.carers.step.training')}</strong> · {c.trainedOn ?? t('care.carers.notYet')}
          {c.trainingNote && <p className="prewrap small">{c.trainingNote}</p>}
        </li>
        <li data-step="decision">
          <strong>{c.status === 'refused' ? t('care.carers.step.refusal') : t('care.carers.step.approval')}</strong> ·{' '}
          {decided ? c.decidedOn : t('care.carers.notYet')}
          {c.approvalReviewOn && ` · ${t('care.carers.reviewOn', { date: c.approvalReviewOn })}`}
          {c.decisionReasons && (
            <p className="prewrap small">
              <em>{t('care.carers.reasons')}:</em> {c.decisionReasons}
            </p>
          )}
        </li>
      </ol>
    </Panel>
  );
}

type StepBody = ApiBody<'/api/v1/care/carers/{id}/steps', 'post'>;
type Step = StepBody['step'];
type StepDraft = { step: Step | ''; on: string; text: string; reviewOn: string };

/** The next step by where the household stands; an approved household's approval is renewed at its review. */
function stepsFor(c: Carer): Step[] {
  if (c.status === 'approved') return ['approval', 'refusal'];
  return [...(c.assessedOn ? [] : (['assessment'] as const)), ...(c.trainedOn ? [] : (['training'] as const)), 'approval', 'refusal'];
}

function StepForm({ c }: { c: Carer }) {
  const { t } = useTranslation();
  const steps = stepsFor(c);
  const { form, busy, error, run, bind } = useServerForm<StepDraft>({
    defaultValues: { step: steps[0]!, on: todayInKigali(), text: '', reviewOn: '' },
    fieldOf: (p) => (p === 'note' || p === 'reasons' ? 'text' : p),
  });
  const step = form.watch('step');
  const submit = form.handleSubmit(async (v) => {
    const body = (
      v.step === 'approval'
        ? { step: 'approval', on: v.on, reasons: v.text, reviewOn: v.reviewOn }
        : v.step === 'refusal'
          ? { step: 'refusal', on: v.on, reasons: v.text }
          : { step: v.step, on: v.on, note: v.text }
    ) as StepBody;
    const done = await run(() => answer(client.POST('/api/v1/care/carers/{id}/steps', { params: { path: { id: c.id } }, body })));
    if (done) form.reset({ step: stepsFor(done)[0]!, on: todayInKigali(), text: '', reviewOn: '' });
  });
  const decision = step === 'approval' || step === 'refusal';
  return (
    <Panel title={t('care.carers.recordStep')}>
      <form className="form" onSubmit={submit} aria-label={t('care.carers.recordStep')}>
        <SelectField
          label={t('care.carers.stepLabel')}
          required
          {...bind('step')}
          options={steps.map((s) => ({ value: s, label: t(`care.carers.step.${s}`) }))}
        />
        <TextField label={t('care.carers.on')} type="date" required max={todayInKigali()} {...bind('on')} />
        <TextField
          label={decision ? t('care.carers.reasons') : t('care.carers.note')}
          hint={step === 'refusal' ? t('care.carers.refusalHint') : undefined}
          required
          multiline
          rows={3}
          {...bind('text')}
          maxLength={4000}
        />
        {step === 'approval' && (
          <TextField label={t('care.carers.reviewOnLabel')} hint={t('care.carers.reviewOnHint')} type="date" required {...bind('reviewOn')} />
        )}
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className={step === 'refusal' ? 'danger' : 'primary'} disabled={busy}>
            {t('care.carers.recordStepSubmit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}

type TermsDraft = { capacity: string; ageMin: string; ageMax: string; emergencyAvailable: boolean; alsoIzu: boolean };

function TermsForm({ c }: { c: Carer }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<TermsDraft>({
    values: {
      capacity: String(c.capacity),
      ageMin: String(c.ageMin),
      ageMax: String(c.ageMax),
      emergencyAvailable: c.emergencyAvailable,
      alsoIzu: c.alsoIzu,
    },
  });
  const submit = form.handleSubmit((v) =>
    run(() =>
      answer(
        client.PUT('/api/v1/care/carers/{id}/terms', {
          params: { path: { id: c.id } },
          body: {
            capacity: Number(v.capacity),
            ageMin: Number(v.ageMin),
            ageMax: Number(v.ageMax),
            emergencyAvailable: v.emergencyAvailable,
            alsoIzu: v.alsoIzu,
          },
        }),
      ),
    ),
  );
  return (
    <details className="panel">
      <summary>{t('care.carers.changeTerms')}</summary>
      <form className="form" onSubmit={submit} aria-label={t('care.carers.changeTerms')}>
        <CarerTermsFields capacity={bind('capacity')} ageMin={bind('ageMin')} ageMax={bind('ageMax')} emergency={bind('emergencyAvailable')} />
        <CheckField label={t('care.carers.alsoIzu')} {...bind('alsoIzu')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t('care.carers.saveTerms')}
          </button>
        </p>
      </form>
    </details>
  );
}
