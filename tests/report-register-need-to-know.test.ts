import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The register of reported incidents, read by each role that may read it.
// The child as reported (name, description) is for the CPWOs who screen it;
// the reporter (often a neighbour or a whistle-blower) is for the district's
// CPWOs only. A supervisor, even a national one, sees what supervision needs.
// Every list is audited with the ids it returned.

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let izu: Signed, cpwoGasabo: Signed, cpwoKigali: Signed, cpwoNational: Signed, supervisorGasabo: Signed, supervisorNational: Signed, admin: Signed;
let reportId: string;
let reference: string;

const CHILD = 'Uwase Kamikazi';
const DESCRIPTION = 'Girl with a red school uniform, seen near the market';
const REPORTER = 'Mukandayisenga Josiane';
const PHONE = '+250788444321';
const SECRETS = [CHILD, DESCRIPTION, REPORTER, PHONE, 'Kamikazi', 'Mukandayisenga', '788444321'];

beforeAll(async () => {
  t = await createTestApp();
  izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  cpwoGasabo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  cpwoKigali = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.kigali });
  cpwoNational = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.rwanda });
  supervisorGasabo = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  supervisorNational = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.rwanda });
  admin = await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda });
  const res = await client(t, izu.session).post('/api/v1/reports', {
    channel: 'izu',
    reporter: { name: REPORTER, relationship: 'neighbour', phone: PHONE },
    child: { name: CHILD, description: DESCRIPTION, sex: 'female', ageYears: 9 },
    placeId: PLACES.gasaboVillage,
    whatHappened: 'Kept from school to work in a bar',
  });
  expect(res.statusCode).toBe(201);
  ({ id: reportId, reference } = res.json() as { id: string; reference: string });
});
afterAll(() => t.close());

type Expect = { child: boolean; reporter: boolean };
const readers: [string, () => Signed, Expect][] = [
  ["the district's CPWO", () => cpwoGasabo, { child: true, reporter: true }],
  ["the province's CPWO", () => cpwoKigali, { child: true, reporter: false }],
  ['a national CPWO', () => cpwoNational, { child: true, reporter: false }],
  ["the district's supervisor", () => supervisorGasabo, { child: false, reporter: false }],
  ['a national supervisor', () => supervisorNational, { child: false, reporter: false }],
];

describe.each(readers)('%s', (_name, who, shows) => {
  it('reads the report with exactly the identity need-to-know gives', async () => {
    const res = await client(t, who().session).get(`/api/v1/reports/${reportId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.shown).toEqual({ childIdentity: shows.child, reporterIdentity: shows.reporter });
    expect(body.child).toEqual({ name: shows.child ? CHILD : null, description: shows.child ? DESCRIPTION : null, sex: 'female', ageYears: 9 });
    expect(body.reporter).toEqual(
      shows.reporter
        ? { userId: null, name: REPORTER, relationship: 'neighbour', phone: PHONE }
        : { userId: null, name: null, relationship: null, phone: null },
    );
    // What supervision needs stays: what happened, where, and the register's facts.
    // Who recorded it is the reporter when an IZU reports what they saw: hidden with the reporter.
    expect(body.recordedById).toBe(shows.reporter ? izu.user.id : null);
    expect(body).toMatchObject({ reference, whatHappened: 'Kept from school to work in a bar', placeId: PLACES.gasaboVillage, status: 'new' });
    const text = res.body;
    if (!shows.child) for (const s of [CHILD, DESCRIPTION, 'Kamikazi']) expect(text).not.toContain(s);
    if (!shows.reporter) for (const s of [REPORTER, PHONE, '788444321', izu.user.id]) expect(text).not.toContain(s);
    // The read is audited with the names of the fields it showed, never values.
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['fields', 'details'])
      .where('action', '=', 'report.read')
      .where('entity_id', '=', reportId)
      .where('actor_id', '=', who().user.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.fields.includes('reporter')).toBe(shows.reporter);
    expect(audit[0]!.fields.includes('child.name')).toBe(shows.child);
    expect(JSON.stringify(audit)).not.toMatch(/Kamikazi|Mukandayisenga|788444321/);
  });

  it('lists the register without names, and a name search finds the child only for those who may see the name', async () => {
    const all = await client(t, who().session).get('/api/v1/reports');
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((i: { id: string }) => i.id)).toContain(reportId);
    for (const s of SECRETS) expect(all.body).not.toContain(s);

    const byName = await client(t, who().session).get(`/api/v1/reports?q=${encodeURIComponent('kamikazi')}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((i: { id: string }) => i.id)).toEqual(shows.child ? [reportId] : []);
    expect(byName.json().total).toBe(shows.child ? 1 : 0);

    // A reference search works for every reader of the register.
    const byRef = await client(t, who().session).get(`/api/v1/reports?q=${encodeURIComponent(reference.toLowerCase())}`);
    expect(byRef.json().items.map((i: { id: string }) => i.id)).toEqual([reportId]);
  });

  it('audits each list with the ids it returned and whether a search term was given, never the term', async () => {
    const before = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    await client(t, who().session).get(`/api/v1/reports?q=kamikazi`);
    const entries = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type', 'fields', 'details', 'actor_id'])
      .where('seq', '>', Number(before.seq))
      .where('actor_id', '=', who().user.id)
      .execute();
    expect(entries).toEqual([
      {
        action: 'report.list',
        entity_type: 'incident_report',
        actor_id: who().user.id,
        fields: ['childSex', 'childAgeYears', 'place', 'tier', 'caseTypes', 'izuFlag'],
        details: { page: 1, search: true, ids: shows.child ? [reportId] : [] },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain('kamikazi');
  });
});

describe('who has seen this report', () => {
  it("the administrator's audit search by the report's id finds the lists that showed it as well as the reads", async () => {
    await client(t, supervisorNational.session).get('/api/v1/reports');
    const res = await client(t, admin.session).get(`/api/v1/audit?entityType=incident_report&entityId=${reportId}&limit=200`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { action: string; actor: { id: string } | null; entityId: string | null; details: { ids?: string[] } }[];
    const listers = new Set(items.filter((i) => i.action === 'report.list').map((i) => i.actor!.id));
    expect(listers).toEqual(new Set([cpwoGasabo, cpwoKigali, cpwoNational, supervisorGasabo, supervisorNational].map((s) => s.user.id)));
    for (const i of items.filter((i) => i.action === 'report.list')) expect(i.details.ids).toContain(reportId);
    expect(items.filter((i) => i.action === 'report.read')).toHaveLength(5);
    expect(items.some((i) => i.action === 'report.create' && i.entityId === reportId)).toBe(true);
    // Entries about other records are not in the answer.
    expect(items.every((i) => i.entityId === reportId || i.details.ids?.includes(reportId))).toBe(true);
  });

  it('an IZU who reported it lists only statuses: nothing to audit as a record read', async () => {
    const res = await client(t, izu.session).get('/api/v1/reports');
    expect(res.json().items).toEqual([expect.objectContaining({ view: 'status', id: reportId })]);
    for (const s of [CHILD, DESCRIPTION]) expect(res.body).not.toContain(s);
    const lists = await t.database.db
      .selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'report.list')
      .where('actor_id', '=', izu.user.id)
      .execute();
    expect(lists).toHaveLength(0);
  });

  it("another district's CPWO neither reads nor lists it, and a guessed id answers as if it did not exist", async () => {
    const bugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
    const one = await client(t, bugesera.session).get(`/api/v1/reports/${reportId}`);
    expect(one.statusCode).toBe(404);
    for (const s of SECRETS) expect(one.body).not.toContain(s);
    const list = await client(t, bugesera.session).get(`/api/v1/reports?q=${encodeURIComponent(reference)}`);
    expect(list.json().items).toEqual([]);
  });
});
