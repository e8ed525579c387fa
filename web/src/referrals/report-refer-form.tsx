import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useReportReferralProviders } from '../api/queries.js';
import type { ApiBody } from '../api/types.js';
import { CheckGroup, Panel, RadioGroup, SelectField, TextField } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { REFERRAL_URGENCIES, SEEDED_SERVICE_TYPES } from '../../../src/cases/referrals/referral-vocabulary.js';

// A non-VENA report's early intervention referral (framework step 3: social
// protection, parenting support…): there is no case file, so the caregiver's
// consent taken at screening is noted here, and only the child as reported
// (identity) and what was reported (incident) can be shared.

const GROUPS = ['identity', 'incident'] as const;

type Draft = { serviceType: string; serviceId: string; sharedGroups: string[]; urgency: string; reason: string; consentNote: string };
const EMPTY: Draft = { serviceType: '', serviceId: '', sharedGroups: ['identity'], urgency: 'routine', reason: '', consentNote: '' };

export function ReportReferForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  // The fields are named as the body's, so a refusal's field errors show beside them.
  const { form, busy, error, run, bind, bindValue } = useServerForm<Draft>({ defaultValues: EMPTY });
  const { serviceType, serviceId } = form.watch();
  const providers = useReportReferralProviders(reportId, serviceType);
  const chosen = providers.data?.items.find((p) => p.serviceId === serviceId);
  const submit = form.handleSubmit(async (v) => {
    if (!chosen) return;
    const body: ApiBody<'/api/v1/reports/{id}/referrals', 'post'> = {
      organisationId: chosen.organisationId,
      serviceId: chosen.serviceId,
      urgency: v.urgency as (typeof REFERRAL_URGENCIES)[number],
      reason: v.reason.trim(),
      sharedGroups: v.sharedGroups as (typeof GROUPS)[number][],
      consentNote: v.consentNote.trim(),
    };
    const r = await run(() => answer(client.POST('/api/v1/reports/{id}/referrals', { params: { path: { id: reportId } }, body })));
    if (r) form.reset(EMPTY);
  });
  return (
    <Panel title={t('referrals.formTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('referrals.formTitle')}>
        <SelectField
          label={t('referrals.serviceType')}
          required
          {...bind('serviceType')}
          empty={t('referrals.chooseServiceType')}
          options={SEEDED_SERVICE_TYPES.map((s) => ({ value: s, label: t(`referrals.serviceTypes.${s}`) }))}
        />
        {serviceType && <QueryStatus query={providers} />}
        {providers.data && providers.data.items.length === 0 && <p className="alert alert-warn">{t('referrals.noProvider')}</p>}
        {providers.data && providers.data.items.length > 0 && (
          <RadioGroup
            legend={t('referrals.provider')}
            required
            {...bindValue('serviceId')}
            options={providers.data.items.map((p) => ({ value: p.serviceId, label: `${p.organisationName} · ${p.serviceName}` }))}
          />
        )}
        <CheckGroup
          legend={t('referrals.sharedGroups')}
          hint={t('referrals.sharedGroupsHint')}
          {...bindValue('sharedGroups')}
          options={GROUPS.map((g) => ({ value: g, label: t(`referrals.group.${g}`) }))}
        />
        <RadioGroup
          legend={t('referrals.urgencyLegend')}
          {...bindValue('urgency')}
          options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: t(`referrals.urgencyHint.${u}`) }))}
        />
        <TextField label={t('referrals.reason')} required multiline rows={2} {...bind('reason')} maxLength={2000} />
        <TextField label={t('referrals.consentNote')} hint={t('referrals.consentNoteHint')} required {...bind('consentNote')} maxLength={1000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy || !chosen}>
            {t('referrals.send')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
