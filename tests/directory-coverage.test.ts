import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { addProvider } from './directory-support.js';

// Coverage gaps of a district (framework: service mapping): for each sector
// and each service type, whether an active provider service covers it, only
// part of it, covers it with no capacity, or nothing does.

let t: TestApp;
let admin: Session;
let cpwo: Session;

type Cell = { serviceType: string; status: string; services: number; capacity: number | null };
type Sector = { placeId: string; name: string; cells: Cell[] };
const cell = (sectors: Sector[], sector: string, type: string) => sectors.find((s) => s.placeId === sector)!.cells.find((c) => c.serviceType === type)!;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  await addProvider(t, admin, {
    name: 'Bumbogo Counselling',
    kind: 'ngo',
    services: [{ serviceType: 'psychosocial_support', areaPlaceIds: ['1201'], capacityAvailable: 5 }],
  });
  await addProvider(t, admin, { name: 'Gasabo Legal Aid', kind: 'ngo', services: [{ serviceType: 'legal_aid', areaPlaceIds: ['12'], capacityAvailable: 0 }] });
  await addProvider(t, admin, { name: 'Gatsata Health Post', kind: 'health_facility', services: [{ serviceType: 'medical_care', areaPlaceIds: ['120201'] }] });
  await addProvider(t, admin, {
    name: 'National Education Line',
    kind: 'ngo',
    placeId: PLACES.rwanda,
    services: [{ serviceType: 'education_support', areaPlaceIds: ['RW'] }],
  });
});
afterAll(() => t.close());

describe('coverage gaps', () => {
  it('gives each sector of the district a status per active service type', async () => {
    const res = await client(t, cpwo).get('/api/v1/directory/coverage?districtId=12');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ districtId: '12', districtName: 'Gasabo' });
    expect(c.sectors).toHaveLength(15);
    expect(c.serviceTypes.map((s: { code: string }) => s.code)).toContain('safe_shelter');
    expect(cell(c.sectors, '1201', 'psychosocial_support')).toEqual({ serviceType: 'psychosocial_support', status: 'covered', services: 1, capacity: 5 });
    expect(cell(c.sectors, '1202', 'psychosocial_support')).toMatchObject({ status: 'gap', services: 0 });
    expect(cell(c.sectors, '1203', 'legal_aid')).toMatchObject({ status: 'no_capacity', services: 1, capacity: 0 });
    expect(cell(c.sectors, '1202', 'medical_care')).toMatchObject({ status: 'partial', services: 1, capacity: null });
    expect(cell(c.sectors, '1203', 'education_support')).toMatchObject({ status: 'covered', capacity: null });
    expect(cell(c.sectors, '1203', 'safe_shelter')).toMatchObject({ status: 'gap' });
    const cells = c.sectors.flatMap((s: Sector) => s.cells);
    expect(c.gaps).toBe(cells.filter((x: Cell) => x.status !== 'covered').length);
  });

  it('closes a gap when a provider starts covering the sector', async () => {
    const before = (await client(t, cpwo).get('/api/v1/directory/coverage?districtId=12')).json();
    await addProvider(t, admin, {
      name: 'Gatsata Safe House',
      kind: 'ngo',
      services: [{ serviceType: 'safe_shelter', areaPlaceIds: ['1202'], capacityAvailable: 4 }],
    });
    const after = (await client(t, cpwo).get('/api/v1/directory/coverage?districtId=12')).json();
    expect(cell(after.sectors, '1202', 'safe_shelter')).toMatchObject({ status: 'covered', capacity: 4 });
    expect(after.gaps).toBe(before.gaps - 1);
  });

  it('shows a CPWO their own district only, national officers any, and refuses others', async () => {
    const bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
    const ncda = (await signedIn(t, { role: 'ncda_officer' })).session;
    const analyst = (await signedIn(t, { role: 'analyst' })).session;
    const izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
    const other = await client(t, bugeseraCpwo).get('/api/v1/directory/coverage?districtId=12');
    expect(other.statusCode).toBe(404);
    expect(Object.keys(other.json())).toEqual(['error']);
    expect((await client(t, ncda).get('/api/v1/directory/coverage?districtId=12')).statusCode).toBe(200);
    expect((await client(t, analyst).get('/api/v1/directory/coverage?districtId=57')).statusCode).toBe(200);
    expect((await client(t, izu).get('/api/v1/directory/coverage?districtId=12')).statusCode).toBe(403);
    expect((await client(t, admin).get('/api/v1/directory/coverage?districtId=1201')).json().error.fields[0].field).toBe('querystring.districtId');
    expect((await client(t, admin).get('/api/v1/directory/coverage?districtId=19')).statusCode).toBe(404);
    expect((await client(t, admin).get('/api/v1/directory/coverage')).statusCode).toBe(400);
  });
});
