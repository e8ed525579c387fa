import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, createUser, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Who sees which users, and who may change them.

let t: TestApp;
let admin: Session;
let gasaboCpwo: Session;
let gasaboCpwoId: string;
let gasaboSupervisor: Session;
let ncda: Session;
let izu: Session;
let analyst: Session;
let gasaboOrg: { id: string };
let bugeseraOrg: { id: string };
let gasaboIzu: { id: string };
let bugeseraIzu: { id: string };
let bugeseraCpwo: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  gasaboOrg = await createOrganisation(t, { name: 'Gasabo District', placeId: PLACES.gasabo });
  bugeseraOrg = await createOrganisation(t, { name: 'Bugesera District', placeId: PLACES.bugesera });
  admin = (await signedIn(t, { role: 'sysadmin', fullName: 'Zz Admin' })).session;
  const sup = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, organisationId: gasaboOrg.id, fullName: 'Gasabo Supervisor' });
  gasaboSupervisor = sup.session;
  const cpwo = await signedIn(t, {
    role: 'cpwo',
    jurisdictionId: PLACES.gasabo,
    organisationId: gasaboOrg.id,
    supervisorId: sup.user.id,
    fullName: 'Gasabo Cpwo',
  });
  gasaboCpwo = cpwo.session;
  gasaboCpwoId = cpwo.user.id;
  ncda = (await signedIn(t, { role: 'ncda_officer', organisationId: gasaboOrg.id, fullName: 'Zz Ncda' })).session;
  analyst = (await signedIn(t, { role: 'analyst', organisationId: gasaboOrg.id, fullName: 'Zz Analyst' })).session;
  const i = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage, organisationId: gasaboOrg.id, fullName: 'Gasabo Izu' });
  izu = i.session;
  gasaboIzu = i.user;
  const bSup = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.bugesera, organisationId: bugeseraOrg.id, fullName: 'Bugesera Supervisor' });
  bugeseraCpwo = await createUser(t, {
    role: 'cpwo',
    jurisdictionId: PLACES.bugesera,
    organisationId: bugeseraOrg.id,
    supervisorId: bSup.id,
    fullName: 'Bugesera Cpwo',
  });
  bugeseraIzu = await createUser(t, { role: 'izu', jurisdictionId: PLACES.bugeseraVillage, organisationId: bugeseraOrg.id, fullName: 'Bugesera Izu' });
});
afterAll(() => t.close());

type Page = { items: { fullName: string }[] };
const names = (res: { json(): Page } | Page) => ('json' in res ? res.json() : res).items.map((u) => u.fullName);

describe('who sees which users', () => {
  it('shows a Gasabo CPWO only the users of Gasabo, sorted by full name', async () => {
    const res = await client(t, gasaboCpwo).get('/api/v1/users');
    expect(res.statusCode).toBe(200);
    expect(names(res)).toEqual(['Gasabo Cpwo', 'Gasabo Izu', 'Gasabo Supervisor']);
    expect(res.json().total).toBe(3);
    // Filters cannot widen the view.
    const wider = await client(t, gasaboCpwo).get(`/api/v1/users?placeId=57&organisationId=${bugeseraOrg.id}`);
    expect(wider.json()).toEqual({ items: [], total: 0 });
  });

  it('answers 404 to a Gasabo CPWO asking for a Bugesera user, as if there were none', async () => {
    const res = await client(t, gasaboCpwo).get(`/api/v1/users/${bugeseraIzu.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.messageKey).toBe('errors.not_found');
    const own = await client(t, gasaboCpwo).get(`/api/v1/users/${gasaboIzu.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ fullName: 'Gasabo Izu', jurisdiction: { id: PLACES.gasaboVillage, level: 5 } });
  });

  it('shows a district supervisor their district, and national officers and administrators everyone', async () => {
    expect(names(await client(t, gasaboSupervisor).get('/api/v1/users'))).toEqual(['Gasabo Cpwo', 'Gasabo Izu', 'Gasabo Supervisor']);
    expect((await client(t, ncda).get('/api/v1/users')).json().total).toBe(9);
    expect((await client(t, ncda).get(`/api/v1/users/${bugeseraCpwo.id}`)).statusCode).toBe(200);
    expect((await client(t, admin).get('/api/v1/users')).json().total).toBe(9);
  });

  it('filters by text, role, place, organisation and state, and pages', async () => {
    const get = async (query: string) => (await client(t, admin).get(`/api/v1/users?${query}`)).json();
    expect(names(await get('q=BUGESERA'))).toEqual(['Bugesera Cpwo', 'Bugesera Izu', 'Bugesera Supervisor']);
    const user = (await get('q=gasabo%20izu')).items[0];
    expect((await get(`q=${user.username.toUpperCase()}`)).items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    expect(names(await get('role=izu'))).toEqual(['Bugesera Izu', 'Gasabo Izu']);
    expect(names(await get(`placeId=${PLACES.gasaboSector}`))).toEqual(['Gasabo Izu']);
    expect((await get(`organisationId=${bugeseraOrg.id}`)).total).toBe(3);
    expect((await get('active=false')).total).toBe(0);
    expect(await get('pageSize=2&page=2')).toMatchObject({ total: 9, items: [{ fullName: 'Bugesera Supervisor' }, { fullName: 'Gasabo Cpwo' }] });
    const bad = await client(t, admin).get('/api/v1/users?role=chief&placeId=x');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring.placeId', 'querystring.role']);
  });

  it('refuses the list and every user to roles that see no users', async () => {
    for (const who of [izu, analyst]) {
      const list = await client(t, who).get('/api/v1/users');
      expect(list.statusCode).toBe(403);
      expect(list.json().error.messageKey).toBe('errors.forbidden');
      expect((await client(t, who).get(`/api/v1/users/${gasaboIzu.id}`)).statusCode).toBe(403);
    }
    expect((await client(t).get('/api/v1/users')).statusCode).toBe(401);
  });

  it('refuses every change to anyone but an administrator, and changes nothing', async () => {
    const target = gasaboIzu.id;
    const before = await t.database.db.selectFrom('users').selectAll().where('id', '=', target).executeTakeFirstOrThrow();
    const auditBefore = (await t.database.db.selectFrom('audit_events').select('seq').execute()).length;
    const writes: [string, string, unknown][] = [
      [
        'post',
        '/api/v1/users',
        { username: 'sneaky', fullName: 'Sneaky One', role: 'analyst', organisationId: gasaboOrg.id, jurisdictionId: 'RW', language: 'en' },
      ],
      ['patch', `/api/v1/users/${target}`, { fullName: 'Changed' }],
      ['post', `/api/v1/users/${target}/deactivate`, {}],
      ['post', `/api/v1/users/${target}/activate`, {}],
      ['post', `/api/v1/users/${target}/reset-password`, {}],
      ['post', `/api/v1/users/${target}/unlock`, {}],
      [
        'post',
        '/api/v1/users/import',
        {
          csv: 'username,full_name,role,organisation,jurisdiction,supervisor,training_completed_on,phone,email,language\nimported.sneaky,X One,analyst,Gasabo District,RW,,,,,en',
        },
      ],
      ['patch', `/api/v1/users/${gasaboCpwoId}`, { phone: '0788000000' }],
    ];
    for (const who of [gasaboCpwo, gasaboSupervisor, ncda, izu, analyst]) {
      for (const [method, url, body] of writes) {
        const res = await client(t, who)[method as 'post' | 'patch'](url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
    }
    expect(await t.database.db.selectFrom('users').selectAll().where('id', '=', target).executeTakeFirstOrThrow()).toEqual(before);
    expect((await client(t, admin).get('/api/v1/users?q=sneaky')).json().total).toBe(0);
    expect((await client(t, admin).get('/api/v1/users?q=imported.sneaky')).json().total).toBe(0);
    expect((await t.database.db.selectFrom('audit_events').select('seq').execute()).length).toBe(auditBefore);
  });

  it('gives an administrator of one area the people of that area only: no read, change or creation elsewhere', async () => {
    const kigaliAdmin = (await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.kigali, fullName: 'Kigali Admin' })).session;
    const listed = (await client(t, kigaliAdmin).get('/api/v1/users?pageSize=100')).json().items as { id: string; fullName: string }[];
    expect(listed.map((u) => u.id)).toContain(gasaboIzu.id);
    expect(listed.map((u) => u.id)).not.toContain(bugeseraIzu.id);
    const before = await t.database.db.selectFrom('users').selectAll().where('id', '=', bugeseraIzu.id).executeTakeFirstOrThrow();
    for (const [method, url, body] of [
      ['get', `/api/v1/users/${bugeseraIzu.id}`, undefined],
      ['patch', `/api/v1/users/${bugeseraIzu.id}`, { fullName: 'Changed' }],
      ['post', `/api/v1/users/${bugeseraIzu.id}/deactivate`, {}],
      ['post', `/api/v1/users/${bugeseraIzu.id}/reset-password`, {}],
    ] as const) {
      const res = await client(t, kigaliAdmin)[method](url, body as never);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain('Bugesera Izu');
    }
    expect(await t.database.db.selectFrom('users').selectAll().where('id', '=', bugeseraIzu.id).executeTakeFirstOrThrow()).toEqual(before);

    // Creating someone in Bugesera, or moving one's own person there, is a field error on the jurisdiction.
    const created = await client(t, kigaliAdmin).post('/api/v1/users', {
      username: 'bugesera.izu2',
      fullName: 'Uwera Bugesera',
      role: 'izu',
      organisationId: bugeseraOrg.id,
      jurisdictionId: PLACES.bugeseraVillage,
      language: 'rw',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toEqual([expect.objectContaining({ field: 'body.jurisdictionId', messageKey: 'errors.jurisdiction_outside_yours' })]);
    const moved = await client(t, kigaliAdmin).patch(`/api/v1/users/${gasaboIzu.id}`, { jurisdictionId: PLACES.bugeseraVillage });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields[0]).toMatchObject({ field: 'body.jurisdictionId', messageKey: 'errors.jurisdiction_outside_yours' });
    const imported = await client(t, kigaliAdmin).post('/api/v1/users/import', {
      csv: 'username,full_name,role,organisation,jurisdiction,supervisor,training_completed_on,phone,email,language\nimported.bugesera,Imported One,izu,Bugesera District,57010101,,,,,rw',
    });
    expect(imported.statusCode).toBe(400);
    expect(JSON.stringify(imported.json())).toContain('errors.jurisdiction_outside_yours');
    expect((await client(t, admin).get('/api/v1/users?q=bugesera.izu2')).json().total).toBe(0);
    expect((await client(t, admin).get('/api/v1/users?q=imported.bugesera')).json().total).toBe(0);
  });
});
