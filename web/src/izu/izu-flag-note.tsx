import { useTranslation } from 'react-i18next';
import type { IncidentFlagType } from '../../../src/community/izu-visit-vocabulary.js';
import { options } from '../cases/vocab.js';

// What an IZU said of an incident they flagged (a report of channel izu), as
// the register and the report show it to the CPWO: the kind of incident as
// the volunteer saw it (screening decides the case types) and whether they
// marked it urgent, which stands out.

export type IzuFlag = { type: IncidentFlagType; urgent: boolean };

export function izuFlagTypeLabel(t: ReturnType<typeof useTranslation>['t'], type: IncidentFlagType): string {
  return type === 'other' ? t('izuWork.otherType') : options(t, 'caseTypes', [type])[0]!.label;
}

export function IzuFlagNote({ flag }: { flag: IzuFlag }) {
  const { t } = useTranslation();
  return (
    <span className="izu-flag" data-testid="izu-flag">
      {izuFlagTypeLabel(t, flag.type)}{' '}
      {flag.urgent ? <span className="badge badge-bad">{t('izuWork.flagUrgent')}</span> : <span className="muted">{t('izuWork.flagNotUrgent')}</span>}
    </span>
  );
}
