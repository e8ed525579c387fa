import { useMemo, useState } from 'react';
import { deadlinePolicySchema } from '../../../src/deadlines/deadline-policy.schemas.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useCan } from './access.js';
import { CheckField, Panel, TextField } from './fields.js';
import { useDeadlinePolicy, useWrite } from '../api/queries.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { term } from './vocab.js';

// The deadline and escalation policy (administrators): the framework's values
// are the defaults (Tier 1 the same day, Tier 2 within a week); open deadlines
// keep their due times, new ones follow the new values. The server's schema
// checks the values in the browser too.

const KINDS = ['screening', 'tier1_response', 'tier2_assessment', 'case_plan', 'case_review'] as const;
type Policy = {
  screeningHours: number;
  tier1ResponseHours: number | null;
  tier2AssessmentDays: number;
  casePlanDays: number;
  caseReviewDays: number;
  referralImmediateDays: number;
  referralUrgentDays: number;
  referralRoutineDays: number;
  referralCompletionDays: number;
  escalationHours: Record<(typeof KINDS)[number], number>;
};
type Draft = { [K in keyof Omit<Policy, 'tier1ResponseHours' | 'escalationHours'>]: string } & {
  tier1SameDay: boolean;
  tier1ResponseHours: string;
  escalationHours: Record<string, string>;
};

/** The referral clocks (framework step 7): the field, and its bounds (src/deadlines/deadline-policy.schemas.ts). */
const REFERRAL_FIELDS = [
  ['referralImmediateDays', 0, 1],
  ['referralUrgentDays', 0, 14],
  ['referralRoutineDays', 1, 60],
  ['referralCompletionDays', 7, 180],
] as const;

const toDraft = (p: Policy): Draft => ({
  screeningHours: String(p.screeningHours),
  tier1SameDay: p.tier1ResponseHours === null,
  tier1ResponseHours: p.tier1ResponseHours === null ? '' : String(p.tier1ResponseHours),
  tier2AssessmentDays: String(p.tier2AssessmentDays),
  casePlanDays: String(p.casePlanDays),
  caseReviewDays: String(p.caseReviewDays),
  referralImmediateDays: String(p.referralImmediateDays),
  referralUrgentDays: String(p.referralUrgentDays),
  referralRoutineDays: String(p.referralRoutineDays),
  referralCompletionDays: String(p.referralCompletionDays),
  escalationHours: Object.fromEntries(KINDS.map((k) => [k, String(p.escalationHours[k])])),
});

const toPolicy = (v: Draft): Policy => ({
  screeningHours: Number(v.screeningHours),
  tier1ResponseHours: v.tier1SameDay ? null : Number(v.tier1ResponseHours),
  tier2AssessmentDays: Number(v.tier2AssessmentDays),
  casePlanDays: Number(v.casePlanDays),
  caseReviewDays: Number(v.caseReviewDays),
  referralImmediateDays: Number(v.referralImmediateDays),
  referralUrgentDays: Number(v.referralUrgentDays),
  referralRoutineDays: Number(v.referralRoutineDays),
  referralCompletionDays: Number(v.referralCompletionDays),
  escalationHours: Object.fromEntries(KINDS.map((k) => [k, Number(v.escalationHours[k])])) as Policy['escalationHours'],
});

export function DeadlinePolicyScreen() {
  const { t } = useTranslation();
  useTitle(t('deadlinePolicy.title'));
  const can = useCan();
  const query = useDeadlinePolicy();
  const { data } = query;
  const escalate = useWrite();
  const [ran, setRan] = useState<{ escalated: number; notifications: number; sms: number } | null>(null);

  return (
    <section aria-labelledby="policy-title">
      <h1 id="policy-title">{t('deadlinePolicy.title')}</h1>
      <p className="muted">{t('deadlinePolicy.intro')}</p>
      <p>
        <Link to="/settings/workforce-policy">{t('workforce.policy.title')}</Link>
      </p>
      {data ? <PolicyForm policy={data} /> : <QueryStatus query={query} />}
      {can('deadlines:escalate') && (
        <Panel title={t('deadlinePolicy.runTitle')}>
          <p>{t('deadlinePolicy.runIntro')}</p>
          <ErrorMessage error={escalate.error} />
          {ran && <Notice>{t('deadlinePolicy.ran', { escalated: ran.escalated, notifications: ran.notifications, sms: ran.sms })}</Notice>}
          <button
            type="button"
            disabled={escalate.busy}
            onClick={() => void escalate.run(() => answer(client.POST('/api/v1/admin/escalation/run'))).then((r) => r && setRan(r))}
          >
            {t('deadlinePolicy.run')}
          </button>
        </Panel>
      )}
    </section>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  // The form starts again from each policy the server answers (after a save too).
  const values = useMemo(() => toDraft(policy), [policy]);
  const { form, busy, error, run, bind, errorOf } = useServerForm<Draft, Policy>({
    defaultValues: values,
    values,
    resolver: sharedResolver(deadlinePolicySchema, t, toPolicy),
  });
  const tier1SameDay = form.watch('tier1SameDay');

  const submit = form.handleSubmit(async (body) => {
    setSaved(false);
    const r = await run(() => answer(client.PUT('/api/v1/settings/deadline-policy', { body })));
    if (r) {
      form.reset(toDraft(r));
      setSaved(true);
    }
  });

  return (
    <form className="form" onSubmit={submit} aria-labelledby="policy-title">
      <TextField label={t('deadlinePolicy.screeningHours')} type="number" min={1} max={336} required {...bind('screeningHours')} />
      <CheckField label={t('deadlinePolicy.tier1SameDay')} {...bind('tier1SameDay')} />
      {!tier1SameDay && <TextField label={t('deadlinePolicy.tier1ResponseHours')} type="number" min={1} max={72} required {...bind('tier1ResponseHours')} />}
      <TextField label={t('deadlinePolicy.tier2AssessmentDays')} type="number" min={1} max={30} required {...bind('tier2AssessmentDays')} />
      <TextField label={t('deadlinePolicy.casePlanDays')} type="number" min={1} max={90} required {...bind('casePlanDays')} />
      <TextField label={t('deadlinePolicy.caseReviewDays')} type="number" min={7} max={365} required {...bind('caseReviewDays')} />
      <fieldset className="subform">
        <legend>{t('deadlinePolicy.referrals')}</legend>
        {REFERRAL_FIELDS.map(([k, min, max]) => (
          <TextField key={k} label={t(`deadlinePolicy.${k}`)} type="number" min={min} max={max} required {...bind(k)} />
        ))}
      </fieldset>
      <fieldset className="subform">
        <legend>{t('deadlinePolicy.escalation')}</legend>
        <p className="hint">{t('deadlinePolicy.escalationHint')}</p>
        {KINDS.map((k) => (
          <TextField
            key={k}
            label={t('deadlinePolicy.escalationHoursOf', { kind: term(t, 'deadlineKinds', k) })}
            type="number"
            min={1}
            max={168}
            required
            field={form.register(`escalationHours.${k}`)}
            error={errorOf(`escalationHours.${k}`)}
          />
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      {saved && <Notice>{t('deadlinePolicy.saved')}</Notice>}
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
