import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from './support/case-factories.js';
import { client, createOrganisation, createUser, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { consentGiven, type Signed } from './cases-support.js';

// Item 10 of the hardening issue: a conference participant (who reads the
// case once they sign) and a plan action's responsible user are only users
// the access module lets the caseworker bring into THIS case, and the
// candidate search lists those users only, with only what the picker shows.

let t: TestApp;
let cpwo: Signed, worker: Signed;
let caseId = '';
const inScope: Record<string, string> = {};
const outOfScope: Record<string, string> = {};
let notAUser = '';

beforeAll(async () => {
  t = await createTestApp();
  const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, fullName: 'Invitee supervisor' });
  const org = await createOrganisation(t, { name: 'Gasabo Partners', placeId: PLACES.gasabo });
  cpwo = await signedIn(t, {
    role: 'cpwo',
    jurisdictionId: PLACES.gasabo,
    supervisorId: supervisor.user.id,
    trainingCompletedOn: '2024-06-01',
    fullName: 'Invitee cpwo',
  });
  worker = await signedIn(t, {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    supervisorId: supervisor.user.id,
    trainingCompletedOn: '2025-01-10',
    organisationId: org.id,
    fullName: 'Invitee lead',
  });
  const kase = await insertCase(t, { openedBy: cpwo.user.id, leadCaseworkerId: worker.user.id, supervisorId: supervisor.user.id, stage: 'planning' });
  caseId = kase.case.id;
  notAUser = kase.report.id;
  const consent = await client(t, cpwo.session).post(`/api/v1/cases/${caseId}/consents`, consentGiven());
  expect(consent.statusCode, consent.body).toBe(201);

  const user = async (name: string, input: Parameters<typeof createUser>[1]) => (await createUser(t, { fullName: `Invitee ${name}`, ...input })).id;
  Object.assign(inScope, {
    lead: worker.user.id,
    supervisor: supervisor.user.id,
    cpwo: cpwo.user.id,
    villageIzu: await user('village izu', { role: 'izu', jurisdictionId: PLACES.gasaboVillage }),
    sectorLeader: await user('sector leader', { role: 'local_leader', jurisdictionId: PLACES.gasaboSector }),
    districtProvider: await user('district provider', { role: 'service_provider', jurisdictionId: PLACES.gasabo, organisationId: org.id }),
    nationalProvider: await user('national provider', { role: 'service_provider', jurisdictionId: PLACES.rwanda }),
  });
  const bugeseraOrg = await createOrganisation(t, { name: 'Gasabo Partners Bugesera branch', placeId: PLACES.bugesera });
  Object.assign(outOfScope, {
    otherDistrictCaseworker: await user('other district caseworker', {
      role: 'cso_caseworker',
      jurisdictionId: PLACES.bugesera,
      organisationId: bugeseraOrg.id,
      trainingCompletedOn: '2025-01-10',
    }),
    otherDistrictCpwo: await user('other district cpwo', { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2025-01-10' }),
    otherDistrictProvider: await user('other district provider', { role: 'service_provider', jurisdictionId: PLACES.bugesera, organisationId: bugeseraOrg.id }),
    neighbourVillageIzu: await user('neighbour village izu', { role: 'izu', jurisdictionId: '12010102' }),
    hotlineAgent: await user('hotline agent', { role: 'hotline_agent', jurisdictionId: PLACES.rwanda }),
    ncdaOfficer: await user('ncda officer', { role: 'ncda_officer', jurisdictionId: PLACES.rwanda }),
    analyst: await user('analyst', { role: 'analyst', jurisdictionId: PLACES.rwanda }),
    sysadmin: await user('sysadmin', { role: 'sysadmin', jurisdictionId: PLACES.rwanda }),
  });
  const deactivated = await user('deactivated', {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    organisationId: org.id,
    trainingCompletedOn: '2025-01-10',
  });
  await t.database.db.updateTable('users').set({ active: false }).where('id', '=', deactivated).execute();
  outOfScope.deactivated = deactivated;
});
afterAll(() => t.close());

const conferenceBody = (userId: string) => ({
  type: 'inter_agency',
  heldAt: '2026-11-04T08:00:00Z',
  participants: [{ userId: worker.user.id }, { userId }, { name: 'Mukamana Claudine', role: 'mother' }],
  childParticipation: 'views_represented',
  caregiverParticipation: 'attended',
});

const counts = async () => ({
  conferences: (
    await t.database.db
      .selectFrom('case_conferences')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
  participants: (
    await t.database.db
      .selectFrom('conference_participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
  invitations: (
    await t.database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'conference.invited')
      .executeTakeFirstOrThrow()
  ).n,
});

describe('conference participants', () => {
  it('refuses, at the field, a user of another district, a deactivated user, a role with no part in a case and an id of no user; nothing is written', async () => {
    const before = await counts();
    for (const [who, id] of [...Object.entries(outOfScope), ['notAUser', notAUser] as const]) {
      const res = await client(t, worker.session).post(`/api/v1/cases/${caseId}/conferences`, conferenceBody(id));
      expect(res.statusCode, who).toBe(400);
      const error = res.json().error;
      expect(error.messageKey, who).toBe('errors.participant_user_not_found');
      expect(
        error.fields.map((f: { field: string }) => f.field),
        who,
      ).toEqual(['body.participants.1.userId']);
      // The same answer for every refusal: it does not tell an account out of scope from none.
      expect(error.message, who).toBe('body.participants.1.userId: No user you may invite to this case has this id');
    }
    expect(await counts()).toEqual(before);
    const participants = await t.database.db
      .selectFrom('conference_participants')
      .select('user_id')
      .where('user_id', 'in', Object.values(outOfScope))
      .execute();
    expect(participants).toEqual([]);
  });

  it('the refused user signs nothing and reads nothing: there is no conference to sign', async () => {
    const outsider = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2025-01-10' });
    const res = await client(t, worker.session).post(`/api/v1/cases/${caseId}/conferences`, conferenceBody(outsider.user.id));
    expect(res.statusCode).toBe(400);
    expect((await client(t, outsider.session).get('/api/v1/conferences/invitations')).json().items).toEqual([]);
  });

  it("invites the users on the child's line: the case team, the village IZU, the sector leader and the providers covering the area", async () => {
    const res = await client(t, worker.session).post(`/api/v1/cases/${caseId}/conferences`, {
      ...conferenceBody(inScope.villageIzu!),
      participants: Object.values(inScope).map((userId) => ({ userId })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const ids = res.json().participants.map((p: { user: { id: string } | null }) => p.user?.id);
    expect(ids.sort()).toEqual(Object.values(inScope).sort());
  });
});

describe('conference candidates', () => {
  it('lists to a caseworker without users:read only the users they may invite to this case, with only what the picker shows', async () => {
    const res = await client(t, worker.session).get(`/api/v1/cases/${caseId}/conference-candidates?q=Invitee`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((i) => i.id).sort()).toEqual(Object.values(inScope).sort());
    for (const i of items) expect(Object.keys(i).sort()).toEqual(['fullName', 'id', 'organisationName', 'role']);
    expect(items.find((i) => i.id === inScope.districtProvider)).toEqual({
      id: inScope.districtProvider,
      fullName: 'Invitee district provider',
      role: 'service_provider',
      organisationName: 'Gasabo Partners',
    });
  });

  it('a search by organisation name finds no one out of scope either', async () => {
    const res = await client(t, worker.session).get(`/api/v1/cases/${caseId}/conference-candidates?q=Gasabo%20Partners`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().items as { id: string }[]).map((i) => i.id);
    expect(ids.sort()).toEqual([inScope.lead, inScope.districtProvider].sort());
    for (const id of Object.values(outOfScope)) expect(ids).not.toContain(id);
  });
});

describe('plan action responsible users', () => {
  const plan = (responsibleUserId: string) => ({
    reviewDate: '2027-01-15',
    goals: [
      {
        description: 'Safe at school',
        measure: 'No incident for three months',
        actions: [{ description: 'Walk with the child', responsibleUserId, dueDate: '2026-12-01' }],
      },
    ],
  });

  it('refuses, at the field, a responsible user the case may not take in; nothing is written', async () => {
    for (const [who, id] of [...Object.entries(outOfScope), ['notAUser', notAUser] as const]) {
      const res = await client(t, worker.session).put(`/api/v1/cases/${caseId}/plan`, plan(id));
      expect(res.statusCode, who).toBe(400);
      expect(res.json().error.messageKey, who).toBe('errors.responsible_user_not_found');
      expect(
        res.json().error.fields.map((f: { field: string }) => f.field),
        who,
      ).toEqual(['body.goals.0.actions.0.responsibleUserId']);
    }
    expect(await t.database.db.selectFrom('case_plans').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
  });

  it('accepts the village IZU', async () => {
    const res = await client(t, worker.session).put(`/api/v1/cases/${caseId}/plan`, plan(inScope.villageIzu!));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().goals[0].actions[0].responsibleUser.id).toBe(inScope.villageIzu);
  });
});
