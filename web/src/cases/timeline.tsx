import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../labels.js';
import type { TimelineEvent } from '../api/types.js';
import { term } from './vocab.js';

// The case timeline: every step's dated, signed record, newest first. Its
// summaries hold codes and counts only; they are named here in the reader's language.

function details(t: TFunction, e: TimelineEvent): string[] {
  const s = e.summary;
  const out: string[] = [];
  if (typeof s.version === 'number') out.push(t('timeline.version', { version: s.version }));
  if (typeof s.kind === 'string' && e.kind.startsWith('consent')) out.push(term(t, 'consentKinds', s.kind));
  if (typeof s.decision === 'string') out.push(term(t, 'consentDecisions', s.decision));
  if (typeof s.type === 'string') out.push(term(t, 'conferenceTypes', s.type));
  if (typeof s.outcome === 'string') out.push(term(t, 'reviewOutcomes', s.outcome));
  if (typeof s.metCount === 'number') out.push(t('reviews.metCount', { n: s.metCount }));
  if (typeof s.reason === 'string') out.push(term(t, 'closureReasons', s.reason));
  if (typeof s.method === 'string') out.push(t(`conferences.method.${s.method}`));
  if (typeof s.caseCode === 'string') out.push(s.caseCode);
  const stage = s.stage as string | { from: string; to: string } | undefined;
  if (typeof stage === 'string') out.push(t('timeline.stageNow', { stage: term(t, 'stages', stage) }));
  else if (stage && typeof stage === 'object') out.push(t('timeline.stageMoved', { from: term(t, 'stages', stage.from), to: term(t, 'stages', stage.to) }));
  return out;
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('timeline.title')}>
      {sorted.map((e) => (
        <li key={e.id}>
          <p>
            <strong>{t(`timeline.${e.kind}`, { defaultValue: e.kind })}</strong>
            {details(t, e).length > 0 && <span> · {details(t, e).join(' · ')}</span>}
          </p>
          <p className="small muted">
            {formatDateTime(e.at, i18n.language)}
            {e.actor && ` · ${e.actor.fullName}`}
          </p>
        </li>
      ))}
    </ol>
  );
}
