import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useReportReferralProviders, useWrite } from '../api/queries.js';
import type { ApiBody } from '../api/types.js';
import { CheckGroup, Panel, RadioGroup, SelectField, TextField } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { REFERRAL_URGENCIES, SEEDED_SERVICE_TYPES } from '../../../src/cases/referrals/referral-vocabulary.js';

// A non-VENA report's early intervention referral (framework step 3: social
// protection, parenting support…): there is no case file, so the caregiver's
// consent taken at screening is noted here, and only the child as reported
// (identity) and what was reported (incident) can be shared.

const GROUPS = ['identity', 'incident'] as const;

export function ReportReferForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [serviceType, setServiceType] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [groups, setGroups] = useState<string[]>(['identity']);
  const [urgency, setUrgency] = useState<string>('routine');
  const [reason, setReason] = useState('');
  const [consentNote, setConsentNote] = useState('');
  const providers = useReportReferralProviders(reportId, serviceType);
  const { busy, error, run } = useWrite();
  const chosen = providers.data?.items.find((p) => p.serviceId === serviceId);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    const body: ApiBody<'/api/v1/reports/{id}/referrals', 'post'> = {
      organisationId: chosen.organisationId,
      serviceId: chosen.serviceId,
      urgency: urgency as (typeof REFERRAL_URGENCIES)[number],
      reason: reason.trim(),
      sharedGroups: groups as (typeof GROUPS)[number][],
      consentNote: consentNote.trim(),
    };
    const r = await run(() => answer(client.POST('/api/v1/reports/{id}/referrals', { params: { path: { id: reportId } }, body })));
    if (r) {
      setServiceType('');
      setServiceId('');
      setReason('');
      setConsentNote('');
    }
  }
  return (
    <Panel title={t('referrals.formTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('referrals.formTitle')}>
        <SelectField
          label={t('referrals.serviceType')}
          required
          value={serviceType}
          onChange={(v) => (setServiceType(v), setServiceId(''))}
          empty={t('referrals.chooseServiceType')}
          options={SEEDED_SERVICE_TYPES.map((s) => ({ value: s, label: t(`referrals.serviceTypes.${s}`) }))}
        />
        {serviceType && <QueryStatus query={providers} />}
        {providers.data && providers.data.items.length === 0 && <p className="alert alert-warn">{t('referrals.noProvider')}</p>}
        {providers.data && providers.data.items.length > 0 && (
          <RadioGroup
            legend={t('referrals.provider')}
            required
            value={serviceId}
            onChange={setServiceId}
            options={providers.data.items.map((p) => ({ value: p.serviceId, label: `${p.organisationName} · ${p.serviceName}` }))}
          />
        )}
        <CheckGroup
          legend={t('referrals.sharedGroups')}
          hint={t('referrals.sharedGroupsHint')}
          value={groups}
          onChange={setGroups}
          options={GROUPS.map((g) => ({ value: g, label: t(`referrals.group.${g}`) }))}
        />
        <RadioGroup legend={t('referrals.urgencyLegend')} value={urgency} onChange={setUrgency} options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: t(`referrals.urgencyHint.${u}`) }))} />
        <TextField label={t('referrals.reason')} required multiline rows={2} value={reason} onChange={setReason} maxLength={2000} />
        <TextField label={t('referrals.consentNote')} hint={t('referrals.consentNoteHint')} required value={consentNote} onChange={setConsentNote} maxLength={1000} />
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
