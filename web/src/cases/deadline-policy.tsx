import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useCan } from './access.js';
import { CheckField, Panel, TextField } from './fields.js';
import { useDeadlinePolicy, useWrite } from '../api/queries.js';
import { term } from './vocab.js';

// The deadline and escalation policy (administrators): the framework's values
// are the defaults (Tier 1 the same day, Tier 2 within a week); open deadlines
// keep their due times, new ones follow the new values.

const KINDS = ['screening', 'tier1_response', 'tier2_assessment', 'case_plan', 'case_review'] as const;
type Policy = {
  screeningHours: number;
  tier1ResponseHours: number | null;
  tier2AssessmentDays: number;
  casePlanDays: number;
  caseReviewDays: number;
  escalationHours: Record<(typeof KINDS)[number], number>;
};
type Draft = { [K in keyof Omit<Policy, 'tier1ResponseHours' | 'escalationHours'>]: string } & {
  tier1SameDay: boolean;
  tier1ResponseHours: string;
  escalationHours: Record<string, string>;
};

const toDraft = (p: Policy): Draft => ({
  screeningHours: String(p.screeningHours),
  tier1SameDay: p.tier1ResponseHours === null,
  tier1ResponseHours: p.tier1ResponseHours === null ? '' : String(p.tier1ResponseHours),
  tier2AssessmentDays: String(p.tier2AssessmentDays),
  casePlanDays: String(p.casePlanDays),
  caseReviewDays: String(p.caseReviewDays),
  escalationHours: Object.fromEntries(KINDS.map((k) => [k, String(p.escalationHours[k])])),
});

export function DeadlinePolicyScreen() {
  const { t } = useTranslation();
  useTitle(t('deadlinePolicy.title'));
  const can = useCan();
  const query = useDeadlinePolicy();
  const { data } = query;
  const [v, setV] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useWrite();
  const escalate = useWrite();
  const [ran, setRan] = useState<{ escalated: number; notifications: number; sms: number } | null>(null);
  // The form starts again from each policy the server answers (after a save too).
  const [draftOf, setDraftOf] = useState<typeof data>(undefined);
  if (data !== draftOf) {
    setDraftOf(data);
    if (data) setV(toDraft(data));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v) return;
    setSaved(false);
    const body: Policy = {
      screeningHours: Number(v.screeningHours),
      tier1ResponseHours: v.tier1SameDay ? null : Number(v.tier1ResponseHours),
      tier2AssessmentDays: Number(v.tier2AssessmentDays),
      casePlanDays: Number(v.casePlanDays),
      caseReviewDays: Number(v.caseReviewDays),
      escalationHours: Object.fromEntries(KINDS.map((k) => [k, Number(v.escalationHours[k])])) as Policy['escalationHours'],
    };
    const r = await save.run(() => answer(client.PUT('/api/v1/settings/deadline-policy', { body })));
    if (r) {
      setV(toDraft(r));
      setSaved(true);
    }
  }

  const set = <K extends keyof Draft>(k: K, value: Draft[K]) => setV((o) => (o ? { ...o, [k]: value } : o));
  return (
    <section aria-labelledby="policy-title">
      <h1 id="policy-title">{t('deadlinePolicy.title')}</h1>
      <p className="muted">{t('deadlinePolicy.intro')}</p>
      {!v && <QueryStatus query={query} />}
      {v && (
        <form className="form" onSubmit={submit} aria-labelledby="policy-title">
          <TextField label={t('deadlinePolicy.screeningHours')} type="number" min={1} max={336} required value={v.screeningHours} onChange={(x) => set('screeningHours', x)} />
          <CheckField label={t('deadlinePolicy.tier1SameDay')} checked={v.tier1SameDay} onChange={(x) => set('tier1SameDay', x)} />
          {!v.tier1SameDay && (
            <TextField label={t('deadlinePolicy.tier1ResponseHours')} type="number" min={1} max={72} required value={v.tier1ResponseHours} onChange={(x) => set('tier1ResponseHours', x)} />
          )}
          <TextField label={t('deadlinePolicy.tier2AssessmentDays')} type="number" min={1} max={30} required value={v.tier2AssessmentDays} onChange={(x) => set('tier2AssessmentDays', x)} />
          <TextField label={t('deadlinePolicy.casePlanDays')} type="number" min={1} max={90} required value={v.casePlanDays} onChange={(x) => set('casePlanDays', x)} />
          <TextField label={t('deadlinePolicy.caseReviewDays')} type="number" min={7} max={365} required value={v.caseReviewDays} onChange={(x) => set('caseReviewDays', x)} />
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
                value={v.escalationHours[k] ?? ''}
                onChange={(x) => set('escalationHours', { ...v.escalationHours, [k]: x })}
              />
            ))}
          </fieldset>
          <ErrorMessage error={save.error} />
          {saved && <Notice>{t('deadlinePolicy.saved')}</Notice>}
          <p className="actions">
            <button type="submit" className="primary" disabled={save.busy}>
              {t('common.save')}
            </button>
          </p>
        </form>
      )}
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
