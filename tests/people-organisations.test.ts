import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Session;
let izu: Session;
let cpwo: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
});
afterAll(() => t.close());

const auditFor = (entityId: string) =>
  t.database.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'organisation').where('entity_id', '=', entityId).orderBy('seq').execute();

describe('organisations', () => {
  it('lets an administrator create an organisation at a place, audited', async () => {
    const res = await client(t, admin).post('/api/v1/organisations', { name: 'Gasabo District Office', kind: 'district_office', placeId: PLACES.gasabo });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toEqual({ id: expect.any(String), name: 'Gasabo District Office', kind: 'district_office', placeId: '12', placeName: 'Gasabo', active: true });
    const audit = await auditFor(org.id);
    expect(audit).toMatchObject([{ action: 'organisation.create', fields: ['name', 'kind', 'placeId'], outcome: 'success' }]);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Gasabo');
  });

  it('refuses a second organisation of the same name at the same place, in any case', async () => {
    await createOrganisation(t, { name: 'Isange Kacyiru', kind: 'isange', placeId: PLACES.gasabo });
    const res = await client(t, admin).post('/api/v1/organisations', { name: 'ISANGE kacyiru', kind: 'isange', placeId: PLACES.gasabo });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.organisation_name_taken');
    const other = await client(t, admin).post('/api/v1/organisations', { name: 'Isange Kacyiru', kind: 'isange', placeId: PLACES.bugesera });
    expect(other.statusCode).toBe(201);
  });

  it('names the field of an unknown place, an unknown kind and an unknown field', async () => {
    const place = await client(t, admin).post('/api/v1/organisations', { name: 'Nowhere NGO', kind: 'ngo', placeId: '99' });
    expect(place.statusCode).toBe(400);
    expect(place.json().error).toMatchObject({ messageKey: 'errors.place_not_found', fields: [{ field: 'body.placeId' }] });
    const kind = await client(t, admin).post('/api/v1/organisations', { name: 'Some NGO', kind: 'club', placeId: '12' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.fields[0].field).toBe('body.kind');
    const extra = await client(t, admin).post('/api/v1/organisations', { name: 'Some NGO', kind: 'ngo', placeId: '12', active: false });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields[0].field).toContain('body');
    const list = await client(t, admin).get('/api/v1/organisations?q=nowhere');
    expect(list.json().total).toBe(0);
  });

  it('lets an administrator rename, move and deactivate an organisation, with the changed fields audited', async () => {
    const org = await createOrganisation(t, { name: 'Old Name School', kind: 'school', placeId: PLACES.gasaboSector });
    const renamed = await client(t, admin).patch(`/api/v1/organisations/${org.id}`, { name: 'New Name School', placeId: PLACES.gasaboCell });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'New Name School', placeId: PLACES.gasaboCell, placeName: 'Kinyaga', active: true });
    const off = await client(t, admin).patch(`/api/v1/organisations/${org.id}`, { active: false });
    expect(off.json().active).toBe(false);
    const audit = await auditFor(org.id);
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['organisation.update', ['name', 'placeId']],
      ['organisation.deactivate', ['active']],
    ]);
  });

  it('answers 404 for an unknown organisation and 400 naming a malformed id', async () => {
    const unknown = await client(t, admin).patch('/api/v1/organisations/00000000-0000-4000-8000-000000000000', { name: 'X Y' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await client(t, admin).patch('/api/v1/organisations/not-a-uuid', { name: 'X Y' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].field).toBe('params.id');
  });

  it('lets every signed-in user list organisations, filtered and paged', async () => {
    await createOrganisation(t, { name: 'Bugesera Health Centre', kind: 'health_facility', placeId: PLACES.bugesera });
    const retired = await createOrganisation(t, { name: 'Bugesera Retired Group', kind: 'community_group', placeId: PLACES.bugesera });
    await client(t, admin).patch(`/api/v1/organisations/${retired.id}`, { active: false });

    const byPlace = await client(t, izu).get('/api/v1/organisations?placeId=57');
    expect(byPlace.statusCode).toBe(200);
    expect(byPlace.json().items.map((o: { name: string }) => o.name)).toEqual(['Bugesera Health Centre', 'Bugesera Retired Group', 'Isange Kacyiru']);
    const active = await client(t, izu).get('/api/v1/organisations?placeId=57&active=true');
    expect(active.json().items.map((o: { name: string }) => o.name)).toEqual(['Bugesera Health Centre', 'Isange Kacyiru']);
    const kind = await client(t, izu).get('/api/v1/organisations?kind=health_facility');
    expect(kind.json()).toMatchObject({ total: 1, items: [{ name: 'Bugesera Health Centre', placeName: 'Bugesera' }] });
    const q = await client(t, izu).get('/api/v1/organisations?q=HEALTH%20cen');
    expect(q.json().total).toBe(1);
    const wildcard = await client(t, izu).get('/api/v1/organisations?q=%25');
    expect(wildcard.json().total).toBe(0);
    const page = await client(t, izu).get('/api/v1/organisations?placeId=57&pageSize=2&page=2');
    expect(page.json()).toMatchObject({ total: 3, items: [{ name: 'Isange Kacyiru' }] });
    const badActive = await client(t, izu).get('/api/v1/organisations?active=yes');
    expect(badActive.statusCode).toBe(400);
  });

  it('refuses every change to anyone but an administrator, and the list to anonymous callers', async () => {
    const org = await createOrganisation(t, { name: 'Protected NGO', kind: 'ngo' });
    for (const who of [izu, cpwo]) {
      const create = await client(t, who).post('/api/v1/organisations', { name: 'Mine', kind: 'ngo', placeId: '12' });
      expect(create.statusCode).toBe(403);
      const patch = await client(t, who).patch(`/api/v1/organisations/${org.id}`, { active: false });
      expect(patch.statusCode).toBe(403);
    }
    const list = await client(t, admin).get('/api/v1/organisations?q=Protected');
    expect(list.json().items).toMatchObject([{ name: 'Protected NGO', active: true }]);
    expect((await client(t, admin).get('/api/v1/organisations?q=Mine')).json().total).toBe(0);
    expect((await client(t).get('/api/v1/organisations')).statusCode).toBe(401);
  });
});
