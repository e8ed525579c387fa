import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, ApiError, client } from '../api/client.js';
import { useCaseSection, useReferralProviders, useWrite } from '../api/queries.js';
import type { ApiBody, Referral } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { PagerIfMore } from '../components/pager.js';
import { useServerForm } from '../components/server-form.js';
import { QueryStatus } from '../components/query-view.js';
import { formatDateTime } from '../labels.js';
import { ReferralStatusBadge, SharedGroups } from '../referrals/referral-bits.js';
import {
  OVERRIDE_BASES,
  REFERRAL_FIELD_GROUP_CODES,
  REFERRAL_OUTCOMES,
  REFERRAL_URGENCIES,
  SEEDED_SERVICE_TYPES,
} from '../../../src/cases/referrals/referral-vocabulary.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { formatDate } from './dates.js';
import { CheckGroup, Panel, RadioGroup, SelectField, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';

// Tool 12, referral (framework step 7): the case's referrals with their
// status, and the form that sends one: a service type, a provider that covers
// the child's village, the groups of fields shared, urgency and reason. The
// consent gate's refusal is shown with the vital-interest override for those
// allowed. A referral is complete only when the child accessed the service,
// the outcome is recorded and the provider's feedback is in.

export function ReferralsSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useCaseSection(file.id, 'referrals', { page, pageSize });
  const [replacing, setReplacing] = useState<Referral | null>(null);
  const { data } = query;
  const open = OPEN_STAGES.includes(file.stage);
  return (
    <>
      <Panel title={t('referrals.title')}>
        <QueryStatus query={query} />
        {data && data.items.length === 0 && <p>{t('referrals.none')}</p>}
        {data && data.items.length > 0 && (
          <ul className="record-list" aria-label={t('referrals.title')}>
            {data.items.map((r) => (
              <ReferralItem key={r.id} r={r} onReplace={() => setReplacing(r)} replaced={data.items.some((x) => x.replacesReferralId === r.id)} />
            ))}
          </ul>
        )}
        {data && <PagerIfMore page={page} pageSize={pageSize} total={data.total} onPage={setPage} />}
      </Panel>
      {can('referral:make') && open && (
        <ReferForm
          key={replacing?.id ?? 'new'}
          caseId={file.id}
          replacing={replacing}
          actions={file.plan?.goals.flatMap((g) => g.actions) ?? []}
          onDone={() => (setReplacing(null), setPage(1))}
        />
      )}
    </>
  );
}

function ReferralItem({ r, onReplace, replaced }: { r: Referral; onReplace(): void; replaced: boolean }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const complete = useWrite();
  const working = can('referral:make') && ['accepted', 'service_given'].includes(r.status);
  return (
    <li data-testid={`referral-${r.reference}`}>
      <p>
        <strong>{r.organisation.name}</strong> · {r.serviceName} · <ReferralStatusBadge status={r.status} overdue={r.overdue} />
      </p>
      <p className="small">
        {r.reference} · {t(`referrals.urgency.${r.urgency}`)} · {t('referrals.dueBy', { date: formatDate(r.dueDate, i18n.language) })} ·{' '}
        {t(`referrals.basis.${r.consentBasis}`)}
      </p>
      <p className="prewrap">{r.reason}</p>
      <p className="small">
        {t('referrals.shared')}: <SharedGroups groups={r.sharedGroups} />
      </p>
      {r.overrideReason && <p className="small">{t('referrals.overrideWas', { reason: r.overrideReason })}</p>}
      {r.declineReason && <p>{t('referrals.declinedBecause', { reason: r.declineReason })}</p>}
      {r.serviceGivenOn && (
        <p>
          {t('referrals.serviceGivenOn', { date: formatDate(r.serviceGivenOn, i18n.language) })} {r.serviceNote}
        </p>
      )}
      {r.feedback && (
        <blockquote className="prewrap" aria-label={t('referrals.feedback')}>
          {r.feedback}
        </blockquote>
      )}
      {r.accessedOn && r.outcome && (
        <p>{t('referrals.accessed', { date: formatDate(r.accessedOn, i18n.language), outcome: t(`referrals.outcome.${r.outcome}`) })}</p>
      )}
      <p className="small muted">
        {r.sentBy.fullName} · {formatDateTime(r.sentAt, i18n.language)}
      </p>
      {working && !r.accessedOn && <OutcomeForm id={r.id} />}
      {working && (
        <>
          <ErrorMessage error={complete.error} />
          <p className="actions">
            <button
              type="button"
              className="primary"
              disabled={complete.busy}
              onClick={() => void complete.run(() => answer(client.POST('/api/v1/referrals/{id}/complete', { params: { path: { id: r.id } }, body: {} })))}
            >
              {t('referrals.complete')}
            </button>
          </p>
        </>
      )}
      {can('referral:make') && ['sent', 'accepted', 'service_given'].includes(r.status) && <WithdrawForm id={r.id} />}
      {r.status === 'declined' && !replaced && can('referral:make') && (
        <div className="alert alert-warn" role="status">
          <p>{t('referrals.declinedPrompt')}</p>
          <button type="button" onClick={onReplace}>
            {t('referrals.referElsewhere')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Criteria (a) and (b) of completion: the child accessed the service (a date), and its outcome. */
function OutcomeForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm<{ accessedOn: string; outcome: string }>({
    defaultValues: { accessedOn: '', outcome: '' },
  });
  const submit = form.handleSubmit(async (v) => {
    const body = { accessedOn: v.accessedOn, outcome: v.outcome as (typeof REFERRAL_OUTCOMES)[number] };
    await run(() => answer(client.POST('/api/v1/referrals/{id}/outcome', { params: { path: { id } }, body })));
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('referrals.outcomeTitle')}>
      <TextField label={t('referrals.accessedOn')} type="date" required {...bind('accessedOn')} />
      <RadioGroup
        legend={t('referrals.outcomeLegend')}
        required
        {...bindValue('outcome')}
        options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`referrals.outcome.${o}`) }))}
      />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('referrals.recordOutcome')}
      </button>
    </form>
  );
}

/** Withdrawing ends the provider's access at once. */
function WithdrawForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const submit = form.handleSubmit(async (v) => {
    await run(() => answer(client.POST('/api/v1/referrals/{id}/withdraw', { params: { path: { id } }, body: { reason: v.reason.trim() } })));
  });
  return (
    <form className="form" onSubmit={submit} aria-label={t('referrals.withdraw')}>
      <TextField label={t('referrals.withdrawReason')} {...bind('reason')} maxLength={2000} />
      <ErrorMessage error={error} />
      <button type="submit" className="danger" disabled={busy}>
        {t('referrals.withdraw')}
      </button>
    </form>
  );
}

type PlanAction = { key: string; description: string };
type ReferDraft = {
  serviceType: string;
  serviceId: string;
  sharedGroups: string[];
  urgency: (typeof REFERRAL_URGENCIES)[number];
  reason: string;
  planActionKey: string;
  override: { basis: string; reason: string };
};

function ReferForm({ caseId, replacing, actions, onDone }: { caseId: string; replacing: Referral | null; actions: PlanAction[]; onDone(): void }) {
  const { t } = useTranslation();
  const can = useCan();
  // The fields are named as the body's, so a refusal's field errors show beside them.
  const { form, busy, error, run, bind, bindValue, reset } = useServerForm<ReferDraft>({
    defaultValues: {
      serviceType: replacing?.serviceType ?? '',
      serviceId: '',
      sharedGroups: replacing?.sharedGroups ?? [],
      urgency: replacing?.urgency ?? 'routine',
      reason: replacing?.reason ?? '',
      planActionKey: '',
      override: { basis: '', reason: '' },
    },
  });
  const { serviceType, serviceId, override } = form.watch();
  const providers = useReferralProviders(caseId, serviceType);
  const needsConsent = error instanceof ApiError && error.messageKey === 'errors.referral_consent_required';
  const choices = (providers.data?.items ?? []).filter((p) => p.serviceId !== replacing?.serviceId);
  const chosen = choices.find((p) => p.serviceId === serviceId);

  const send = (withOverride: boolean) =>
    form.handleSubmit(async (v) => {
      if (!chosen) return;
      const body: ApiBody<'/api/v1/cases/{id}/referrals', 'post'> = {
        organisationId: chosen.organisationId,
        serviceId: chosen.serviceId,
        urgency: v.urgency,
        reason: v.reason.trim(),
        sharedGroups: v.sharedGroups as (typeof REFERRAL_FIELD_GROUP_CODES)[number][],
        ...(v.planActionKey && { planActionKey: v.planActionKey }),
        ...(replacing && { replacesReferralId: replacing.id }),
        ...(withOverride && { override: { reason: v.override.reason.trim(), basis: v.override.basis as (typeof OVERRIDE_BASES)[number] } }),
      };
      const r = await run(() => answer(client.POST('/api/v1/cases/{id}/referrals', { params: { path: { id: caseId } }, body })));
      if (r) onDone();
    });
  return (
    <Panel title={replacing ? t('referrals.referElsewhere') : t('referrals.formTitle')}>
      <form className="form" onSubmit={send(false)} aria-label={t('referrals.formTitle')}>
        <SelectField
          label={t('referrals.serviceType')}
          required
          {...bind('serviceType')}
          empty={t('referrals.chooseServiceType')}
          options={SEEDED_SERVICE_TYPES.map((s) => ({ value: s, label: t(`referrals.serviceTypes.${s}`) }))}
        />
        {serviceType && <QueryStatus query={providers} />}
        {serviceType && providers.data && choices.length === 0 && <p className="alert alert-warn">{t('referrals.noProvider')}</p>}
        {choices.length > 0 && (
          <RadioGroup
            legend={t('referrals.provider')}
            hint={t('referrals.providerHint')}
            required
            {...bindValue('serviceId')}
            onChange={(v) => (bindValue('serviceId').onChange(v), reset())}
            options={choices.map((p) => ({
              value: p.serviceId,
              label: `${p.organisationName} · ${p.serviceName}${p.lead ? ` · ${t('referrals.leadAgency')}` : ''}${p.consentCovers ? '' : ` (${t('referrals.consentNotCovering')})`}`,
            }))}
          />
        )}
        <CheckGroup
          legend={t('referrals.sharedGroups')}
          hint={t('referrals.sharedGroupsHint')}
          {...bindValue('sharedGroups')}
          options={REFERRAL_FIELD_GROUP_CODES.map((g) => ({ value: g, label: `${t(`referrals.group.${g}`)}: ${t(`referrals.groupHint.${g}`)}` }))}
        />
        <RadioGroup
          legend={t('referrals.urgencyLegend')}
          {...bindValue('urgency')}
          onChange={(v) => bindValue('urgency').onChange(v as ReferDraft['urgency'])}
          options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: t(`referrals.urgencyHint.${u}`) }))}
        />
        <TextField label={t('referrals.reason')} required multiline rows={3} {...bind('reason')} maxLength={2000} />
        {actions.length > 0 && (
          <SelectField
            label={t('referrals.planAction')}
            {...bind('planActionKey')}
            empty={t('referrals.noPlanAction')}
            options={actions.map((a) => ({ value: a.key, label: a.description }))}
          />
        )}
        <ErrorMessage error={error} />
        {needsConsent && can('referral:override_consent') && (
          <fieldset className="choice-group" aria-label={t('referrals.overrideTitle')}>
            <legend>{t('referrals.overrideTitle')}</legend>
            <p className="hint">{t('referrals.overrideHint')}</p>
            <SelectField
              label={t('referrals.overrideBasis')}
              required
              {...bind('override.basis')}
              empty="—"
              options={OVERRIDE_BASES.map((b) => ({ value: b, label: t(`referrals.overrideBases.${b}`) }))}
            />
            <TextField label={t('referrals.overrideReason')} required multiline rows={2} {...bind('override.reason')} maxLength={2000} />
            <button type="button" className="danger" disabled={busy || !override.basis || !override.reason.trim()} onClick={() => void send(true)()}>
              {t('referrals.sendOverride')}
            </button>
          </fieldset>
        )}
        <p className="actions">
          <button type="submit" className="primary" disabled={busy || !chosen}>
            {t('referrals.send')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
