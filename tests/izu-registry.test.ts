import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi } from './support/auth-helpers.js';
import { client, createOrganisation, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 12, the IZU registry: each village's pair, the gaps, the coordinators;
// scoped (a CPWO their district, coordinators read their cell or sector);
// a basic-phone IZU has no password and cannot sign in.

let t: TestApp;
let admin: Session;
let cpwo: Session;
let bugeseraCpwo: Session;
let cellCoordinator: Session;
let sectorCoordinator: Session;
const VILLAGE = PLACES.gasaboVillage; // 12010101
const OTHER_VILLAGE = '12010102';

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda })).session;
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera })).session;
  cellCoordinator = (await signedIn(t, { role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboCell })).session;
  sectorCoordinator = (await signedIn(t, { role: 'izu_sector_coordinator', jurisdictionId: PLACES.gasaboSector })).session;
});
afterAll(() => t.close());

let phoneSeq = 0;
const nextPhone = () => `078${String(4_000_000 + ++phoneSeq).padStart(7, '0')}`;
const izu = (extra: Record<string, unknown> = {}) => ({
  fullName: 'Mukamana Claudine',
  sex: 'female',
  phone: nextPhone(),
  placeId: VILLAGE,
  selectedOn: '2019-04-01',
  trainings: [{ trainingCode: 'izu_basic', takenOn: '2019-05-10' }],
  ...extra,
});
const create = async (s: Session, body: Record<string, unknown>) => client(t, s).post('/api/v1/izu/volunteers', body);

describe('registering a village pair', () => {
  let woman: { id: string };
  let man: { id: string };

  it('registers an IZU without a password, with the phone in E.164 and the trainings', async () => {
    const res = await create(cpwo, izu({ phone: '078 812 3401' }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.delivery).toBe('none');
    expect(body.oneTimePassword).toBeNull();
    expect(body.volunteer).toMatchObject({
      role: 'izu',
      sex: 'female',
      phone: '+250788123401',
      status: 'active',
      statusOn: '2026-11-02',
      selectedOn: '2019-04-01',
      webAccess: false,
      trainings: [{ trainingCode: 'izu_basic', takenOn: '2019-05-10' }],
    });
    expect(body.volunteer.place.id).toBe(VILLAGE);
    woman = body.volunteer;
    const row = await t.database.db.selectFrom('users').select('password_hash').where('id', '=', woman.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });

  it('refuses an invalid phone, a number another active IZU has, and a wrong level, naming the field', async () => {
    const bad = await create(cpwo, izu({ phone: '12345' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ messageKey: 'errors.phone_invalid', fields: [{ field: 'body.phone' }] });
    const dup = await create(cpwo, izu({ phone: '+250788123401' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ messageKey: 'errors.phone_taken', fields: [{ field: 'body.phone' }] });
    const level = await create(cpwo, izu({ placeId: PLACES.gasaboCell }));
    expect(level.statusCode).toBe(400);
    expect(level.json().error.messageKey).toBe('errors.jurisdiction_level_mismatch');
    const future = await create(cpwo, izu({ selectedOn: '2030-01-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].field).toBe('body.selectedOn');
  });

  it('completes the pair, then refuses a third active IZU in the village', async () => {
    const res = await create(cpwo, izu({ fullName: 'Habimana Jean', sex: 'male' }));
    expect(res.statusCode).toBe(201);
    man = res.json().volunteer;
    const third = await create(cpwo, izu({ fullName: 'Uwase Aline' }));
    expect(third.statusCode).toBe(409);
    expect(third.json().error.messageKey).toBe('errors.izu_village_full');
  });

  it("lists the village's pair, and a cell's villages with the gaps", async () => {
    const village = await client(t, cpwo).get(`/api/v1/izu/registry?placeId=${VILLAGE}`);
    expect(village.statusCode, village.body).toBe(200);
    const v = village.json();
    expect(v.summary).toEqual({ villages: 1, withPair: 1, missingPair: 0 });
    expect(v.villages[0].volunteers.map((x: { fullName: string }) => x.fullName).sort()).toEqual(['Habimana Jean', 'Mukamana Claudine']);
    expect(v.villages[0].activeCount).toBe(2);

    const cell = (await client(t, cpwo).get(`/api/v1/izu/registry?placeId=${PLACES.gasaboCell}`)).json();
    expect(cell.summary.villages).toBeGreaterThan(1);
    expect(cell.summary.withPair).toBe(1);
    const gaps = (await client(t, cpwo).get(`/api/v1/izu/registry?placeId=${PLACES.gasaboCell}&gaps=true`)).json();
    expect(gaps.total).toBe(cell.summary.missingPair);
    expect(gaps.villages.some((x: { id: string }) => x.id === VILLAGE)).toBe(false);
    expect(gaps.villages.every((x: { activeCount: number }) => x.activeCount < 2)).toBe(true);
  });

  it('replaces a volunteer with a new one in the same step, and keeps who replaced whom', async () => {
    const res = await client(t, cpwo).post(`/api/v1/izu/volunteers/${man.id}/status`, {
      status: 'replaced',
      on: '2026-11-01',
      replacement: { fullName: 'Nsengimana Eric', sex: 'male', phone: nextPhone() },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'replaced', statusOn: '2026-11-01', replacedBy: { fullName: 'Nsengimana Eric' } });
    const v = (await client(t, cpwo).get(`/api/v1/izu/registry?placeId=${VILLAGE}&status=active`)).json();
    expect(v.villages[0].volunteers.map((x: { fullName: string }) => x.fullName).sort()).toEqual(['Mukamana Claudine', 'Nsengimana Eric']);
    const replaced = (await client(t, cpwo).get(`/api/v1/izu/registry?placeId=${VILLAGE}&status=replaced`)).json();
    expect(replaced.villages[0].volunteers.map((x: { id: string }) => x.id)).toEqual([man.id]);
    // reactivating would make three
    const back = await client(t, cpwo).post(`/api/v1/izu/volunteers/${man.id}/status`, { status: 'active', on: '2026-11-02' });
    expect(back.statusCode).toBe(409);
    // replaced needs a successor
    const none = await client(t, cpwo).post(`/api/v1/izu/volunteers/${woman.id}/status`, { status: 'replaced', on: '2026-11-01' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.messageKey).toBe('errors.izu_replacement_required');
  });

  it('edits a volunteer: name, phone (normalised), trainings replaced as a list', async () => {
    const res = await client(t, cpwo).patch(`/api/v1/izu/volunteers/${woman.id}`, {
      fullName: 'Mukamana Claudine M.',
      phone: '0788123499',
      trainings: [
        { trainingCode: 'izu_basic', takenOn: '2019-05-10' },
        { trainingCode: 'izu_positive_parenting', takenOn: '2021-03-02' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'Mukamana Claudine M.', phone: '+250788123499' });
    expect(res.json().trainings).toEqual([
      { trainingCode: 'izu_basic', takenOn: '2019-05-10' },
      { trainingCode: 'izu_positive_parenting', takenOn: '2021-03-02' },
    ]);
    // The registry's trainings are the training register's records: one place for both.
    const register = (await client(t, cpwo).get('/api/v1/workforce/trainings/register?role=izu&pageSize=100')).json();
    const person = register.items.find((p: { id: string }) => p.id === woman.id);
    expect(person.records.map((r: { trainingCode: string }) => r.trainingCode).sort()).toEqual(['izu_basic', 'izu_positive_parenting']);
  });

  it('refuses a training that is not an IZU module of the training register, naming the field; nothing changes', async () => {
    for (const trainingCode of ['cooking', 'national_case_management']) {
      const res = await client(t, cpwo).patch(`/api/v1/izu/volunteers/${woman.id}`, { trainings: [{ trainingCode, takenOn: '2021-03-02' }] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ field: 'body.trainings.0.trainingCode', messageKey: 'errors.training_unknown' });
    }
    const free = await client(t, cpwo).patch(`/api/v1/izu/volunteers/${woman.id}`, { trainings: [{ name: 'Basic IZU training', takenOn: '2019-05-10' }] });
    expect(free.statusCode).toBe(400);
    const records = await t.database.db.selectFrom('training_records').select('training_code').where('user_id', '=', woman.id).execute();
    expect(records).toHaveLength(2);
  });

  it('shows trainings written as free text before the register held the modules, read-only as written', async () => {
    await t.database.db
      .insertInto('user_trainings')
      .values({ user_id: woman.id, name: 'Umugoroba w’ababyeyi facilitation', taken_on: '2018-02-01', created_at: t.clock.now() })
      .execute();
    const res = await client(t, cpwo).get(`/api/v1/izu/volunteers/${woman.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().earlierTrainings).toEqual([{ name: 'Umugoroba w’ababyeyi facilitation', takenOn: '2018-02-01' }]);
    expect(res.json().trainings).toHaveLength(2);
  });

  it('registers cell and sector coordinators, who read their own area', async () => {
    const cellC = await create(cpwo, { fullName: 'Mugisha Paul', sex: 'male', phone: nextPhone(), placeId: PLACES.gasaboCell, role: 'izu_cell_coordinator' });
    expect(cellC.statusCode, cellC.body).toBe(201);
    expect(cellC.json().delivery).toBe('sms');
    expect(cellC.json().volunteer.webAccess).toBe(true);
    const mine = await client(t, cellCoordinator).get(`/api/v1/izu/registry?placeId=${PLACES.gasaboCell}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().coordinators.map((c: { fullName: string }) => c.fullName)).toContain('Mugisha Paul');
    expect((await client(t, sectorCoordinator).get(`/api/v1/izu/registry?placeId=${PLACES.gasaboSector}`)).statusCode).toBe(200);
    expect((await client(t, cellCoordinator).get(`/api/v1/izu/volunteers/${woman.id}`)).statusCode).toBe(200);
  });
});

describe('who may see and change the registry', () => {
  let bugeseraIzu: { id: string };
  beforeAll(async () => {
    const res = await create(bugeseraCpwo, izu({ fullName: 'Nyiramana Secret', placeId: PLACES.bugeseraVillage }));
    expect(res.statusCode, res.body).toBe(201);
    bugeseraIzu = res.json().volunteer;
  });

  it("answers 404 for another district's volunteer or place, and shows nothing of them", async () => {
    for (const [method, url, body] of [
      ['GET', `/api/v1/izu/volunteers/${bugeseraIzu.id}`, undefined],
      ['PATCH', `/api/v1/izu/volunteers/${bugeseraIzu.id}`, { fullName: 'Changed' }],
      ['POST', `/api/v1/izu/volunteers/${bugeseraIzu.id}/status`, { status: 'inactive', on: '2026-11-01' }],
      ['GET', `/api/v1/izu/registry?placeId=${PLACES.bugeseraVillage}`, undefined],
      ['GET', `/api/v1/izu/registry?placeId=RW`, undefined],
    ] as const) {
      const c = client(t, cpwo);
      const res = method === 'GET' ? await c.get(url) : method === 'PATCH' ? await c.patch(url, body) : await c.post(url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain('Nyiramana');
    }
    const stored = await t.database.db.selectFrom('users').select(['full_name', 'izu_status']).where('id', '=', bugeseraIzu.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ full_name: 'Nyiramana Secret', izu_status: 'active' });
    // nor can one register into another district
    const into = await create(cpwo, izu({ placeId: '57010102' }));
    expect(into.statusCode).toBe(400);
    expect(into.json().error.messageKey).toBe('errors.jurisdiction_outside_yours');
  });

  it('keeps coordinators to reading, and to their own cell', async () => {
    const [someone] = (await client(t, cellCoordinator).get(`/api/v1/izu/registry?placeId=${VILLAGE}`)).json().villages[0].volunteers;
    expect((await client(t, cellCoordinator).patch(`/api/v1/izu/volunteers/${someone.id}`, { fullName: 'Changed' })).statusCode).toBe(403);
    expect((await client(t, cellCoordinator).post(`/api/v1/izu/volunteers/${someone.id}/status`, { status: 'inactive', on: '2026-11-01' })).statusCode).toBe(
      403,
    );
    expect((await create(cellCoordinator, izu({ placeId: OTHER_VILLAGE }))).statusCode).toBe(403);
    expect((await client(t, cellCoordinator).get(`/api/v1/izu/registry?placeId=${PLACES.gasaboSector}`)).statusCode).toBe(404);
    expect((await client(t, sectorCoordinator).get(`/api/v1/izu/registry?placeId=${PLACES.gasabo}`)).statusCode).toBe(404);
  });

  it('shows a national administrator the whole country, a page of villages at a time', async () => {
    const res = await client(t, admin).get('/api/v1/izu/registry?placeId=RW&gaps=true&pageSize=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.summary.villages).toBe(14837);
    expect(body.villages).toHaveLength(10);
    expect((await client(t, admin).get(`/api/v1/izu/volunteers/${bugeseraIzu.id}`)).statusCode).toBe(200);
  });

  it('refuses roles that keep no registry', async () => {
    for (const role of ['izu', 'cso_caseworker', 'analyst', 'ncda_officer'] as const) {
      const s = (await signedIn(t, { role, jurisdictionId: role === 'izu' ? VILLAGE : PLACES.gasabo })).session;
      expect((await client(t, s).get(`/api/v1/izu/registry?placeId=${VILLAGE}`)).statusCode, role).toBe(403);
    }
  });
});

describe('a basic-phone IZU (no password)', () => {
  it('cannot sign in: the same answer as a wrong password, counted as one', async () => {
    const res = await create(cpwo, izu({ fullName: 'Uwimana Grace', placeId: OTHER_VILLAGE }));
    const volunteer = res.json().volunteer;
    for (const password of ['', 'anything-at-all-2026']) {
      const attempt = await signInThroughApi(t, volunteer, password);
      expect(attempt.session).toBeNull();
      if (password) {
        expect(attempt.res.statusCode).toBe(401);
        expect(attempt.res.json().error.messageKey).toBe('errors.invalid_credentials');
      } else expect(attempt.res.statusCode).toBe(400);
    }
    const row = await t.database.db.selectFrom('users').select('failed_attempts').where('id', '=', volunteer.id).executeTakeFirstOrThrow();
    expect(row.failed_attempts).toBe(1);
  });

  it('is the only kind of account that may lack a password', async () => {
    const { user } = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
    await expect(t.database.db.updateTable('users').set({ password_hash: null }).where('id', '=', user.id).execute()).rejects.toThrow();
  });
});

describe('an account without a password changing role', () => {
  it('is refused with 409 until a password is set (only an IZU may lack one)', async () => {
    const admin = (await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda })).session;
    const res = await create(cpwo, izu({ fullName: 'Nshimiyimana Role', placeId: '12010103' }));
    const id = res.json().volunteer.id;
    const change = await client(t, admin).patch(`/api/v1/users/${id}`, { role: 'izu_sector_coordinator', jurisdictionId: PLACES.gasaboSector });
    expect(change.statusCode, change.body).toBe(409);
    expect(change.json().error.messageKey).toBe('errors.role_needs_password');
    expect((await client(t, admin).post(`/api/v1/users/${id}/reset-password`)).statusCode).toBe(200);
    const office = await createOrganisation(t, { name: 'Bumbogo Sector Office', kind: 'sector_office', placeId: PLACES.gasaboSector });
    const after = await client(t, admin).patch(`/api/v1/users/${id}`, {
      role: 'izu_sector_coordinator',
      jurisdictionId: PLACES.gasaboSector,
      organisationId: office.id,
    });
    expect(after.statusCode, after.body).toBe(200);
  });
});
