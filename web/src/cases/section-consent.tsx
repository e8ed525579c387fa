import { useTranslation } from 'react-i18next';
import type { ApiBody } from '../api/types.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { kigaliInputToIso, nowLocalInput } from './dates.js';
import { CheckGroup, Panel, RadioGroup, SelectField, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import { useServerForm } from '../components/server-form.js';
import { options, term, terms } from './vocab.js';

// Framework step 4, tool 6: consent and assent. Who decided (a caregiver; the
// child by age and capacity), for what (services, conferences, sharing with
// kinds of agency), when; refusals and withdrawals; and processing without
// consent in the child's vital interest, with its reason.

export function ConsentSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const status = file.consentStatus;
  const basis = (b: string | null) => (b ? t(`consent.basis.${b}`) : t('consent.basis.none'));
  const sharing = Object.entries(status.shareWith).filter(([, b]) => b);
  return (
    <>
      <Panel title={t('consent.statusTitle')}>
        <ul className="plain-list">
          <li>
            {t('consent.servicesBasis')}: <strong>{basis(status.services)}</strong>
          </li>
          <li>
            {t('consent.conferenceBasis')}: <strong>{basis(status.caseConference)}</strong>
          </li>
          <li>
            {t('consent.sharingBasis')}:{' '}
            <strong>{sharing.length ? sharing.map(([k, b]) => `${term(t, 'agencyKinds', k)} (${basis(b)})`).join(', ') : t('consent.basis.none')}</strong>
          </li>
        </ul>
      </Panel>
      <Panel title={t('consent.recordsTitle')}>
        {file.consents.length === 0 ? (
          <p>{t('consent.none')}</p>
        ) : (
          <ul className="record-list">
            {file.consents.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>{term(t, 'consentKinds', c.kind)}</strong> · {term(t, 'consentDecisions', c.decision)}
                  {c.giverName && ` · ${c.giverName}`}
                  {c.giverRelationship && ` (${term(t, 'relationships', c.giverRelationship)})`}
                </p>
                {c.purposes.length > 0 && <p className="small">{t('consent.purposesAre', { list: terms(t, 'consentPurposes', c.purposes) })}</p>}
                {c.shareWith.length > 0 && <p className="small">{t('consent.shareWithAre', { list: terms(t, 'agencyKinds', c.shareWith) })}</p>}
                {c.capacityNote && <p className="small">{c.capacityNote}</p>}
                {c.reason && <p className="small">{t('consent.reasonIs', { reason: c.reason })}</p>}
                <p className="small muted">
                  {formatDateTime(c.decidedAt, i18n.language)} · {c.recordedBy.fullName}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {can('case:work') && OPEN_STAGES.includes(file.stage) && <ConsentForm file={file} onDone={() => undefined} />}
    </>
  );
}

type ConsentBody = ApiBody<'/api/v1/cases/{id}/consents', 'post'>;

function ConsentForm({ file, onDone }: { file: SectionProps['file']; onDone(): void }) {
  const { t } = useTranslation();
  const caregivers = file.household.filter((m) => m.isCaregiver);
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    fieldOf: (path) => (path === 'householdMemberId' ? 'memberId' : undefined),
    defaultValues: {
      kind: 'caregiver_consent',
      decision: 'given',
      purposes: ['services', 'case_conference'] as string[],
      shareWith: [] as string[],
      memberId: caregivers[0]?.id ?? '',
      giverName: '',
      giverRelationship: '',
      capacityNote: '',
      reason: '',
      decidedAt: nowLocalInput(),
    },
  });
  const { kind, decision, memberId } = form.watch();
  const vital = kind === 'vital_interest';
  const childDecides = kind === 'child_consent' || kind === 'child_assent';

  const submit = form.handleSubmit(async ({ kind, decision, purposes, shareWith, memberId, giverName, giverRelationship, capacityNote, reason, decidedAt }) => {
    // The choices offer the server's own codes (vocab.ts).
    const body: ConsentBody = {
      kind: kind as ConsentBody['kind'],
      decision: decision as ConsentBody['decision'],
      purposes: purposes as ConsentBody['purposes'],
      shareWith: shareWith as ConsentBody['shareWith'],
    };
    if (kind === 'caregiver_consent') {
      if (memberId) body.householdMemberId = memberId;
      else {
        if (giverName.trim()) body.giverName = giverName.trim();
        if (giverRelationship) body.giverRelationship = giverRelationship as ConsentBody['giverRelationship'];
      }
    }
    if (childDecides && capacityNote.trim()) body.capacityNote = capacityNote.trim();
    if (vital && reason.trim()) body.reason = reason.trim();
    if (decidedAt) body.decidedAt = kigaliInputToIso(decidedAt);
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/consents', { params: { path: { id: file.id } }, body })));
    if (done) onDone();
  });

  return (
    <Panel title={t('consent.formTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('consent.formTitle')}>
        <RadioGroup
          legend={t('consent.kind')}
          {...bindValue('kind')}
          onChange={(k) => {
            bindValue('kind').onChange(k);
            if (k === 'vital_interest' && decision === 'refused') form.setValue('decision', 'given');
          }}
          options={options(t, 'consentKinds')}
        />
        <RadioGroup
          legend={t('consent.decision')}
          {...bindValue('decision')}
          options={options(t, 'consentDecisions', vital ? ['given', 'withdrawn'] : undefined)}
        />
        {kind === 'caregiver_consent' && (
          <>
            <SelectField
              label={t('consent.caregiver')}
              {...bind('memberId')}
              options={caregivers.map((m) => ({ value: m.id, label: `${m.fullName ?? ''} (${term(t, 'relationships', m.relationship)})` }))}
              empty={t('consent.caregiverNotListed')}
            />
            {!memberId && (
              <>
                <TextField label={t('consent.giverName')} required {...bind('giverName')} maxLength={200} />
                <SelectField
                  label={t('consent.giverRelationship')}
                  {...bind('giverRelationship')}
                  options={options(t, 'relationships')}
                  empty={t('cases.common.choose')}
                />
              </>
            )}
          </>
        )}
        {childDecides && (
          <TextField
            label={t('consent.capacityNote')}
            hint={t('consent.capacityNoteHint')}
            required={kind === 'child_consent'}
            multiline
            rows={2}
            {...bind('capacityNote')}
            maxLength={2000}
          />
        )}
        {vital && (
          <TextField
            label={t('consent.reason')}
            hint={t('consent.reasonHint')}
            required={decision === 'given'}
            multiline
            rows={3}
            {...bind('reason')}
            maxLength={2000}
          />
        )}
        <CheckGroup legend={t('consent.purposes')} options={options(t, 'consentPurposes')} {...bindValue('purposes')} />
        <CheckGroup legend={t('consent.shareWith')} hint={t('consent.shareWithHint')} options={options(t, 'agencyKinds')} {...bindValue('shareWith')} />
        <TextField label={t('consent.decidedAt')} type="datetime-local" {...bind('decidedAt')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('consent.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
