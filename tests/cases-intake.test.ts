import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_CODE_PATTERN, isValidChildCode } from '../src/children/child-code.js';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { districtStaff, intake, newChild, screenedReport, type Signed } from './cases-support.js';

// Framework step 4, intake: opening the case file of a screened VENA report,
// one child one file (likely matches), identifiers, and what intake refuses.
// The clock stands at 2026-11-02 09:00 in Kigali.

let t: TestApp;
let staff: Awaited<ReturnType<typeof districtStaff>>;
let cpwo: Signed;

beforeAll(async () => {
  t = await createTestApp();
  staff = await districtStaff(t);
  cpwo = staff.cpwo;
});
afterAll(() => t.close());

const post = (s: Signed, url: string, body: unknown) => client(t, s.session).post(url, body);
const get = (s: Signed, url: string) => client(t, s.session).get(url);

async function auditActions(entityId: string) {
  return await t.database.db.selectFrom('audit_events').select(['action', 'fields']).where('entity_id', '=', entityId).orderBy('seq').execute();
}

describe('intake of a new child', () => {
  it('opens the case file with a child ID and a case ID linked to it, at stage intake', async () => {
    const report = await screenedReport(t, cpwo.user.id);
    const child = newChild({ givenName: 'Aline', familyName: 'Uwasse', dateOfBirth: '2017-05-02' });
    const opened = await intake(t, cpwo, report.id, { child });
    expect(opened.stage).toBe('intake');
    expect(opened.newChild).toBe(true);
    expect(opened.childCode).toMatch(CHILD_CODE_PATTERN);
    expect(opened.childCode.startsWith('12-')).toBe(true);
    expect(isValidChildCode(opened.childCode)).toBe(true);
    expect(opened.childCode.toLowerCase()).not.toContain('aline');
    expect(opened.caseCode).toBe(`${opened.childCode}-01`);

    const file = (await get(cpwo, `/api/v1/cases/${opened.caseId}`)).json();
    expect(file).toMatchObject({
      caseCode: opened.caseCode,
      stage: 'intake',
      tier: 1,
      caseTypes: ['sexual_violence'],
      leadCaseworker: null,
      report: { id: report.id },
      child: { childCode: opened.childCode, givenName: 'Aline', familyName: 'Uwasse', dateOfBirth: '2017-05-02', birthDateEstimated: false, ageYears: 9 },
    });
    expect(file.household.map((m: { relationship: string; isCaregiver: boolean }) => [m.relationship, m.isCaregiver])).toEqual([
      ['mother', true],
      ['sibling', false],
    ]);
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toEqual(['case.opened']);
    expect((await auditActions(opened.caseId)).map((a) => a.action)).toEqual(['case.open', 'case.read']);
    expect((await auditActions(opened.childId)).map((a) => a.action)).toEqual(['child.create']);

    // The report is now the case's: a second intake is refused.
    const again = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child: newChild() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.report_case_already_opened');
  });

  it('estimates the birth date from an age, flagged as estimated', async () => {
    const report = await screenedReport(t, cpwo.user.id, { tier: 2 });
    const { dateOfBirth: _omit, ...child } = newChild();
    const opened = await intake(t, cpwo, report.id, { child: { ...child, ageYears: 9 } });
    const file = (await get(cpwo, `/api/v1/cases/${opened.caseId}`)).json();
    expect(file.child).toMatchObject({ dateOfBirth: '2017-05-02', birthDateEstimated: true, ageYears: 9 });
    expect(file.tier).toBe(2);
  });

  it('refuses a birth date in the future, an age of 18 or more, a missing age and a place that is not a village in scope', async () => {
    const report = await screenedReport(t, cpwo.user.id);
    const { dateOfBirth: _omit, ...noAge } = newChild();
    const cases: [Record<string, unknown>, string][] = [
      [newChild({ dateOfBirth: '2026-11-03' }), 'errors.birth_date_in_future'],
      [newChild({ dateOfBirth: '2008-11-02' }), 'errors.child_over_18'],
      [{ ...noAge, ageYears: 18 }, 'errors.child_over_18'],
      [noAge, 'errors.birth_date_or_age'],
      [{ ...noAge, ageYears: 5, dateOfBirth: '2021-01-01' }, 'errors.birth_date_or_age'],
      [newChild({ placeId: PLACES.gasaboCell }), 'errors.place_not_village'],
      [newChild({ placeId: PLACES.bugeseraVillage }), 'errors.place_out_of_scope'],
      [newChild({ household: [{ fullName: 'X', relationship: 'mother', siblingChildId: report.id }] }), 'errors.sibling_relationship'],
    ];
    for (const [child, key] of cases) {
      const res = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child });
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.messageKey).toBe(key);
    }
    const both = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child: newChild(), childId: report.id });
    expect(both.json().error.messageKey).toBe('errors.intake_child_required');
    const unknownField = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child: newChild(), name: 'x' });
    expect(unknownField.statusCode).toBe(400);
    // Nothing was half-written: the report can still be taken in.
    await intake(t, cpwo, report.id, { child: newChild() });
  });
});

describe('what intake refuses', () => {
  it('refuses an unscreened report and a report that is not VENA', async () => {
    const fresh = await screenedReport(t, cpwo.user.id);
    await t.database.db
      .updateTable('incident_reports')
      .set({ status: 'new', is_vena: null, tier: null, tier_reason: null, case_types: [] })
      .where('id', '=', fresh.id)
      .execute();
    const res = await post(cpwo, `/api/v1/reports/${fresh.id}/intake`, { child: newChild() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.report_not_screened');

    const notVena = await screenedReport(t, cpwo.user.id, { vena: false });
    const res2 = await post(cpwo, `/api/v1/reports/${notVena.id}/intake`, { child: newChild() });
    expect(res2.statusCode).toBe(409);
    expect(res2.json().error.messageKey).toBe('errors.report_not_vena');
  });

  it("answers 404 for a report outside the CPWO's district and 403 to roles that do not take cases in", async () => {
    const report = await screenedReport(t, cpwo.user.id);
    const res = await post(staff.cpwoBugesera, `/api/v1/reports/${report.id}/intake`, { child: newChild({ placeId: PLACES.bugeseraVillage }) });
    expect(res.statusCode).toBe(404);
    for (const s of [staff.worker, staff.supervisor, await signedIn(t, { role: 'analyst' }), await signedIn(t, { role: 'hotline_agent' })]) {
      const denied = await post(s, `/api/v1/reports/${report.id}/intake`, { child: newChild() });
      expect(denied.statusCode).toBe(403);
    }
    const anonymous = await client(t).post(`/api/v1/reports/${report.id}/intake`, { child: newChild() });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('one child, one file', () => {
  let existing: { childId: string; childCode: string };

  beforeAll(async () => {
    const report = await screenedReport(t, cpwo.user.id);
    existing = await intake(t, cpwo, report.id, {
      child: newChild({ givenName: 'Mugiisha', familyName: 'Claude', sex: 'male', dateOfBirth: '2014-02-10', placeId: PLACES.gasaboVillage }),
    });
  });

  it('lists likely existing children, spelling variants forgiven, with a score and reasons', async () => {
    const res = await get(cpwo, `/api/v1/children/matches?givenName=Mugisha&familyName=Kraude&sex=male&ageYears=12&placeId=${PLACES.gasaboVillage}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.likelyDuplicate).toBe(true);
    expect(body.items[0]).toMatchObject({
      childId: existing.childId,
      childCode: existing.childCode,
      givenName: 'Mugiisha',
      likely: true,
      caseCount: 1,
      reasons: ['name_spelling_variant', 'sex_same', 'age_within_1_year', 'same_village'],
    });
    expect(body.items[0].score).toBeGreaterThanOrEqual(70);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'child.search')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ ids: body.items.map((i: { childId: string }) => i.childId) });
  });

  it('leaves out children of another age or another district', async () => {
    const older = (await get(cpwo, '/api/v1/children/matches?givenName=Mugiisha&familyName=Claude&ageYears=5')).json();
    expect(older.items.map((i: { childId: string }) => i.childId)).not.toContain(existing.childId);
    const elsewhere = (await get(staff.cpwoBugesera, '/api/v1/children/matches?givenName=Mugiisha&familyName=Claude')).json();
    expect(elsewhere.items).toEqual([]);
  });

  it('refuses a new child while a likely match exists, until the caseworker confirms it is a different child', async () => {
    const report = await screenedReport(t, cpwo.user.id);
    const child = newChild({ givenName: 'Claude', familyName: 'Mugisha', sex: 'male', dateOfBirth: '2014-06-01' });
    const res = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.possible_duplicate_child');
    expect(res.json().error.details.matches[0]).toMatchObject({ childId: existing.childId, childCode: existing.childCode });

    const confirmed = await intake(t, cpwo, report.id, { child, confirmNotDuplicate: true });
    expect(confirmed.childId).not.toBe(existing.childId);
  });

  it("opens a second case in the existing child's file", async () => {
    const report = await screenedReport(t, cpwo.user.id, { tier: 2, caseTypes: ['physical_violence'] });
    const second = await intake(t, cpwo, report.id, { childId: existing.childId });
    expect(second).toMatchObject({ childId: existing.childId, childCode: existing.childCode, caseCode: `${existing.childCode}-02`, newChild: false });
    const file = (await get(cpwo, `/api/v1/cases/${second.caseId}`)).json();
    expect(file.otherCases.map((c: { caseCode: string }) => c.caseCode)).toEqual([`${existing.childCode}-01`]);
    expect(file.caseTypes).toEqual(['physical_violence']);
  });

  it("adds the people met at intake to an existing child's household, and only to an existing child's", async () => {
    const first = await screenedReport(t, cpwo.user.id);
    const known = await intake(t, cpwo, first.id, {
      child: newChild({ givenName: 'Ishimwe', familyName: 'Synth', sex: 'male', dateOfBirth: '2016-03-03' }),
      confirmNotDuplicate: true,
    });
    const before = (await t.database.db.selectFrom('household_members').select('id').where('child_id', '=', known.childId).execute()).length;
    const grandmother = { fullName: 'Nyirahabimana Synth', relationship: 'grandparent', sex: 'female', ageYears: 63, isCaregiver: true, livesWithChild: true };
    const report = await screenedReport(t, cpwo.user.id, { tier: 2, caseTypes: ['abandonment_neglect'] });
    const wrongSibling = await post(cpwo, `/api/v1/reports/${report.id}/intake`, {
      childId: known.childId,
      household: [{ ...grandmother, siblingChildId: known.childId }],
    });
    expect(wrongSibling.statusCode).toBe(400);
    expect(wrongSibling.json().error.fields[0].field).toBe('body.household.0.siblingChildId');
    const withNewChild = await post(cpwo, `/api/v1/reports/${report.id}/intake`, { child: newChild(), household: [grandmother] });
    expect(withNewChild.statusCode).toBe(400);
    expect(withNewChild.json().error).toMatchObject({ messageKey: 'errors.household_with_new_child', fields: [{ field: 'body.household' }] });

    const opened = await intake(t, cpwo, report.id, { childId: known.childId, household: [grandmother] });
    const file = (await get(cpwo, `/api/v1/cases/${opened.caseId}`)).json();
    expect(file.household).toHaveLength(before + 1);
    expect(file.household).toContainEqual(expect.objectContaining({ fullName: 'Nyirahabimana Synth', relationship: 'grandparent', isCaregiver: true }));
    expect((await auditActions(known.childId)).map((a) => [a.action, a.fields])).toContainEqual(['child.update', ['household']]);
  });

  it("does not open a case for a child outside the CPWO's district", async () => {
    const report = await screenedReport(t, staff.cpwoBugesera.user.id, { placeId: PLACES.bugeseraVillage });
    const res = await post(staff.cpwoBugesera, `/api/v1/reports/${report.id}/intake`, { childId: existing.childId });
    expect(res.statusCode).toBe(404);
  });

  it('finds a child by ID, forgiving case and hyphens, and catches a mistyped ID', async () => {
    const exact = await get(cpwo, `/api/v1/children/by-code/${existing.childCode}`);
    expect(exact.statusCode).toBe(200);
    expect(exact.json()).toMatchObject({ id: existing.childId, childCode: existing.childCode, givenName: 'Mugiisha' });
    expect(exact.json().cases).toHaveLength(2);
    const loose = await get(cpwo, `/api/v1/children/by-code/${existing.childCode.replace(/-/g, '').toLowerCase()}`);
    expect(loose.json().id).toBe(existing.childId);

    const [district, part, check] = existing.childCode.split('-') as [string, string, string];
    const swapped = `${district}-${part.slice(0, 2)}${part[3]}${part[2]}${part.slice(4)}-${check}`;
    const typos = [`${district}-${part}-${check === 'A' ? 'B' : 'A'}`, ...(part[2] !== part[3] ? [swapped] : []), 'not-a-code'];
    for (const typo of typos) {
      const res = await get(cpwo, `/api/v1/children/by-code/${typo}`);
      expect(res.statusCode, typo).toBe(400);
      expect(res.json().error.messageKey).toBe('errors.invalid_child_code');
    }
    expect((await get(staff.cpwoBugesera, `/api/v1/children/by-code/${existing.childCode}`)).statusCode).toBe(404);
    expect((await get(await signedIn(t, { role: 'analyst' }), `/api/v1/children/by-code/${existing.childCode}`)).statusCode).toBe(404);
  });

  it('lets only those who take cases in search for matches', async () => {
    for (const s of [staff.worker, staff.supervisor, await signedIn(t, { role: 'ncda_officer' })]) {
      expect((await get(s, '/api/v1/children/matches?givenName=Mugisha')).statusCode).toBe(403);
    }
  });
});
