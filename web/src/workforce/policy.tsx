import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { workforcePolicySchema } from '../../../src/workforce/workforce-policy.schemas.js';
import { answer, client } from '../api/client.js';
import { useWorkforcePolicy } from '../api/queries.js';
import { TextField } from '../cases/fields.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';

// The caseload policy (administrators): how much a case counts by tier, the
// weighted caseload above which a caseworker stands out (and allocation
// warns), caseworkers per supervisor, and the national default supervision
// schedule for districts that set none. The server's schema checks the
// values in the browser too (src/workforce/workforce-policy.schemas.ts).

type Policy = {
  tierWeights: { tier1: number; tier2: number };
  caseloadThreshold: number;
  superviseesPerSupervisor: number;
  supervisionIntervalDays: number;
  firstYearSupervisionIntervalDays: number;
};
type Draft = {
  tierWeights: { tier1: string; tier2: string };
  caseloadThreshold: string;
  superviseesPerSupervisor: string;
  supervisionIntervalDays: string;
  firstYearSupervisionIntervalDays: string;
};

const toDraft = (p: Policy): Draft => ({
  tierWeights: { tier1: String(p.tierWeights.tier1), tier2: String(p.tierWeights.tier2) },
  caseloadThreshold: String(p.caseloadThreshold),
  superviseesPerSupervisor: String(p.superviseesPerSupervisor),
  supervisionIntervalDays: String(p.supervisionIntervalDays),
  firstYearSupervisionIntervalDays: String(p.firstYearSupervisionIntervalDays),
});

const toPolicy = (d: Draft): Policy => ({
  tierWeights: { tier1: Number(d.tierWeights.tier1), tier2: Number(d.tierWeights.tier2) },
  caseloadThreshold: Number(d.caseloadThreshold),
  superviseesPerSupervisor: Number(d.superviseesPerSupervisor),
  supervisionIntervalDays: Number(d.supervisionIntervalDays),
  firstYearSupervisionIntervalDays: Number(d.firstYearSupervisionIntervalDays),
});

export function WorkforcePolicyScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.policy.title'));
  const query = useWorkforcePolicy();
  return (
    <section aria-labelledby="workforce-policy-title">
      <h1 id="workforce-policy-title">{t('workforce.policy.title')}</h1>
      <p className="muted">{t('workforce.policy.intro')}</p>
      {query.data ? <PolicyForm policy={query.data} /> : <QueryStatus query={query} />}
      <p>
        <Link to="/settings/deadlines">{t('workforce.policy.deadlinesLink')}</Link> · <Link to="/workforce/schedule">{t('workforce.schedule.title')}</Link>
      </p>
    </section>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const values = useMemo(() => toDraft(policy), [policy]);
  const { form, busy, error, run, bind } = useServerForm<Draft, Policy>({
    defaultValues: values,
    values,
    resolver: sharedResolver(workforcePolicySchema, t, toPolicy),
  });

  const submit = form.handleSubmit(async (body) => {
    setSaved(false);
    const r = await run(() => answer(client.PUT('/api/v1/settings/workforce-policy', { body })));
    if (r) {
      form.reset(toDraft(r));
      setSaved(true);
    }
  });

  return (
    <form className="form" onSubmit={submit} aria-labelledby="workforce-policy-title" noValidate>
      <fieldset className="subform">
        <legend>{t('workforce.policy.weights')}</legend>
        <p className="hint">{t('workforce.policy.weightsHint')}</p>
        <TextField label={t('workforce.policy.tier1Weight')} type="number" min={0.5} max={10} required {...bind('tierWeights.tier1')} />
        <TextField label={t('workforce.policy.tier2Weight')} type="number" min={0.5} max={10} required {...bind('tierWeights.tier2')} />
      </fieldset>
      <fieldset className="subform">
        <legend>{t('workforce.policy.thresholds')}</legend>
        <TextField
          label={t('workforce.policy.caseloadThreshold')}
          hint={t('workforce.policy.caseloadThresholdHint')}
          type="number"
          min={1}
          max={500}
          required
          {...bind('caseloadThreshold')}
        />
        <TextField label={t('workforce.policy.superviseesPerSupervisor')} type="number" min={1} max={100} required {...bind('superviseesPerSupervisor')} />
      </fieldset>
      <fieldset className="subform">
        <legend>{t('workforce.policy.schedule')}</legend>
        <p className="hint">{t('workforce.policy.scheduleHint')}</p>
        <TextField label={t('workforce.schedule.intervalDays')} type="number" min={7} max={180} required {...bind('supervisionIntervalDays')} />
        <TextField
          label={t('workforce.schedule.firstYearIntervalDays')}
          type="number"
          min={7}
          max={180}
          required
          {...bind('firstYearSupervisionIntervalDays')}
        />
      </fieldset>
      <ErrorMessage error={error} />
      {saved && <Notice>{t('workforce.policy.saved')}</Notice>}
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
