import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Labelled form fields for the case screens: every control has a visible
// label (screen readers and getByLabel find it), a hint where it helps, and
// sizes that work on a phone.

type Base = { label: string; hint?: string; required?: boolean };

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export function TextField({
  label,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  multiline,
  rows = 4,
  maxLength,
  inputMode,
  autoComplete = 'off',
  min,
  max,
}: Base & {
  value: string;
  onChange(v: string): void;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'tel' | 'search';
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  inputMode?: 'numeric' | 'tel' | 'text';
  autoComplete?: string;
  min?: string | number;
  max?: string | number;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          required={required}
          maxLength={maxLength}
          aria-describedby={hint ? hintId : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          required={required}
          maxLength={maxLength}
          inputMode={inputMode}
          autoComplete={autoComplete}
          min={min}
          max={max}
          aria-describedby={hint ? hintId : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  label,
  hint,
  required,
  value,
  onChange,
  options,
  empty,
}: Base & { value: string; onChange(v: string): void; options: Option[]; empty?: string }) {
  const id = useId();
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select id={id} required={required} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A set of checkboxes in a fieldset; the legend names the question. */
export function CheckGroup({
  legend,
  hint,
  options,
  values,
  onChange,
  required,
}: { legend: string; hint?: string; options: Option[]; values: string[]; onChange(v: string[]): void; required?: boolean }) {
  const toggle = (v: string, on: boolean) => onChange(on ? [...values, v] : values.filter((x) => x !== v));
  return (
    <fieldset className="choice-group">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One choice among a few, as radio buttons in a fieldset. */
export function RadioGroup({
  legend,
  hint,
  options,
  value,
  onChange,
  required,
  name,
}: { legend: string; hint?: string; options: Option[]; value: string; onChange(v: string): void; required?: boolean; name?: string }) {
  const id = useId();
  return (
    <fieldset className="choice-group">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="radio" name={name ?? id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} required={required} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A single checkbox with its label. */
export function CheckField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange(v: boolean): void; hint?: string }) {
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}

/** Yes / no / not known, for optional booleans. */
export function YesNoField({ legend, value, onChange, allowUnknown }: { legend: string; value: boolean | null; onChange(v: boolean | null): void; allowUnknown?: boolean }) {
  const { t } = useTranslation();
  const options: Option[] = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
    ...(allowUnknown ? [{ value: '', label: t('cases.common.notKnown') }] : []),
  ];
  return (
    <RadioGroup
      legend={legend}
      options={options}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === '' ? null : v === 'yes')}
    />
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('common.loading')}</p>;
}

/** A labelled region of a screen with its heading. */
export function Panel({ title, children, id, actions }: { title: string; children: ReactNode; id?: string; actions?: ReactNode }) {
  const auto = useId();
  const hid = id ?? auto;
  return (
    <section className="panel" aria-labelledby={hid}>
      <div className="page-head">
        <h2 id={hid}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
