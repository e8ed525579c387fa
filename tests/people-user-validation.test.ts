import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, createUser, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Every rule of a user account, refused through the API with the field named
// and nothing written.

let t: TestApp;
let admin: Session;
let org: { id: string };
let otherOrg: { id: string };
let closedOrg: { id: string };
let sup: { id: string };
let bugeseraSup: { id: string };
let otherOrgSup: { id: string };
let retiredSup: { id: string };
let notSup: { id: string };
let cpwo: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  org = await createOrganisation(t, { name: 'Gasabo District', placeId: PLACES.gasabo });
  otherOrg = await createOrganisation(t, { name: 'Gasabo NGO', kind: 'ngo', placeId: PLACES.gasabo });
  closedOrg = await createOrganisation(t, { name: 'Closed NGO', kind: 'ngo', placeId: PLACES.gasabo });
  await t.database.db.updateTable('organisations').set({ active: false }).where('id', '=', closedOrg.id).execute();
  const supervisor = (jurisdictionId: string, organisationId: string) => createUser(t, { role: 'supervisor', jurisdictionId, organisationId });
  sup = await supervisor(PLACES.gasabo, org.id);
  bugeseraSup = await supervisor(PLACES.bugesera, org.id);
  otherOrgSup = await supervisor(PLACES.gasabo, otherOrg.id);
  retiredSup = await supervisor(PLACES.gasabo, org.id);
  await t.database.db.updateTable('users').set({ active: false }).where('id', '=', retiredSup.id).execute();
  notSup = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: org.id, supervisorId: sup.id });
  cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: org.id, supervisorId: sup.id });
});
afterAll(() => t.close());

const body = (extra: Record<string, unknown>) => ({
  username: 'new.user',
  fullName: 'Uwase Diane',
  role: 'cpwo',
  organisationId: org.id,
  jurisdictionId: PLACES.gasabo,
  supervisorId: sup.id,
  language: 'rw',
  ...extra,
});

const snapshot = async () => ({
  users: await t.database.db.selectFrom('users').selectAll().orderBy('id').execute(),
  audit: (await t.database.db.selectFrom('audit_events').select('seq').execute()).length,
});

const messageKeysOf = (error: { fields: { field: string; messageKey: string }[] }) => Object.fromEntries(error.fields.map((f) => [f.field, f.messageKey]));

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('user account rules', () => {
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['a malformed username', () => ({ username: 'a b' }), 'body.username', 'errors.validation'],
    ['a two-letter username', () => ({ username: 'ab' }), 'body.username', 'errors.validation'],
    ['a 41-letter username', () => ({ username: 'a'.repeat(41) }), 'body.username', 'errors.validation'],
    ['an unknown role', () => ({ role: 'chief' }), 'body.role', 'errors.validation'],
    ['an unknown language', () => ({ language: 'de' }), 'body.language', 'errors.validation'],
    ['a malformed e-mail', () => ({ email: 'not-an-email' }), 'body.email', 'errors.validation'],
    ['a malformed date', () => ({ trainingCompletedOn: '2026-02-30' }), 'body.trainingCompletedOn', 'errors.validation'],
    ['a caseworker without an organisation', () => ({ organisationId: undefined }), 'body.organisationId', 'errors.organisation_required'],
    ['an unknown organisation', () => ({ organisationId: UNKNOWN }), 'body.organisationId', 'errors.organisation_not_found'],
    [
      'a deactivated organisation',
      () => ({ organisationId: closedOrg.id, supervisorId: undefined, role: 'local_leader' }),
      'body.organisationId',
      'errors.organisation_inactive',
    ],
    ['an unknown place', () => ({ jurisdictionId: '99' }), 'body.jurisdictionId', 'errors.place_not_found'],
    [
      'an IZU at a cell',
      () => ({ role: 'izu', jurisdictionId: PLACES.gasaboCell, supervisorId: undefined }),
      'body.jurisdictionId',
      'errors.jurisdiction_level_mismatch',
    ],
    [
      'a cell coordinator at a village',
      () => ({ role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboVillage, supervisorId: undefined }),
      'body.jurisdictionId',
      'errors.jurisdiction_level_mismatch',
    ],
    [
      'a sector coordinator at a district',
      () => ({ role: 'izu_sector_coordinator', supervisorId: undefined }),
      'body.jurisdictionId',
      'errors.jurisdiction_level_mismatch',
    ],
    ['a CPWO at a sector', () => ({ jurisdictionId: PLACES.gasaboSector }), 'body.jurisdictionId', 'errors.jurisdiction_level_mismatch'],
    [
      'a supervisor at a province',
      () => ({ role: 'supervisor', jurisdictionId: PLACES.kigali, supervisorId: undefined }),
      'body.jurisdictionId',
      'errors.jurisdiction_level_mismatch',
    ],
    ['a hotline agent at a district', () => ({ role: 'hotline_agent', supervisorId: undefined }), 'body.jurisdictionId', 'errors.jurisdiction_level_mismatch'],
    [
      'an administrator at a district',
      () => ({ role: 'sysadmin', organisationId: undefined, supervisorId: undefined }),
      'body.jurisdictionId',
      'errors.jurisdiction_level_mismatch',
    ],
    ['a CSO caseworker without a supervisor', () => ({ role: 'cso_caseworker', supervisorId: undefined }), 'body.supervisorId', 'errors.supervisor_required'],
    ['an unknown supervisor', () => ({ supervisorId: UNKNOWN }), 'body.supervisorId', 'errors.supervisor_not_found'],
    ['a supervisor who is a CPWO', () => ({ supervisorId: notSup.id }), 'body.supervisorId', 'errors.supervisor_not_active_supervisor'],
    ['a deactivated supervisor', () => ({ supervisorId: retiredSup.id }), 'body.supervisorId', 'errors.supervisor_not_active_supervisor'],
    ['a supervisor of another organisation', () => ({ supervisorId: otherOrgSup.id }), 'body.supervisorId', 'errors.supervisor_outside_organisation'],
    ['a supervisor of another district', () => ({ supervisorId: bugeseraSup.id }), 'body.supervisorId', 'errors.supervisor_outside_jurisdiction'],
    ['a training date tomorrow in Kigali', () => ({ trainingCompletedOn: '2026-11-03' }), 'body.trainingCompletedOn', 'errors.training_date_in_future'],
    ['a phone that is not a Rwandan mobile', () => ({ phone: '+254712345678' }), 'body.phone', 'errors.phone_invalid'],
    ['an unknown field', () => ({ password: 'chosen-by-admin' }), 'body', 'errors.validation'],
  ];

  // The schema's own refusals carry a key of their own, with its parameters, for the UI to translate.
  const schemaKeys: Record<string, { messageKey: string; params?: Record<string, number> }> = {
    'a malformed username': { messageKey: 'errors.field.invalid_format' },
    'a two-letter username': { messageKey: 'errors.field.too_short', params: { min: 3 } },
    'a 41-letter username': { messageKey: 'errors.field.too_long', params: { max: 40 } },
    'an unknown role': { messageKey: 'errors.field.invalid_choice' },
    'an unknown language': { messageKey: 'errors.field.invalid_choice' },
    'a malformed e-mail': { messageKey: 'errors.field.invalid_email' },
    'a malformed date': { messageKey: 'errors.field.invalid_date' },
    'an unknown field': { messageKey: 'errors.field.unknown' },
  };

  for (const [what, extra, field, messageKey] of cases) {
    it(`refuses ${what}, naming ${field}, and writes nothing`, async () => {
      const before = await snapshot();
      const res = await client(t, admin).post('/api/v1/users', body(extra()));
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error).toMatchObject({ code: 'validation', messageKey });
      expect(error.fields).toEqual([
        { field: expect.stringContaining(field), message: expect.any(String), ...(messageKey !== 'errors.validation' ? { messageKey } : schemaKeys[what]) },
      ]);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('lists every problem of one request at once', async () => {
    const res = await client(t, admin).post('/api/v1/users', body({ supervisorId: undefined, phone: '123', jurisdictionId: '99' }));
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.jurisdictionId', 'body.phone', 'body.supervisorId']);
    expect(messageKeysOf(res.json().error)).toEqual({
      'body.jurisdictionId': 'errors.place_not_found',
      'body.phone': 'errors.phone_invalid',
      'body.supervisorId': 'errors.supervisor_required',
    });
  });

  it('takes the training date in Kigali time: just after midnight there, that day is today', async () => {
    t.clock.set('2026-11-02T22:30:00Z'); // 00:30 on 3 November in Kigali
    try {
      const lateAdmin = (await signedIn(t, { role: 'sysadmin' })).session;
      const res = await client(t, lateAdmin).post('/api/v1/users', body({ username: 'trained.today', trainingCompletedOn: '2026-11-03' }));
      expect(res.statusCode).toBe(201);
    } finally {
      t.clock.set('2026-11-02T07:00:00Z');
    }
  });

  it('refuses a username already taken in another case with 409', async () => {
    await createUser(t, { role: 'analyst', username: 'Taken.Name' });
    const before = await snapshot();
    const res = await client(t, admin).post('/api/v1/users', body({ username: 'taken.NAME' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ messageKey: 'errors.username_taken', fields: [{ field: 'body.username' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('applies the same rules to an edit, and refuses a user supervising themselves', async () => {
    const before = await snapshot();
    const self = await client(t, admin).patch(`/api/v1/users/${sup.id}`, { supervisorId: sup.id });
    expect(self.statusCode).toBe(400);
    expect(self.json().error).toMatchObject({ messageKey: 'errors.supervisor_self', fields: [{ field: 'body.supervisorId' }] });
    const level = await client(t, admin).patch(`/api/v1/users/${cpwo.id}`, { jurisdictionId: PLACES.gasaboVillage });
    expect(level.json().error).toMatchObject({ messageKey: 'errors.jurisdiction_level_mismatch', fields: [{ field: 'body.jurisdictionId' }] });
    const drop = await client(t, admin).patch(`/api/v1/users/${cpwo.id}`, { supervisorId: null });
    expect(drop.json().error.messageKey).toBe('errors.supervisor_required');
    const org2 = await client(t, admin).patch(`/api/v1/users/${cpwo.id}`, { organisationId: otherOrg.id });
    expect(org2.json().error).toMatchObject({ messageKey: 'errors.supervisor_outside_organisation', fields: [{ field: 'body.supervisorId' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('lets an edit through when only an unrelated, already-stored value breaks a rule', async () => {
    // The organisation was deactivated after the account was made: fixing the phone still works.
    const u = await createUser(t, { role: 'local_leader', jurisdictionId: PLACES.gasaboCell, organisationId: closedOrg.id });
    const res = await client(t, admin).patch(`/api/v1/users/${u.id}`, { phone: '0722000111' });
    expect(res.statusCode).toBe(200);
    expect(res.json().phone).toBe('+250722000111');
  });
});
