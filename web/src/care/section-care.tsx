import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import type { ApiAnswer } from '../api/types.js';
import { QueryStatus } from '../components/query-view.js';
import { useCan } from '../cases/access.js';
import type { SectionProps } from '../cases/case-file.js';
import { todayInKigali } from '../cases/dates.js';
import { Panel } from '../cases/fields.js';
import { useCaseCare } from './care-api.js';
import { GatekeepingAnswerForm, GatekeepingForm } from './gatekeeping-forms.js';
import { PlacementForm, ReviewForm } from './placement-forms.js';
import { VisitForm } from './visit-fields.js';

// Alternative care on the child's case (Tubarerere Mu Muryango): gatekeeping
// (the caseworker decides necessity and suitability, the supervisor
// approves), the placement with a matched carer, monitoring visits and
// placement reviews. The server decides every rule; a refusal shows its
// reason beside the field it names, or above the button.

type CaseCare = ApiAnswer<'/api/v1/cases/{id}/care'>;
type Placement = CaseCare['placements'][number];

export function CareSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useCaseCare(file.id);
  const data = query.data;
  const work = can('case:work') && !['closed', 'transferred'].includes(file.stage);
  const pending = data?.gatekeeping.find((g) => g.status === 'pending');
  const approved = data?.gatekeeping.find((g) => g.status === 'approved');
  const active = data?.placements.find((p) => p.endedOn === null);
  return (
    <div className="stack" data-testid="care-section">
      <QueryStatus query={query} />
      {data?.gatekeepingDueOn && <p className="alert alert-warn">{t('care.gatekeepingDue', { date: data.gatekeepingDueOn.slice(0, 10) })}</p>}
      <Panel title={t('care.gatekeeping.title')} id="care-gatekeeping">
        {data?.gatekeeping.length === 0 && <p>{t('care.gatekeeping.none')}</p>}
        <ul className="record-list">
          {data?.gatekeeping.map((g) => (
            <li key={g.id} data-testid="gatekeeping-decision">
              <p>
                <strong>{g.careForm ? t(`care.forms.${g.careForm}`) : t('care.gatekeeping.familyCare')}</strong> ·{' '}
                <span className={g.status === 'approved' ? 'badge badge-ok' : g.status === 'returned' ? 'badge badge-bad' : 'badge badge-warn'}>
                  {t(`care.gatekeeping.status.${g.status}`)}
                </span>{' '}
                · {g.decidedBy.fullName} · {g.decidedAt.slice(0, 10)}
                {g.answeredBy && ` · ${t('care.gatekeeping.answeredBy', { name: g.answeredBy.fullName })}`}
              </p>
              <dl className="facts">
                <dt>{t('care.gatekeeping.necessityReasons')}</dt>
                <dd className="prewrap">{g.necessityReasons}</dd>
                <dt>{t('care.gatekeeping.suitabilityReasons')}</dt>
                <dd className="prewrap">{g.suitabilityReasons}</dd>
                <dt>{t('care.gatekeeping.childViews')}</dt>
                <dd className="prewrap">{g.childViews}</dd>
                <dt>{t('care.gatekeeping.familyParticipation')}</dt>
                <dd className="prewrap">{g.familyParticipation}</dd>
              </dl>
              {g.answerNote && <p className="small prewrap">{g.answerNote}</p>}
            </li>
          ))}
        </ul>
        {pending && can('care:approve_gatekeeping') && <GatekeepingAnswerForm caseId={file.id} />}
        {pending && !can('care:approve_gatekeeping') && <p className="muted">{t('care.gatekeeping.waiting')}</p>}
        {work &&
          !pending &&
          (approved ? (
            <details>
              <summary>{t('care.gatekeeping.recordNew')}</summary>
              <GatekeepingForm caseId={file.id} />
            </details>
          ) : (
            <GatekeepingForm caseId={file.id} />
          ))}
      </Panel>
      {work && data && !active && <PlacementForm caseId={file.id} approvedForm={approved?.careForm ?? null} />}
      {data?.placements.map((p) => (
        <PlacementPanel key={p.id} caseId={file.id} p={p} work={work && p.id === active?.id} />
      ))}
    </div>
  );
}

function PlacementPanel({ caseId, p, work }: { caseId: string; p: Placement; work: boolean }) {
  const { t } = useTranslation();
  const where = p.carer ? (p.carer.householdName ?? t('care.carers.hiddenName')) : (p.familyName ?? '');
  return (
    <section className="panel" data-testid={p.endedOn ? 'placement-ended' : 'placement-active'} aria-label={t(`care.forms.${p.careForm}`)}>
      <h2>
        {t(`care.forms.${p.careForm}`)} · {where} · {p.village.name}
      </h2>
      <p>
        {t('care.placement.started', { date: p.startedOn })}
        {p.emergency && ` · ${t('care.placement.emergencyShort')}`}
        {p.endedOn
          ? ` · ${t('care.placement.ended', { date: p.endedOn, reason: t(`care.endReasons.${p.endReason}`) })}`
          : ` · ${t('care.placement.review', { date: p.plannedReviewOn })}`}
      </p>
      {p.carer && (
        <p className="small">
          <Link to={`/care/carers/${p.carer.id}`}>{t('care.placement.carerLink')}</Link>
        </p>
      )}
      {p.nextVisitDue && <p>{t('care.nextVisitDue', { date: p.nextVisitDue })}</p>}
      {p.matchReasons && (
        <p className="small prewrap">
          <em>{t('care.placement.matchReasons')}:</em> {p.matchReasons}
        </p>
      )}
      <h3>{t('care.visit.title')}</h3>
      {p.visits.length === 0 && <p className="muted">{t('care.visit.none')}</p>}
      <ul className="record-list">
        {p.visits.map((v) => (
          <li key={v.id}>
            {v.visitedOn} · {t(`care.visitor.${v.visitor}`)} · {v.visitedBy.fullName} ·{' '}
            {v.childSafe ? <span className="badge badge-ok">{t('care.visit.safe')}</span> : <span className="badge badge-bad">{t('care.visit.unsafe')}</span>} ·{' '}
            {t(`care.attendance.${v.schoolAttendance}`)}
            <p className="prewrap">{v.wellbeingSafety}</p>
          </li>
        ))}
      </ul>
      {p.reviews.length > 0 && <h3>{t('care.review.history')}</h3>}
      <ul className="record-list">
        {p.reviews.map((r) => (
          <li key={r.id}>
            {t('care.review.done', { date: r.reviewedAt.slice(0, 10), decision: t(`care.review.decisions.${r.decision}`) })} · {r.reviewedBy.fullName}
            {r.nextReviewOn && ` · ${t('care.review.next', { date: r.nextReviewOn })}`}
            <p className="small prewrap">{r.childParticipation}</p>
          </li>
        ))}
      </ul>
      {work && (
        <>
          <details>
            <summary>{t('care.visit.record')}</summary>
            <VisitForm
              today={todayInKigali()}
              label={t('care.visit.record')}
              send={(body) => answer(client.POST('/api/v1/cases/{id}/care/placement/visits', { params: { path: { id: caseId } }, body }))}
            />
          </details>
          <details>
            <summary>{t('care.review.title')}</summary>
            <ReviewForm caseId={caseId} current={p.careForm} carer={p.carer} />
          </details>
        </>
      )}
    </section>
  );
}
