import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckField, TextField } from '../cases/fields.js';
import type { Carer } from './care-api.js';

// Pieces of the foster carers register shown on more than one screen.

const STATUS_BADGE: Record<Carer['status'], string> = {
  applicant: 'badge',
  assessed: 'badge',
  trained: 'badge badge-warn',
  approved: 'badge badge-ok',
  refused: 'badge badge-bad',
};

export function CarerStatusBadge({ status }: { status: Carer['status'] }) {
  const { t } = useTranslation();
  return <span className={STATUS_BADGE[status]}>{t(`care.carers.statuses.${status}`)}</span>;
}

type Bound = { field: UseFormRegisterReturn; error: string | undefined };

/** Capacity, the ages the household takes, emergency availability: at registration and on the carer's page. */
export function CarerTermsFields({ capacity, ageMin, ageMax, emergency }: Record<'capacity' | 'ageMin' | 'ageMax' | 'emergency', Bound>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('care.carers.capacityLabel')} type="number" min={1} max={12} required {...capacity} />
      <TextField label={t('care.carers.ageMin')} type="number" min={0} max={17} required {...ageMin} />
      <TextField label={t('care.carers.ageMax')} type="number" min={0} max={17} required {...ageMax} />
      <CheckField label={t('care.carers.emergencyAvailable')} {...emergency} />
    </>
  );
}
