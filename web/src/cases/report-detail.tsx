import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { useCan } from './access.js';
import { DueBadge, StatusBadge, TierBadge } from './badges.js';
import { Panel } from './fields.js';
import { ScreeningForm } from './screening-form.js';
import { useReport, useReportReferrals } from '../api/queries.js';
import { ReferralStatusBadge } from '../referrals/referral-bits.js';
import { ReportReferForm } from '../referrals/report-refer-form.js';
import { formatDate } from './dates.js';
import { term, terms } from './vocab.js';
import { IzuFlagNote } from '../izu/izu-flag-note.js';

// One report: the full record for the register (the read is audited), its
// status for the one who reported it. New reports are screened here (step 3).

export function ReportDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const query = useReport(id);
  useTitle(query.data ? t('reports.reportTitle', { reference: query.data.reference }) : null);
  const queryClient = useQueryClient();
  const { data } = query;
  if (!data) return <QueryStatus query={query} />;
  const dt = (iso: string) => formatDateTime(iso, i18n.language);

  if (data.view === 'status') {
    return (
      <section aria-labelledby="report-title">
        <p className="back">
          <Link to="/reports">{t('reports.myReports')}</Link>
        </p>
        <h1 id="report-title">{t('reports.reportTitle', { reference: data.reference })}</h1>
        <dl className="facts">
          <Fact term={t('reports.status')}>
            <StatusBadge status={data.status} />
          </Fact>
          <Fact term={t('reports.received')}>{dt(data.receivedAt)}</Fact>
          <Fact term={t('reports.channel')}>{term(t, 'channels', data.channel)}</Fact>
        </dl>
        <p className="muted">{t(`reports.statusMeaning.${data.status}`)}</p>
      </section>
    );
  }

  const s = data.screening;
  return (
    <section aria-labelledby="report-title">
      <p className="back">
        <Link to="/reports">{t('reports.registerTitle')}</Link>
      </p>
      <div className="page-head">
        <h1 id="report-title">{t('reports.reportTitle', { reference: data.reference })}</h1>
        <p className="actions">
          <StatusBadge status={data.status} />
          {s?.tier && <TierBadge tier={s.tier} />}
        </p>
      </div>
      <dl className="facts">
        <Fact term={t('reports.received')}>{dt(data.receivedAt)}</Fact>
        <Fact term={t('reports.channel')}>{term(t, 'channels', data.channel)}</Fact>
        {data.izuFlag && (
          <Fact term={t('izuWork.registerFlag')}>
            <IzuFlagNote flag={data.izuFlag} />
          </Fact>
        )}
        <Fact term={t('reports.district')}>{data.districtName}</Fact>
        <Fact term={t('reports.place')}>{data.placeName}</Fact>
        <Fact term={t('reports.reporter')}>
          {!data.shown.reporterIdentity ? (
            <span className="muted">{t('reports.reporterHidden')}</span>
          ) : data.reporter.userId && !data.reporter.name ? (
            t('reports.reporterUser')
          ) : (
            [data.reporter.name, data.reporter.relationship].filter(Boolean).join(' · ') || '—'
          )}
          {data.reporter.phone && <span className="muted"> · {data.reporter.phone}</span>}
        </Fact>
      </dl>

      <Panel title={t('reports.child')}>
        <dl className="facts">
          {data.shown.childIdentity && <Fact term={t('reports.childName')}>{data.child.name ?? '—'}</Fact>}
          <Fact term={t('reports.childSex')}>{data.child.sex ? term(t, 'sexes', data.child.sex) : '—'}</Fact>
          <Fact term={t('reports.childAge')}>{data.child.ageYears ?? '—'}</Fact>
        </dl>
        {!data.shown.childIdentity && <p className="muted">{t('reports.childHidden')}</p>}
        {data.child.description && <p>{data.child.description}</p>}
      </Panel>

      <Panel title={t('reports.whatHappened')}>
        <p className="prewrap">{data.whatHappened}</p>
        <dl className="facts">
          <Fact term={t('reports.incidentDate')}>{data.incidentDate ?? '—'}</Fact>
          <Fact term={t('reports.incidentPlace')}>{data.incidentPlace ?? '—'}</Fact>
        </dl>
      </Panel>

      {data.deadlines.length > 0 && (
        <Panel title={t('reports.deadlines')}>
          <ul className="plain-list">
            {data.deadlines.map((d) => (
              <li key={d.id}>
                <strong>{term(t, 'deadlineKinds', d.kind)}</strong>:{' '}
                {d.metAt ? t('reports.deadlineMet', { at: dt(d.metAt) }) : <DueBadge dueAt={d.dueAt} overdue={d.overdue} />}
                {d.escalationLevel > 0 && !d.metAt && <span className="badge badge-warn">{term(t, 'escalationLevels', d.escalationLevel)}</span>}
              </li>
            ))}
          </ul>
        </Panel>
      )}

      {s && (
        <Panel title={t('reports.screeningResult')}>
          <dl className="facts">
            <Fact term={t('screening.isVena')}>{s.isVena ? t('screening.vena') : t('reports.notVena')}</Fact>
            <Fact term={t('reports.screenedAt')}>{dt(s.screenedAt)}</Fact>
            {s.isVena ? (
              <>
                <Fact term={t('screening.caseTypes')}>{terms(t, 'caseTypes', s.caseTypes)}</Fact>
                <Fact term={t('cases.tierLabel')}>
                  <TierBadge tier={s.tier} />
                </Fact>
                <Fact term={t('screening.tierReason')}>{s.tierReason}</Fact>
                {s.needs.length > 0 && <Fact term={t('screening.needsSeen')}>{terms(t, 'nonVenaNeeds', s.needs)}</Fact>}
              </>
            ) : (
              <>
                <Fact term={t('screening.needs')}>{terms(t, 'nonVenaNeeds', s.needs)}</Fact>
                <Fact term={t('screening.earlyInterventions')}>{terms(t, 'earlyInterventions', s.earlyInterventions)}</Fact>
              </>
            )}
            {s.note && <Fact term={t('screening.note')}>{s.note}</Fact>}
          </dl>
        </Panel>
      )}

      {s && !s.isVena && <ReportReferrals reportId={data.id} />}
      {s && !s.isVena && can('referral:make') && can('report:screen') && <ReportReferForm reportId={data.id} />}

      {data.status === 'new' && can('report:screen') && <ScreeningForm reportId={data.id} onDone={(d) => queryClient.setQueryData(['report', id], d)} />}

      {data.status === 'screened' && s?.isVena && can('case:open') && (
        <p className="actions">
          <Link to={`/reports/${data.id}/intake`} className="button primary">
            {t('intake.open')}
          </Link>
        </p>
      )}
      {data.caseId && (
        <p className="actions">
          <Link to={`/cases/${data.caseId}`} className="button">
            {t('reports.goToCase')}
          </Link>
        </p>
      )}
      <button type="button" className="link-button" onClick={() => void query.refetch()}>
        {t('cases.common.refresh')}
      </button>
    </section>
  );
}

export function Fact({ term: name, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A report's early intervention referrals (framework step 3 → 7), with their status. */
function ReportReferrals({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation();
  const query = useReportReferrals(reportId);
  return (
    <Panel title={t('referrals.title')}>
      <QueryStatus query={query} />
      {query.data && query.data.items.length === 0 && <p>{t('referrals.none')}</p>}
      <ul className="record-list">
        {query.data?.items.map((r) => (
          <li key={r.id}>
            <strong>{r.organisation.name}</strong> · {r.serviceName} · <ReferralStatusBadge status={r.status} overdue={r.overdue} />
            <br />
            <span className="small">
              {r.reference} · {t('referrals.dueBy', { date: formatDate(r.dueDate, i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
