import { useTranslation } from 'react-i18next';

// Small pieces the caseworker's and the provider's referral screens share.

const TONE: Record<string, string> = {
  sent: 'badge-warn',
  accepted: 'badge-ok',
  service_given: 'badge-ok',
  completed: 'badge-off',
  declined: 'badge-bad',
  withdrawn: 'badge-off',
};

export function ReferralStatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge ${TONE[status] ?? ''}`} data-testid="referral-status">
        {t(`referrals.status.${status}`)}
      </span>
      {overdue && <span className="badge badge-bad"> {t('referrals.overdue')}</span>}
    </>
  );
}

/** The groups of the child's data a referral shares, by name. */
export function SharedGroups({ groups }: { groups: string[] }) {
  const { t } = useTranslation();
  return <>{groups.length ? groups.map((g) => t(`referrals.group.${g}`)).join(', ') : t('referrals.nothingShared')}</>;
}
