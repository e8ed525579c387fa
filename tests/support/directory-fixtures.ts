import type { TestApp } from './test-app.js';
import { createOrganisation, PLACES, signedIn } from './factories.js';

// Providers for referral tests, inserted directly (the directory's own
// screens and import have their tests): an organisation of a kind, one
// service of a type covering some places, and its focal persons.

export async function insertProvider(
  t: TestApp,
  input: {
    name?: string;
    kind: string;
    serviceType: string;
    covers?: string[];
    active?: boolean;
    minAge?: number | null;
    maxAge?: number | null;
    sexes?: ('female' | 'male')[];
    focalPersons?: number;
    focalPhone?: string | null;
    placeId?: string;
  },
) {
  const organisation = await createOrganisation(t, { name: input.name, kind: input.kind, placeId: input.placeId ?? PLACES.gasabo });
  const service = await t.database.db
    .insertInto('provider_services')
    .values({
      organisation_id: organisation.id,
      service_type: input.serviceType,
      name: `${organisation.name}: ${input.serviceType}`,
      description: null,
      email: null,
      min_age: input.minAge ?? null,
      max_age: input.maxAge ?? null,
      sexes: input.sexes ?? [],
      capacity_available: null,
      capacity_updated_at: null,
      active: input.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const covers = input.covers ?? [PLACES.gasabo];
  if (covers.length) {
    await t.database.db
      .insertInto('provider_service_areas')
      .values(covers.map((place_id) => ({ service_id: service.id, place_id })))
      .execute();
  }
  const focal = [];
  for (let i = 0; i < (input.focalPersons ?? 1); i++) {
    const person = await signedIn(t, {
      role: 'service_provider',
      organisationId: organisation.id,
      jurisdictionId: input.placeId ?? PLACES.gasabo,
      phone: i === 0 ? (input.focalPhone === undefined ? '+250788300400' : input.focalPhone) : null,
      fullName: `Focal ${organisation.name} ${i + 1}`,
    });
    await addFocalPerson(t, organisation.id, person.user.id);
    focal.push(person);
  }
  return { organisation, service, focal };
}

/** Adds a service of another type to an organisation, covering some places. */
export async function insertService(t: TestApp, organisationId: string, serviceType: string, covers: string[] = [PLACES.gasabo]) {
  const service = await t.database.db
    .insertInto('provider_services')
    .values({
      organisation_id: organisationId,
      service_type: serviceType,
      name: `Service ${serviceType}`,
      description: null,
      email: null,
      min_age: null,
      max_age: null,
      capacity_available: null,
      capacity_updated_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (covers.length)
    await t.database.db
      .insertInto('provider_service_areas')
      .values(covers.map((place_id) => ({ service_id: service.id, place_id })))
      .execute();
  return service;
}

export async function addFocalPerson(t: TestApp, organisationId: string, userId: string) {
  await t.database.db.insertInto('provider_focal_persons').values({ organisation_id: organisationId, user_id: userId }).execute();
}
