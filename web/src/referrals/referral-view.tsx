import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import { useProviderReferral } from '../api/queries.js';
import type { ProviderReferral } from '../api/types.js';
import { formatDate } from '../cases/dates.js';
import { Panel, TextField } from '../cases/fields.js';
import { term, terms } from '../cases/vocab.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { formatDateTime } from '../labels.js';
import { ReferralStatusBadge, SharedGroups } from './referral-bits.js';

// A referral as its provider's focal person sees it (framework step 7): the
// referral, and only the groups of the child's data it shares (the server
// sends nothing else). Accept or decline; record the service given; write the
// feedback that joins the case file.

export function ProviderReferralScreen({ id }: { id: string }) {
  const query = useProviderReferral(id);
  return <QueryView query={query}>{(r) => <ReferralView r={r} />}</QueryView>;
}

function ReferralView({ r }: { r: ProviderReferral }) {
  const { t, i18n } = useTranslation();
  useTitle(t('referrals.viewTitle', { reference: r.reference }));
  const c = r.child;
  return (
    <section aria-labelledby="referral-title">
      <p className="back">
        <Link to="/referrals">{t('referrals.inboxTitle')}</Link>
      </p>
      <h1 id="referral-title">{t('referrals.viewTitle', { reference: r.reference })}</h1>
      <p>
        <ReferralStatusBadge status={r.status} overdue={r.overdue} /> · {r.serviceName} · {t(`referrals.urgency.${r.urgency}`)} ·{' '}
        {t('referrals.dueBy', { date: formatDate(r.dueDate, i18n.language) })}
      </p>
      <p className="prewrap">{r.reason}</p>
      <p className="small muted">
        {r.sentBy.fullName} · {formatDateTime(r.sentAt, i18n.language)} · {t('referrals.shared')}: <SharedGroups groups={r.sharedGroups} />
      </p>
      <Panel title={t('referrals.childTitle')}>
        <dl className="facts" data-testid="shared-child">
          <div>
            <dt>{t('cases.childCode')}</dt>
            <dd>
              <code>{c.childCode}</code> · {term(t, 'sexes', c.sex)}
              {c.ageYears !== null && ` · ${t('referrals.age', { years: c.ageYears })}`}
            </dd>
          </div>
          {c.identity && (
            <div>
              <dt>{t('referrals.group.identity')}</dt>
              <dd>
                {[c.identity.givenName, c.identity.familyName, c.identity.otherNames].filter(Boolean).join(' ')}
                {c.identity.dateOfBirth && ` · ${formatDate(c.identity.dateOfBirth, i18n.language)}`} · {c.identity.placeName}
              </dd>
            </div>
          )}
          {c.contact && (
            <div>
              <dt>{t('referrals.group.contact')}</dt>
              <dd>
                {c.contact.caregivers.map((g) => `${g.fullName} (${term(t, 'relationships', g.relationship)})${g.phone ? ` ${g.phone}` : ''}`).join('; ')}
              </dd>
            </div>
          )}
          {c.incident && (
            <div>
              <dt>{t('referrals.group.incident')}</dt>
              <dd className="prewrap">
                {terms(t, 'caseTypes', c.incident.caseTypes)}
                {c.incident.tier !== null && ` · ${t(`cases.tier.${c.incident.tier}`)}`}
                {'\n'}
                {c.incident.whatHappened}
                {c.incident.incidentDate && `\n${formatDate(c.incident.incidentDate, i18n.language)}`}
                {c.incident.incidentPlace && ` · ${c.incident.incidentPlace}`}
              </dd>
            </div>
          )}
          {c.health && (
            <div>
              <dt>{t('referrals.group.health')}</dt>
              <dd className="prewrap">
                {[terms(t, 'disabilities', c.health.disability), c.health.disabilityNote, c.health.healthNeeds].filter(Boolean).join('\n')}
              </dd>
            </div>
          )}
          {c.assessment && (
            <div>
              <dt>{t('referrals.group.assessment')}</dt>
              <dd className="prewrap">
                {[
                  c.assessment.summary,
                  ...c.assessment.domains.map(
                    (d) => `${term(t, 'domains', d.domain)}: ${d.needs ?? ''}${d.needLevel ? ` (${term(t, 'needLevels', d.needLevel)})` : ''}`,
                  ),
                ]
                  .filter(Boolean)
                  .join('\n')}
              </dd>
            </div>
          )}
          {c.plan && (
            <div>
              <dt>{t('referrals.group.plan')}</dt>
              <dd className="prewrap">{c.plan.goals.map((g) => `${g.description} (${g.measure})`).join('\n')}</dd>
            </div>
          )}
        </dl>
      </Panel>
      <ProviderActions r={r} />
    </section>
  );
}

function ProviderActions({ r }: { r: ProviderReferral }) {
  const { t, i18n } = useTranslation();
  const working = r.status === 'accepted' || r.status === 'service_given';
  return (
    <>
      {r.declineReason && <p>{t('referrals.declinedBecause', { reason: r.declineReason })}</p>}
      {r.serviceGivenOn && (
        <p>
          {t('referrals.serviceGivenOn', { date: formatDate(r.serviceGivenOn, i18n.language) })} {r.serviceNote}
        </p>
      )}
      {r.status === 'sent' && <AnswerForm id={r.id} />}
      {working && <ServiceForm id={r.id} />}
      {working && <FeedbackForm id={r.id} feedback={r.feedback ?? ''} />}
      {r.feedback && !working && <blockquote className="prewrap">{r.feedback}</blockquote>}
    </>
  );
}

const pathOf = (id: string) => ({ params: { path: { id } } });

/** Accept, or decline with a reason. */
function AnswerForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const accept = () => void run(() => answer(client.POST('/api/v1/referrals/{id}/accept', { ...pathOf(id), body: {} })));
  const decline = form.handleSubmit(async (v) => {
    await run(() => answer(client.POST('/api/v1/referrals/{id}/decline', { ...pathOf(id), body: { reason: v.reason.trim() } })));
  });
  return (
    <Panel title={t('referrals.answerTitle')}>
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={accept}>
          {t('referrals.accept')}
        </button>
      </p>
      <form className="form" onSubmit={decline} aria-label={t('referrals.decline')}>
        <TextField label={t('referrals.declineReason')} multiline rows={2} {...bind('reason')} maxLength={2000} />
        <button type="submit" className="danger" disabled={busy}>
          {t('referrals.decline')}
        </button>
      </form>
    </Panel>
  );
}

function ServiceForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ givenOn: string; note: string }>({ defaultValues: { givenOn: '', note: '' } });
  const submit = form.handleSubmit(async (v) => {
    await run(() =>
      answer(client.POST('/api/v1/referrals/{id}/service', { ...pathOf(id), body: { givenOn: v.givenOn, ...(v.note.trim() && { note: v.note.trim() }) } })),
    );
  });
  return (
    <Panel title={t('referrals.serviceTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('referrals.serviceTitle')}>
        <TextField label={t('referrals.givenOn')} type="date" required {...bind('givenOn')} />
        <TextField label={t('referrals.serviceNote')} multiline rows={2} {...bind('note')} maxLength={2000} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {t('referrals.recordService')}
        </button>
      </form>
    </Panel>
  );
}

/** The provider's written feedback: the third criterion of completion; it joins the case file. */
function FeedbackForm({ id, feedback }: { id: string; feedback: string }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ feedback: string }>({ defaultValues: { feedback } });
  const submit = form.handleSubmit(async (v) => {
    await run(() => answer(client.POST('/api/v1/referrals/{id}/feedback', { ...pathOf(id), body: { feedback: v.feedback.trim() } })));
  });
  return (
    <Panel title={t('referrals.feedbackTitle')}>
      <form className="form" onSubmit={submit} aria-label={t('referrals.feedbackTitle')}>
        <TextField label={t('referrals.feedback')} hint={t('referrals.feedbackHint')} required multiline rows={4} {...bind('feedback')} maxLength={4000} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {t('referrals.sendFeedback')}
        </button>
      </form>
    </Panel>
  );
}
