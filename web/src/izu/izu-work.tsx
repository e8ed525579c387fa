import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HOUSEHOLD_CONCERNS, INCIDENT_FLAG_TYPES } from '../../../src/community/izu-visit-vocabulary.js';
import { answer, client } from '../api/client.js';
import type { ApiBody } from '../api/types.js';
import { todayInKigali } from '../cases/dates.js';
import { CheckGroup, RadioGroup, SelectField, TextField, YesNoField } from '../cases/fields.js';
import { options } from '../cases/vocab.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';

// The volunteer's own work on a phone (a basic smartphone, 360 px wide): log
// a household visit (a household code, never a name) and flag an incident,
// which becomes a report in the district register. Short forms, one column,
// big buttons; nothing here asks for a child's name.

type FlagBody = ApiBody<'/api/v1/izu/flags', 'post'>;
type VisitBody = ApiBody<'/api/v1/izu/household-visits', 'post'>;

const concernOptions = (t: ReturnType<typeof useTranslation>['t']) => HOUSEHOLD_CONCERNS.map((c) => ({ value: c, label: t(`izuWork.concerns.${c}`) }));

export function FlagIncidentScreen() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  useTitle(reference ? t('izuWork.flagSentTitle') : t('izuWork.flagTitle'));
  const blank = { type: '', urgent: null as boolean | null, childSex: 'unknown', childAge: '', description: '' };
  const { form, busy, error, run, bind, bindValue, errorOf } = useServerForm({
    defaultValues: blank,
    fieldOf: (path) => ({ childAgeYears: 'childAge' })[path] ?? path,
  });
  const urgent = useController({ control: form.control, name: 'urgent' }).field;
  const type = form.watch('type');

  const submit = form.handleSubmit(async (v) => {
    const body: FlagBody = {
      type: v.type as FlagBody['type'],
      urgent: v.urgent === true,
      childSex: v.childSex as FlagBody['childSex'],
      childAgeYears: v.childAge !== '' ? Number(v.childAge) : undefined,
      description: v.description.trim(),
    };
    const done = await run(() => answer(client.POST('/api/v1/izu/flags', { body })));
    if (done) setReference(done.reference);
  });

  if (reference) {
    return (
      <section aria-labelledby="flag-done-title" className="izu-work">
        <h1 id="flag-done-title">{t('izuWork.flagSentTitle')}</h1>
        <Notice>
          <p>{t('izuWork.flagSentText', { reference })}</p>
        </Notice>
        <p className="actions stacked">
          <button
            type="button"
            className="primary"
            onClick={() => {
              form.reset(blank);
              setReference(null);
            }}
          >
            {t('izuWork.flagAnother')}
          </button>
          <Link to="/" className="button">
            {t('nav.home')}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="flag-title" className="izu-work">
      <h1 id="flag-title">{t('izuWork.flagTitle')}</h1>
      <p className="muted">{t('izuWork.flagIntro')}</p>
      <form className="form" onSubmit={submit} aria-labelledby="flag-title">
        <SelectField
          label={t('izuWork.type')}
          required
          {...bind('type')}
          options={INCIDENT_FLAG_TYPES.map((v) => ({ value: v, label: v === 'other' ? t('izuWork.otherType') : options(t, 'caseTypes', [v])[0]!.label }))}
          empty={t('cases.common.choose')}
        />
        {type === 'sexual_violence' && <p className="hint">{t('izuWork.sexualAlwaysUrgent')}</p>}
        <YesNoField legend={t('izuWork.urgent')} value={urgent.value} onChange={urgent.onChange} error={errorOf('urgent')} />
        <RadioGroup legend={t('reports.childSex')} {...bindValue('childSex')} options={options(t, 'sexes')} />
        <TextField label={t('reports.childAge')} type="number" inputMode="numeric" min={0} max={17} {...bind('childAge')} />
        <TextField label={t('izuWork.description')} hint={t('izuWork.descriptionHint')} required multiline rows={4} {...bind('description')} maxLength={1000} />
        <ErrorMessage error={error} />
        <p className="actions stacked">
          <button type="submit" className="primary" disabled={busy}>
            {t('izuWork.flagSend')}
          </button>
        </p>
      </form>
    </section>
  );
}

export function LogVisitScreen() {
  const { t } = useTranslation();
  const [logged, setLogged] = useState(false);
  useTitle(t('izuWork.visitTitle'));
  const blank = () => ({ householdCode: '', visitedOn: todayInKigali(), childrenSeen: '', concerns: [] as string[], note: '' });
  const { form, busy, error, run, bind, bindValue } = useServerForm({ defaultValues: blank() });

  const submit = form.handleSubmit(async (v) => {
    const body: VisitBody = {
      householdCode: v.householdCode.trim(),
      visitedOn: v.visitedOn,
      childrenSeen: v.childrenSeen === '' ? Number.NaN : Number(v.childrenSeen),
      concerns: v.concerns as VisitBody['concerns'],
      note: v.note.trim() || undefined,
    };
    const done = await run(() => answer(client.POST('/api/v1/izu/household-visits', { body })));
    if (done) {
      form.reset(blank());
      setLogged(true);
    }
  });

  return (
    <section aria-labelledby="visit-title" className="izu-work">
      <h1 id="visit-title">{t('izuWork.visitTitle')}</h1>
      <p className="muted">{t('izuWork.visitIntro')}</p>
      {logged && (
        <Notice>
          <p>{t('izuWork.visitLogged')}</p>
        </Notice>
      )}
      <form className="form" onSubmit={submit} aria-labelledby="visit-title" onChange={() => setLogged(false)}>
        <TextField
          label={t('izuWork.householdCode')}
          hint={t('izuWork.householdCodeHint')}
          required
          {...bind('householdCode')}
          maxLength={20}
          autoComplete="off"
        />
        <TextField label={t('izuWork.visitedOn')} type="date" required max={todayInKigali()} {...bind('visitedOn')} />
        <TextField label={t('izuWork.childrenSeen')} type="number" inputMode="numeric" required min={0} max={30} {...bind('childrenSeen')} />
        <CheckGroup legend={t('izuWork.concernsFound')} hint={t('izuWork.concernsHint')} options={concernOptions(t)} {...bindValue('concerns')} />
        <TextField label={t('izuWork.note')} hint={t('izuWork.noteHint')} multiline rows={2} {...bind('note')} maxLength={500} />
        <ErrorMessage error={error} />
        <p className="actions stacked">
          <button type="submit" className="primary" disabled={busy}>
            {t('izuWork.visitSave')}
          </button>
          <Link to="/izu/visits" className="button">
            {t('izuWork.myVisits')}
          </Link>
        </p>
      </form>
    </section>
  );
}
