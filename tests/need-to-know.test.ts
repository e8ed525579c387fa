import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/db/schema.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Need-to-know is applied where the case file is loaded, so every reader
// inherits it: for EVERY role, the JSON case file, the printed PDF (its text,
// decompressed) and the CSV export carry the child's and household's identity
// only for those who work the case (the CPWO, the lead caseworker). A
// supervisor reads the same file without it; every other role gets nothing.

let t: TestApp;
let caseId: string;
let childCode: string;
const readers: { label: string; role: Role; session: Session; expect: 'identity' | 'no_identity' | 'refused' }[] = [];

// Identity strings of this test's child, household and consent, found nowhere else.
const GIVEN = 'Nyirakamana';
const FAMILY = 'Kezabatesi';
const OTHER = 'Ingabirekazi';
const BIRTH = '2016-07-23';
const MEMBER = 'Mukangarambe Solange';
const MEMBER_PHONE = '+250788555117';
const GIVER = 'Habyarimanazi Theoneste';
const IDENTITY = [GIVEN, FAMILY, OTHER, BIRTH, MEMBER, MEMBER_PHONE, GIVER];

beforeAll(async () => {
  t = await createTestApp();
  const trained = { trainingCompletedOn: '2025-06-01' };
  const supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const cso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, ...trained });
  const made = await insertCase(t, {
    openedBy: cpwo.user.id,
    leadCaseworkerId: cso.user.id,
    supervisorId: supervisor.user.id,
    stage: 'implementation',
    givenName: GIVEN,
    familyName: FAMILY,
  });
  caseId = made.case.id;
  // A code in the canonical form (district, six symbols, check symbol), so the caseload search reads it as a code.
  childCode = `12-${made.child.child_code.slice(4, 10).padEnd(6, '2')}-K`;
  await t.database.db
    .updateTable('children')
    .set({ child_code: childCode, other_names: OTHER, date_of_birth: BIRTH })
    .where('id', '=', made.child.id)
    .execute();
  await t.database.db
    .updateTable('cases')
    .set({ case_code: `${childCode}-01` })
    .where('id', '=', caseId)
    .execute();
  await t.database.db
    .insertInto('household_members')
    .values({ child_id: made.child.id, full_name: MEMBER, relationship: 'aunt_uncle', is_caregiver: true, phone: MEMBER_PHONE })
    .execute();
  const consent = await client(t, cso.session).post(`/api/v1/cases/${caseId}/consents`, {
    kind: 'caregiver_consent',
    decision: 'given',
    purposes: ['services'],
    shareWith: [],
    giverName: GIVER,
    giverRelationship: 'aunt_uncle',
  });
  expect(consent.statusCode).toBe(201);

  readers.push({ label: 'district CPWO', role: 'cpwo', session: cpwo.session, expect: 'identity' });
  readers.push({ label: 'lead CSO caseworker', role: 'cso_caseworker', session: cso.session, expect: 'identity' });
  readers.push({ label: "the caseworkers' supervisor", role: 'supervisor', session: supervisor.session, expect: 'no_identity' });
  const nationalSupervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.rwanda });
  readers.push({ label: 'another (national) supervisor', role: 'supervisor', session: nationalSupervisor.session, expect: 'refused' });
  const otherCso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, ...trained });
  readers.push({ label: 'another CSO caseworker', role: 'cso_caseworker', session: otherCso.session, expect: 'refused' });
  const bugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, ...trained });
  readers.push({ label: 'CPWO of another district', role: 'cpwo', session: bugesera.session, expect: 'refused' });
  const others: [Role, string][] = [
    ['izu', PLACES.gasaboVillage],
    ['izu_cell_coordinator', PLACES.gasaboCell],
    ['izu_sector_coordinator', PLACES.gasaboSector],
    ['service_provider', PLACES.gasabo],
    ['hotline_agent', PLACES.rwanda],
    ['local_leader', PLACES.gasaboSector],
    ['ncda_officer', PLACES.rwanda],
    ['analyst', PLACES.rwanda],
    ['sysadmin', PLACES.rwanda],
  ];
  for (const [role, jurisdictionId] of others) {
    const u = await signedIn(t, { role, jurisdictionId });
    readers.push({ label: role, role, session: u.session, expect: 'refused' });
  }
});
afterAll(() => t.close());

function present(text: string) {
  return IDENTITY.filter((s) => text.includes(s));
}

describe("the child's identity in every reader of the case file, for every role", () => {
  it('covers every role', () => {
    const roles: Role[] = [
      'izu',
      'izu_cell_coordinator',
      'izu_sector_coordinator',
      'cpwo',
      'cso_caseworker',
      'supervisor',
      'service_provider',
      'hotline_agent',
      'local_leader',
      'ncda_officer',
      'analyst',
      'sysadmin',
    ];
    expect(new Set(readers.map((r) => r.role))).toEqual(new Set(roles));
  });

  it('the printed PDF: the identity for those who work the case, none for a supervisor, nothing for anyone else', async () => {
    for (const r of readers) {
      const res = await client(t, r.session).get(`/api/v1/cases/${caseId}/pdf`);
      if (r.expect === 'refused') {
        expect([403, 404], r.label).toContain(res.statusCode);
        expect(present(res.body), r.label).toEqual([]);
        continue;
      }
      expect(res.statusCode, r.label).toBe(200);
      const text = pdfText(res.rawPayload);
      // The text was read: the child's ID and the section headings are in it.
      expect(text, r.label).toContain(childCode);
      expect(text, r.label).toContain('Step 4: consent and assent');
      if (r.expect === 'identity') {
        expect(present(text), r.label).toEqual(IDENTITY.filter((s) => s !== MEMBER_PHONE)); // the PDF prints no phone numbers
      } else {
        expect(present(text), r.label).toEqual([]);
        expect(text, r.label).toContain('(hidden: need-to-know)');
        expect(text, r.label).toMatch(/Age: \s*\d+ years/);
      }
      // Nor anywhere in the file's bytes (the document's metadata, say).
      expect(present(res.rawPayload.toString('latin1')), r.label).toEqual([]);
    }
  });

  it('the JSON case file: the same for every role', async () => {
    for (const r of readers) {
      const res = await client(t, r.session).get(`/api/v1/cases/${caseId}`);
      if (r.expect === 'refused') {
        expect([403, 404], r.label).toContain(res.statusCode);
        expect(present(res.body), r.label).toEqual([]);
        continue;
      }
      expect(res.statusCode, r.label).toBe(200);
      const file = res.json();
      if (r.expect === 'identity') {
        expect(present(res.body), r.label).toEqual(IDENTITY);
        expect(file.child.identityVisible).toBe(true);
      } else {
        expect(present(res.body), r.label).toEqual([]);
        expect(file.child).toMatchObject({ identityVisible: false, givenName: null, familyName: null, otherNames: null, dateOfBirth: null });
        expect(file.child.ageYears).toEqual(expect.any(Number));
        expect(file.household[0]).toMatchObject({ fullName: null, phone: null, relationship: 'aunt_uncle' });
        expect(file.consents[0]).toMatchObject({ giverName: null, giverRelationship: 'aunt_uncle' });
      }
    }
  });

  it('the CSV export and the case list: the same for every role', async () => {
    for (const r of readers) {
      const res = await client(t, r.session).get('/api/v1/exports/cases.csv');
      const list = await client(t, r.session).get(`/api/v1/cases?q=${encodeURIComponent(GIVEN)}`);
      const byCode = await client(t, r.session).get(`/api/v1/cases?q=${encodeURIComponent(childCode)}`);
      for (const body of [res.body, list.body, byCode.body]) {
        if (r.expect !== 'identity') expect(present(body), r.label).toEqual([]);
      }
      if (r.role === 'cpwo' || r.role === 'cso_caseworker' || r.role === 'supervisor') expect(res.statusCode, r.label).toBe(200);
      else {
        expect(res.statusCode, r.label).toBe(403);
        expect(list.statusCode, r.label).toBe(403);
        continue;
      }
      const rows = parse(res.body, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      const row = rows.find((x) => x.child_code === childCode);
      if (r.expect === 'refused') {
        expect(row, r.label).toBeUndefined();
        continue;
      }
      expect(row, r.label).toBeDefined();
      if (r.expect === 'identity') {
        expect(row!.child_name).toBe(`${GIVEN} ${FAMILY}`);
        expect(row!.date_of_birth).toBe(BIRTH);
        expect(
          list.json().items.map((i: { childCode: string }) => i.childCode),
          r.label,
        ).toContain(childCode);
      } else {
        expect(Object.keys(row!)).not.toContain('child_name');
        expect(Object.keys(row!)).not.toContain('date_of_birth');
        // A supervisor's name search finds nothing (it would tell whether a child of that name exists); the ID finds the case.
        expect(list.json().items, r.label).toEqual([]);
        expect(
          byCode.json().items.map((i: { childCode: string; childName: string | null }) => [i.childCode, i.childName]),
          r.label,
        ).toEqual([[childCode, null]]);
      }
    }
  });
});
