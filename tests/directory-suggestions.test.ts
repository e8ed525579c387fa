import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerCoversPlace, suggestProviders } from '../src/directory/suggestions.repository.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { addProvider } from './directory-support.js';

// Provider suggestions for a case's need (framework step 7 and Table 4): they
// offer an active service of the type, cover the child's village, have
// capacity and fit the child's age and sex; lead agencies first, nearest
// coverage first; capacity 0 last, flagged.

let t: TestApp;
let admin: Session;
let cpwo: Session;
let bugeseraCpwo: Session;
let izu: Session;
let sexualViolenceCase: string;
let physicalViolenceCase: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  const c = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-01-01' });
  cpwo = c.session;
  bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
  // The child: a girl of 9 in Akakaza village (12010101), Kinyaga cell, Bumbogo sector, Gasabo.
  sexualViolenceCase = (await insertCase(t, { openedBy: c.user.id, caseTypes: ['sexual_violence'] })).case.id;
  physicalViolenceCase = (await insertCase(t, { openedBy: c.user.id, caseTypes: ['physical_violence'] })).case.id;
  const medical = (areaPlaceIds: string[], extra: Record<string, unknown> = {}) => [{ serviceType: 'medical_care', areaPlaceIds, ...extra }];
  const add = async (name: string, kind: string, services: Parameters<typeof addProvider>[2]['services'], placeId?: string) => {
    ids[name] = (await addProvider(t, admin, { name, kind, services, placeId })).id;
  };
  await add('Akakaza Health Post', 'health_facility', medical([PLACES.gasaboVillage], { capacityAvailable: 5 }));
  await add('Isange Gasabo', 'isange', medical([PLACES.gasabo], { capacityAvailable: null }));
  await add('Bumbogo Clinic', 'health_facility', medical([PLACES.gasaboSector], { capacityAvailable: 2 }));
  await add('Aaa Sector Clinic', 'health_facility', medical([PLACES.gasaboSector, '1202']));
  await add('Full Clinic', 'health_facility', medical([PLACES.gasaboCell], { capacityAvailable: 0 }));
  await add('Boys Only Clinic', 'health_facility', medical([PLACES.gasaboVillage], { sexes: ['male'] }));
  await add('Teen Clinic', 'health_facility', medical([PLACES.gasaboVillage], { minAge: 13, maxAge: 17 }));
  await add('Bugesera Clinic', 'health_facility', medical([PLACES.bugesera]), PLACES.bugesera);
  await add('Next Village Post', 'health_facility', medical(['12010102']));
  await add('National Health Line', 'health_facility', medical([PLACES.rwanda]), PLACES.rwanda);
  await add('Counselling Only', 'ngo', [{ serviceType: 'psychosocial_support', areaPlaceIds: [PLACES.gasabo] }]);
  await add('Closed Clinic', 'health_facility', medical([PLACES.gasaboVillage]));
  await t.database.db.updateTable('organisations').set({ active: false }).where('id', '=', ids['Closed Clinic']!).execute();
});
afterAll(() => t.close());

const names = (items: { organisationName: string }[]) => items.map((i) => i.organisationName);

describe('provider suggestions', () => {
  it('puts the lead agency of the case type first, then the nearest coverage, then the name; capacity 0 last and flagged', async () => {
    const res = await client(t, cpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=medical_care`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    // Sexual violence: Isange leads medical care (Table 4); health facilities support.
    expect(names(items)).toEqual(['Isange Gasabo', 'Akakaza Health Post', 'Aaa Sector Clinic', 'Bumbogo Clinic', 'National Health Line', 'Full Clinic']);
    expect(items[0]).toMatchObject({ lead: true, coveragePlaceId: '12', coverageLevel: 2, capacityAvailable: null, full: false });
    expect(items[1]).toMatchObject({ lead: false, coveragePlaceId: PLACES.gasaboVillage, coverageLevel: 5 });
    expect(items[4]).toMatchObject({ coveragePlaceId: 'RW', coverageLevel: 0 });
    expect(items[5]).toMatchObject({ full: true, capacityAvailable: 0, coverageLevel: 4 });
  });

  it('follows the case type: for physical violence health facilities lead medical care', async () => {
    const items = (await client(t, cpwo).get(`/api/v1/cases/${physicalViolenceCase}/provider-suggestions?serviceType=medical_care&limit=4`)).json().items;
    expect(names(items)).toEqual(['Akakaza Health Post', 'Aaa Sector Clinic', 'Bumbogo Clinic', 'National Health Line']);
    expect(items.every((i: { lead: boolean }) => i.lead)).toBe(true);
  });

  it('fits age and sex only when they are known, and leaves out what does not cover the village', async () => {
    const base = { serviceType: 'medical_care', placeId: PLACES.gasaboVillage, caseTypes: null, limit: 50 };
    const anyone = names(await suggestProviders(t.database.db, { ...base, ageYears: null, sex: null }));
    expect(anyone).toEqual(expect.arrayContaining(['Boys Only Clinic', 'Teen Clinic']));
    expect(anyone).not.toContain('Bugesera Clinic');
    expect(anyone).not.toContain('Next Village Post');
    expect(anyone).not.toContain('Closed Clinic');
    expect(anyone).not.toContain('Counselling Only');
    const boy15 = names(await suggestProviders(t.database.db, { ...base, ageYears: 15, sex: 'male' }));
    expect(boy15).toEqual(expect.arrayContaining(['Boys Only Clinic', 'Teen Clinic']));
    const girl9 = names(await suggestProviders(t.database.db, { ...base, ageYears: 9, sex: 'female' }));
    expect(girl9).not.toContain('Boys Only Clinic');
    expect(girl9).not.toContain('Teen Clinic');
  });

  it('answers whether a service covers a place, for the referrals', async () => {
    const post = (
      await t.database.db.selectFrom('provider_services').select('id').where('organisation_id', '=', ids['Akakaza Health Post']!).executeTakeFirstOrThrow()
    ).id;
    const isange = (
      await t.database.db.selectFrom('provider_services').select('id').where('organisation_id', '=', ids['Isange Gasabo']!).executeTakeFirstOrThrow()
    ).id;
    const closed = (
      await t.database.db.selectFrom('provider_services').select('id').where('organisation_id', '=', ids['Closed Clinic']!).executeTakeFirstOrThrow()
    ).id;
    expect(await providerCoversPlace(t.database.db, post, PLACES.gasaboVillage)).toBe(true);
    expect(await providerCoversPlace(t.database.db, post, '12010102')).toBe(false);
    expect(await providerCoversPlace(t.database.db, isange, '12030101')).toBe(true);
    expect(await providerCoversPlace(t.database.db, isange, PLACES.bugeseraVillage)).toBe(false);
    expect(await providerCoversPlace(t.database.db, closed, PLACES.gasaboVillage)).toBe(false);
  });

  it("refuses another district's case, a role that reads no case, a malformed id, and a missing or malformed service type", async () => {
    const other = await client(t, bugeseraCpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=medical_care`);
    expect(other.statusCode).toBe(404);
    expect(Object.keys(other.json())).toEqual(['error']);
    expect((await client(t, izu).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=medical_care`)).statusCode).toBe(403);
    expect((await client(t, admin).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=medical_care`)).statusCode).toBe(403);
    const malformed = await client(t, cpwo).get('/api/v1/cases/nope/provider-suggestions?serviceType=medical_care');
    expect(malformed.json().error.fields[0].field).toBe('params.id');
    const missing = await client(t, cpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions`);
    expect(missing.json().error.fields[0].field).toBe('querystring.serviceType');
    const bad = await client(t, cpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=DROP%20TABLE`);
    expect(bad.statusCode).toBe(400);
    const unknown = await client(t, cpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=unknown_type`);
    expect(unknown.json().items).toEqual([]);
  });

  it('answers directory rows only: nothing of the child or the case', async () => {
    const res = await client(t, cpwo).get(`/api/v1/cases/${sexualViolenceCase}/provider-suggestions?serviceType=medical_care`);
    expect(Object.keys(res.json().items[0]).sort()).toEqual([
      'capacityAvailable',
      'coverageLevel',
      'coveragePlaceId',
      'full',
      'kind',
      'lead',
      'organisationId',
      'organisationName',
      'serviceId',
      'serviceName',
    ]);
    expect(res.body).not.toContain('Uwase');
    expect(res.body).not.toContain('Aline');
  });
});
