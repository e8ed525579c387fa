import { useTranslation } from 'react-i18next';
import type { Worklist } from '../api/types.js';
import { term, terms } from './vocab.js';

type Triage = Worklist['items'][number]['triage'];

/**
 * What triage needs on a worklist row, without opening the record: the child
 * (first name, or the description as reported, when need-to-know shows it),
 * the case types, the village and the channel.
 */
export function TriageLine({ triage }: { triage: Triage }) {
  const { t } = useTranslation();
  const parts = [
    triage.childFirstName ?? triage.childDescription,
    triage.caseTypes.length > 0 ? terms(t, 'caseTypes', triage.caseTypes) : null,
    triage.placeName && t('worklist.village', { name: triage.placeName }),
    triage.channel && term(t, 'channels', triage.channel),
  ].filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  return <span className="triage">{parts.join(' · ')}</span>;
}
