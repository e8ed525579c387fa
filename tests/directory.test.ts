import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, createUser, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { providerBody } from './directory-support.js';

// The service directory through HTTP (issue 11, framework: service mapping):
// providers with their services, areas, phones, schedules, quality and focal
// persons; who may read and who may change; bad input refused whole.

let t: TestApp;
let admin: Session;
let cpwo: Session;
let bugeseraCpwo: Session;
let caseworker: Session;
let izu: Session;
let analyst: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
  caseworker = (await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo })).session;
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
  analyst = (await signedIn(t, { role: 'analyst' })).session;
});
afterAll(() => t.close());

const countRows = async () => {
  const counts = await Promise.all(
    (['organisations', 'provider_services', 'provider_service_areas', 'provider_phones', 'provider_schedules', 'provider_locations'] as const).map(
      async (table) =>
        Number(
          (
            await t.database.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
    ),
  );
  return counts.join(',');
};

describe('providers', () => {
  let providerId: string;

  it('lets a CPWO add a provider seated in their district, with everything the directory holds', async () => {
    const res = await client(t, cpwo).post('/api/v1/directory/providers', providerBody());
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    providerId = p.id;
    expect(p).toMatchObject({
      name: 'Isange One Stop Centre Kacyiru',
      kind: 'isange',
      placeId: '12',
      placeName: 'Gasabo',
      manageable: true,
      quality: { rating: 4, reviewedOn: '2026-03-10', reviewDue: false },
      phones: [
        { number: '+250788123456', type: 'voice' },
        { number: '3512', type: 'hotline' },
      ].sort((a, b) => a.number.localeCompare(b.number)),
    });
    const forensic = p.services.find((s: { serviceType: string }) => s.serviceType === 'forensic_examination');
    expect(forensic).toMatchObject({
      minAge: 0,
      maxAge: 17,
      capacityAvailable: 3,
      capacityUpdatedAt: '2026-11-02T07:00:00.000Z',
      active: true,
      areas: [{ placeId: '12', placeName: 'Gasabo', level: 2 }],
      locationIds: ['6b0f7a4e-1d2c-4c3b-9a8e-000000000001'],
      schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: null, closesAt: null, description: '24 hours' }],
    });
    const counselling = p.services.find((s: { serviceType: string }) => s.serviceType === 'psychosocial_support');
    expect(counselling).toMatchObject({
      capacityAvailable: null,
      capacityUpdatedAt: null,
      phones: [{ number: '+250722000111', type: 'cell' }],
      schedules: [{ opensAt: '08:00', closesAt: '17:00' }],
    });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('entity_id', '=', p.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['provider.create']);
  });

  it('shows it to every role that refers or receives, and not to an IZU', async () => {
    for (const who of [caseworker, analyst, admin, bugeseraCpwo]) {
      const res = await client(t, who).get(`/api/v1/directory/providers/${providerId}`);
      expect(res.statusCode).toBe(200);
    }
    expect((await client(t, bugeseraCpwo).get(`/api/v1/directory/providers/${providerId}`)).json().manageable).toBe(false);
    expect((await client(t, izu).get(`/api/v1/directory/providers/${providerId}`)).statusCode).toBe(403);
    expect((await client(t, izu).get('/api/v1/directory/providers')).statusCode).toBe(403);
    expect((await client(t).get('/api/v1/directory/providers')).statusCode).toBe(401);
  });

  it('stamps capacity when it changes, keeps a dropped service inactive, and sets focal persons of the organisation', async () => {
    const current = (await client(t, cpwo).get(`/api/v1/directory/providers/${providerId}`)).json();
    const focal = await createUser(t, { role: 'service_provider', organisationId: providerId, jurisdictionId: PLACES.gasabo, fullName: 'Mukeshimana Alice' });
    const forensic = current.services.find((s: { serviceType: string }) => s.serviceType === 'forensic_examination');
    t.clock.advanceMinutes(10);
    const body = providerBody({
      services: [{ ...providerBody().services[0], id: forensic.id, capacityAvailable: 0 }],
      focalPersonIds: [focal.id],
    });
    const res = await client(t, cpwo).put(`/api/v1/directory/providers/${providerId}`, body);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    const byType = Object.fromEntries(p.services.map((s: { serviceType: string }) => [s.serviceType, s]));
    expect(byType.forensic_examination).toMatchObject({ id: forensic.id, capacityAvailable: 0, capacityUpdatedAt: '2026-11-02T07:10:00.000Z', active: true });
    expect(byType.psychosocial_support).toMatchObject({ active: false });
    expect(p.focalPersons).toEqual([{ userId: focal.id, fullName: 'Mukeshimana Alice', active: true }]);
  });

  it('refuses bad input with the field and its message key, and writes nothing', async () => {
    const before = await countRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        providerBody({ services: [{ ...providerBody().services[0], serviceType: 'space_travel' }] }),
        'body.services.0.serviceType',
        'errors.service_type_not_found',
      ],
      [providerBody({ services: [{ ...providerBody().services[0], areaPlaceIds: ['12999999'] }] }), 'body.services.0.areaPlaceIds.0', 'errors.place_not_found'],
      [providerBody({ placeId: '1299' }), 'body.placeId', 'errors.place_not_found'],
      [providerBody({ services: [{ ...providerBody().services[0], minAge: 12, maxAge: 5 }] }), 'body.services.0.minAge', 'errors.age_range_invalid'],
      [providerBody({ phones: [{ number: '12345', type: 'voice' }] }), 'body.phones.0.number', 'errors.phone_invalid'],
      [
        providerBody({ services: [{ ...providerBody().services[0], locationIds: ['6b0f7a4e-1d2c-4c3b-9a8e-0000000000ff'] }] }),
        'body.services.0.locationIds.0',
        'errors.location_not_found',
      ],
      [
        providerBody({ services: [{ ...providerBody().services[0], schedules: [{ byday: ['MO'], opensAt: '17:00', closesAt: '08:00' }] }] }),
        'body.services.0.schedules.0.closesAt',
        'errors.schedule_invalid',
      ],
      [providerBody({ focalPersonIds: ['00000000-0000-4000-8000-000000000000'] }), 'body.focalPersonIds.0', 'errors.focal_person_invalid'],
    ];
    for (const [body, field, key] of cases) {
      const res = await client(t, admin).post('/api/v1/directory/providers', { ...body, name: 'Bad Input Provider' });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.fields.map((f: { field: string; messageKey: string }) => [f.field, f.messageKey])).toContainEqual([field, key]);
    }
    const schemaCases: [Record<string, unknown>, string][] = [
      [providerBody({ description: 'x'.repeat(2001) }), 'body.description'],
      [providerBody({ name: 'y'.repeat(201) }), 'body.name'],
      [providerBody({ kind: 'club' }), 'body.kind'],
      [providerBody({ website: 'javascript:alert(1)' }), 'body.website'],
      [providerBody({ quality: { rating: 6, reviewedOn: '2026-01-01' } }), 'body.quality.rating'],
      [providerBody({ services: [{ ...providerBody().services[0], sexes: ['other'] }] }), 'body.services.0.sexes.0'],
      [providerBody({ services: [{ ...providerBody().services[0], schedules: [{ byday: ['XX'] }] }] }), 'body.services.0.schedules.0.byday.0'],
      [providerBody({ secret: true }), 'body.secret'],
    ];
    for (const [body, field] of schemaCases) {
      const res = await client(t, admin).post('/api/v1/directory/providers', {
        ...body,
        name: (body.name as string).length > 200 ? body.name : 'Bad Input Provider',
      });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(res.json().error.fields[0].messageKey).toMatch(/^errors\./);
    }
    expect(await countRows()).toBe(before);
  });

  it("refuses a CPWO another district's provider (404, nothing changed) and a seat outside their district", async () => {
    const bugesera = (
      await client(t, admin).post(
        '/api/v1/directory/providers',
        providerBody({ name: 'Bugesera Health Centre', kind: 'health_facility', placeId: PLACES.bugesera, locations: [], services: [] }),
      )
    ).json();
    const before = JSON.stringify((await client(t, admin).get(`/api/v1/directory/providers/${bugesera.id}`)).json());
    const put = await client(t, cpwo).put(
      `/api/v1/directory/providers/${bugesera.id}`,
      providerBody({ name: 'Taken over', placeId: PLACES.bugesera, locations: [], services: [] }),
    );
    expect(put.statusCode).toBe(400); // the new seat is outside Gasabo
    const moved = await client(t, cpwo).put(`/api/v1/directory/providers/${bugesera.id}`, providerBody({ name: 'Taken over', locations: [], services: [] }));
    expect(moved.statusCode).toBe(404);
    expect(Object.keys(moved.json())).toEqual(['error']);
    const create = await client(t, cpwo).post('/api/v1/directory/providers', providerBody({ name: 'Elsewhere', placeId: PLACES.bugesera }));
    expect(create.json().error).toMatchObject({ messageKey: 'errors.place_out_of_scope', fields: [{ field: 'body.placeId' }] });
    expect(JSON.stringify((await client(t, admin).get(`/api/v1/directory/providers/${bugesera.id}`)).json())).toBe(before);
    for (const who of [caseworker, analyst, izu]) {
      expect((await client(t, who).put(`/api/v1/directory/providers/${bugesera.id}`, providerBody())).statusCode).toBe(403);
    }
    // Nor may a CPWO's provider claim to cover another district, or be received there.
    const reach = await client(t, cpwo).post(
      '/api/v1/directory/providers',
      providerBody({
        name: 'Reaching Out',
        locations: [{ name: 'Nyamata', placeId: '5701' }],
        services: [{ serviceType: 'legal_aid', name: 'Legal aid', areaPlaceIds: [PLACES.gasabo, PLACES.bugesera] }],
      }),
    );
    expect(reach.statusCode).toBe(400);
    expect(reach.json().error.fields.map((f: { field: string; messageKey: string }) => [f.field, f.messageKey])).toEqual([
      ['body.locations.0.placeId', 'errors.place_out_of_scope'],
      ['body.services.0.areaPlaceIds.1', 'errors.place_out_of_scope'],
    ]);
  });

  it('refuses a service, location or phone id of another provider (an id swap), and malformed or unknown ids', async () => {
    const other = (await client(t, admin).get(`/api/v1/directory/providers/${providerId}`)).json();
    const mine = (
      await client(t, cpwo).post('/api/v1/directory/providers', providerBody({ name: 'Gasabo Legal Aid', kind: 'ngo', locations: [], services: [] }))
    ).json();
    const swap = await client(t, cpwo).put(
      `/api/v1/directory/providers/${mine.id}`,
      providerBody({
        name: 'Gasabo Legal Aid',
        kind: 'ngo',
        locations: [],
        services: [{ ...providerBody().services[1], id: other.services[0].id, locationIds: [] }],
      }),
    );
    expect(swap.statusCode).toBe(400);
    expect(swap.json().error.fields[0]).toMatchObject({ field: 'body.services.0.id' });
    const loc = await client(t, cpwo).put(`/api/v1/directory/providers/${mine.id}`, providerBody({ name: 'Gasabo Legal Aid', kind: 'ngo', services: [] }));
    expect(loc.statusCode).toBe(400); // the location id of the body is the Isange's
    expect((await client(t, admin).get(`/api/v1/directory/providers/${providerId}`)).json().services.length).toBe(other.services.length);
    expect((await client(t, admin).get('/api/v1/directory/providers/not-a-uuid')).json().error.fields[0].field).toBe('params.id');
    expect((await client(t, admin).get('/api/v1/directory/providers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(
      (await client(t, admin).put('/api/v1/directory/providers/00000000-0000-4000-8000-000000000000', providerBody({ locations: [], services: [] })))
        .statusCode,
    ).toBe(404);
  });

  it('lists providers filtered by the place they cover, service type, kind, name and review due, paged', async () => {
    await client(t, admin).post(
      '/api/v1/directory/providers',
      providerBody({
        name: 'Nyarugenge Youth Group',
        kind: 'youth_group',
        placeId: PLACES.nyarugenge,
        quality: null,
        locations: [],
        services: [{ serviceType: 'parenting_support', name: 'Parents circle', areaPlaceIds: [PLACES.nyarugenge] }],
      }),
    );
    const names = async (query: string) =>
      (await client(t, caseworker).get(`/api/v1/directory/providers?${query}`)).json().items.map((p: { name: string }) => p.name);
    // The village is covered by the Isange's district-wide forensic service.
    expect(await names(`placeId=${PLACES.gasaboVillage}`)).toEqual(['Isange One Stop Centre Kacyiru']);
    expect(await names(`placeId=${PLACES.gasaboVillage}&serviceType=legal_aid`)).toEqual([]);
    expect(await names('placeId=1')).toEqual(['Isange One Stop Centre Kacyiru', 'Nyarugenge Youth Group']);
    expect(await names('serviceType=parenting_support')).toEqual(['Nyarugenge Youth Group']);
    expect(await names('kind=youth_group')).toEqual(['Nyarugenge Youth Group']);
    expect(await names('q=ISANGE')).toEqual(['Isange One Stop Centre Kacyiru']);
    expect(await names('reviewDue=true&q=Nyarugenge')).toEqual(['Nyarugenge Youth Group']);
    const page = (await client(t, caseworker).get('/api/v1/directory/providers?pageSize=1&page=2')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 1, items: [expect.any(Object)] });
    expect(page.total).toBeGreaterThanOrEqual(4);
    const youth = (await client(t, caseworker).get('/api/v1/directory/providers?kind=youth_group')).json().items[0];
    expect(youth).toMatchObject({ serviceTypes: ['parenting_support'], qualityRating: null, reviewDue: true });
    expect((await client(t, caseworker).get('/api/v1/directory/providers?placeId=abc')).statusCode).toBe(400);
    expect((await client(t, caseworker).get('/api/v1/directory/providers?pageSize=1000')).statusCode).toBe(400);
  });

  it('shows a review older than twelve months as due', async () => {
    const old = (
      await client(t, admin).post(
        '/api/v1/directory/providers',
        providerBody({ name: 'Old Review School', kind: 'school', quality: { rating: 3, reviewedOn: '2025-10-01' }, locations: [], services: [] }),
      )
    ).json();
    expect(old.quality).toMatchObject({ rating: 3, reviewDue: true });
  });
});

describe('the shared lists', () => {
  it('lets an administrator add, rename and deactivate a service type in the three languages, and nobody else', async () => {
    const add = await client(t, admin).put('/api/v1/directory/service-types', {
      code: 'mediation',
      nameRw: 'Ubuhuza',
      nameEn: 'Mediation',
      nameFr: 'Médiation',
      sortOrder: 200,
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().items).toContainEqual({ code: 'mediation', nameRw: 'Ubuhuza', nameEn: 'Mediation', nameFr: 'Médiation', active: true, sortOrder: 200 });
    await client(t, admin).put('/api/v1/directory/service-types', {
      code: 'mediation',
      nameRw: 'Ubuhuza',
      nameEn: 'Family mediation',
      nameFr: 'Médiation familiale',
      active: false,
    });
    const active = (await client(t, caseworker).get('/api/v1/directory/service-types')).json().items.map((x: { code: string }) => x.code);
    expect(active).not.toContain('mediation');
    const all = (await client(t, caseworker).get('/api/v1/directory/service-types?includeInactive=true')).json().items;
    expect(all.find((x: { code: string }) => x.code === 'mediation')).toMatchObject({ nameEn: 'Family mediation', active: false });
    // An inactive type is refused on a new service.
    const svc = await client(t, admin).post(
      '/api/v1/directory/providers',
      providerBody({ name: 'Mediators', kind: 'ngo', locations: [], services: [{ serviceType: 'mediation', name: 'M', areaPlaceIds: ['12'] }] }),
    );
    expect(svc.json().error.fields[0].messageKey).toBe('errors.service_type_not_found');
    for (const who of [cpwo, analyst]) {
      expect((await client(t, who).put('/api/v1/directory/service-types', { code: 'x_type', nameRw: 'a', nameEn: 'a', nameFr: 'a' })).statusCode).toBe(403);
    }
    expect(
      (await client(t, admin).put('/api/v1/directory/service-types', { code: 'Bad Code', nameRw: 'a', nameEn: 'a', nameFr: 'a' })).json().error.fields[0].field,
    ).toBe('body.code');
  });

  it('lists the referral pathways of Table 4 and lets an administrator replace one case type', async () => {
    const list = (await client(t, caseworker).get('/api/v1/directory/referral-pathways')).json().items;
    expect(list).toContainEqual({ caseType: 'sexual_violence', serviceType: 'forensic_examination', agencyKind: 'isange', lead: true });
    const put = await client(t, admin).put('/api/v1/directory/referral-pathways', {
      caseType: 'street_connected',
      entries: [
        { serviceType: 'rehabilitation', agencyKind: 'nrs', lead: true },
        { serviceType: 'safe_shelter', agencyKind: 'ngo', lead: false },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items.filter((p: { caseType: string }) => p.caseType === 'street_connected')).toEqual([
      { caseType: 'street_connected', serviceType: 'rehabilitation', agencyKind: 'nrs', lead: true },
      { caseType: 'street_connected', serviceType: 'safe_shelter', agencyKind: 'ngo', lead: false },
    ]);
    const bad = await client(t, admin).put('/api/v1/directory/referral-pathways', {
      caseType: 'street_connected',
      entries: [{ serviceType: 'nothing_here', agencyKind: 'nrs', lead: true }],
    });
    expect(bad.json().error).toMatchObject({ messageKey: 'errors.service_type_not_found', fields: [{ field: 'body.entries.0.serviceType' }] });
    expect((await client(t, admin).put('/api/v1/directory/referral-pathways', { caseType: 'bad_type', entries: [] })).statusCode).toBe(400);
    expect((await client(t, cpwo).put('/api/v1/directory/referral-pathways', { caseType: 'street_connected', entries: [] })).statusCode).toBe(403);
    expect(
      (await client(t, caseworker).get('/api/v1/directory/referral-pathways'))
        .json()
        .items.filter((p: { caseType: string }) => p.caseType === 'street_connected'),
    ).toHaveLength(2);
  });
});

describe('an organisation made elsewhere', () => {
  it('is in the directory with no services', async () => {
    const org = await createOrganisation(t, { name: 'Plain Office', kind: 'sector_office', placeId: PLACES.gasaboSector });
    const p = (await client(t, cpwo).get(`/api/v1/directory/providers/${org.id}`)).json();
    expect(p).toMatchObject({ name: 'Plain Office', services: [], phones: [], locations: [], quality: { rating: null, reviewDue: true }, manageable: true });
  });
});
