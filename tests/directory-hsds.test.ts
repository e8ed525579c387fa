import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { providerBody } from './directory-support.js';

// The directory as Open Referral HSDS 3.0 CSV files: export, import, per-row
// errors with nothing half-imported, and a round trip that gives the same files.

let t: TestApp;
let admin: Session;
let cpwo: Session;
const FILES = ['organization.csv', 'service.csv', 'location.csv', 'service_at_location.csv', 'service_area.csv', 'phone.csv', 'schedule.csv'];

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  const add = async (body: Record<string, unknown>) => {
    const res = await client(t, admin).post('/api/v1/directory/providers', body);
    if (res.statusCode !== 201) throw new Error(res.body);
  };
  await add(
    providerBody({
      description: 'Quotes "inside", commas, and\na new line',
      phones: [
        { number: '0788123456', description: '=SUM(A1)' },
        { number: '116', type: 'hotline' },
      ],
    }),
  );
  await add(
    providerBody({
      name: 'Bugesera Legal Aid Forum',
      kind: 'ngo',
      placeId: PLACES.bugesera,
      quality: null,
      website: null,
      email: null,
      description: null,
      locations: [{ id: '6b0f7a4e-1d2c-4c3b-9a8e-0000000000b1', name: 'Nyamata office', placeId: '5701', latitude: -2.15, longitude: 30.09 }],
      services: [
        {
          serviceType: 'legal_aid',
          name: 'Legal aid for children',
          minAge: 10,
          sexes: ['female', 'male'],
          capacityAvailable: 0,
          areaPlaceIds: [PLACES.bugesera, PLACES.gasaboSector],
          locationIds: ['6b0f7a4e-1d2c-4c3b-9a8e-0000000000b1'],
          active: false,
        },
      ],
    }),
  );
});
afterAll(() => t.close());

async function exportZip(app: TestApp, session: Session, query = '') {
  const res = await app.app.inject({ method: 'GET', url: `/api/v1/directory/export.zip${query}`, headers: { cookie: session.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/zip');
  return res.rawPayload;
}
const filesOf = (zip: Buffer) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));

describe('HSDS export and import', () => {
  it('exports the seven HSDS files with HSDS column names and Rinda fields in x_ columns', async () => {
    const files = filesOf(await exportZip(t, cpwo));
    expect(Object.keys(files).sort()).toEqual([...FILES].sort());
    expect(files['organization.csv']!.split('\n')[0]).toBe(
      'id,name,alternate_name,description,email,website,x_kind,x_seat_place_id,x_active,x_quality_rating,x_quality_reviewed_on,x_quality_note',
    );
    expect(files['service.csv']!.split('\n')[0]).toContain(
      'id,organization_id,name,alternate_name,description,email,status,eligibility_description,minimum_age,maximum_age',
    );
    expect(files['service_area.csv']).toContain(',57,rinda_place_code');
    expect(files['phone.csv']).toContain("'=SUM(A1)"); // no live formula in a spreadsheet
    expect(files['service.csv']).toContain('inactive');
    const district = filesOf(await exportZip(t, cpwo, '?districtId=57'));
    expect(district['organization.csv']!.trim().split('\n')).toHaveLength(2);
    expect(district['organization.csv']).toContain('Bugesera Legal Aid Forum');
  });

  it('round-trips: export, import into an empty directory, export again gives the same bytes', async () => {
    const first = await exportZip(t, admin);
    const other = await createTestApp();
    try {
      const otherAdmin = (await signedIn(other, { role: 'sysadmin' })).session;
      const res = await client(other, otherAdmin).post('/api/v1/directory/import', { zipBase64: first.toString('base64') });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ organizations: 2, services: 3, locations: 2 });
      const second = await exportZip(other, otherAdmin);
      expect(filesOf(second)).toEqual(filesOf(first));
      expect(second.equals(first)).toBe(true);
      // Importing the same files again changes nothing.
      const again = await client(other, otherAdmin).post('/api/v1/directory/import', { files: filesOf(first) });
      expect(again.statusCode, again.body).toBe(201);
      expect((await exportZip(other, otherAdmin)).equals(first)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('reports every bad row with its file, row, column and message key, and imports nothing', async () => {
    const files = filesOf(await exportZip(t, admin));
    const org = '11111111-1111-4111-8111-111111111111';
    const svc = '22222222-2222-4222-8222-222222222222';
    files['organization.csv'] += `${org},New Youth Group,,,,,youth_group,1201,true,,,\n`;
    files['service.csv'] += `${svc},${org},Sports,,,,active,,12,5,education_support,,,\n`;
    files['service.csv'] += `33333333-3333-4333-8333-333333333333,99999999-9999-4999-8999-999999999999,Orphan,,,,active,,,,legal_aid,,,\n`;
    files['service_area.csv'] += `${svc}/129,${svc},Nowhere,,129,rinda_place_code\n`;
    files['phone.csv'] += `44444444-4444-4444-8444-444444444444,,,${org},,,not a number,,voice,\n`;
    const before = await t.database.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await client(t, admin).post('/api/v1/directory/import', { files });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.messageKey).toBe('errors.import_failed');
    const errors = error.details.errors.map((e: { file: string; row: number; field: string; messageKey: string }) => [e.file, e.field, e.messageKey]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['service.csv', 'organization_id', 'errors.hsds_unknown_reference'],
        ['service.csv', 'minimum_age', 'errors.age_range_invalid'],
        ['service_area.csv', 'extent', 'errors.place_not_found'],
        ['phone.csv', 'number', 'errors.phone_invalid'],
      ]),
    );
    const ageError = error.details.errors.find((e: { field: string }) => e.field === 'minimum_age');
    expect(ageError.row).toBe(files['service.csv']!.trim().split('\n').length - 1); // the row of the file, header = row 1
    expect(error.details.errors.every((e: { message: string }) => typeof e.message === 'string')).toBe(true);
    const after = await t.database.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    expect(await t.database.db.selectFrom('organisations').select('id').where('id', '=', org).executeTakeFirst()).toBeUndefined();
  });

  it("refuses a CPWO's import of another district's provider, and files that are not a ZIP or lack organization.csv", async () => {
    const files = filesOf(await exportZip(t, admin));
    const res = await client(t, cpwo).post('/api/v1/directory/import', { files });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toContainEqual(
      expect.objectContaining({ file: 'organization.csv', field: 'x_seat_place_id', messageKey: 'errors.place_out_of_scope' }),
    );
    expect((await client(t, admin).post('/api/v1/directory/import', { zipBase64: 'bm90IGEgemlw' })).json().error.messageKey).toBe('errors.hsds_not_zip');
    expect((await client(t, admin).post('/api/v1/directory/import', { files: { 'service.csv': 'id\n' } })).json().error.messageKey).toBe(
      'errors.hsds_file_missing',
    );
    const analyst = (await signedIn(t, { role: 'analyst' })).session;
    expect((await client(t, analyst).post('/api/v1/directory/import', { files })).statusCode).toBe(403);
  });
});
