import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message.js';

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
};

/**
 * Pick one record by searching for it: a labelled search field and a list of
 * buttons. Works by keyboard and on a phone; no pop-up to get lost in.
 */
export function SearchPicker({ label, value, onChange, search, minChars = 2, hint, required, extra = [] }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Choice[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (value) return;
    if (q.trim().length < minChars) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      search(q.trim())
        .then((r) => live && (setResults(r), setError(null)))
        .catch((e) => live && setError(e));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, value, search, minChars]);

  if (value) {
    return (
      <div className="field">
        <span className="label">{label}</span>
        <div className="picked">
          <span>{value.label}</span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('common.change')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </div>
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
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder={minChars > 0 ? t('common.typeToSearch') : undefined}
      />
      <ErrorMessage error={error} />
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
