import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Db } from '../db/database.js';
import { escapeLike } from '../db/like.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { OrganisationKind } from '../people/organisation.schemas.js';
import type { Provider, ProviderListQuery } from './directory.schemas.js';

// The providers of the service directory: organisations with their services
// (HSDS service), service areas, locations, phones, schedules and focal
// persons. SQL only; who may read or change what is decided in the service
// through src/access/policy.ts.

/** The directory's stored form of one provider, as written (ids chosen by the caller). */
export type ProviderRecord = {
  id: string;
  name: string;
  kind: OrganisationKind;
  placeId: string;
  active: boolean;
  description: string | null;
  email: string | null;
  website: string | null;
  qualityRating: number | null;
  qualityReviewedOn: string | null;
  qualityNote: string | null;
  locations: { id: string; name: string; placeId: string; address: string | null; latitude: number | null; longitude: number | null }[];
  phones: { id: string; serviceId: string | null; number: string; type: Provider['phones'][number]['type']; description: string | null }[];
  services: {
    id: string;
    serviceType: string;
    name: string;
    description: string | null;
    email: string | null;
    minAge: number | null;
    maxAge: number | null;
    sexes: string[];
    capacityAvailable: number | null;
    capacityUpdatedAt: Date | null;
    active: boolean;
    areaPlaceIds: string[];
    locationIds: string[];
    schedules: { id: string; byday: string; opensAt: string | null; closesAt: string | null; description: string | null }[];
  }[];
  focalPersonIds: string[];
};

const hhmm = (t: string | null) => (t ? t.slice(0, 5) : null);

/**
 * Providers whose active services cover `placeId` or part of it (a service
 * area that is an ancestor-or-self of the place, or inside it), as SQL on
 * `organisations as o`.
 */
function coversOrInside(placeId: string, serviceType?: string) {
  const ofType = serviceType ? sql`and s.service_type = ${serviceType}` : sql``;
  if (placeId === NATIONAL_PLACE_ID) {
    return sql<boolean>`exists (select 1 from provider_services s where s.organisation_id = o.id and s.active ${ofType})`;
  }
  return sql<boolean>`exists (select 1 from provider_services s join provider_service_areas a on a.service_id = s.id
    where s.organisation_id = o.id and s.active ${ofType}
      and (a.place_id = ${NATIONAL_PLACE_ID} or ${placeId} like a.place_id || '%' or a.place_id like ${escapeLike(placeId) + '%'}))`;
}

export async function listProviders(db: Db, query: ProviderListQuery, dueBefore: string) {
  const filtered = db
    .selectFrom('organisations as o')
    .innerJoin('places as p', 'p.id', 'o.place_id')
    .$if(!!query.q, (q) => q.where('o.name', 'ilike', `%${escapeLike(query.q!)}%`))
    .$if(!!query.kind, (q) => q.where('o.kind', '=', query.kind!))
    .$if(!!query.active, (q) => q.where('o.active', '=', query.active === 'true'))
    .$if(!!query.placeId, (q) => q.where(coversOrInside(query.placeId!, query.serviceType)))
    .$if(!query.placeId && !!query.serviceType, (q) =>
      q.where(sql<boolean>`exists (select 1 from provider_services s where s.organisation_id = o.id and s.active and s.service_type = ${query.serviceType!})`),
    )
    .$if(query.reviewDue === 'true', (q) => q.where(sql<boolean>`(o.quality_reviewed_on is null or o.quality_reviewed_on < ${dueBefore})`))
    .$if(query.reviewDue === 'false', (q) => q.where(sql<boolean>`o.quality_reviewed_on >= ${dueBefore}`));
  const rows = await filtered
    .select([
      'o.id',
      'o.name',
      sql<OrganisationKind>`o.kind`.as('kind'),
      'o.place_id as placeId',
      'p.name as placeName',
      'o.active',
      'o.quality_rating as qualityRating',
      sql<boolean>`(o.quality_reviewed_on is null or o.quality_reviewed_on < ${dueBefore})`.as('reviewDue'),
      sql<string[]>`array(select distinct s.service_type from provider_services s where s.organisation_id = o.id and s.active order by 1)`.as('serviceTypes'),
    ])
    .orderBy(sql`lower(o.name)`)
    .orderBy('o.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

/** One provider with everything the directory holds of it (`dueBefore`: a review before this date is due). */
export async function findProvider(db: Db, id: string, dueBefore: string): Promise<Omit<Provider, 'manageable'> | undefined> {
  const org = await db
    .selectFrom('organisations as o')
    .innerJoin('places as p', 'p.id', 'o.place_id')
    .select([
      'o.id',
      'o.name',
      sql<OrganisationKind>`o.kind`.as('kind'),
      'o.place_id as placeId',
      'p.name as placeName',
      'o.active',
      'o.description',
      'o.email',
      'o.website',
      'o.quality_rating',
      sql<string | null>`o.quality_reviewed_on::text`.as('quality_reviewed_on'),
      'o.quality_note',
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!org) return undefined;
  const [locations, phones, services, areas, schedules, serviceLocations, focal] = await Promise.all([
    db
      .selectFrom('provider_locations as l')
      .innerJoin('places as p', 'p.id', 'l.place_id')
      .select(['l.id', 'l.name', 'l.place_id as placeId', 'p.name as placeName', 'l.address', 'l.latitude', 'l.longitude'])
      .where('l.organisation_id', '=', id)
      .orderBy('l.name')
      .orderBy('l.id')
      .execute(),
    db
      .selectFrom('provider_phones')
      .select(['id', 'service_id', 'number', 'type', 'description'])
      .where('organisation_id', '=', id)
      .orderBy('number')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('provider_services')
      .selectAll()
      .where('organisation_id', '=', id)
      .orderBy(sql`lower(name)`)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('provider_service_areas as a')
      .innerJoin('provider_services as s', 's.id', 'a.service_id')
      .innerJoin('places as p', 'p.id', 'a.place_id')
      .select(['a.service_id', 'a.place_id as placeId', 'p.name as placeName', 'p.level'])
      .where('s.organisation_id', '=', id)
      .orderBy('a.place_id')
      .execute(),
    db
      .selectFrom('provider_schedules as sc')
      .innerJoin('provider_services as s', 's.id', 'sc.service_id')
      .select(['sc.id', 'sc.service_id', 'sc.byday', 'sc.opens_at', 'sc.closes_at', 'sc.description'])
      .where('s.organisation_id', '=', id)
      .orderBy('sc.byday')
      .orderBy('sc.id')
      .execute(),
    db
      .selectFrom('provider_service_locations as sl')
      .innerJoin('provider_services as s', 's.id', 'sl.service_id')
      .select(['sl.service_id', 'sl.location_id'])
      .where('s.organisation_id', '=', id)
      .orderBy('sl.location_id')
      .execute(),
    db
      .selectFrom('provider_focal_persons as f')
      .innerJoin('users as u', 'u.id', 'f.user_id')
      .select(['u.id as userId', 'u.full_name as fullName', 'u.active'])
      .where('f.organisation_id', '=', id)
      .orderBy('u.full_name')
      .execute(),
  ]);
  const phone = (p: (typeof phones)[number]) => ({ id: p.id, number: p.number, type: p.type, description: p.description });
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    placeId: org.placeId,
    placeName: org.placeName,
    active: org.active,
    description: org.description,
    email: org.email,
    website: org.website,
    quality: {
      rating: org.quality_rating,
      reviewedOn: org.quality_reviewed_on,
      note: org.quality_note,
      reviewDue: !org.quality_reviewed_on || org.quality_reviewed_on < dueBefore,
    },
    locations,
    phones: phones.filter((p) => !p.service_id).map(phone),
    services: services.map((s) => ({
      id: s.id,
      serviceType: s.service_type,
      name: s.name,
      description: s.description,
      email: s.email,
      minAge: s.min_age,
      maxAge: s.max_age,
      sexes: s.sexes as ('female' | 'male')[],
      capacityAvailable: s.capacity_available,
      capacityUpdatedAt: s.capacity_updated_at ? new Date(s.capacity_updated_at).toISOString() : null,
      active: s.active,
      areas: areas.filter((a) => a.service_id === s.id).map(({ placeId, placeName, level }) => ({ placeId, placeName, level })),
      schedules: schedules
        .filter((x) => x.service_id === s.id)
        .map((x) => ({
          id: x.id,
          byday: x.byday.split(',') as Provider['services'][number]['schedules'][number]['byday'],
          opensAt: hhmm(x.opens_at),
          closesAt: hhmm(x.closes_at),
          description: x.description,
        })),
      phones: phones.filter((p) => p.service_id === s.id).map(phone),
      locationIds: serviceLocations.filter((l) => l.service_id === s.id).map((l) => l.location_id),
    })),
    focalPersons: focal,
  };
}

/** The provider's seat and services as they are now (before a change). */
export async function findProviderSeat(db: Db, id: string, lock = false) {
  const q = db.selectFrom('organisations').select(['id', 'place_id as placeId']).where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function currentServices(db: Db, organisationId: string) {
  return db
    .selectFrom('provider_services')
    .select(['id', 'service_type as serviceType', 'capacity_available as capacityAvailable', 'capacity_updated_at as capacityUpdatedAt'])
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** Ids among `ids` of `table` that belong to another organisation than `organisationId` (an id swap). */
export async function idsOfOthers(db: Db, organisationId: string, ids: { services: string[]; locations: string[]; phones: string[]; schedules: string[] }) {
  const found: string[] = [];
  if (ids.services.length)
    found.push(
      ...(await db.selectFrom('provider_services').select('id').where('id', 'in', ids.services).where('organisation_id', '<>', organisationId).execute()).map(
        (r) => r.id,
      ),
    );
  if (ids.locations.length)
    found.push(
      ...(await db.selectFrom('provider_locations').select('id').where('id', 'in', ids.locations).where('organisation_id', '<>', organisationId).execute()).map(
        (r) => r.id,
      ),
    );
  if (ids.phones.length)
    found.push(
      ...(await db.selectFrom('provider_phones').select('id').where('id', 'in', ids.phones).where('organisation_id', '<>', organisationId).execute()).map(
        (r) => r.id,
      ),
    );
  if (ids.schedules.length) {
    found.push(
      ...(
        await db
          .selectFrom('provider_schedules as sc')
          .innerJoin('provider_services as s', 's.id', 'sc.service_id')
          .select('sc.id')
          .where('sc.id', 'in', ids.schedules)
          .where('s.organisation_id', '<>', organisationId)
          .execute()
      ).map((r) => r.id),
    );
  }
  return new Set(found);
}

/** Which of these place codes are on the map. */
export async function existingPlaces(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('places')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function activeServiceTypes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('service_types').select('code').where('active', '=', true).execute();
  return new Set(rows.map((r) => r.code));
}

/** Users among `ids` who may be the organisation's focal persons: active, role service_provider, of that organisation. */
export async function eligibleFocalPersons(db: Db, organisationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'service_provider')
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes one provider whole: the organisation row (inserted or updated), and
 * its locations, phones, services, service areas, schedules and focal persons
 * replaced by those given. A service no longer listed is kept inactive, not
 * deleted: referrals that named it still read it.
 */
export async function writeProvider(trx: Transaction<DB>, p: ProviderRecord, now: Date, exists: boolean): Promise<void> {
  const org = {
    name: p.name,
    kind: p.kind,
    place_id: p.placeId,
    active: p.active,
    description: p.description,
    email: p.email,
    website: p.website,
    quality_rating: p.qualityRating,
    quality_reviewed_on: p.qualityReviewedOn,
    quality_note: p.qualityNote,
    updated_at: now,
  };
  if (exists) await trx.updateTable('organisations').set(org).where('id', '=', p.id).execute();
  else
    await trx
      .insertInto('organisations')
      .values({ id: p.id, ...org, created_at: now })
      .execute();

  const serviceIds = p.services.map((s) => s.id);
  const existing = await trx.selectFrom('provider_services').select('id').where('organisation_id', '=', p.id).execute();
  const existingIds = new Set(existing.map((r) => r.id));
  if (existingIds.size) {
    const all = [...existingIds];
    await trx.deleteFrom('provider_service_areas').where('service_id', 'in', all).execute();
    await trx.deleteFrom('provider_schedules').where('service_id', 'in', all).execute();
    await trx.deleteFrom('provider_service_locations').where('service_id', 'in', all).execute();
    const dropped = all.filter((id) => !serviceIds.includes(id));
    if (dropped.length) await trx.updateTable('provider_services').set({ active: false, updated_at: now }).where('id', 'in', dropped).execute();
  }
  await trx.deleteFrom('provider_phones').where('organisation_id', '=', p.id).execute();
  const keptLocations = p.locations.map((l) => l.id);
  await trx
    .deleteFrom('provider_locations')
    .where('organisation_id', '=', p.id)
    .$if(keptLocations.length > 0, (q) => q.where('id', 'not in', keptLocations))
    .execute();
  for (const l of p.locations) {
    const values = { name: l.name, place_id: l.placeId, address: l.address, latitude: l.latitude, longitude: l.longitude };
    await trx
      .insertInto('provider_locations')
      .values({ id: l.id, organisation_id: p.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  }
  for (const s of p.services) {
    const values = {
      service_type: s.serviceType,
      name: s.name,
      description: s.description,
      email: s.email,
      min_age: s.minAge,
      max_age: s.maxAge,
      sexes: s.sexes,
      capacity_available: s.capacityAvailable,
      capacity_updated_at: s.capacityUpdatedAt,
      active: s.active,
      updated_at: now,
    };
    if (existingIds.has(s.id)) await trx.updateTable('provider_services').set(values).where('id', '=', s.id).execute();
    else
      await trx
        .insertInto('provider_services')
        .values({ id: s.id, organisation_id: p.id, ...values, created_at: now })
        .execute();
  }
  const areas = p.services.flatMap((s) => [...new Set(s.areaPlaceIds)].map((place_id) => ({ service_id: s.id, place_id })));
  if (areas.length) await trx.insertInto('provider_service_areas').values(areas).execute();
  const schedules = p.services.flatMap((s) =>
    s.schedules.map((x) => ({ id: x.id, service_id: s.id, byday: x.byday, opens_at: x.opensAt, closes_at: x.closesAt, description: x.description })),
  );
  if (schedules.length) await trx.insertInto('provider_schedules').values(schedules).execute();
  const at = p.services.flatMap((s) => [...new Set(s.locationIds)].map((location_id) => ({ service_id: s.id, location_id })));
  if (at.length) await trx.insertInto('provider_service_locations').values(at).execute();
  const phones = p.phones.map((x) => ({
    id: x.id,
    organisation_id: p.id,
    service_id: x.serviceId,
    number: x.number,
    type: x.type,
    description: x.description,
  }));
  if (phones.length) await trx.insertInto('provider_phones').values(phones).execute();
  await trx.deleteFrom('provider_focal_persons').where('organisation_id', '=', p.id).execute();
  if (p.focalPersonIds.length) {
    await trx
      .insertInto('provider_focal_persons')
      .values([...new Set(p.focalPersonIds)].map((user_id) => ({ organisation_id: p.id, user_id, added_at: now })))
      .execute();
  }
}
