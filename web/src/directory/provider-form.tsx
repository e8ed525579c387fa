import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answer, client } from '../api/client.js';
import { useProvider, useServiceTypes, useWrite } from '../api/queries.js';
import type { Provider, ProviderInput } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { PlacePicker, UserPicker } from '../components/pickers.js';
import { QueryView } from '../components/query-view.js';
import type { Choice } from '../components/search-picker.js';
import { useTitle } from '../components/use-title.js';
import { kindName, placeWithLevel } from '../labels.js';
import { ORGANISATION_KINDS } from '../roles.js';
import { providerFieldLabel, serviceTypeName } from './labels.js';

// Adding or changing a provider: the whole provider is sent at once (PUT), so
// what the form shows is what is saved. A new location gets its id here, so
// the services given there can name it in the same request.

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Day = (typeof WEEKDAYS)[number];
type Kind = (typeof ORGANISATION_KINDS)[number];
type PhoneType = Provider['phones'][number]['type'];

type ScheduleDraft = { id?: string; byday: Day[]; opensAt: string; closesAt: string; description: string };
type ServiceDraft = {
  id?: string;
  serviceType: string;
  name: string;
  description: string;
  minAge: string;
  maxAge: string;
  sexes: string;
  capacity: string;
  active: boolean;
  areas: Choice[];
  schedules: ScheduleDraft[];
  keep: { phones: Provider['services'][number]['phones']; locationIds: string[] };
};
type LocationDraft = { id: string; name: string; place: Choice | null; address: string; latitude: number | null; longitude: number | null };
type PhoneDraft = { id?: string; number: string; type: PhoneType; description: string };

const emptyService = (): ServiceDraft => ({
  serviceType: '',
  name: '',
  description: '',
  minAge: '',
  maxAge: '',
  sexes: '',
  capacity: '',
  active: true,
  areas: [],
  schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '17:00', description: '' }],
  keep: { phones: [], locationIds: [] },
});

function draftOf(p: Provider | null) {
  return {
    name: p?.name ?? '',
    kind: (p?.kind ?? 'ngo') as Kind,
    seat: p ? ({ id: p.placeId, label: p.placeName } as Choice) : null,
    description: p?.description ?? '',
    email: p?.email ?? '',
    website: p?.website ?? '',
    rating: p?.quality.rating ? String(p.quality.rating) : '',
    reviewedOn: p?.quality.reviewedOn ?? '',
    note: p?.quality.note ?? '',
    locations: (p?.locations ?? []).map((l): LocationDraft => ({
      id: l.id,
      name: l.name,
      place: { id: l.placeId, label: l.placeName },
      address: l.address ?? '',
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    phones: (p?.phones ?? []).map((x): PhoneDraft => ({ id: x.id, number: x.number, type: x.type, description: x.description ?? '' })),
    services: (p?.services ?? []).map((s): ServiceDraft => ({
      id: s.id,
      serviceType: s.serviceType,
      name: s.name,
      description: s.description ?? '',
      minAge: s.minAge === null ? '' : String(s.minAge),
      maxAge: s.maxAge === null ? '' : String(s.maxAge),
      sexes: s.sexes.length === 1 ? s.sexes[0]! : '',
      capacity: s.capacityAvailable === null ? '' : String(s.capacityAvailable),
      active: s.active,
      areas: s.areas.map((a) => ({ id: a.placeId, label: `${a.placeName}`, level: a.level })),
      schedules: s.schedules.map((x) => ({ id: x.id, byday: x.byday, opensAt: x.opensAt ?? '', closesAt: x.closesAt ?? '', description: x.description ?? '' })),
      keep: { phones: s.phones, locationIds: s.locationIds },
    })),
    focal: (p?.focalPersons ?? []).map((f) => ({ id: f.userId, label: f.fullName }) as Choice),
  };
}
type Draft = ReturnType<typeof draftOf>;

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const text = (v: string) => (v.trim() === '' ? null : v.trim());

function bodyOf(d: Draft, p: Provider | null): ProviderInput {
  return {
    name: d.name.trim(),
    kind: d.kind,
    placeId: d.seat?.id ?? '',
    active: p?.active ?? true,
    description: text(d.description),
    email: text(d.email),
    website: text(d.website),
    quality: d.rating && d.reviewedOn ? { rating: Number(d.rating), reviewedOn: d.reviewedOn, note: text(d.note) } : null,
    locations: d.locations.map((l) => ({
      id: l.id,
      name: l.name.trim(),
      placeId: l.place?.id ?? '',
      address: text(l.address),
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    phones: d.phones.map((x) => ({ id: x.id, number: x.number, type: x.type, description: text(x.description) })),
    services: d.services.map((s) => ({
      id: s.id,
      serviceType: s.serviceType,
      name: s.name.trim(),
      description: text(s.description),
      minAge: num(s.minAge),
      maxAge: num(s.maxAge),
      sexes: s.sexes ? [s.sexes as 'female' | 'male'] : [],
      capacityAvailable: num(s.capacity),
      active: s.active,
      areaPlaceIds: s.areas.map((a) => a.id),
      schedules: s.schedules.map((x) => ({ id: x.id, byday: x.byday, opensAt: text(x.opensAt), closesAt: text(x.closesAt), description: text(x.description) })),
      phones: s.keep.phones.map((x) => ({ id: x.id, number: x.number, type: x.type, description: x.description })),
      locationIds: s.keep.locationIds.filter((id) => d.locations.some((l) => l.id === id)),
    })),
    focalPersonIds: d.focal.map((f) => f.id),
  };
}

export function ProviderCreateScreen() {
  return <ProviderForm provider={null} />;
}

export function ProviderEditScreen({ id }: { id: string }) {
  const provider = useProvider(id);
  return <QueryView query={provider}>{(p) => <ProviderForm provider={p} />}</QueryView>;
}

function ProviderForm({ provider }: { provider: Provider | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const types = useServiceTypes();
  const [d, setD] = useState<Draft>(() => draftOf(provider));
  const write = useWrite();
  const title = provider ? t('directory.editTitle', { name: provider.name }) : t('directory.createTitle');
  useTitle(title);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const setService = (i: number, patch: Partial<ServiceDraft>) => set({ services: d.services.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(d, provider);
    const saved = await write.run(() =>
      provider
        ? answer(client.PUT('/api/v1/directory/providers/{id}', { params: { path: { id: provider.id } }, body }))
        : answer(client.POST('/api/v1/directory/providers', { body })),
    );
    if (saved) navigate(`/directory/providers/${saved.id}`);
  }

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="provider-form-title">
      <h1 id="provider-form-title">{title}</h1>
      <div className="field">
        <label htmlFor="pf-name">{t('directory.name')}</label>
        <input id="pf-name" required value={d.name} onChange={(e) => set({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pf-kind">{t('directory.kind')}</label>
        <select id="pf-kind" value={d.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(t, k)}
            </option>
          ))}
        </select>
      </div>
      <PlacePicker label={t('directory.seat')} value={d.seat} onChange={(c) => set({ seat: c })} required />
      <div className="field">
        <label htmlFor="pf-description">{t('directory.description')}</label>
        <textarea id="pf-description" maxLength={2000} value={d.description} onChange={(e) => set({ description: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pf-email">{t('directory.email')}</label>
        <input id="pf-email" type="email" value={d.email} onChange={(e) => set({ email: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pf-website">{t('directory.website')}</label>
        <input id="pf-website" type="url" value={d.website} onChange={(e) => set({ website: e.target.value })} />
      </div>
      <fieldset>
        <legend>{t('directory.quality')}</legend>
        <div className="field">
          <label htmlFor="pf-rating">{t('directory.qualityRating')}</label>
          <input id="pf-rating" type="number" min={1} max={5} value={d.rating} onChange={(e) => set({ rating: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="pf-reviewed">{t('directory.qualityReviewedOn')}</label>
          <input id="pf-reviewed" type="date" value={d.reviewedOn} onChange={(e) => set({ reviewedOn: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="pf-note">{t('directory.qualityNote')}</label>
          <input id="pf-note" value={d.note} onChange={(e) => set({ note: e.target.value })} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('directory.phones')}</legend>
        {d.phones.map((ph, i) => (
          <div className="inline-fields" key={ph.id ?? `new-${i}`}>
            <div className="field">
              <label htmlFor={`pf-phone-${i}`}>{t('directory.phoneNumber')}</label>
              <input
                id={`pf-phone-${i}`}
                type="tel"
                required
                value={ph.number}
                onChange={(e) => set({ phones: d.phones.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)) })}
              />
            </div>
            <div className="field">
              <label htmlFor={`pf-phone-type-${i}`}>{t('directory.phoneType')}</label>
              <select
                id={`pf-phone-type-${i}`}
                value={ph.type}
                onChange={(e) => set({ phones: d.phones.map((x, j) => (j === i ? { ...x, type: e.target.value as PhoneType } : x)) })}
              >
                {(['voice', 'cell', 'sms', 'hotline', 'text', 'fax'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`directory.phoneTypes.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => set({ phones: d.phones.filter((_, j) => j !== i) })}>
              {t('directory.removeNamed', { name: ph.number || t('directory.phoneNumber') })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ phones: [...d.phones, { number: '', type: 'voice', description: '' }] })}>
          {t('directory.addPhone')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('directory.locations')}</legend>
        {d.locations.map((l, i) => {
          const setLocation = (patch: Partial<LocationDraft>) => set({ locations: d.locations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <div key={l.id} className="panel">
              <div className="field">
                <label htmlFor={`pf-loc-${i}-name`}>{t('directory.locationName')}</label>
                <input id={`pf-loc-${i}-name`} required value={l.name} onChange={(e) => setLocation({ name: e.target.value })} />
              </div>
              <PlacePicker label={t('directory.locationPlace')} value={l.place} onChange={(c) => setLocation({ place: c })} required />
              <div className="field">
                <label htmlFor={`pf-loc-${i}-address`}>{t('directory.address')}</label>
                <input id={`pf-loc-${i}-address`} value={l.address} onChange={(e) => setLocation({ address: e.target.value })} />
              </div>
              <button type="button" onClick={() => set({ locations: d.locations.filter((_, j) => j !== i) })}>
                {t('directory.removeNamed', { name: l.name || t('directory.locationName') })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => set({ locations: [...d.locations, { id: crypto.randomUUID(), name: '', place: null, address: '', latitude: null, longitude: null }] })}
        >
          {t('directory.addLocation')}
        </button>
      </fieldset>

      <h2>{t('directory.services')}</h2>
      {d.services.map((s, i) => (
        <fieldset key={s.id ?? `new-${i}`} className="panel">
          <legend>{t('directory.service', { n: i + 1 })}</legend>
          <div className="field">
            <label htmlFor={`pf-s${i}-type`}>{t('directory.serviceType')}</label>
            <select
              id={`pf-s${i}-type`}
              required
              value={s.serviceType}
              onChange={(e) => setService(i, { serviceType: e.target.value, name: s.name || serviceTypeName(types.data?.items, e.target.value) })}
            >
              <option value="" />
              {types.data?.items.map((x) => (
                <option key={x.code} value={x.code}>
                  {serviceTypeName(types.data?.items, x.code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`pf-s${i}-name`}>{t('directory.serviceName')}</label>
            <input id={`pf-s${i}-name`} required value={s.name} onChange={(e) => setService(i, { name: e.target.value })} />
          </div>
          <div className="inline-fields">
            <div className="field">
              <label htmlFor={`pf-s${i}-min`}>{t('directory.minAge')}</label>
              <input id={`pf-s${i}-min`} type="number" min={0} max={25} value={s.minAge} onChange={(e) => setService(i, { minAge: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`pf-s${i}-max`}>{t('directory.maxAge')}</label>
              <input id={`pf-s${i}-max`} type="number" min={0} max={25} value={s.maxAge} onChange={(e) => setService(i, { maxAge: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`pf-s${i}-sexes`}>{t('directory.sexes')}</label>
              <select id={`pf-s${i}-sexes`} value={s.sexes} onChange={(e) => setService(i, { sexes: e.target.value })}>
                <option value="">{t('directory.anySex')}</option>
                <option value="female">{t('directory.female')}</option>
                <option value="male">{t('directory.male')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`pf-s${i}-capacity`}>{t('directory.capacity')}</label>
              <input
                id={`pf-s${i}-capacity`}
                type="number"
                min={0}
                value={s.capacity}
                aria-describedby={`pf-s${i}-capacity-hint`}
                onChange={(e) => setService(i, { capacity: e.target.value })}
              />
              <p id={`pf-s${i}-capacity-hint`} className="hint">
                {t('directory.capacityHint')}
              </p>
            </div>
          </div>
          <div className="field">
            <span className="label">{t('directory.areas')}</span>
            <ul>
              {s.areas.map((a) => (
                <li key={a.id}>
                  {a.level !== undefined ? placeWithLevel(t, { name: a.label.split(' · ')[0]!, level: a.level }) : a.label}{' '}
                  <button type="button" className="link-button" onClick={() => setService(i, { areas: s.areas.filter((x) => x.id !== a.id) })}>
                    {t('directory.removeNamed', { name: a.label })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <PlacePicker
            label={t('directory.addArea')}
            hint={t('directory.areaHint')}
            value={null}
            onChange={(c) => c && !s.areas.some((a) => a.id === c.id) && setService(i, { areas: [...s.areas, c] })}
          />
          {s.schedules.map((x, j) => (
            <fieldset key={x.id ?? `new-${j}`}>
              <legend>{t('directory.schedule')}</legend>
              <div className="checkbox-row">
                {WEEKDAYS.map((day) => (
                  <label key={day}>
                    <input
                      type="checkbox"
                      checked={x.byday.includes(day)}
                      onChange={(e) =>
                        setService(i, {
                          schedules: s.schedules.map((y, k) =>
                            k === j
                              ? { ...y, byday: e.target.checked ? WEEKDAYS.filter((w) => w === day || y.byday.includes(w)) : y.byday.filter((w) => w !== day) }
                              : y,
                          ),
                        })
                      }
                    />{' '}
                    {t(`directory.weekdays.${day}`)}
                  </label>
                ))}
              </div>
              <div className="inline-fields">
                <div className="field">
                  <label htmlFor={`pf-s${i}-x${j}-opens`}>{t('directory.opensAt')}</label>
                  <input
                    id={`pf-s${i}-x${j}-opens`}
                    type="time"
                    value={x.opensAt}
                    onChange={(e) => setService(i, { schedules: s.schedules.map((y, k) => (k === j ? { ...y, opensAt: e.target.value } : y)) })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`pf-s${i}-x${j}-closes`}>{t('directory.closesAt')}</label>
                  <input
                    id={`pf-s${i}-x${j}-closes`}
                    type="time"
                    value={x.closesAt}
                    onChange={(e) => setService(i, { schedules: s.schedules.map((y, k) => (k === j ? { ...y, closesAt: e.target.value } : y)) })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`pf-s${i}-x${j}-note`}>{t('directory.scheduleNote')}</label>
                  <input
                    id={`pf-s${i}-x${j}-note`}
                    value={x.description}
                    onChange={(e) => setService(i, { schedules: s.schedules.map((y, k) => (k === j ? { ...y, description: e.target.value } : y)) })}
                  />
                </div>
              </div>
            </fieldset>
          ))}
          {d.locations.length > 0 && (
            <fieldset>
              <legend>{t('directory.givenAt')}</legend>
              {d.locations.map((l) => (
                <label key={l.id}>
                  <input
                    type="checkbox"
                    checked={s.keep.locationIds.includes(l.id)}
                    onChange={(e) =>
                      setService(i, {
                        keep: { ...s.keep, locationIds: e.target.checked ? [...s.keep.locationIds, l.id] : s.keep.locationIds.filter((x) => x !== l.id) },
                      })
                    }
                  />{' '}
                  {l.name || t('directory.locationName')}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            <input type="checkbox" checked={s.active} onChange={(e) => setService(i, { active: e.target.checked })} /> {t('directory.active')}
          </label>
          <p>
            <button type="button" onClick={() => set({ services: d.services.filter((_, j) => j !== i) })}>
              {t('directory.removeNamed', { name: s.name || t('directory.service', { n: i + 1 }) })}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => set({ services: [...d.services, emptyService()] })}>
          {t('directory.addService')}
        </button>
      </p>

      {provider && (
        <fieldset>
          <legend>{t('directory.focalPersons')}</legend>
          <ul>
            {d.focal.map((f) => (
              <li key={f.id}>
                {f.label}{' '}
                <button type="button" className="link-button" onClick={() => set({ focal: d.focal.filter((x) => x.id !== f.id) })}>
                  {t('directory.removeNamed', { name: f.label })}
                </button>
              </li>
            ))}
          </ul>
          <UserPicker
            label={t('directory.addFocalPerson')}
            role="service_provider"
            organisationId={provider.id}
            value={null}
            onChange={(c) => c && !d.focal.some((x) => x.id === c.id) && set({ focal: [...d.focal, c] })}
          />
        </fieldset>
      )}

      <ErrorMessage error={write.error} labelOf={(path) => providerFieldLabel(t, path)} />
      <p className="actions">
        <button type="submit" className="primary" disabled={write.busy}>
          {t('common.save')}
        </button>
        <Link className="button" to={provider ? `/directory/providers/${provider.id}` : '/directory'}>
          {t('common.cancel')}
        </Link>
      </p>
    </form>
  );
}
