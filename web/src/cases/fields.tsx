import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

// Labelled form fields for the case screens: every control has a visible
// label (screen readers and getByLabel find it), a hint where it helps, its
// own error beside it (aria-invalid, aria-describedby), and sizes that work
// on a phone. A field is either registered with react-hook-form
// (`field={form.register('name')}`) or controlled (`value`, `onChange`, as
// useController or a search form gives them).

type Base = { label: string; hint?: string; required?: boolean; error?: string };

/** A registered field, or a controlled one. */
type Bound<V> = { field: UseFormRegisterReturn; value?: never; onChange?: never } | { field?: never; value: V; onChange(v: V): void };

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

/** The ids a control is described by (its hint, its error) and whether it is invalid. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? (true as const) : undefined };
}

/** A field's error, in the reader's language, where the control's aria-describedby points. */
export function FieldErrorText({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
}

export function TextField({
  label,
  hint,
  required,
  error,
  type = 'text',
  multiline,
  rows = 4,
  maxLength,
  inputMode,
  autoComplete = 'off',
  min,
  max,
  ...bound
}: Base &
  Bound<string> & {
    type?: 'text' | 'date' | 'datetime-local' | 'time' | 'number' | 'tel' | 'email' | 'url' | 'search' | 'password';
    multiline?: boolean;
    rows?: number;
    maxLength?: number;
    inputMode?: 'numeric' | 'tel' | 'text';
    autoComplete?: string;
    min?: string | number;
    max?: string | number;
  }) {
  const id = useId();
  const control = bound.field ?? { value: bound.value, onChange: (e: { target: { value: string } }) => bound.onChange!(e.target.value) };
  const aria = describedBy(id, hint, error);
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      {multiline ? (
        <textarea id={id} rows={rows} required={required} maxLength={maxLength} {...aria} {...control} />
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
          {...aria}
          {...control}
        />
      )}
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ label, hint, required, error, options, empty, ...bound }: Base & Bound<string> & { options: Option[]; empty?: string }) {
  const id = useId();
  const control = bound.field ?? { value: bound.value, onChange: (e: { target: { value: string } }) => bound.onChange!(e.target.value) };
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      <select id={id} required={required} {...describedBy(id, hint, error)} {...control}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

/** A set of checkboxes in a fieldset; the legend names the question. */
export function CheckGroup({
  legend,
  hint,
  options,
  required,
  error,
  ...bound
}: { legend: string; hint?: string; options: Option[]; required?: boolean; error?: string } & Bound<string[]>) {
  const id = useId();
  const aria = describedBy(id, undefined, error);
  const box = (o: Option) =>
    bound.field
      ? { ...bound.field, value: o.value }
      : {
          checked: bound.value.includes(o.value),
          onChange: (e: { target: { checked: boolean } }) =>
            bound.onChange(e.target.checked ? [...bound.value, o.value] : bound.value.filter((x) => x !== o.value)),
        };
  return (
    <fieldset className="choice-group">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" {...aria} {...box(o)} />
          <span>{o.label}</span>
        </label>
      ))}
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}

/** One choice among a few, as radio buttons in a fieldset. */
export function RadioGroup({
  legend,
  hint,
  options,
  required,
  name,
  error,
  ...bound
}: { legend: string; hint?: string; options: Option[]; required?: boolean; name?: string; error?: string } & Bound<string>) {
  const id = useId();
  const aria = describedBy(id, undefined, error);
  const radio = (o: Option) =>
    bound.field
      ? { ...bound.field, value: o.value }
      : { name: name ?? id, value: o.value, checked: bound.value === o.value, onChange: () => bound.onChange(o.value) };
  return (
    <fieldset className="choice-group">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="radio" required={required} {...aria} {...radio(o)} />
          <span>{o.label}</span>
        </label>
      ))}
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}

/** A single checkbox with its label. */
export function CheckField({ label, hint, error, ...bound }: { label: string; hint?: string; error?: string } & Bound<boolean>) {
  const id = useId();
  const control = bound.field ?? { checked: bound.value, onChange: (e: { target: { checked: boolean } }) => bound.onChange!(e.target.checked) };
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" id={id} {...describedBy(id, hint, error)} {...control} />
        <span>{label}</span>
      </label>
      <Hint id={id} hint={hint} />
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

/** Yes / no / not known, for optional booleans (controlled: useController gives value and onChange). */
export function YesNoField({
  legend,
  value,
  onChange,
  allowUnknown,
  error,
}: {
  legend: string;
  value: boolean | null;
  onChange(v: boolean | null): void;
  allowUnknown?: boolean;
  error?: string;
}) {
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
      error={error}
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
