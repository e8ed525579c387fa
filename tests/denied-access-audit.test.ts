import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase, insertReport } from './support/case-factories.js';
import { client, createUser, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A record outside the caller's scope answers 404, and the refusal is in the
// audit: who asked, for which record id, through which route, so that probing
// another district shows to the administrator (and the audit API filters it).

let t: TestApp;
let gasaboCpwo: { user: { id: string }; session: Session };
let admin: Session;
let bugeseraCase: string;
let gasaboCase: string;
let bugeseraReport: string;

beforeAll(async () => {
  t = await createTestApp();
  gasaboCpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-01-10' });
  admin = (await signedIn(t, { role: 'sysadmin' })).session;
  const bugeseraCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2025-01-10' });
  bugeseraCase = (await insertCase(t, { openedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage, givenName: 'Probedchild' })).case.id;
  gasaboCase = (await insertCase(t, { openedBy: gasaboCpwo.user.id })).case.id;
  bugeseraReport = (await insertReport(t, { recordedBy: bugeseraCpwo.id, placeId: PLACES.bugeseraVillage })).id;
}, 120_000);
afterAll(() => t?.close());

const deniedEntries = () => t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'access.denied').orderBy('seq').execute();

describe('a refused read of another district’s record', () => {
  it('is audited as denied, with who, which record and which route', async () => {
    const before = (await deniedEntries()).length;
    const res = await client(t, gasaboCpwo.session).get(`/api/v1/cases/${bugeseraCase}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Probedchild');
    const entries = (await deniedEntries()).slice(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_id: gasaboCpwo.user.id, actor_role: 'cpwo', entity_type: 'case', entity_id: bugeseraCase, outcome: 'denied' });
    const details = typeof entries[0]!.details === 'string' ? JSON.parse(entries[0]!.details) : entries[0]!.details;
    expect(details).toMatchObject({ route: 'GET /api/v1/cases/:id', params: { id: bugeseraCase } });
    expect(JSON.stringify(entries[0])).not.toContain('Probedchild');
  });

  it('covers every route naming a record, reads and writes: the notes, the PDF, a report', async () => {
    const before = (await deniedEntries()).length;
    const c = client(t, gasaboCpwo.session);
    expect((await c.get(`/api/v1/cases/${bugeseraCase}/notes`)).statusCode).toBe(404);
    expect((await c.get(`/api/v1/cases/${bugeseraCase}/pdf`)).statusCode).toBe(404);
    expect((await c.post(`/api/v1/cases/${bugeseraCase}/notes`, { body: 'probe' })).statusCode).toBe(404);
    expect((await c.get(`/api/v1/reports/${bugeseraReport}`)).statusCode).toBe(404);
    const entries = (await deniedEntries()).slice(before);
    const routes = entries.map((e) => (typeof e.details === 'string' ? JSON.parse(e.details) : e.details).route);
    expect(routes).toEqual(['GET /api/v1/cases/:id/notes', 'GET /api/v1/cases/:id/pdf', 'POST /api/v1/cases/:id/notes', 'GET /api/v1/reports/:id']);
    expect(entries.map((e) => e.entity_type)).toEqual(['case', 'case', 'case', 'incident_report']);
  });

  it('is found by the administrator through the audit API, with its route', async () => {
    const res = await client(t, admin).get(`/api/v1/audit?action=access.denied&outcome=denied&actorId=${gasaboCpwo.user.id}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { entityId: string; details: { route?: string } }[];
    expect(items.some((i) => i.entityId === bugeseraCase && i.details.route === 'GET /api/v1/cases/:id')).toBe(true);
  });

  it('leaves no denied entry for a record in scope, nor for a path that is no route', async () => {
    const before = (await deniedEntries()).length;
    const c = client(t, gasaboCpwo.session);
    expect((await c.get(`/api/v1/cases/${gasaboCase}`)).statusCode).toBe(200);
    expect((await c.get('/api/v1/no-such-thing/123')).statusCode).toBe(404);
    expect((await deniedEntries()).length).toBe(before);
  });
});
