import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeadline } from '../src/deadlines/deadline.repository.js';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { consentGiven, districtStaff, intake, newChild, screenedReport, type IntakeResult, type Signed } from './cases-support.js';

// Who sees which case files (SYSTEM.md §5, need-to-know): a CPWO the
// district's cases, a CSO caseworker the cases delegated to them, a
// supervisor their supervisees' cases without the child's identity; no one
// else reads case files (403 for lists, 404 for a case). Every view is audited.

let t: TestApp;
let staff: Awaited<ReturnType<typeof districtStaff>>;
let otherWorker: Signed;
let delegated: IntakeResult, kept: IntakeResult, bugesera: IntakeResult;
const outsiders: Record<string, Signed> = {};

const get = (s: Signed | undefined, url: string) => client(t, s?.session).get(url);

beforeAll(async () => {
  t = await createTestApp();
  staff = await districtStaff(t);
  const otherSupervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  otherWorker = await signedIn(t, {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    supervisorId: otherSupervisor.user.id,
    trainingCompletedOn: '2025-02-01',
  });
  for (const role of ['analyst', 'ncda_officer', 'sysadmin', 'izu', 'hotline_agent', 'service_provider', 'local_leader'] as const) {
    outsiders[role] = await signedIn(t, {
      role,
      jurisdictionId: role === 'izu' ? PLACES.gasaboVillage : role === 'local_leader' ? PLACES.gasabo : PLACES.rwanda,
    });
  }
  const { cpwo, worker, cpwoBugesera } = staff;
  delegated = await intake(t, cpwo, (await screenedReport(t, cpwo.user.id, { tier: 2 })).id, {
    child: newChild({ givenName: 'Keza', familyName: 'Uwase', dateOfBirth: '2015-08-20' }),
  });
  await client(t, cpwo.session).post(`/api/v1/cases/${delegated.caseId}/consents`, consentGiven());
  await client(t, cpwo.session).post(`/api/v1/cases/${delegated.caseId}/allocation`, { leadCaseworkerId: worker.user.id });
  kept = await intake(t, cpwo, (await screenedReport(t, cpwo.user.id, { tier: 1 })).id, { child: newChild({ givenName: 'Teta', familyName: 'Ingabire' }) });
  await client(t, cpwo.session).post(`/api/v1/cases/${kept.caseId}/allocation`, { leadCaseworkerId: otherWorker.user.id });
  bugesera = await intake(t, cpwoBugesera, (await screenedReport(t, cpwoBugesera.user.id, { placeId: PLACES.bugeseraVillage })).id, {
    child: newChild({ placeId: PLACES.bugeseraVillage }),
  });
  // The kept case is due first.
  await t.database.db
    .transaction()
    .execute((trx) => openDeadline(trx, { kind: 'case_review', caseId: kept.caseId, districtId: '12', dueAt: new Date('2026-11-03T10:00:00Z') }));
  await t.database.db
    .transaction()
    .execute((trx) => openDeadline(trx, { kind: 'case_review', caseId: delegated.caseId, districtId: '12', dueAt: new Date('2026-11-20T10:00:00Z') }));
});
afterAll(() => t.close());

const listIds = async (s: Signed, query = '') => {
  const res = await get(s, `/api/v1/cases${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((i) => i.id);
};

describe('the caseload list', () => {
  it("shows a CPWO the district's cases, soonest due first", async () => {
    expect(await listIds(staff.cpwo)).toEqual([kept.caseId, delegated.caseId]);
    expect(await listIds(staff.cpwoBugesera)).toEqual([bugesera.caseId]);
    const res = await get(staff.cpwo, '/api/v1/cases');
    expect(res.json().total).toBe(2);
    expect(res.json().items[0]).toMatchObject({
      caseCode: kept.caseCode,
      childCode: kept.childCode,
      childName: 'Teta Ingabire',
      tier: 1,
      stage: 'intake',
      leadCaseworker: { id: otherWorker.user.id },
      nextDueAt: '2026-11-03T10:00:00.000Z',
    });
  });

  it('filters by stage, tier, an ID or a name (spelling variants forgiven)', async () => {
    expect(await listIds(staff.cpwo, '?stage=assessment')).toEqual([delegated.caseId]);
    expect(await listIds(staff.cpwo, '?tier=1')).toEqual([kept.caseId]);
    expect(await listIds(staff.cpwo, `?q=${delegated.childCode.slice(0, 6)}`)).toEqual([delegated.caseId]);
    expect(await listIds(staff.cpwo, `?q=${delegated.caseCode}`)).toEqual([delegated.caseId]);
    expect(await listIds(staff.cpwo, '?q=Uwasse')).toEqual([delegated.caseId]);
    expect((await get(staff.cpwo, '/api/v1/cases?tier=3')).statusCode).toBe(400);
  });

  it('shows a CSO caseworker only the cases delegated to them', async () => {
    expect(await listIds(staff.worker)).toEqual([delegated.caseId]);
    expect(await listIds(otherWorker)).toEqual([kept.caseId]);
    expect(await listIds(staff.untrained)).toEqual([]);
  });

  it("shows a supervisor their supervisees' cases without the children's names", async () => {
    const res = await get(staff.supervisor, '/api/v1/cases');
    expect(res.json().items.map((i: { id: string; childName: string | null }) => [i.id, i.childName])).toEqual([[delegated.caseId, null]]);
    expect(await listIds(staff.supervisor, '?q=Uwase')).toEqual([]);
    expect(await listIds(staff.supervisor, `?q=${delegated.caseCode}`)).toEqual([delegated.caseId]);
  });

  it('refuses every other role (403) and anonymous callers (401)', async () => {
    for (const [role, s] of Object.entries(outsiders)) {
      expect((await get(s, '/api/v1/cases')).statusCode, role).toBe(403);
    }
    expect((await get(undefined, '/api/v1/cases')).statusCode).toBe(401);
  });

  it('audits the list view with the cases it showed', async () => {
    await get(staff.worker, '/api/v1/cases');
    const row = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'fields', 'details'])
      .where('action', '=', 'case.list')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_id: staff.worker.user.id, fields: ['childName'], details: { ids: [delegated.caseId], page: 1 } });
  });
});

describe('a case file', () => {
  const reads = (caseId: string) =>
    t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'fields'])
      .where('action', '=', 'case.read')
      .where('entity_id', '=', caseId)
      .orderBy('seq')
      .execute();

  it("shows the CPWO and the delegated caseworker the child's identity, and audits each view", async () => {
    for (const s of [staff.cpwo, staff.worker]) {
      const res = await get(s, `/api/v1/cases/${delegated.caseId}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().child).toMatchObject({ identityVisible: true, givenName: 'Keza', familyName: 'Uwase', dateOfBirth: '2015-08-20', ageYears: 11 });
      expect(res.json().household[0]).toMatchObject({ fullName: 'Mukamana Claudine', phone: '+250788000001' });
    }
    expect((await reads(delegated.caseId)).map((r) => r.actor_id)).toEqual([staff.cpwo.user.id, staff.worker.user.id]);
  });

  it("shows the supervisor the file without the identities of the child, the household and the consent's giver", async () => {
    const res = await get(staff.supervisor, `/api/v1/cases/${delegated.caseId}`);
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.child).toMatchObject({
      identityVisible: false,
      givenName: null,
      familyName: null,
      otherNames: null,
      dateOfBirth: null,
      ageYears: 11,
      childCode: delegated.childCode,
    });
    expect(f.household.every((m: { fullName: string | null; phone: string | null }) => m.fullName === null && m.phone === null)).toBe(true);
    expect(f.consents[0].giverName).toBeNull();
    expect(JSON.stringify(f)).not.toContain('Keza');
    expect(JSON.stringify(f)).not.toContain('Mukamana');
    const last = (await reads(delegated.caseId)).at(-1)!;
    expect(last).toMatchObject({ actor_id: staff.supervisor.user.id });
    expect(last.fields[0]).toBe('child');
  });

  it('answers 404 for a case out of scope or to a role that reads no case files, and writes nothing to the file', async () => {
    expect((await get(staff.worker, `/api/v1/cases/${kept.caseId}`)).statusCode).toBe(404);
    expect((await get(staff.supervisor, `/api/v1/cases/${kept.caseId}`)).statusCode).toBe(404);
    expect((await get(staff.cpwoBugesera, `/api/v1/cases/${delegated.caseId}`)).statusCode).toBe(404);
    expect((await get(staff.cpwo, `/api/v1/cases/${bugesera.caseId}`)).statusCode).toBe(404);
    expect((await get(staff.cpwo, '/api/v1/cases/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    for (const [role, s] of Object.entries(outsiders)) {
      expect((await get(s, `/api/v1/cases/${delegated.caseId}`)).statusCode, role).toBe(404);
      expect((await get(s, `/api/v1/cases/${delegated.caseId}/plan/versions/1`)).statusCode, role).toBe(404);
    }
    expect((await reads(kept.caseId)).length).toBe(0);
  });

  it('refuses changes from roles that do not work cases (403) and from caseworkers out of scope (404)', async () => {
    const body = consentGiven();
    const plan = {
      reviewDate: '2027-01-01',
      goals: [{ description: 'g', measure: 'm', actions: [{ description: 'a', responsibleName: 'NGO', dueDate: '2026-12-01' }] }],
    };
    const conference = {
      type: 'internal',
      heldAt: '2026-11-03T08:00:00Z',
      participants: [{ name: 'X' }],
      childParticipation: 'not_participating',
      caregiverParticipation: 'not_participating',
    };
    const url = (what: string) => `/api/v1/cases/${delegated.caseId}/${what}`;
    for (const [role, s] of Object.entries(outsiders)) {
      const c = client(t, s.session);
      expect((await c.post(url('consents'), body)).statusCode, role).toBe(403);
      expect((await c.put(url('plan'), plan)).statusCode, role).toBe(403);
      expect((await c.post(url('conferences'), conference)).statusCode, role).toBe(403);
      expect((await c.post(url('allocation'), { leadCaseworkerId: s.user.id })).statusCode, role).toBe(403);
    }
    expect((await client(t, staff.supervisor.session).post(url('consents'), body)).statusCode).toBe(403);
    expect((await client(t, otherWorker.session).post(url('consents'), body)).statusCode).toBe(404);
    expect((await client(t, otherWorker.session).put(url('plan'), plan)).statusCode).toBe(404);
    expect((await client(t, otherWorker.session).post(url('conferences'), conference)).statusCode).toBe(404);
    expect((await client(t, staff.cpwoBugesera.session).post(url('allocation'), { leadCaseworkerId: staff.cpwoBugesera.user.id })).statusCode).toBe(404);
  });
});
