import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/db/schema.js';
import { ROLES } from '../src/people/people-vocabulary.js';
import { insertCase, insertReport } from './support/case-factories.js';
import { client, createOrganisation, createUser, PLACES, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The authorization matrix: every role × a record inside / outside its
// jurisdiction (or assignment) × an action, asserting the HTTP answer. A
// refusal is 403 (the role may never do this) or 404 (this record is not
// yours; it looks as if it did not exist) and never carries data.

const JURISDICTION: Record<Role, string> = {
  izu: PLACES.gasaboVillage,
  izu_cell_coordinator: PLACES.gasaboCell,
  izu_sector_coordinator: PLACES.gasaboSector,
  cpwo: PLACES.gasabo,
  cso_caseworker: PLACES.gasabo,
  supervisor: PLACES.gasabo,
  service_provider: PLACES.gasabo,
  hotline_agent: PLACES.rwanda,
  local_leader: PLACES.gasaboSector,
  ncda_officer: PLACES.rwanda,
  dpo: PLACES.rwanda,
  analyst: PLACES.rwanda,
  sysadmin: PLACES.rwanda,
};

type Expect = [inScope: number, outOfScope: number];
type Action = {
  name: string;
  run(s: Session, target: 'in' | 'out'): Promise<{ statusCode: number; body: string }>;
  expect: Partial<Record<Role, Expect>>;
  otherwise: Expect;
};

let t: TestApp;
const sessions = {} as Record<Role, Session>;
const ids = { userIn: '', userOut: '', reportIn: '', reportOut: '', caseIn: '', caseOut: '', screenIn: '', screenOut: '' };
const secretName = 'Matrixchild Confidential';

beforeAll(async () => {
  t = await createTestApp();
  const office = await createOrganisation(t, { name: 'Gasabo District Office', placeId: PLACES.gasabo });
  const ngo = await createOrganisation(t, { name: 'Gasabo NGO', kind: 'ngo', placeId: PLACES.gasabo });
  const users = {} as Record<Role, { id: string }>;
  for (const role of ROLES) {
    users[role] = await createUser(t, {
      role,
      jurisdictionId: JURISDICTION[role],
      organisationId: role === 'cso_caseworker' ? ngo.id : office.id,
      trainingCompletedOn: '2025-01-10',
    });
  }
  // The CSO caseworker's supervisor is the supervisor of the matrix.
  await t.database.db.updateTable('users').set({ supervisor_id: users.supervisor.id }).where('id', '=', users.cso_caseworker.id).execute();
  for (const role of ROLES) sessions[role] = await sessionFor(t, users[role]);

  const bugeseraCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2025-01-10' });
  ids.userIn = users.izu.id;
  ids.userOut = bugeseraCpwo.id;
  ids.reportIn = (await insertReport(t, { recordedBy: users.izu.id, placeId: PLACES.gasaboVillage, childName: secretName })).id;
  ids.reportOut = (await insertReport(t, { recordedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage, childName: secretName })).id;
  ids.screenIn = (await insertReport(t, { recordedBy: users.izu.id, placeId: PLACES.gasaboVillage })).id;
  ids.screenOut = (await insertReport(t, { recordedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage })).id;
  ids.caseIn = (await insertCase(t, { openedBy: users.cpwo.id, leadCaseworkerId: users.cso_caseworker.id, supervisorId: users.supervisor.id })).case.id;
  ids.caseOut = (await insertCase(t, { openedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage })).case.id;
}, 180_000);
afterAll(() => t?.close());

const pick = (target: 'in' | 'out', inId: string, outId: string) => (target === 'in' ? inId : outId);

const ACTIONS: Action[] = [
  {
    name: 'read a user',
    run: (s, target) => client(t, s).get(`/api/v1/users/${pick(target, ids.userIn, ids.userOut)}`),
    // National roles' jurisdiction contains both users.
    expect: { sysadmin: [200, 200], ncda_officer: [200, 200], cpwo: [200, 404], supervisor: [200, 404] },
    otherwise: [403, 403],
  },
  {
    name: 'edit a user',
    run: (s, target) => client(t, s).patch(`/api/v1/users/${pick(target, ids.userIn, ids.userOut)}`, { language: 'fr' }),
    expect: { sysadmin: [200, 200] },
    otherwise: [403, 403],
  },
  {
    name: 'read an incident report',
    run: (s, target) => client(t, s).get(`/api/v1/reports/${pick(target, ids.reportIn, ids.reportOut)}`),
    // The IZU who recorded it sees its status; other reporters see only their own reports.
    expect: {
      izu: [200, 404],
      cpwo: [200, 404],
      supervisor: [200, 404],
      izu_cell_coordinator: [404, 404],
      izu_sector_coordinator: [404, 404],
      cso_caseworker: [404, 404],
      service_provider: [404, 404],
      hotline_agent: [404, 404],
      local_leader: [404, 404],
    },
    otherwise: [403, 403],
  },
  {
    name: 'screen an incident report',
    run: (s, target) =>
      client(t, s).post(`/api/v1/reports/${pick(target, ids.screenIn, ids.screenOut)}/screening`, {
        isVena: false,
        needs: ['poverty'],
        earlyInterventions: ['ubudehe'],
      }),
    expect: { cpwo: [200, 404] },
    otherwise: [403, 403],
  },
  {
    name: 'open a case file',
    run: (s, target) => client(t, s).get(`/api/v1/cases/${pick(target, ids.caseIn, ids.caseOut)}`),
    // CPWO: the district; CSO caseworker: the cases delegated to them; supervisor: the supervisees' cases.
    // For everyone else a case id answers 404: even that a case exists is not theirs to know.
    expect: { cpwo: [200, 404], cso_caseworker: [200, 404], supervisor: [200, 404] },
    otherwise: [404, 404],
  },
  {
    name: 'read the audit log',
    run: (s) => client(t, s).get('/api/v1/audit?limit=5'),
    expect: { sysadmin: [200, 200] },
    otherwise: [403, 403],
  },
];

describe.each(ACTIONS)('authorization matrix: $name', (action) => {
  it.each(ROLES)('%s', async (role) => {
    const [expectIn, expectOut] = action.expect[role] ?? action.otherwise;
    const inside = await action.run(sessions[role], 'in');
    expect(inside.statusCode, `${role} on a record in scope`).toBe(expectIn);
    const outside = await action.run(sessions[role], 'out');
    expect(outside.statusCode, `${role} on a record out of scope`).toBe(expectOut);
    for (const res of [inside, outside]) {
      if (res.statusCode >= 400) {
        // A refusal carries the error body and nothing of the record.
        expect(Object.keys(JSON.parse(res.body))).toEqual(['error']);
        expect(res.body).not.toContain(secretName);
      }
    }
  });
});

describe('need-to-know on a report', () => {
  it('shows the recording IZU the status only, never the child', async () => {
    const res = await client(t, sessions.izu).get(`/api/v1/reports/${ids.reportIn}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(secretName);
  });
  it('shows the district CPWO the child as reported', async () => {
    const res = await client(t, sessions.cpwo).get(`/api/v1/reports/${ids.reportIn}`);
    expect(res.body).toContain(secretName);
  });
});
