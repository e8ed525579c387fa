import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { answer, client } from '../api/client.js';
import { useVolunteer, useWrite } from '../api/queries.js';
import type { ApiBody, Volunteer } from '../api/types.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { PlacePicker } from '../components/pickers.js';
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

function PersonFields({ prefix, value, onChange }: { prefix: string; value: { fullName: string; sex: string; phone: string; selectedOn: string }; onChange(v: typeof value): void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t('izu.fullName')}</label>
        <input id={`${prefix}-name`} required minLength={2} value={value.fullName} onChange={(e) => onChange({ ...value, fullName: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-sex`}>{t('izu.sex')}</label>
        <select id={`${prefix}-sex`} required value={value.sex} onChange={(e) => onChange({ ...value, sex: e.target.value })}>
          <option value="">—</option>
          <option value="female">{t('izu.sexes.female')}</option>
          <option value="male">{t('izu.sexes.male')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-phone`}>{t('izu.phone')}</label>
        <input id={`${prefix}-phone`} type="tel" required value={value.phone} onChange={(e) => onChange({ ...value, phone: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-selected`}>{t('izu.selectedOn')}</label>
        <input id={`${prefix}-selected`} type="date" value={value.selectedOn} onChange={(e) => onChange({ ...value, selectedOn: e.target.value })} />
      </div>
    </>
  );
}

/** Register a volunteer: an IZU of a village, or a cell or sector coordinator. */
export function VolunteerCreate() {
  const { t } = useTranslation();
  useTitle(t('izu.add'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [role, setRole] = useState<'izu' | 'izu_cell_coordinator' | 'izu_sector_coordinator'>('izu');
  const [place, setPlace] = useState<Choice | null>(null);
  const [person, setPerson] = useState({ fullName: '', sex: '', phone: '', selectedOn: '' });
  const [trainings, setTrainings] = useState('');
  const write = useWrite();
  const level = role === 'izu' ? 5 : role === 'izu_cell_coordinator' ? 4 : 3;
  const given = params.get('placeId');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const placeId = place?.id ?? given;
    if (!placeId) return;
    const body: ApiBody<'/api/v1/izu/volunteers', 'post'> = {
      role, placeId, fullName: person.fullName, sex: person.sex as 'female' | 'male', phone: person.phone,
      selectedOn: person.selectedOn || null, trainings: parseTrainings(trainings),
    };
    const done = await write.run(() => answer(client.POST('/api/v1/izu/volunteers', { body })));
    if (done) navigate(`/izu/volunteers/${done.volunteer.id}`);
  }

  return (
    <section aria-labelledby="izu-new-title">
      <p className="back"><Link to="/izu">← {t('izu.title')}</Link></p>
      <h1 id="izu-new-title">{t('izu.add')}</h1>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="izu-role">{t('izu.role')}</label>
          <select id="izu-role" value={role} onChange={(e) => { setRole(e.target.value as typeof role); setPlace(null); }}>
            {(['izu', 'izu_cell_coordinator', 'izu_sector_coordinator'] as const).map((r) => <option key={r} value={r}>{roleName(t, r)}</option>)}
          </select>
        </div>
        <PlacePicker label={t(`levels.${level}`)} levels={[level]} value={place ?? (given && given.length === [0, 1, 2, 4, 6, 8][level] ? { id: given, label: given } : null)} onChange={setPlace} required />
        <PersonFields prefix="izu-new" value={person} onChange={setPerson} />
        <div className="field">
          <label htmlFor="izu-trainings">{t('izu.trainings')}</label>
          <textarea id="izu-trainings" rows={3} value={trainings} onChange={(e) => setTrainings(e.target.value)} placeholder="Basic IZU training 2019-05-10" />
          <p className="hint">{t('izu.trainingsHint')}</p>
        </div>
        <button type="submit" className="primary" disabled={write.busy}>{t('common.save')}</button>
      </form>
      <ErrorMessage error={write.error} />
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
      <p className="back"><Link to={`/izu?placeId=${v.place.id}`}>← {t('izu.title')}</Link></p>
      <h1 id="volunteer-title">{v.fullName}</h1>
      <dl className="facts">
        <dt>{t('izu.role')}</dt><dd>{roleName(t, v.role)}</dd>
        <dt>{t('izu.place')}</dt><dd>{v.place.label}</dd>
        <dt>{t('izu.sex')}</dt><dd>{v.sex ? t(`izu.sexes.${v.sex}`) : '—'}</dd>
        <dt>{t('izu.phone')}</dt><dd>{v.phone ?? '—'}</dd>
        <dt>{t('izu.status')}</dt>
        <dd>
          {t(`izu.statuses.${v.status}`)} {v.statusOn && t('izu.since', { date: v.statusOn })}
          {v.replacedBy && <> · {t('izu.replacedBy')} <Link to={`/izu/volunteers/${v.replacedBy.id}`}>{v.replacedBy.fullName}</Link></>}
        </dd>
        <dt>{t('izu.selectedOn')}</dt><dd>{v.selectedOn ?? '—'}</dd>
        <dt>{t('izu.webAccess')}</dt><dd>{v.webAccess ? t('common.yes') : t('izu.smsOnly')}</dd>
        <dt>{t('izu.trainings')}</dt>
        <dd>{v.trainings.length ? <ul className="plain">{v.trainings.map((x) => <li key={x.name + x.takenOn}>{x.name} ({x.takenOn})</li>)}</ul> : '—'}</dd>
      </dl>
      {canManage && <VolunteerEdit v={v} />}
      {canManage && <VolunteerStatus v={v} />}
    </section>
  );
}

function VolunteerEdit({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState({ fullName: v.fullName, sex: v.sex ?? '', phone: v.phone ?? '', selectedOn: v.selectedOn ?? '' });
  const [trainings, setTrainings] = useState(trainingsText(v.trainings));
  const [saved, setSaved] = useState(false);
  const write = useWrite();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const body: ApiBody<'/api/v1/izu/volunteers/{id}', 'patch'> = {
      fullName: person.fullName, ...(person.sex && { sex: person.sex as 'female' | 'male' }), ...(person.phone && { phone: person.phone }),
      selectedOn: person.selectedOn || null, trainings: parseTrainings(trainings),
    };
    if (await write.run(() => answer(client.PATCH('/api/v1/izu/volunteers/{id}', { params: { path: { id: v.id } }, body })))) setSaved(true);
  }
  return (
    <section className="panel" aria-labelledby="volunteer-edit">
      <h2 id="volunteer-edit">{t('common.edit')}</h2>
      <form className="form" onSubmit={submit}>
        <PersonFields prefix="izu-edit" value={person} onChange={setPerson} />
        <div className="field">
          <label htmlFor="izu-edit-trainings">{t('izu.trainings')}</label>
          <textarea id="izu-edit-trainings" rows={3} value={trainings} onChange={(e) => setTrainings(e.target.value)} />
          <p className="hint">{t('izu.trainingsHint')}</p>
        </div>
        <button type="submit" className="primary" disabled={write.busy}>{t('common.save')}</button>
      </form>
      <ErrorMessage error={write.error} />
      {saved && <Notice>{t('izu.saved')}</Notice>}
    </section>
  );
}

function VolunteerStatus({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'active' | 'inactive' | 'replaced'>(v.status);
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const [successor, setSuccessor] = useState({ fullName: '', sex: '', phone: '', selectedOn: '' });
  const write = useWrite();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/api/v1/izu/volunteers/{id}/status', 'post'> = {
      status, on,
      ...(status === 'replaced' && {
        replacement: { fullName: successor.fullName, sex: successor.sex as 'female' | 'male', phone: successor.phone, selectedOn: successor.selectedOn || null },
      }),
    };
    await write.run(() => answer(client.POST('/api/v1/izu/volunteers/{id}/status', { params: { path: { id: v.id } }, body })));
  }
  return (
    <section className="panel" aria-labelledby="volunteer-status">
      <h2 id="volunteer-status">{t('izu.changeStatus')}</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="izu-new-status">{t('izu.status')}</label>
          <select id="izu-new-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {(['active', 'inactive', 'replaced'] as const).map((s) => <option key={s} value={s}>{t(`izu.statuses.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="izu-status-on">{t('izu.statusOn')}</label>
          <input id="izu-status-on" type="date" required value={on} onChange={(e) => setOn(e.target.value)} />
        </div>
        {status === 'replaced' && (
          <fieldset>
            <legend>{t('izu.successor')}</legend>
            <PersonFields prefix="izu-successor" value={successor} onChange={setSuccessor} />
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={write.busy}>{t('common.save')}</button>
      </form>
      <ErrorMessage error={write.error} />
    </section>
  );
}
