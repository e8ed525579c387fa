import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.js';
import { kigaliInputToIso, nowLocalInput } from './dates.js';
import { TextField, YesNoField } from './fields.js';
import { useWrite } from '../api/queries.js';

// A monitoring visit (framework step 8, tool 13): who visited, when, what they
// saw, whether the child is safe. Used by caseworkers and by the IZU asked to visit.

export type VisitBody = { visitedAt: string; companions?: string; observations: string; childSafe: boolean; concerns?: string };

export function VisitForm({ label, submitLabel, onSubmit }: { label: string; submitLabel: string; onSubmit(body: VisitBody): Promise<unknown> }) {
  const { t } = useTranslation();
  const [visitedAt, setVisitedAt] = useState(nowLocalInput());
  const [companions, setCompanions] = useState('');
  const [observations, setObservations] = useState('');
  const [childSafe, setChildSafe] = useState<boolean | null>(null);
  const [concerns, setConcerns] = useState('');
  const { busy, error, run } = useWrite();
  const [unanswered, setUnanswered] = useState<Error | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (childSafe === null) {
      setUnanswered(new Error(t('visits.sayIfSafe')));
      return;
    }
    setUnanswered(null);
    const body: VisitBody = { visitedAt: kigaliInputToIso(visitedAt), observations: observations.trim(), childSafe };
    if (companions.trim()) body.companions = companions.trim();
    if (concerns.trim()) body.concerns = concerns.trim();
    const done = await run(() => onSubmit(body));
    if (done !== undefined) {
      setObservations('');
      setConcerns('');
      setCompanions('');
      setChildSafe(null);
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-label={label}>
      <TextField label={t('visits.visitedAt')} type="datetime-local" required value={visitedAt} onChange={setVisitedAt} />
      <TextField label={t('visits.companions')} hint={t('visits.companionsHint')} value={companions} onChange={setCompanions} maxLength={500} />
      <TextField label={t('visits.observations')} hint={t('visits.observationsHint')} required multiline rows={4} value={observations} onChange={setObservations} maxLength={4000} />
      <YesNoField legend={t('visits.childSafe')} value={childSafe} onChange={setChildSafe} />
      {childSafe === false && <TextField label={t('visits.concerns')} required multiline rows={3} value={concerns} onChange={setConcerns} maxLength={4000} />}
      {childSafe !== false && <TextField label={t('visits.concernsOptional')} multiline rows={2} value={concerns} onChange={setConcerns} maxLength={4000} />}
      <ErrorMessage error={unanswered ?? error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
