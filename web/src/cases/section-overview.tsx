import { useTranslation } from 'react-i18next';
import { formatDateTime, roleName } from '../labels.js';
import { Link } from 'react-router';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel } from './fields.js';
import { Fact } from './report-detail.js';
import { Timeline } from './timeline.js';
import { term, terms } from './vocab.js';

// The first page of the case file: the child, the household, who leads the
// case, what comes next, and the timeline.

const NEXT_STEP: Record<string, string> = {
  intake: 'consent',
  assessment: 'assessment',
  planning: 'plan',
  implementation: 'visits',
  review: 'reviews',
  closed: 'closure',
};

export function OverviewSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const c = file.child;
  const dt = (iso: string) => formatDateTime(iso, i18n.language);
  const next = NEXT_STEP[file.stage];
  const basis = (b: string | null) => (b ? t(`consent.basis.${b}`) : t('consent.basis.none'));
  return (
    <>
      {next && can('case:work') && (
        <div className="alert alert-ok next-step" role="status">
          <p>
            {t(`cases.next.${file.stage}`)} <Link to={`/cases/${file.id}/${next}`}>{t(`cases.section.${next}`)}</Link>
            {file.stage === 'intake' && (
              <>
                {' · '}
                <Link to={`/cases/${file.id}/allocation`}>{t('cases.section.allocation')}</Link>
              </>
            )}
          </p>
        </div>
      )}
      <Panel title={t('cases.childTitle')}>
        {!c.identityVisible && <p className="muted">{t('cases.identityHidden')}</p>}
        <dl className="facts">
          {c.identityVisible && <Fact term={t('cases.childName')}>{[c.givenName, c.familyName, c.otherNames].filter(Boolean).join(' ')}</Fact>}
          <Fact term={t('cases.childCode')}>
            <code>{c.childCode}</code>
          </Fact>
          <Fact term={t('intake.sex')}>{term(t, 'sexes', c.sex)}</Fact>
          <Fact term={t('intake.dateOfBirth')}>
            {c.dateOfBirth ? (c.birthDateEstimated ? t('intake.bornAbout', { date: c.dateOfBirth }) : c.dateOfBirth) : '—'}
            {c.ageYears !== null && ` (${t('cases.common.ageYears', { n: c.ageYears })})`}
          </Fact>
          <Fact term={t('intake.village')}>{c.place.name}</Fact>
          <Fact term={t('intake.disability')}>{c.disability.length ? terms(t, 'disabilities', c.disability) : t('common.no')}</Fact>
          <Fact term={t('intake.refugeeStatus')}>{term(t, 'refugeeStatuses', c.refugeeStatus)}</Fact>
        </dl>
        {c.disabilityNote && <p>{c.disabilityNote}</p>}
      </Panel>

      <Panel title={t('intake.household')}>
        {file.household.length === 0 ? (
          <p>{t('cases.noHousehold')}</p>
        ) : (
          <ul className="plain-list">
            {file.household.map((m) => (
              <li key={m.id}>
                <strong>{m.fullName ?? term(t, 'relationships', m.relationship)}</strong> · {term(t, 'relationships', m.relationship)}
                {m.ageYears !== null && ` · ${t('cases.common.ageYears', { n: m.ageYears })}`}
                {m.isCaregiver && <span className="badge badge-ok">{t('intake.isCaregiver')}</span>}
                {!m.livesWithChild && <span className="badge badge-off">{t('cases.livesElsewhere')}</span>}
                {m.phone && <span className="muted"> · {m.phone}</span>}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title={t('cases.caseTitle')}>
        <dl className="facts">
          <Fact term={t('cases.caseCode')}>{file.caseCode}</Fact>
          <Fact term={t('cases.stageLabel')}>{term(t, 'stages', file.stage)}</Fact>
          <Fact term={t('cases.openedAt')}>
            {dt(file.openedAt)} · {file.openedBy.fullName}
          </Fact>
          <Fact term={t('cases.report')}>
            <Link to={`/reports/${file.report.id}`}>{file.report.reference}</Link> · {term(t, 'channels', file.report.channel)}
          </Fact>
          <Fact term={t('screening.tierReason')}>{file.report.tierReason ?? '—'}</Fact>
          <Fact term={t('cases.lead')}>
            {file.leadCaseworker ? `${file.leadCaseworker.fullName} (${roleName(t, file.leadCaseworker.role)})` : t('cases.noLead')}
          </Fact>
          <Fact term={t('cases.supervisor')}>{file.supervisor?.fullName ?? '—'}</Fact>
          <Fact term={t('reports.nextDue')}>{file.nextDueAt ? dt(file.nextDueAt) : '—'}</Fact>
          {file.closedAt && (
            <Fact term={t('closure.closedAt')}>
              {dt(file.closedAt)}
              {file.closureReason && ` · ${term(t, 'closureReasons', file.closureReason)}`}
            </Fact>
          )}
          <Fact term={t('consent.servicesBasis')}>{basis(file.consentStatus.services)}</Fact>
          <Fact term={t('consent.conferenceBasis')}>{basis(file.consentStatus.caseConference)}</Fact>
        </dl>
        {file.otherCases.length > 0 && (
          <>
            <h3>{t('cases.otherCases')}</h3>
            <ul className="plain-list">
              {file.otherCases.map((o) => (
                <li key={o.id}>
                  <Link to={`/cases/${o.id}`}>{o.caseCode}</Link> · {term(t, 'stages', o.stage)} · {dt(o.openedAt)}
                </li>
              ))}
            </ul>
          </>
        )}
        <CasePdfLink caseId={file.id} />
      </Panel>

      <Panel title={t('timeline.title')}>
        <Timeline events={file.timeline} />
      </Panel>
    </>
  );
}

/** The printable case file, for the paper file (src/case-pdf). */
export function CasePdfLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <a className="button" href={`/api/v1/cases/${caseId}/pdf`} target="_blank" rel="noopener">
        {t('cases.pdf')}
      </a>
    </p>
  );
}
