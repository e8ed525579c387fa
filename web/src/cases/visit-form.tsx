import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recordTaskVisitSchema } from '../../../src/cases/monitoring/visits.schemas.js';
import { ErrorMessage } from '../components/error-message.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { kigaliInputToIso, nowLocalInput } from './dates.js';
import { TextField, YesNoField } from './fields.js';

// A monitoring visit (framework step 8, tool 13): who visited, when, what they
// saw, whether the child is safe. Used by caseworkers and by the IZU asked to
// visit; checked in the browser by the server's own schema before it is sent.

export type VisitBody = { visitedAt: string; companions?: string; observations: string; childSafe: boolean; concerns?: string };

type Draft = { visitedAt: string; companions: string; observations: string; childSafe: boolean | null; concerns: string };

function visitBody(v: Draft) {
  const body: Record<string, unknown> = { visitedAt: v.visitedAt && kigaliInputToIso(v.visitedAt), observations: v.observations, childSafe: v.childSafe };
  if (v.companions.trim()) body.companions = v.companions;
  if (v.concerns.trim()) body.concerns = v.concerns;
  return body;
}

export function VisitForm({ label, submitLabel, onSubmit }: { label: string; submitLabel: string; onSubmit(body: VisitBody): Promise<unknown> }) {
  const { t } = useTranslation();
  const shared = sharedResolver(recordTaskVisitSchema, t, visitBody);
  const { form, busy, error, run, errorOf } = useServerForm<Draft, VisitBody>({
    defaultValues: { visitedAt: nowLocalInput(), companions: '', observations: '', childSafe: null, concerns: '' },
    // The one question with no default: asked in its own words rather than "required".
    resolver: (values, context, options) =>
      values.childSafe === null
        ? { values: {}, errors: { childSafe: { type: 'required', message: t('visits.sayIfSafe') } } }
        : shared(values, context, options),
  });
  const childSafe = useController({ control: form.control, name: 'childSafe' }).field;

  const submit = form.handleSubmit(async (body) => {
    const done = await run(() => onSubmit(body));
    if (done !== undefined) form.reset({ ...form.getValues(), companions: '', observations: '', childSafe: null, concerns: '' });
  });

  return (
    <form className="form" onSubmit={submit} aria-label={label}>
      <TextField label={t('visits.visitedAt')} type="datetime-local" required field={form.register('visitedAt')} error={errorOf('visitedAt')} />
      <TextField
        label={t('visits.companions')}
        hint={t('visits.companionsHint')}
        field={form.register('companions')}
        maxLength={500}
        error={errorOf('companions')}
      />
      <TextField
        label={t('visits.observations')}
        hint={t('visits.observationsHint')}
        required
        multiline
        rows={4}
        field={form.register('observations')}
        maxLength={4000}
        error={errorOf('observations')}
      />
      <YesNoField legend={t('visits.childSafe')} value={childSafe.value} onChange={childSafe.onChange} error={errorOf('childSafe')} />
      <TextField
        key={childSafe.value === false ? 'concerns' : 'concerns-optional'}
        label={childSafe.value === false ? t('visits.concerns') : t('visits.concernsOptional')}
        required={childSafe.value === false}
        multiline
        rows={childSafe.value === false ? 3 : 2}
        field={form.register('concerns')}
        maxLength={4000}
        error={errorOf('concerns')}
      />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
