import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.js';
import { Link, NavLink } from '../router.js';
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
import { ReviewsSection } from './section-reviews.js';
import { ServicesSection } from './section-services.js';
import { TransfersSection } from './section-transfers.js';
import { VisitsSection } from './section-visits.js';
import type { CaseFile } from '../api/types.js';
import { useLoad } from './use-load.js';
import { terms } from './vocab.js';

// The child's case file (isanduku / dosiye y'umwana): one case, section by
// section, in the order of the framework's steps. Every read is audited by
// the server.

export type SectionProps = { file: CaseFile; reload(): void };

const SECTIONS: { key: string; render(p: SectionProps): ReactNode }[] = [
  { key: 'overview', render: (p) => <OverviewSection {...p} /> },
  { key: 'consent', render: (p) => <ConsentSection {...p} /> },
  { key: 'allocation', render: (p) => <AllocationSection {...p} /> },
  { key: 'assessment', render: (p) => <AssessmentSection {...p} /> },
  { key: 'plan', render: (p) => <PlanSection {...p} /> },
  { key: 'conferences', render: (p) => <ConferencesSection {...p} /> },
  { key: 'services', render: (p) => <ServicesSection {...p} /> },
  { key: 'visits', render: (p) => <VisitsSection {...p} /> },
  { key: 'reviews', render: (p) => <ReviewsSection {...p} /> },
  { key: 'closure', render: (p) => <ClosureSection {...p} /> },
  { key: 'transfers', render: (p) => <TransfersSection {...p} /> },
  { key: 'notes', render: (p) => <NotesSection {...p} /> },
  { key: 'feedback', render: (p) => <FeedbackSection {...p} /> },
  { key: 'attachments', render: (p) => <AttachmentsSection {...p} /> },
  { key: 'paper-file', render: (p) => <PaperFileSection {...p} /> },
];

export function CaseFileScreen({ id, section = 'overview' }: { id: string; section?: string }) {
  const { t } = useTranslation();
  const { data: file, error, reload } = useLoad<CaseFile>(`/cases/${id}`);
  const current = SECTIONS.find((s) => s.key === section);
  if (error) return <ErrorMessage error={error} />;
  if (!file) return <Loading />;
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
      <nav aria-label={t('cases.sectionsLabel')} className="section-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <NavLink to={s.key === 'overview' ? `/cases/${file.id}` : `/cases/${file.id}/${s.key}`} exact>
                {t(`cases.section.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {current ? current.render({ file, reload }) : <p>{t('common.notFoundText')}</p>}
    </section>
  );
}
