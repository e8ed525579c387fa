import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../labels.js';
import { term } from './vocab.js';

/** A report's status. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'new' ? 'badge-warn' : status === 'closed' || status === 'early_intervention' ? 'badge-off' : 'badge-ok';
  return <span className={`badge ${tone}`}>{term(t, 'reportStatuses', status)}</span>;
}

/** A case's stage. */
export function StageBadge({ stage }: { stage: string }) {
  const { t } = useTranslation();
  const tone = stage === 'closed' || stage === 'transferred' ? 'badge-off' : stage === 'intake' ? 'badge-warn' : 'badge-ok';
  return <span className={`badge ${tone}`}>{term(t, 'stages', stage)}</span>;
}

/** A risk tier: Tier 1 stands out (same-day response). */
export function TierBadge({ tier }: { tier: number | null }) {
  const { t } = useTranslation();
  if (!tier) return null;
  return <span className={`badge ${tier === 1 ? 'badge-bad' : 'badge-warn'}`}>{t(`cases.tier.${tier}`)}</span>;
}

/** When something falls due, marked when overdue. */
export function DueBadge({ dueAt, overdue }: { dueAt: string; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <span>
      {overdue && <span className="badge badge-bad">{t('worklist.overdue')}</span>}
      {formatDateTime(dueAt, i18n.language)}
    </span>
  );
}
