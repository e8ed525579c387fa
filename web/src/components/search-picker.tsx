import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { ErrorMessage } from './error-message.js';
import { useDebounced } from './use-debounced.js';

// A search function's identity in the cache: a picker whose search changes (another role, another organisation) asks afresh.
const searchIds = new WeakMap<object, number>();
let searches = 0;
function searchId(search: object): number {
  const known = searchIds.get(search);
  if (known !== undefined) return known;
  searches += 1;
  searchIds.set(search, searches);
  return searches;
}

export type Choice = { id: string; label: string; level?: number };

type Props = {
  label: string;
  value: Choice | null;
  onChange(choice: Choice | null): void;
  /** Finds choices for what the user typed. */
  search(q: string): Promise<Choice[]>;
  /** Characters to type before searching; 0 lists choices at once. */
  minChars?: number;
  hint?: string;
  required?: boolean;
  /** Extra fixed choices (e.g. the whole country), offered above the results. */
  extra?: Choice[];
  /** The field's error, in the reader's language. */
  error?: string;
};

/**
 * Pick one record by searching for it: a labelled search field and a list of
 * buttons. Works by keyboard and on a phone; no pop-up to get lost in.
 */
export function SearchPicker({ label, value, onChange, search, minChars = 2, hint, required, extra = [], error: fieldError }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  // Asked once typing pauses, through the query cache (one search per picker, per search function, per text).
  const typed = useDebounced(q.trim(), 250);
  const asking = !value && typed.length >= minChars;
  const found = useQuery({ queryKey: ['search-picker', id, searchId(search), typed], queryFn: () => search(typed), enabled: asking });
  const results = asking && q.trim().length >= minChars ? (found.data ?? null) : null;
  const error = asking ? found.error : null;

  if (value) {
    return (
      <div className="field">
        <span className="label">{label}</span>
        <div className="picked">
          <span>{value.label}</span>
          <button type="button" className="link-button" onClick={() => onChange(null)} aria-describedby={fieldError ? `${id}-error` : undefined}>
            {t('common.change')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </div>
        <FieldErrorText id={id} error={fieldError} />
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the only result instead of submitting the surrounding form.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (results?.length === 1) onChange(results[0]!);
        }}
        {...describedBy(id, hint, fieldError)}
        placeholder={minChars > 0 ? t('common.typeToSearch') : undefined}
      />
      <FieldErrorText id={id} error={fieldError} />
      <ErrorMessage error={error} />
      {/* Said to screen-reader users as the results arrive: how many there are. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {results ? t('common.resultsFound', { count: results.length }) : ''}
      </p>
      {(extra.length > 0 || results) && (
        <ul className="choices">
          {extra.map((c) => (
            <li key={`extra-${c.id}`}>
              <button type="button" onClick={() => onChange(c)}>
                {c.label}
              </button>
            </li>
          ))}
          {results?.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => onChange(c)}>
                {c.label}
              </button>
            </li>
          ))}
          {results && results.length === 0 && <li className="muted">{t('common.noneFound')}</li>}
        </ul>
      )}
    </div>
  );
}
