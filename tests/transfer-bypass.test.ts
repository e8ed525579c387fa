import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, PLACES, sessionFor, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, caseRow, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// Issue 9, item 9: a transfer moves a case between two parties (tool 16). A
// CPWO cannot end a case alone by sending it to their own organisation and
// accepting it; the sender never answers their own transfer; the one who
// accepts takes the case on under the lead caseworker's rules; and a case
// handed to an agency needs consent covering that kind of agency, or a
// recorded vital interest of the child (Law 058/2021 Art. 9).

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

const trained = { trainingCompletedOn: '2025-06-01' };

async function transfersOf(caseId: string) {
  return t.database.db.selectFrom('case_transfers').select(['id', 'status']).where('case_id', '=', caseId).execute();
}

/** The case is as it was: open in Gasabo, led by the CSO caseworker. */
async function expectCaseUntouched(caseId: string) {
  expect(await caseRow(t, caseId)).toMatchObject({ stage: 'implementation', district_id: '12', lead_caseworker_id: w.cso.user.id, closed_at: null });
  expect(await timelineKinds(t, caseId)).not.toContain('transfer.accepted');
}

async function recordConsent(caseId: string, body: Record<string, unknown>) {
  const res = await client(t, w.cpwo.session).post(`/api/v1/cases/${caseId}/consents`, body);
  expect(res.statusCode).toBe(201);
  t.clock.advanceMinutes(1);
}
const caregiver = { kind: 'caregiver_consent', giverName: 'Mukamana Jeanne', giverRelationship: 'mother' };

describe('a CPWO cannot end a case alone', () => {
  it('by transferring it to their own organisation and accepting it', async () => {
    for (const kind of ['district_office', 'ngo']) {
      const own = await createOrganisation(t, { kind, placeId: PLACES.gasabo });
      const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, organisationId: own.id, ...trained });
      const { case: kase } = await openCase(t, w);
      await recordConsent(kase.id, { ...caregiver, decision: 'given', shareWith: ['ngo'] });
      const sent = await client(t, cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: own.id, reason: 'Closing it quietly' });
      expect(sent.statusCode, kind).toBe(400);
      expect(sent.json().error.messageKey).toBe('errors.transfer_own_organisation');
      expect(await transfersOf(kase.id)).toEqual([]);
      // Had one been sent (say before they joined it), answering it is still refused: they sent it.
      const { case: other } = await openCase(t, w);
      await recordConsent(other.id, { ...caregiver, decision: 'given', shareWith: ['ngo'] });
      const elsewhere = await createOrganisation(t, { kind: 'ngo', placeId: PLACES.gasabo });
      const sender = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, ...trained });
      const first = await client(t, sender.session).post(`/api/v1/cases/${other.id}/transfers`, { toOrganisationId: elsewhere.id, reason: 'Camp services' });
      expect(first.statusCode).toBe(201);
      await t.database.db.updateTable('users').set({ organisation_id: elsewhere.id }).where('id', '=', sender.user.id).execute();
      const again = await sessionFor(t, sender.user);
      const accept = await client(t, again).post(`/api/v1/transfers/${first.json().id}/accept`, {});
      expect(accept.statusCode).toBe(403);
      expect(accept.json().error.messageKey).toBe('errors.transfer_sender_cannot_decide');
      expect((await client(t, again).post(`/api/v1/transfers/${first.json().id}/decline`, { reason: 'x' })).statusCode).toBe(403);
      await expectCaseUntouched(other.id);
      expect((await transfersOf(other.id)).map((r) => r.status)).toEqual(['pending']);
    }
  });

  it('by sending a district transfer and accepting it themself (a national CPWO sees both sides)', async () => {
    const national = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.rwanda, ...trained });
    const { case: kase } = await openCase(t, w);
    const sent = await client(t, national.session).post(`/api/v1/cases/${kase.id}/transfers`, { toDistrictId: PLACES.bugesera, reason: 'Moved' });
    expect(sent.statusCode).toBe(201);
    const accept = await client(t, national.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
    expect(accept.statusCode).toBe(403);
    expect(accept.json().error.messageKey).toBe('errors.transfer_sender_cannot_decide');
    await expectCaseUntouched(kase.id);
    expect(await auditActions(t, kase.id)).not.toContain('case.transfer.accept');
  });
});

describe('accepting takes the case on under the lead caseworker rules', () => {
  it('refuses a receiving CPWO without the national training', async () => {
    const untrained = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
    const { case: kase } = await openCase(t, w);
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toDistrictId: PLACES.bugesera, reason: 'Moved' });
    const accept = await client(t, untrained.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.messageKey).toBe('errors.caseworker_untrained');
    await expectCaseUntouched(kase.id);
    // A trained CPWO of the district accepts.
    expect((await client(t, w.bugeseraCpwo.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {})).statusCode).toBe(200);
  });

  it("refuses an agency's staff who are untrained, or whose area does not hold the child's place", async () => {
    const org = await createOrganisation(t, { kind: 'ngo', placeId: PLACES.kigali });
    const untrained = await signedIn(t, { role: 'service_provider', organisationId: org.id, jurisdictionId: PLACES.kigali });
    const faraway = await signedIn(t, { role: 'service_provider', organisationId: org.id, jurisdictionId: PLACES.bugesera, ...trained });
    const focal = await signedIn(t, { role: 'service_provider', organisationId: org.id, jurisdictionId: PLACES.kigali, ...trained });
    const { case: kase } = await openCase(t, w);
    await recordConsent(kase.id, { ...caregiver, decision: 'given', shareWith: ['ngo'] });
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: org.id, reason: 'Camp services' });
    expect(sent.statusCode).toBe(201);
    const url = `/api/v1/transfers/${sent.json().id}/accept`;
    const a = await client(t, untrained.session).post(url, {});
    expect(a.statusCode).toBe(409);
    expect(a.json().error.messageKey).toBe('errors.caseworker_untrained');
    const b = await client(t, faraway.session).post(url, {});
    expect(b.statusCode).toBe(409);
    expect(b.json().error.messageKey).toBe('errors.caseworker_out_of_jurisdiction');
    await expectCaseUntouched(kase.id);
    expect((await client(t, focal.session).post(url, {})).statusCode).toBe(200);
    expect((await caseRow(t, kase.id)).stage).toBe('transferred');
  });
});

describe('an agency transfer needs consent for that kind of agency, or a recorded vital interest', () => {
  async function agency(kind = 'ngo') {
    const org = await createOrganisation(t, { kind, placeId: PLACES.kigali });
    const focal = await signedIn(t, { role: 'service_provider', organisationId: org.id, jurisdictionId: PLACES.kigali, ...trained });
    return { org, focal };
  }

  it('refuses without consent, or with consent for another kind of agency only', async () => {
    const { org } = await agency();
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/transfers`;
    const none = await client(t, w.cpwo.session).post(url, { toOrganisationId: org.id, reason: 'Services' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error).toMatchObject({ messageKey: 'errors.consent_required' });
    await recordConsent(kase.id, { ...caregiver, decision: 'given', purposes: ['services'], shareWith: ['school', 'health_facility'] });
    const other = await client(t, w.cpwo.session).post(url, { toOrganisationId: org.id, reason: 'Services' });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.messageKey).toBe('errors.consent_required');
    expect(await transfersOf(kase.id)).toEqual([]);
    await expectCaseUntouched(kase.id);
  });

  it('refuses a district office as an agency (district offices receive district transfers)', async () => {
    const office = await createOrganisation(t, { kind: 'district_office', placeId: PLACES.bugesera });
    const { case: kase } = await openCase(t, w);
    await recordConsent(kase.id, { ...caregiver, decision: 'given', shareWith: ['government_agency', 'other'] });
    const res = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: office.id, reason: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.messageKey).toBe('errors.transfer_not_an_agency');
    expect(await transfersOf(kase.id)).toEqual([]);
  });

  it('checks the consent again on acceptance: a withdrawal in between stops the transfer', async () => {
    const { org, focal } = await agency();
    const { case: kase } = await openCase(t, w);
    await recordConsent(kase.id, { ...caregiver, decision: 'given', shareWith: ['ngo'] });
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: org.id, reason: 'Services' });
    expect(sent.statusCode).toBe(201);
    await recordConsent(kase.id, { ...caregiver, decision: 'withdrawn', shareWith: ['ngo'] });
    const accept = await client(t, focal.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.messageKey).toBe('errors.consent_required');
    await expectCaseUntouched(kase.id);
  });

  it("goes ahead on a recorded vital interest of the child, and the transfer's record says so", async () => {
    const { org, focal } = await agency('isange');
    const { case: kase } = await openCase(t, w);
    await recordConsent(kase.id, { kind: 'vital_interest', decision: 'given', shareWith: ['isange'], reason: 'Immediate medical and forensic care' });
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: org.id, reason: 'Isange one stop centre' });
    expect(sent.statusCode).toBe(201);
    const accept = await client(t, focal.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
    expect(accept.statusCode).toBe(200);
    const events = await t.database.db
      .selectFrom('case_events')
      .select(['kind', 'summary'])
      .where('case_id', '=', kase.id)
      .where('kind', 'in', ['transfer.requested', 'transfer.accepted'])
      .execute();
    expect(events.map((e) => (typeof e.summary === 'string' ? JSON.parse(e.summary) : e.summary).consentBasis)).toEqual(['vital_interest', 'vital_interest']);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', kase.id)
      .where('action', '=', 'case.transfer.accept')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).toContain('vital_interest');
  });
});
