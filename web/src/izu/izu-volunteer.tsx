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

/**
 * The training register's IZU modules (migrations/0039 and 0044, audience
 * 'izu'; tests/workforce-messages.test.ts keeps this list the same): a
 * volunteer's trainings are register records of these, one date each.
 */
export const IZU_MODULES = ['izu_basic', 'izu_child_safeguarding', 'izu_reporting', 'izu_referrals', 'izu_positive_parenting', 'izu_home_visits'] as const;
type Modules = Record<(typeof IZU_MODULES)[number], string>;
const noModules = (): Modules => Object.fromEntries(IZU_MODULES.map((m) => [m, ''])) as Modules;
const modulesOf = (ts: { trainingCode: string; takenOn: string }[]): Modules => {
  const out = noModules();
  for (const x of ts) if (x.trainingCode in out) out[x.trainingCode as keyof Modules] = x.takenOn;
  return out;
};
const trainingsOf = (m: Modules) => IZU_MODULES.filter((code) => m[code]).map((code) => ({ trainingCode: code, takenOn: m[code] }));

/** One date field per IZU module: the day the volunteer took it (empty: not taken). */
function ModuleFields({
  bind,
  error,
}: {
  bind(name: `modules.${(typeof IZU_MODULES)[number]}`): { field: UseFormRegisterReturn; error: string | undefined };
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="subform">
      <legend>{t('izu.trainings')}</legend>
      <p className="hint">{t('izu.modulesHint')}</p>
      {IZU_MODULES.map((code) => (
        <TextField key={code} label={t(`workforce.trainings.${code}`)} type="date" {...bind(`modules.${code}`)} />
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
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

/** A refusal naming `trainings.2.takenOn` is shown under the trainings. */
const trainingsField = (path: string) =>
  path.startsWith('trainings') ? 'modules' : path.startsWith('replacement.') ? path.slice('replacement.'.length) : path;

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
  const { form, bind, run, busy, error, errorOf } = useServerForm<Person & { role: VolunteerRole; modules: Modules }>({
    defaultValues: { role: 'izu', fullName: '', sex: '', phone: '', selectedOn: '', modules: noModules() },
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
      trainings: trainingsOf(draft.modules),
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
        <ModuleFields bind={bind} error={errorOf('modules')} />
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
          {v.trainings.length || v.earlierTrainings.length ? (
            <ul className="plain">
              {v.trainings.map((x) => (
                <li key={x.trainingCode + x.takenOn}>
                  {t(`workforce.trainings.${x.trainingCode}`)} ({x.takenOn})
                </li>
              ))}
              {v.earlierTrainings.map((x) => (
                <li key={x.name + x.takenOn} className="muted">
                  {t('izu.earlierTraining', { name: x.name, date: x.takenOn })}
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
  const { form, bind, run, busy, error, errorOf } = useServerForm<Person & { modules: Modules }>({
    defaultValues: { fullName: v.fullName, sex: v.sex ?? '', phone: v.phone ?? '', selectedOn: v.selectedOn ?? '', modules: modulesOf(v.trainings) },
    fieldOf: trainingsField,
  });
  const submit = form.handleSubmit(async (draft) => {
    setSaved(false);
    const body: ApiBody<'/api/v1/izu/volunteers/{id}', 'patch'> = {
      fullName: draft.fullName,
      ...(draft.sex && { sex: draft.sex as 'female' | 'male' }),
      ...(draft.phone && { phone: draft.phone }),
      selectedOn: draft.selectedOn || null,
      trainings: trainingsOf(draft.modules),
    };
    if (await run(() => answer(client.PATCH('/api/v1/izu/volunteers/{id}', { params: { path: { id: v.id } }, body })))) setSaved(true);
  });
  return (
    <section className="panel" aria-labelledby="volunteer-edit">
      <h2 id="volunteer-edit">{t('common.edit')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <PersonFields bind={bind} />
        <ModuleFields bind={bind} error={errorOf('modules')} />
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
