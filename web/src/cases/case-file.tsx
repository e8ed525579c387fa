import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useOutletContext } from 'react-router';
import { useCase } from '../api/queries.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { StageBadge, TierBadge } from './badges.js';
import { Loading } from './fields.js';
import { AllocationSection } from './section-allocation.js';
import { AssessmentSection } from './section-assessment.js';
import { AttachmentsSection } from './section-attachments.js';
import { ClosureSection } from './section-closure.js';
import { ConferencesSection } from './section-conferences.js';
import { ConsentSection } from './section-consent.js';
import { FeedbackSection, NotesSection } from './section-notes.js';
import { OverviewSection } from './section-overview.js';
import { PaperFileSection } from './section-paper-file.js';
import { PlanSection } from './section-plan.js';
import { ReferralsSection } from './section-referrals.js';
import { ReviewsSection } from './section-reviews.js';
import { ServicesSection } from './section-services.js';
import { TransfersSection } from './section-transfers.js';
import { VisitsSection } from './section-visits.js';
import { ReintegrationSection } from '../reintegration/reintegration-section.js';
import { TransitionSection } from '../reintegration/transition-section.js';
import { CareSection } from '../care/section-care.js';
import type { CaseFile } from '../api/types.js';
import { terms } from './vocab.js';
import { AccessBanner, BreakGlass } from '../data-protection/break-glass.js';

// The child's case file (isanduku / dosiye y'umwana): one case, section by
// section, in the order of the framework's steps. Every read is audited by
// the server.

// A section needs no reload after a write: a write makes every cached answer
// stale, and the file and the section on screen are read again (query-client.ts).
export type SectionProps = { file: CaseFile };

const SECTIONS: { key: string; render(p: SectionProps): ReactNode }[] = [
  { key: 'overview', render: (p) => <OverviewSection {...p} /> },
  { key: 'consent', render: (p) => <ConsentSection {...p} /> },
  { key: 'allocation', render: (p) => <AllocationSection {...p} /> },
  { key: 'assessment', render: (p) => <AssessmentSection {...p} /> },
  { key: 'plan', render: (p) => <PlanSection {...p} /> },
  { key: 'conferences', render: (p) => <ConferencesSection {...p} /> },
  { key: 'services', render: (p) => <ServicesSection {...p} /> },
  { key: 'referrals', render: (p) => <ReferralsSection {...p} /> },
  { key: 'visits', render: (p) => <VisitsSection {...p} /> },
  { key: 'reviews', render: (p) => <ReviewsSection {...p} /> },
  { key: 'reintegration', render: (p) => <ReintegrationSection {...p} /> },
  { key: 'transition', render: (p) => <TransitionSection {...p} /> },
  { key: 'care', render: (p) => <CareSection {...p} /> },
  { key: 'closure', render: (p) => <ClosureSection {...p} /> },
  { key: 'transfers', render: (p) => <TransfersSection {...p} /> },
  { key: 'notes', render: (p) => <NotesSection {...p} /> },
  { key: 'feedback', render: (p) => <FeedbackSection {...p} /> },
  { key: 'attachments', render: (p) => <AttachmentsSection {...p} /> },
  { key: 'paper-file', render: (p) => <PaperFileSection {...p} /> },
];

/**
 * The case file's frame: read once (GET /cases/:id, an audited read), with
 * its tabs as child routes shown in the outlet. Moving between tabs renders
 * another section from the same answer; the file is read again only after a
 * write (web/src/api/query-client.ts).
 */
export function CaseFileScreen({ id }: { id: string }) {
  const file = useCase(id);
  return (
    <>
      <QueryView query={file}>{(f) => <CaseFileFrame file={f} />}</QueryView>
      {/* A case refused as outside one's scope: the emergency access (break the glass). */}
      {file.isError && <BreakGlass caseId={id} error={file.error} />}
    </>
  );
}

function CaseFileFrame({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  useTitle(t('cases.fileTitle', { code: file.caseCode }));
  const child = file.child;
  const name = child.identityVisible ? [child.givenName, child.familyName, child.otherNames].filter(Boolean).join(' ') : null;
  return (
    <section aria-labelledby="case-title" className="case-file">
      <p className="back">
        <Link to="/cases">{t('caseList.title')}</Link>
      </p>
      <div className="page-head">
        <h1 id="case-title">{t('cases.fileTitle', { code: file.caseCode })}</h1>
        <p className="actions">
          <StageBadge stage={file.stage} />
          <TierBadge tier={file.tier} />
        </p>
      </div>
      <p className="case-summary">
        {name && <strong>{name} · </strong>}
        {t('cases.childCodeIs')} <code data-testid="child-code">{child.childCode}</code> · {terms(t, 'caseTypes', file.caseTypes)} · {file.place.name}
      </p>
      <AccessBanner access={file.access} />
      <nav aria-label={t('cases.sectionsLabel')} className="section-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <NavLink to={s.key === 'overview' ? `/cases/${file.id}` : `/cases/${file.id}/${s.key}`} end>
                {t(`cases.section.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet context={file} />
      </Suspense>
    </section>
  );
}

/** One tab of the case file (a child route), drawn from the file its frame read. */
export function CaseSection({ section }: { section: string }) {
  const { t } = useTranslation();
  const file = useOutletContext<CaseFile>();
  const current = SECTIONS.find((s) => s.key === section);
  return <>{current ? current.render({ file }) : <p>{t('common.notFoundText')}</p>}</>;
}
