import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { districtStaff, type Signed } from './cases-support.js';
import { childFile, NAMES } from './data-protection-support.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, sessionFor, signedIn } from './support/factories.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The rights of the people in the records (Law 058/2021 Arts 18–23), each
// from its request to its execution, and the attacks on the register.

let t: TestApp;
let staff: Awaited<ReturnType<typeof districtStaff>>;
let dpo: Signed;
let ncda: Signed;
let analyst: Signed;

beforeAll(async () => {
  t = await createTestApp();
  staff = await districtStaff(t);
  dpo = await signedIn(t, { role: 'dpo', jurisdictionId: PLACES.rwanda, fullName: 'Uwimana DPO' });
  ncda = await signedIn(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
  analyst = await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t?.close());

const api = (s: Signed) => client(t, s.session);
type Body = Record<string, unknown>;

async function request(by: Signed, body: Body) {
  const res = await api(by).post('/api/v1/data-protection/requests', {
    requesterRelationship: 'self',
    identityCheck: 'National ID seen: 1198470012345678',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function decide(by: Signed, id: string, outcome: 'granted' | 'refused', legalReason = 'Law 058/2021: the right applies and nothing bars it') {
  return api(by).post(`/api/v1/data-protection/requests/${id}/decision`, { outcome, legalReason });
}
async function execute(by: Signed, id: string) {
  const res = await api(by).post(`/api/v1/data-protection/requests/${id}/execution`, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const deadlineOf = (id: string) => t.database.db.selectFrom('deadlines').selectAll().where('dp_request_id', '=', id).executeTakeFirstOrThrow();

describe('access (Art. 18)', () => {
  it("a caregiver's request through to execution: her own file, as JSON and PDF, and nothing about anyone else", async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const subject = await api(dpo).get(`/api/v1/data-protection/subjects?childCode=${file.child.child_code}`);
    expect(subject.statusCode, subject.body).toBe(200);
    expect(subject.json().household.map((m: { fullName: string }) => m.fullName)).toEqual([NAMES.mother, NAMES.father]);

    const req = await request(dpo, { childId: file.child.id, householdMemberId: file.motherId, right: 'access', requesterName: NAMES.mother });
    expect(req).toMatchObject({ status: 'open', right: 'access', subject: { kind: 'household_member', name: NAMES.mother }, overdue: false });
    // Due in 30 days (RINDA_DP_REQUEST_DAYS), at the end of the Kigali day; a deadline like the others.
    expect(req.dueAt).toMatch(/^2026-12-02T21:59:59/);
    expect((await deadlineOf(req.id)).met_at).toBeNull();

    // No copy before the decision.
    expect((await api(dpo).get(`/api/v1/data-protection/requests/${req.id}/file`)).statusCode).toBe(409);
    expect((await decide(dpo, req.id, 'granted')).statusCode).toBe(200);

    const json = await api(dpo).get(`/api/v1/data-protection/requests/${req.id}/file`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json().subject).toMatchObject({ kind: 'household_member', fullName: NAMES.mother, phone: NAMES.motherPhone, relationship: 'mother' });
    for (const other of [NAMES.child, NAMES.childFamily, NAMES.father, NAMES.fatherPhone, NAMES.reporter, NAMES.perpetrator, 'beaten']) {
      expect(json.body).not.toContain(other);
    }
    expect(json.json().withheld.map((w: { what: string }) => w.what)).toEqual(['child', 'other_household_members', 'reporter', 'case_records']);

    const pdf = await api(dpo).get(`/api/v1/data-protection/requests/${req.id}/file.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(NAMES.mother);
    for (const other of [NAMES.child, NAMES.father, NAMES.reporter, NAMES.perpetrator]) expect(text).not.toContain(other);

    const done = await execute(dpo, req.id);
    expect(done).toMatchObject({ status: 'executed', execution: { delivered: true } });
    expect((await deadlineOf(req.id)).met_at).not.toBeNull();
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('actor_id', '=', dpo.user.id).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['dp_request.record', 'dp_request.decide', 'dp_request.person_file', 'dp_request.execute']),
    );
  });

  it("a child's own copy is shorter and in plain language, in the child's language, with no one else's name", async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(staff.cpwo, { childId: file.child.id, right: 'access', requesterName: `${NAMES.child} ${NAMES.childFamily}` });
    expect((await decide(staff.cpwo, req.id, 'granted')).statusCode).toBe(200);
    const full = (await api(staff.cpwo).get(`/api/v1/data-protection/requests/${req.id}/file`)).json();
    expect(full.records.cases).toHaveLength(1);
    expect(JSON.stringify(full)).not.toContain(NAMES.perpetrator);
    expect(full.withheld).toContainEqual({ what: 'alleged_perpetrator_details', reason: 'endangers_child' });

    const own = await api(staff.cpwo).get(`/api/v1/data-protection/requests/${req.id}/file?version=child&language=rw`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().plainLanguage[0]).toMatchObject({ heading: 'Ibikwerekeyeho' });
    expect(own.json().plainLanguage[1].lines[0]).toMatch(/Biracyakomeza/);
    expect(own.body.length).toBeLessThan(JSON.stringify(full).length);
    for (const other of [NAMES.mother, NAMES.father, NAMES.reporter, NAMES.perpetrator]) expect(own.body).not.toContain(other);
    const pdf = await api(staff.cpwo).get(`/api/v1/data-protection/requests/${req.id}/file.pdf?version=child&language=en`);
    expect(pdfText(pdf.rawPayload)).toContain('people are helping you to be safe');
  });
});

describe('rectification (Art. 20)', () => {
  it('corrects the record and keeps the history', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(dpo, {
      childId: file.child.id,
      right: 'rectification',
      requesterName: NAMES.mother,
      requesterRelationship: 'parent_or_caregiver',
      changes: [
        { field: 'familyName', value: 'Gatete-Mugisha' },
        { field: 'dateOfBirth', value: '2016-05-04' },
      ],
    });
    expect((await decide(dpo, req.id, 'granted')).statusCode).toBe(200);
    const done = await execute(dpo, req.id);
    expect(done.history).toHaveLength(2);
    expect(done.history).toEqual(
      expect.arrayContaining([
        { field: 'familyName', oldValue: NAMES.childFamily, newValue: 'Gatete-Mugisha', at: expect.any(String) },
        { field: 'dateOfBirth', oldValue: '2017-03-01', newValue: '2016-05-04', at: expect.any(String) },
      ]),
    );
    const kase = (await api(staff.cpwo).get(`/api/v1/cases/${file.case.id}`)).json();
    expect(kase.child).toMatchObject({ familyName: 'Gatete-Mugisha', dateOfBirth: '2016-05-04' });
  });

  it("refuses a field that is not the subject's, or a value that cannot be stored, naming it", async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const base = { childId: file.child.id, right: 'rectification', requesterName: 'X Y', requesterRelationship: 'self', identityCheck: 'ID card seen' };
    const wrongField = await api(dpo).post('/api/v1/data-protection/requests', { ...base, changes: [{ field: 'phone', value: '0788' }] });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.fields[0].field).toBe('body.changes.0.field');
    const badDate = await api(dpo).post('/api/v1/data-protection/requests', { ...base, changes: [{ field: 'dateOfBirth', value: '4 May' }] });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields[0].field).toBe('body.changes.0.value');
    const noChanges = await api(dpo).post('/api/v1/data-protection/requests', { ...base });
    expect(noChanges.statusCode).toBe(400);
  });
});

describe('restriction (Art. 21)', () => {
  it('leaves the file read-only with a banner, out of referrals and exports, and the register still works', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const other = await insertCase(t, { openedBy: staff.cpwo.user.id });
    const req = await request(dpo, { childId: file.child.id, right: 'restriction', requesterName: NAMES.mother, requesterRelationship: 'parent_or_caregiver' });
    expect((await decide(dpo, req.id, 'granted')).statusCode).toBe(200);
    expect(await execute(dpo, req.id)).toMatchObject({ status: 'executed', subjectRestricted: true });

    const kase = await api(staff.cpwo).get(`/api/v1/cases/${file.case.id}`);
    expect(kase.statusCode).toBe(200);
    expect(kase.json().access).toEqual({ restricted: true, emergency: null, readOnly: true });

    const note = await api(staff.cpwo).post(`/api/v1/cases/${file.case.id}/notes`, { body: 'Visited the family' });
    expect(note.statusCode).toBe(409);
    expect(note.json().error.messageKey).toBe('errors.record_restricted');
    const referral = await api(staff.cpwo).post(`/api/v1/cases/${file.case.id}/referrals`, {
      organisationId: '00000000-0000-4000-8000-000000000001',
      serviceId: '00000000-0000-4000-8000-000000000002',
      urgency: 'routine',
      reason: 'Parenting support',
      sharedGroups: ['identity'],
    });
    expect(referral.statusCode).toBe(409);
    expect(referral.json().error.messageKey).toBe('errors.record_restricted');
    expect(await t.database.db.selectFrom('referrals').select('id').where('case_id', '=', file.case.id).execute()).toEqual([]);

    const csv = await api(staff.cpwo).get('/api/v1/exports/cases.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain(file.case.case_code);
    expect(csv.body).toContain(other.case.case_code);
    // Unrestricted cases still take notes.
    expect((await api(staff.cpwo).post(`/api/v1/cases/${other.case.id}/notes`, { body: 'Visited the family' })).statusCode).toBe(201);
  });

  it('an upheld objection stops the processing as a restriction does', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(staff.cpwo, {
      childId: file.child.id,
      right: 'objection',
      requesterName: NAMES.mother,
      requesterRelationship: 'parent_or_caregiver',
    });
    expect((await decide(staff.cpwo, req.id, 'granted')).statusCode).toBe(200);
    expect(await execute(staff.cpwo, req.id)).toMatchObject({ status: 'executed', execution: { restricted: true } });
    expect((await api(staff.cpwo).post(`/api/v1/cases/${file.case.id}/notes`, { body: 'x' })).statusCode).toBe(409);
  });
});

describe('erasure (Art. 22)', () => {
  it('is refused with the reason where the record must be kept (an open case), and the refusal answers the request', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(dpo, { childId: file.child.id, right: 'erasure', requesterName: NAMES.mother, requesterRelationship: 'parent_or_caregiver' });
    expect(req.erasureBlock).toBe('open_case');
    const grant = await decide(dpo, req.id, 'granted');
    expect(grant.statusCode).toBe(409);
    expect(grant.json().error).toMatchObject({ messageKey: 'errors.dp_erasure_refused', details: { reason: 'open_case' } });
    const refused = await decide(dpo, req.id, 'refused', 'The case is open: the record must be kept to protect the child (Art. 22)');
    expect(refused.json()).toMatchObject({ status: 'refused', decisionReason: expect.stringContaining('must be kept') });
    expect((await deadlineOf(req.id)).met_at).not.toBeNull();
    expect((await api(dpo).post(`/api/v1/data-protection/requests/${req.id}/execution`, {})).statusCode).toBe(409);
  });

  it("the child's own identity in a VENA case record is kept even once the case is closed", async () => {
    const file = await childFile(t, staff.cpwo.user.id, { stage: 'closed' });
    const req = await request(dpo, { childId: file.child.id, right: 'erasure', requesterName: NAMES.child, requesterRelationship: 'self' });
    expect(req.erasureBlock).toBe('vena_case_record');
  });

  it("a household member's identity is pseudonymised where the law allows, the audit kept", async () => {
    const file = await childFile(t, staff.cpwo.user.id, { stage: 'closed' });
    const req = await request(dpo, { childId: file.child.id, householdMemberId: file.fatherId, right: 'erasure', requesterName: NAMES.father });
    expect(req.erasureBlock).toBeNull();
    expect((await decide(dpo, req.id, 'granted')).statusCode).toBe(200);
    expect(await execute(dpo, req.id)).toMatchObject({ status: 'executed', execution: { pseudonymised: 'household_member' } });
    const father = await t.database.db.selectFrom('household_members').selectAll().where('id', '=', file.fatherId).executeTakeFirstOrThrow();
    expect(father).toMatchObject({ full_name: 'Pseudonymised', phone: null });
    expect(father.pseudonymised_at).not.toBeNull();
    const mother = await t.database.db.selectFrom('household_members').select('full_name').where('id', '=', file.motherId).executeTakeFirstOrThrow();
    expect(mother.full_name).toBe(NAMES.mother);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', file.child.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['dp_request.record', 'dp_request.execute']));
  });
});

describe('who sees the register, and attacks', () => {
  it("another district's CPWO, other roles and other districts' ids are refused, and learn nothing", async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(staff.cpwo, { childId: file.child.id, right: 'access', requesterName: NAMES.mother, householdMemberId: file.motherId });
    const bug = staff.cpwoBugesera;
    for (const url of [`/api/v1/data-protection/requests/${req.id}`, `/api/v1/data-protection/requests/${req.id}/file`]) {
      const res = await api(bug).get(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(NAMES.mother);
    }
    expect((await decide(bug, req.id, 'granted')).statusCode).toBe(404);
    const list = (await api(bug).get('/api/v1/data-protection/requests')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(req.id);
    expect((await api(bug).get(`/api/v1/data-protection/subjects?childCode=${file.child.child_code}`)).statusCode).toBe(404);
    const intoOther = await api(bug).post('/api/v1/data-protection/requests', {
      childId: file.child.id,
      right: 'erasure',
      requesterName: 'Someone',
      requesterRelationship: 'other',
      identityCheck: 'none really',
    });
    expect(intoOther.statusCode).toBe(404);
    for (const s of [ncda, analyst, staff.supervisor, staff.worker]) {
      expect((await api(s).get('/api/v1/data-protection/requests')).statusCode).toBe(403);
      expect((await api(s).get(`/api/v1/data-protection/requests/${req.id}`)).statusCode).toBe(403);
    }
    expect(await t.database.db.selectFrom('dp_requests').select('id').where('child_id', '=', file.child.id).execute()).toHaveLength(1);
  });

  it('refuses malformed and oversized input, naming the field, and writes nothing', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const before = (await t.database.db.selectFrom('dp_requests').select('id').execute()).length;
    const base = { childId: file.child.id, right: 'access', requesterName: 'A B', requesterRelationship: 'self', identityCheck: 'ID card seen' };
    const cases: [Body, string][] = [
      [{ ...base, childId: 'not-a-uuid' }, 'body.childId'],
      [{ ...base, right: 'delete_everything' }, 'body.right'],
      [{ ...base, identityCheck: 'x'.repeat(501) }, 'body.identityCheck'],
      [{ ...base, requesterName: '' }, 'body.requesterName'],
      [{ ...base, receivedAt: '2030-01-01T00:00:00Z' }, 'body.receivedAt'],
    ];
    for (const [body, field] of cases) {
      const res = await api(dpo).post('/api/v1/data-protection/requests', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect((await api(dpo).post('/api/v1/data-protection/requests', { ...base, extra: 1 })).statusCode).toBe(400);
    expect((await api(dpo).get('/api/v1/data-protection/requests/nope')).statusCode).toBe(400);
    expect((await t.database.db.selectFrom('dp_requests').select('id').execute()).length).toBe(before);
  });
});

// Last: it moves the clock a month on.
describe('due dates', () => {
  it('an unanswered request escalates like other deadlines: the district CPWO and the officer hear', async () => {
    const file = await childFile(t, staff.cpwo.user.id);
    const req = await request(dpo, { childId: file.child.id, right: 'access', requesterName: NAMES.mother, householdMemberId: file.motherId });
    expect(await runEscalation(t.ctx)).toMatchObject({ escalated: 0 });
    t.clock.advanceDays(31);
    const run = await runEscalation(t.ctx);
    expect(run.escalated).toBeGreaterThanOrEqual(1);
    const all = await t.database.db.selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'deadline.overdue').execute();
    const forRequest = all.filter((n) => (n.params as { reference?: string }).reference === req.reference).map((n) => n.user_id);
    expect(forRequest).toEqual(expect.arrayContaining([staff.cpwo.user.id, dpo.user.id]));
    // (The sessions of 31 days ago have expired: the officer signs in again.)
    const listed = (await client(t, await sessionFor(t, dpo.user)).get('/api/v1/data-protection/requests?status=open')).json();
    expect(listed.items.find((i: { id: string }) => i.id === req.id)).toMatchObject({ overdue: true });
  });
});
