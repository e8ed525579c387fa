import type { FieldErrors } from 'react-hook-form';
import { ApiError, type FieldError } from '../api/client.js';
import type { Provider, ProviderInput } from '../api/types.js';
import type { useServerForm } from '../components/server-form.js';
import type { Choice } from '../components/search-picker.js';
import { ORGANISATION_KINDS } from '../roles.js';
import { WEEKDAYS, type ProviderInput as ParsedProvider } from '../../../src/directory/directory.schemas.js';

// The provider form's values: named as the request's body (services.0.minAge,
// locations.1.placeId), so the server's schema, run in the browser, and the
// server's own refusals name the fields they belong to. What a field holds
// differs where the browser needs more than the body: a picked place keeps its
// label (Choice), a number is the text typed.

export { WEEKDAYS };
export type Day = (typeof WEEKDAYS)[number];
type Kind = (typeof ORGANISATION_KINDS)[number];
type PhoneType = Provider['phones'][number]['type'];

export type ScheduleDraft = { id?: string; byday: Day[]; opensAt: string; closesAt: string; description: string };
export type ServiceDraft = {
  id?: string;
  serviceType: string;
  name: string;
  description: string;
  minAge: string;
  maxAge: string;
  /** One sex, or '' for any. */
  sexes: string;
  capacityAvailable: string;
  active: boolean;
  areaPlaceIds: Choice[];
  schedules: ScheduleDraft[];
  /** Kept as they are: the form does not edit a service's own phones and e-mail (PUT replaces the whole provider). */
  phones: Provider['services'][number]['phones'];
  email: string | null;
  locationIds: string[];
};
export type LocationDraft = { id: string; name: string; placeId: Choice | null; address: string; latitude: number | null; longitude: number | null };
export type PhoneDraft = { id?: string; number: string; type: PhoneType; description: string };
export type ProviderDraft = {
  name: string;
  kind: Kind;
  placeId: Choice | null;
  description: string;
  email: string;
  website: string;
  quality: { rating: string; reviewedOn: string; note: string };
  locations: LocationDraft[];
  phones: PhoneDraft[];
  services: ServiceDraft[];
  focalPersonIds: Choice[];
};

/** The form as its fields use it (useServerForm's answer), handed to the parts of the form. */
export type ProviderForm = ReturnType<typeof useServerForm<ProviderDraft, ParsedProvider>>;

export const emptyService = (): ServiceDraft => ({
  serviceType: '',
  name: '',
  description: '',
  minAge: '',
  maxAge: '',
  sexes: '',
  capacityAvailable: '',
  active: true,
  areaPlaceIds: [],
  schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '17:00', description: '' }],
  phones: [],
  email: null,
  locationIds: [],
});

// A new location gets its id here, so the services given there can name it in the same request.
export const emptyLocation = (): LocationDraft => ({ id: crypto.randomUUID(), name: '', placeId: null, address: '', latitude: null, longitude: null });
export const emptyPhone = (): PhoneDraft => ({ number: '', type: 'voice', description: '' });

const numberText = (n: number | null) => (n === null ? '' : String(n));

export function draftOf(p: Provider | null): ProviderDraft {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'ngo',
    placeId: p ? { id: p.placeId, label: p.placeName } : null,
    description: p?.description ?? '',
    email: p?.email ?? '',
    website: p?.website ?? '',
    quality: { rating: p?.quality.rating ? String(p.quality.rating) : '', reviewedOn: p?.quality.reviewedOn ?? '', note: p?.quality.note ?? '' },
    locations: (p?.locations ?? []).map((l) => ({
      id: l.id,
      name: l.name,
      placeId: { id: l.placeId, label: l.placeName },
      address: l.address ?? '',
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    phones: (p?.phones ?? []).map((x) => ({ id: x.id, number: x.number, type: x.type, description: x.description ?? '' })),
    services: (p?.services ?? []).map((s) => ({
      id: s.id,
      serviceType: s.serviceType,
      name: s.name,
      description: s.description ?? '',
      minAge: numberText(s.minAge),
      maxAge: numberText(s.maxAge),
      sexes: s.sexes.length === 1 ? s.sexes[0]! : '',
      capacityAvailable: numberText(s.capacityAvailable),
      active: s.active,
      areaPlaceIds: s.areas.map((a) => ({ id: a.placeId, label: a.placeName, level: a.level })),
      schedules: s.schedules.map((x) => ({ id: x.id, byday: x.byday, opensAt: x.opensAt ?? '', closesAt: x.closesAt ?? '', description: x.description ?? '' })),
      phones: s.phones,
      email: s.email,
      locationIds: s.locationIds,
    })),
    focalPersonIds: (p?.focalPersons ?? []).map((f) => ({ id: f.userId, label: f.fullName })),
  };
}

const num = (v: string) => (v.trim() === '' ? null : Number(v));
const text = (v: string) => (v.trim() === '' ? null : v.trim());

/** The request's body: the whole provider (PUT replaces it), as the form shows it. */
export function bodyOf(d: ProviderDraft, active: boolean): ProviderInput {
  return {
    name: d.name.trim(),
    kind: d.kind,
    placeId: d.placeId?.id ?? '',
    active,
    description: text(d.description),
    email: text(d.email),
    website: text(d.website),
    quality:
      d.quality.rating && d.quality.reviewedOn ? { rating: Number(d.quality.rating), reviewedOn: d.quality.reviewedOn, note: text(d.quality.note) } : null,
    locations: d.locations.map((l) => ({
      id: l.id,
      name: l.name.trim(),
      placeId: l.placeId?.id ?? '',
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
      capacityAvailable: num(s.capacityAvailable),
      active: s.active,
      areaPlaceIds: s.areaPlaceIds.map((a) => a.id),
      schedules: s.schedules.map((x) => ({
        id: x.id,
        byday: WEEKDAYS.filter((w) => x.byday.includes(w)),
        opensAt: text(x.opensAt),
        closesAt: text(x.closesAt),
        description: text(x.description),
      })),
      phones: s.phones.map((x) => ({ id: x.id, number: x.number, type: x.type, description: x.description })),
      email: s.email,
      // A location removed from the form takes its services' links with it.
      locationIds: s.locationIds.filter((id) => d.locations.some((l) => l.id === id)),
    })),
    focalPersonIds: d.focalPersonIds.map((f) => f.id),
  };
}

/**
 * The form's field for a path of the request: a list of values is one field,
 * so a refused item (`services.0.areaPlaceIds.2`, `focalPersonIds.1`) shows
 * beside the list; every other path is the field's own name.
 */
export function providerField(path: string): string {
  return path.replace(/^((?:services\.\d+\.)?(?:sexes|areaPlaceIds|locationIds|focalPersonIds)|services\.\d+\.schedules\.\d+\.byday)\.\d+$/, '$1');
}

/**
 * What the server's schema, run in the browser, refused, as the summary shows
 * a refusal: each field by its label, since a field may be screens away from
 * the button (the words are the fields' own, already in the reader's language).
 */
export function refusedBeforeSending(errors: FieldErrors): ApiError {
  const fields: FieldError[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const e = node as { message?: unknown; type?: unknown };
    if (typeof e.message === 'string' && typeof e.type === 'string') fields.push({ field: ['body', ...path].join('.'), message: e.message });
    else for (const [k, v] of Object.entries(node)) if (k !== 'ref') walk(v, k === 'root' ? path : [...path, k]);
  };
  walk(errors, []);
  return new ApiError(400, 'validation', 'errors.validation', 'Validation failed', null, fields);
}
