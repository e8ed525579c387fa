import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { answer, client } from '../api/client.js';
import { useVolunteer } from '../api/queries.js';
import type { ApiBody, Volunteer } from '../api/types.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
import { useServerForm } from '../components/server-form.js';
import { SelectField, TextField } from '../cases/fields.js';
import { QueryView } from '../components/query-view.js';
import type { Choice } from '../components/search-picker.js';
import { useTitle } from '../components/use-title.js';
import { roleName } from '../labels.js';
import { useMe } from '../session.js';

type Training = { name: string; takenOn: string };

/** One training a line: "Basic training 2019-05-10". */
const trainingsText = (ts: Training[]) => ts.map((x) => `${x.name} ${x.takenOn}`).join('\n');
function parseTrainings(text: string): Training[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*\S)\s+(\d{4}-\d{2}-\d{2})$/.exec(l);
      return m ? { name: m[1]!, takenOn: m[2]! } : { name: l, takenOn: '' };
    });
}

type Person = { fullName: string; sex: string; phone: string; selectedOn: string };
type PersonForm = { bind(name: 'fullName' | 'sex' | 'phone' | 'selectedOn'): { field: UseFormRegisterReturn; error: string | undefined } };

/** Name, sex, phone and date selected: the fields every volunteer has. */
function PersonFields({ bind }: PersonForm) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('izu.fullName')} required {...bind('fullName')} />
      <SelectField
        label={t('izu.sex')}
        required
        empty="—"
        options={[
          { value: 'female', label: t('izu.sexes.female') },
          { value: 'male', label: t('izu.sexes.male') },
        ]}
        {...bind('sex')}
      />
      <TextField label={t('izu.phone')} type="tel" inputMode="tel" required {...bind('phone')} />
      <TextField label={t('izu.selectedOn')} type="date" {...bind('selectedOn')} />
    </>
  );
}

/** A refusal naming `trainings.2.takenOn` is shown beside the trainings' text. */
const trainingsField = (path: string) =>
  path.startsWith('trainings') ? 'trainings' : path.startsWith('replacement.') ? path.slice('replacement.'.length) : path;

type VolunteerRole = 'izu' | 'izu_cell_coordinator' | 'izu_sector_coordinator';
const LEVEL: Record<VolunteerRole, number> = { izu: 5, izu_cell_coordinator: 4, izu_sector_coordinator: 3 };

/** Register a volunteer: an IZU of a village, or a cell or sector coordinator. */
export function VolunteerCreate() {
  const { t } = useTranslation();
  useTitle(t('izu.add'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const given = params.get('placeId');
  const [place, setPlace] = useState<Choice | null>(null);
  const { form, bind, run, busy, error } = useServerForm<Person & { role: VolunteerRole; trainings: string }>({
    defaultValues: { role: 'izu', fullName: '', sex: '', phone: '', selectedOn: '', trainings: '' },
    fieldOf: trainingsField,
  });
  const role = form.watch('role');
  const level = LEVEL[role];
  // A place given in the address is used when it is of the level the role works at.
  const placeId = place?.id ?? (given && given.length === [2, 1, 2, 4, 6, 8][level] ? given : null);

  const submit = form.handleSubmit(async (draft) => {
    if (!placeId) return;
    const body: ApiBody<'/api/v1/izu/volunteers', 'post'> = {
      role: draft.role,
      placeId,
      fullName: draft.fullName,
      sex: draft.sex as 'female' | 'male',
      phone: draft.phone,
      selectedOn: draft.selectedOn || null,
      trainings: parseTrainings(draft.trainings),
    };
    const done = await run(() => answer(client.POST('/api/v1/izu/volunteers', { body })));
    if (done) navigate(`/izu/volunteers/${done.volunteer.id}`);
  });

  return (
    <section aria-labelledby="izu-new-title">
      <p className="back">
        <Link to="/izu">← {t('izu.title')}</Link>
      </p>
      <h1 id="izu-new-title">{t('izu.add')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('izu.role')}
          options={(['izu', 'izu_cell_coordinator', 'izu_sector_coordinator'] as const).map((r) => ({ value: r, label: roleName(t, r) }))}
          {...bind('role')}
        />
        <PlacePicker
          label={t(`levels.${level}`)}
          levels={[level]}
          value={place ?? (placeId ? { id: placeId, label: placeId } : null)}
          onChange={setPlace}
          required
        />
        <PersonFields bind={bind} />
        <TextField label={t('izu.trainings')} hint={t('izu.trainingsHint')} multiline rows={3} {...bind('trainings')} />
        <button type="submit" className="primary" disabled={busy || !placeId}>
          {t('common.save')}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

export function VolunteerDetail({ id }: { id: string }) {
  const volunteer = useVolunteer(id);
  return <QueryView query={volunteer}>{(v) => <VolunteerView v={v} />}</QueryView>;
}

function VolunteerView({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const me = useMe();
  useTitle(v.fullName);
  const canManage = me.permissions.includes('izu:manage');
  return (
    <section aria-labelledby="volunteer-title">
      <p className="back">
        <Link to={`/izu?placeId=${v.place.id}`}>← {t('izu.title')}</Link>
      </p>
      <h1 id="volunteer-title">{v.fullName}</h1>
      <dl className="facts">
        <dt>{t('izu.role')}</dt>
        <dd>{roleName(t, v.role)}</dd>
        <dt>{t('izu.place')}</dt>
        <dd>{v.place.label}</dd>
        <dt>{t('izu.sex')}</dt>
        <dd>{v.sex ? t(`izu.sexes.${v.sex}`) : '—'}</dd>
        <dt>{t('izu.phone')}</dt>
        <dd>{v.phone ?? '—'}</dd>
        <dt>{t('izu.status')}</dt>
        <dd>
          {t(`izu.statuses.${v.status}`)} {v.statusOn && t('izu.since', { date: v.statusOn })}
          {v.replacedBy && (
            <>
              {' '}
              · {t('izu.replacedBy')} <Link to={`/izu/volunteers/${v.replacedBy.id}`}>{v.replacedBy.fullName}</Link>
            </>
          )}
        </dd>
        <dt>{t('izu.selectedOn')}</dt>
        <dd>{v.selectedOn ?? '—'}</dd>
        <dt>{t('izu.webAccess')}</dt>
        <dd>{v.webAccess ? t('common.yes') : t('izu.smsOnly')}</dd>
        <dt>{t('izu.trainings')}</dt>
        <dd>
          {v.trainings.length ? (
            <ul className="plain">
              {v.trainings.map((x) => (
                <li key={x.name + x.takenOn}>
                  {x.name} ({x.takenOn})
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {canManage && <VolunteerEdit v={v} />}
      {canManage && <VolunteerStatus v={v} />}
    </section>
  );
}

function VolunteerEdit({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { form, bind, run, busy, error } = useServerForm<Person & { trainings: string }>({
    defaultValues: { fullName: v.fullName, sex: v.sex ?? '', phone: v.phone ?? '', selectedOn: v.selectedOn ?? '', trainings: trainingsText(v.trainings) },
    fieldOf: trainingsField,
  });
  const submit = form.handleSubmit(async (draft) => {
    setSaved(false);
    const body: ApiBody<'/api/v1/izu/volunteers/{id}', 'patch'> = {
      fullName: draft.fullName,
      ...(draft.sex && { sex: draft.sex as 'female' | 'male' }),
      ...(draft.phone && { phone: draft.phone }),
      selectedOn: draft.selectedOn || null,
      trainings: parseTrainings(draft.trainings),
    };
    if (await run(() => answer(client.PATCH('/api/v1/izu/volunteers/{id}', { params: { path: { id: v.id } }, body })))) setSaved(true);
  });
  return (
    <section className="panel" aria-labelledby="volunteer-edit">
      <h2 id="volunteer-edit">{t('common.edit')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <PersonFields bind={bind} />
        <TextField label={t('izu.trainings')} hint={t('izu.trainingsHint')} multiline rows={3} {...bind('trainings')} />
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {saved && <Notice>{t('izu.saved')}</Notice>}
    </section>
  );
}

type StatusDraft = Person & { status: 'active' | 'inactive' | 'replaced'; on: string };

function VolunteerStatus({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const { form, bind, run, busy, error } = useServerForm<StatusDraft>({
    defaultValues: { status: v.status, on: new Date().toISOString().slice(0, 10), fullName: '', sex: '', phone: '', selectedOn: '' },
    fieldOf: trainingsField,
  });
  const status = form.watch('status');
  const submit = form.handleSubmit(async (d) => {
    const body: ApiBody<'/api/v1/izu/volunteers/{id}/status', 'post'> = {
      status: d.status,
      on: d.on,
      ...(d.status === 'replaced' && {
        replacement: { fullName: d.fullName, sex: d.sex as 'female' | 'male', phone: d.phone, selectedOn: d.selectedOn || null },
      }),
    };
    await run(() => answer(client.POST('/api/v1/izu/volunteers/{id}/status', { params: { path: { id: v.id } }, body })));
  });
  return (
    <section className="panel" aria-labelledby="volunteer-status">
      <h2 id="volunteer-status">{t('izu.changeStatus')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('izu.status')}
          options={(['active', 'inactive', 'replaced'] as const).map((s) => ({ value: s, label: t(`izu.statuses.${s}`) }))}
          {...bind('status')}
        />
        <TextField label={t('izu.statusOn')} type="date" required {...bind('on')} />
        {status === 'replaced' && (
          <fieldset>
            <legend>{t('izu.successor')}</legend>
            <PersonFields bind={bind} />
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
