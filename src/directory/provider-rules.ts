import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { normaliseRwandanMobile } from '../people/phone.js';
import type { ProviderInput } from './directory.schemas.js';
import { activeServiceTypes, eligibleFocalPersons, existingPlaces, idsOfOthers, type ProviderRecord } from './provider.repository.js';

// The rules a provider must meet before anything of it is written, shared by
// the form (PUT/POST) and the HSDS import. Each problem names where it is
// (a path into the provider's input) and its message key.

export type ProviderIssue = { path: (string | number)[]; message: string; messageKey: string };

/**
 * A phone number in E.164 form: a Rwandan mobile in any usual spelling
 * (src/people/phone.ts), another international number given with its +,
 * or, for a hotline, a short code such as 116 or 3512.
 */
export function normaliseDirectoryPhone(input: string, type: string): string | null {
  const mobile = normaliseRwandanMobile(input);
  if (mobile) return mobile;
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  if (type === 'hotline' && /^\d{3,5}$/.test(compact)) return compact;
  return null;
}

type Current = { services: Map<string, { serviceType: string; capacityAvailable: number | null; capacityUpdatedAt: Date | null }> };

/**
 * Checks a provider's input against the map, the service type list, its own
 * parts and the database (ids of another provider, focal persons), and
 * returns the record to write, or the problems. `capacityUpdatedAt`: the
 * import's own dates; otherwise a changed capacity is stamped `now`.
 */
export async function checkProvider(
  db: Db,
  id: string,
  input: ProviderInput,
  current: Current,
  now: Date,
  given: { capacityUpdatedAt?: Map<string, Date | null>; within?: (placeId: string) => boolean } = {},
): Promise<{ issues: ProviderIssue[]; record: ProviderRecord }> {
  const issues: ProviderIssue[] = [];
  const issue = (path: (string | number)[], message: string, messageKey: string) => issues.push({ path, message, messageKey });

  const places = await existingPlaces(db, [input.placeId, ...input.locations.map((l) => l.placeId), ...input.services.flatMap((s) => s.areaPlaceIds)]);
  const types = await activeServiceTypes(db);
  if (!places.has(input.placeId)) issue(['placeId'], 'No such place', 'errors.place_not_found');
  // A manager below the national level maps their own jurisdiction: a service
  // they record reaches no further (nor its locations), or it would change
  // another district's gaps and suggestions.
  const outside = (placeId: string) => (given.within ? !given.within(placeId) : false);
  input.locations.forEach((l, i) => {
    if (!places.has(l.placeId)) issue(['locations', i, 'placeId'], 'No such place', 'errors.place_not_found');
    else if (outside(l.placeId)) issue(['locations', i, 'placeId'], 'Outside your jurisdiction', 'errors.place_out_of_scope');
  });

  const locations = input.locations.map((l) => ({ ...l, id: l.id ?? randomUUID(), latitude: l.latitude ?? null, longitude: l.longitude ?? null }));
  const locationIds = new Set(locations.map((l) => l.id));
  const phones: ProviderRecord['phones'] = [];
  const addPhones = (list: ProviderInput['phones'], serviceId: string | null, path: (string | number)[]) =>
    list.forEach((p, i) => {
      const number = normaliseDirectoryPhone(p.number, p.type);
      if (!number) issue([...path, i, 'number'], 'Not a phone number (E.164, e.g. +250781234567)', 'errors.phone_invalid');
      phones.push({ id: p.id ?? randomUUID(), serviceId, number: number ?? p.number, type: p.type, description: p.description });
    });
  addPhones(input.phones, null, ['phones']);

  const services = input.services.map((s, i) => {
    const sid = s.id ?? randomUUID();
    const before = current.services.get(sid);
    // A type switched off stays valid on the services that already have it.
    if (!types.has(s.serviceType) && before?.serviceType !== s.serviceType) {
      issue(['services', i, 'serviceType'], 'No such active service type', 'errors.service_type_not_found');
    }
    if (s.minAge != null && s.maxAge != null && s.minAge > s.maxAge) {
      issue(['services', i, 'minAge'], 'The minimum age is above the maximum age', 'errors.age_range_invalid');
    }
    s.areaPlaceIds.forEach((a, j) => {
      if (!places.has(a)) issue(['services', i, 'areaPlaceIds', j], 'No such place', 'errors.place_not_found');
      else if (outside(a)) issue(['services', i, 'areaPlaceIds', j], 'Outside your jurisdiction', 'errors.place_out_of_scope');
    });
    s.locationIds.forEach((l, j) => {
      if (!locationIds.has(l)) issue(['services', i, 'locationIds', j], "Not one of the provider's locations", 'errors.location_not_found');
    });
    s.schedules.forEach((x, j) => {
      if ((x.opensAt == null) !== (x.closesAt == null))
        issue(['services', i, 'schedules', j, 'closesAt'], 'Give both the opening and the closing time, or neither', 'errors.schedule_invalid');
      else if (x.opensAt && x.closesAt && x.opensAt >= x.closesAt)
        issue(['services', i, 'schedules', j, 'closesAt'], 'Closes before it opens', 'errors.schedule_invalid');
    });
    addPhones(s.phones, sid, ['services', i, 'phones']);
    const capacity = s.capacityAvailable ?? null;
    const stamped = given.capacityUpdatedAt?.has(sid)
      ? given.capacityUpdatedAt.get(sid)!
      : before && before.capacityAvailable === capacity
        ? before.capacityUpdatedAt
        : capacity === null
          ? null
          : now;
    return {
      id: sid,
      serviceType: s.serviceType,
      name: s.name,
      description: s.description,
      email: s.email ?? null,
      minAge: s.minAge ?? null,
      maxAge: s.maxAge ?? null,
      sexes: [...new Set(s.sexes)].sort(),
      capacityAvailable: capacity,
      capacityUpdatedAt: stamped,
      active: s.active,
      areaPlaceIds: [...new Set(s.areaPlaceIds)],
      locationIds: [...new Set(s.locationIds)],
      schedules: s.schedules.map((x) => ({
        id: x.id ?? randomUUID(),
        byday: x.byday.join(','),
        opensAt: x.opensAt ?? null,
        closesAt: x.closesAt ?? null,
        description: x.description,
      })),
    };
  });
  if (new Set(services.map((s) => s.id)).size !== services.length) issue(['services'], 'A service is listed twice', 'errors.duplicate_id');

  const others = await idsOfOthers(db, id, {
    services: services.map((s) => s.id),
    locations: locations.map((l) => l.id),
    phones: phones.map((p) => p.id),
    schedules: services.flatMap((s) => s.schedules.map((x) => x.id)),
  });
  services.forEach((s, i) => {
    if (others.has(s.id)) issue(['services', i, 'id'], 'Belongs to another provider', 'errors.not_found');
  });
  locations.forEach((l, i) => {
    if (others.has(l.id)) issue(['locations', i, 'id'], 'Belongs to another provider', 'errors.not_found');
  });
  if (phones.some((p) => others.has(p.id)) || services.some((s) => s.schedules.some((x) => others.has(x.id)))) {
    issue(['phones'], 'A phone or schedule belongs to another provider', 'errors.not_found');
  }

  const focal = await eligibleFocalPersons(db, id, input.focalPersonIds);
  input.focalPersonIds.forEach((u, i) => {
    if (!focal.has(u)) issue(['focalPersonIds', i], 'Not an active service provider user of this organisation', 'errors.focal_person_invalid');
  });

  return {
    issues,
    record: {
      id,
      name: input.name,
      kind: input.kind,
      placeId: input.placeId,
      active: input.active,
      description: input.description,
      email: input.email ?? null,
      website: input.website ?? null,
      qualityRating: input.quality?.rating ?? null,
      qualityReviewedOn: input.quality?.reviewedOn ?? null,
      qualityNote: input.quality?.note ?? null,
      locations: locations.map((l) => ({ id: l.id, name: l.name, placeId: l.placeId, address: l.address, latitude: l.latitude, longitude: l.longitude })),
      phones,
      services,
      focalPersonIds: input.focalPersonIds,
    },
  };
}
