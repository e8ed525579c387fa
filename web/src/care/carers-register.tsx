import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { PlacePicker } from '../components/pickers.js';
import { QueryStatus } from '../components/query-view.js';
import type { Choice } from '../components/search-picker.js';
import { useServerForm } from '../components/server-form.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { CheckField, Panel, SelectField, TextField } from '../cases/fields.js';
import { useMe } from '../session.js';
import { CARER_FOUND_BY, CARER_STATUSES, useCarers, type Carer, type CarerQuery } from './care-api.js';
import { CarerStatusBadge, CarerTermsFields } from './carer-fields.js';

// The foster carers register of the user's district (Akarere): households
// found by an IZU, a local leader or a community forum, taken from
// application to approval or refusal. Carers do not sign in; their names
// and phone go only to those who place and visit children (the server
// leaves them out for others). Filters and page live in the URL.

const PAGE_SIZE = 25;

export function CarersRegisterScreen() {
  const { t } = useTranslation();
  useTitle(t('care.carers.title'));
  const me = useMe();
  const manage = me.permissions.includes('carers:manage');
  const { values, page, set } = useSearchState({ placeId: '', placeName: '', status: '', emergency: '', alsoIzu: '' });
  const query = useCarers({
    placeId: values.placeId || undefined,
    status: (values.status || undefined) as CarerQuery['status'],
    emergency: values.emergency === 'true' ? 'true' : undefined,
    alsoIzu: values.alsoIzu === 'true' ? 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const data = query.data;
  return (
    <section aria-labelledby="carers-title">
      <h1 id="carers-title">{t('care.carers.title')}</h1>
      <p className="muted">{t('care.carers.intro')}</p>
      <form className="filters" role="search" aria-label={t('care.carers.filters')} onSubmit={(e) => e.preventDefault()}>
        <PlacePicker
          label={t('care.carers.place')}
          hint={values.placeName ? t('care.carers.placeChosen', { place: values.placeName }) : t('care.carers.placeHint')}
          levels={[2, 3, 4, 5]}
          value={null}
          onChange={(c: Choice | null) => c && set({ placeId: c.id, placeName: c.label })}
        />
        {values.placeId && (
          <p>
            <button type="button" onClick={() => set({ placeId: '', placeName: '' })}>
              {t('care.carers.placeClear')}
            </button>
          </p>
        )}
        <div className="field">
          <label htmlFor="carers-status">{t('care.carers.status')}</label>
          <select id="carers-status" value={values.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {CARER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`care.carers.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={values.emergency === 'true'} onChange={(e) => set({ emergency: e.target.checked ? 'true' : '' })} />{' '}
            {t('care.carers.emergencyOnly')}
          </label>
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={values.alsoIzu === 'true'} onChange={(e) => set({ alsoIzu: e.target.checked ? 'true' : '' })} />{' '}
            {t('care.carers.izuOnly')}
          </label>
        </div>
      </form>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('care.carers.none')}</p>}
      {data && data.items.length > 0 && (
        <table className="responsive">
          <caption className="visually-hidden">{t('care.carers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('care.carers.household')}</th>
              <th scope="col">{t('levels.5')}</th>
              <th scope="col">{t('care.carers.status')}</th>
              <th scope="col">{t('care.carers.capacity')}</th>
              <th scope="col">{t('care.carers.agesLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <CarerRow key={c.id} c={c} />
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => set({ page: p })} />}
      {manage && <RegisterCarerForm />}
    </section>
  );
}

function CarerRow({ c }: { c: Carer }) {
  const { t } = useTranslation();
  return (
    <tr data-carer={c.id}>
      <td data-label={t('care.carers.household')}>
        <Link to={`/care/carers/${c.id}`}>{c.householdName ?? t('care.carers.hiddenName')}</Link>
        {c.alsoIzu && <span className="badge"> {t('care.carers.izuMark')}</span>}
        {c.emergencyAvailable && <span className="badge badge-warn"> {t('care.carers.emergency')}</span>}
      </td>
      <td data-label={t('levels.5')}>{c.village.name}</td>
      <td data-label={t('care.carers.status')}>
        <CarerStatusBadge status={c.status} />
        {c.approvalReviewOn && <span className="small muted"> {t('care.carers.reviewOn', { date: c.approvalReviewOn })}</span>}
      </td>
      <td data-label={t('care.carers.capacity')}>{t('care.carers.placedOf', { placed: c.placed, capacity: c.capacity })}</td>
      <td data-label={t('care.carers.agesLabel')}>{t('care.carers.ages', { min: c.ageMin, max: c.ageMax })}</td>
    </tr>
  );
}

type RegisterDraft = {
  householdName: string;
  mainCarerName: string;
  phone: string;
  village: Choice | null;
  foundBy: string;
  alsoIzu: boolean;
  capacity: string;
  ageMin: string;
  ageMax: string;
  emergencyAvailable: boolean;
};

/** A new applicant household (the district's CPWO). */
function RegisterCarerForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, busy, error, run, bind, bindValue } = useServerForm<RegisterDraft>({
    defaultValues: {
      householdName: '',
      mainCarerName: '',
      phone: '',
      village: null,
      foundBy: '',
      alsoIzu: false,
      capacity: '1',
      ageMin: '0',
      ageMax: '17',
      emergencyAvailable: false,
    },
    fieldOf: (p) => (p === 'villageId' ? 'village' : p),
  });
  const submit = form.handleSubmit(async (v) => {
    const made = await run(() =>
      answer(
        client.POST('/api/v1/care/carers', {
          body: {
            householdName: v.householdName,
            mainCarerName: v.mainCarerName,
            ...(v.phone.trim() && { phone: v.phone.trim() }),
            villageId: v.village?.id ?? '',
            foundBy: v.foundBy as Carer['foundBy'],
            alsoIzu: v.alsoIzu,
            capacity: Number(v.capacity),
            ageMin: Number(v.ageMin),
            ageMax: Number(v.ageMax),
            emergencyAvailable: v.emergencyAvailable,
          },
        }),
      ),
    );
    if (made) navigate(`/care/carers/${made.id}`);
  });
  return (
    <Panel title={t('care.carers.register')}>
      <form className="form" onSubmit={submit} aria-label={t('care.carers.register')}>
        <TextField label={t('care.carers.household')} required {...bind('householdName')} maxLength={200} />
        <TextField label={t('care.carers.mainCarer')} required {...bind('mainCarerName')} maxLength={200} />
        <TextField label={t('care.carers.phone')} type="tel" {...bind('phone')} maxLength={20} />
        <PlacePicker label={t('care.carers.village')} levels={[5]} required {...bindValue('village')} />
        <SelectField
          label={t('care.carers.foundByLabel')}
          required
          {...bind('foundBy')}
          options={CARER_FOUND_BY.map((f) => ({ value: f, label: t(`care.carers.foundBy.${f}`) }))}
          empty={t('cases.common.choose')}
        />
        <CheckField label={t('care.carers.alsoIzu')} field={form.register('alsoIzu')} error={bind('alsoIzu').error} />
        <CarerTermsFields capacity={bind('capacity')} ageMin={bind('ageMin')} ageMax={bind('ageMax')} emergency={bind('emergencyAvailable')} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('care.carers.registerSubmit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
