import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, caseRow, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// Transfers to another district or agency (tool 16), case notes (tool 17)
// and client feedback (tool 18).

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

const toBugesera = { toDistrictId: PLACES.bugesera, toPlaceId: PLACES.bugeseraVillage, reason: 'The family moved to Bugesera' };

describe('transfer to another district', () => {
  it('waits for the receiving CPWO, who accepts: the case moves and the accepting CPWO leads it', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/transfers`;
    expect((await client(t, w.cso.session).post(url, toBugesera)).statusCode).toBe(403);
    const same = await client(t, w.cpwo.session).post(url, { toDistrictId: PLACES.gasabo, reason: 'x' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.messageKey).toBe('errors.transfer_same_district');
    expect((await client(t, w.cpwo.session).post(url, { ...toBugesera, toPlaceId: PLACES.gasaboVillage })).statusCode).toBe(400);

    const sent = await client(t, w.cpwo.session).post(url, toBugesera);
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      caseId: kase.id,
      status: 'pending',
      reason: 'The family moved to Bugesera',
      from: { districtId: '12', placeId: PLACES.gasaboVillage },
      to: { districtId: '57', placeId: PLACES.bugeseraVillage, organisationId: null },
    });
    const twice = await client(t, w.cpwo.session).post(url, toBugesera);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.messageKey).toBe('errors.transfer_pending');
    const told = await t.database.db.selectFrom('notifications').select('message_key').where('user_id', '=', w.bugeseraCpwo.user.id).execute();
    expect(told.map((n) => n.message_key)).toContain('notifications.transfer_incoming');

    const incoming = await client(t, w.bugeseraCpwo.session).get('/api/v1/transfers/incoming');
    expect(incoming.statusCode).toBe(200);
    const item = incoming.json().items.find((i: { id: string }) => i.id === sent.json().id);
    expect(item).toMatchObject({ caseCode: kase.case_code, tier: 2, caseTypes: ['physical_violence'], stage: 'implementation' });
    expect((await client(t, w.nyarugengeCpwo.session).get('/api/v1/transfers/incoming')).json().items).toEqual([]);
    expect((await client(t, w.izu.session).get('/api/v1/transfers/incoming')).statusCode).toBe(403);

    const accept = `/api/v1/transfers/${sent.json().id}/accept`;
    expect((await client(t, w.nyarugengeCpwo.session).post(accept, {})).statusCode).toBe(404);
    expect((await client(t, w.cpwo.session).post(accept, {})).statusCode).toBe(404);
    expect((await client(t, w.supervisor.session).post(accept, {})).statusCode).toBe(403);
    const ok = await client(t, w.bugeseraCpwo.session).post(accept, {});
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'accepted', decidedBy: { id: w.bugeseraCpwo.user.id } });
    const row = await caseRow(t, kase.id);
    expect(row).toMatchObject({ district_id: '57', place_id: PLACES.bugeseraVillage, lead_caseworker_id: w.bugeseraCpwo.user.id, stage: 'implementation' });
    expect(await timelineKinds(t, kase.id)).toEqual(expect.arrayContaining(['transfer.requested', 'transfer.accepted']));
    expect(await auditActions(t, kase.id)).toEqual(expect.arrayContaining(['case.transfer.request', 'case.transfer.accept']));

    // The sending district no longer sees the case; the receiving one does, with its history.
    expect((await client(t, w.cpwo.session).get(`/api/v1/cases/${kase.id}/notes`)).statusCode).toBe(404);
    const history = await client(t, w.bugeseraCpwo.session).get(url);
    expect(history.json().items.map((i: { status: string }) => i.status)).toEqual(['accepted']);
    const again = await client(t, w.bugeseraCpwo.session).post(accept, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.transfer_not_pending');
  });

  it('can be declined with a reason (the case stays), or cancelled by the sender', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/transfers`;
    const sent = await client(t, w.cpwo.session).post(url, { toDistrictId: PLACES.bugesera, reason: 'Moved' });
    const decline = `/api/v1/transfers/${sent.json().id}/decline`;
    expect((await client(t, w.bugeseraCpwo.session).post(decline, {})).statusCode).toBe(400);
    const declined = await client(t, w.bugeseraCpwo.session).post(decline, { reason: 'The family is not in Bugesera' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: 'The family is not in Bugesera' });
    expect((await caseRow(t, kase.id)).district_id).toBe('12');
    const told = await t.database.db
      .selectFrom('notifications')
      .select('message_key')
      .where('user_id', '=', w.cpwo.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toContain('notifications.transfer_declined');

    t.clock.advanceMinutes(1);
    const second = await client(t, w.cpwo.session).post(url, { toDistrictId: PLACES.bugesera, reason: 'Moved after all' });
    const cancel = `/api/v1/cases/${kase.id}/transfers/${second.json().id}/cancel`;
    expect((await client(t, w.cso.session).post(cancel, {})).statusCode).toBe(403);
    const cancelled = await client(t, w.cpwo.session).post(cancel, {});
    expect(cancelled.json().status).toBe('cancelled');
    expect((await client(t, w.bugeseraCpwo.session).post(`/api/v1/transfers/${second.json().id}/accept`, {})).statusCode).toBe(409);
    const history = await client(t, w.cso.session).get(url);
    expect(history.json().items.map((i: { status: string }) => i.status)).toEqual(['cancelled', 'declined']);
  });
});

describe('transfer to another agency', () => {
  it("is accepted by the agency's staff; the case leaves district case management", async () => {
    const org = await createOrganisation(t, { kind: 'ngo', placeId: PLACES.kigali });
    const focal = await signedIn(t, { role: 'service_provider', organisationId: org.id, jurisdictionId: PLACES.kigali, trainingCompletedOn: '2025-06-01' });
    const outsider = await signedIn(t, { role: 'service_provider', jurisdictionId: PLACES.kigali });
    const { case: kase } = await openCase(t, w);
    // Handing the case over shares it with the agency: the family consented to sharing with NGOs (tests/transfer-bypass.test.ts).
    await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/consents`, {
      kind: 'caregiver_consent',
      decision: 'given',
      shareWith: ['ngo'],
      giverName: 'Mukamana Jeanne',
      giverRelationship: 'mother',
    });
    const bad = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, {
      toOrganisationId: '00000000-0000-4000-8000-000000000000',
      reason: 'x',
    });
    expect(bad.json().error.messageKey).toBe('errors.organisation_not_found');
    const both = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, { toOrganisationId: org.id, toDistrictId: '57', reason: 'x' });
    expect(both.statusCode).toBe(400);
    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, {
      toOrganisationId: org.id,
      reason: 'Refugee case: camp services',
    });
    expect(sent.json().to).toMatchObject({ organisationId: org.id, organisationName: org.name, districtId: null });
    expect((await client(t, outsider.session).get('/api/v1/transfers/incoming')).json().items).toEqual([]);
    expect((await client(t, focal.session).get('/api/v1/transfers/incoming')).json().items).toHaveLength(1);
    const ok = await client(t, focal.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {});
    expect(ok.statusCode).toBe(200);
    const row = await caseRow(t, kase.id);
    expect(row).toMatchObject({ stage: 'transferred', closure_reason: 'transferred' });
    const note = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, { description: 'x', providedByName: 'y', providedOn: '2026-11-01' });
    expect(note.json().error.messageKey).toBe('errors.case_not_open');
  });
});

describe('case notes and client feedback', () => {
  it('adds notes to the timeline and lists them newest first', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/notes`;
    const first = await client(t, w.cso.session).post(url, { body: 'Called the school; attendance is regular' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ caseId: kase.id, body: 'Called the school; attendance is regular', writtenBy: { id: w.cso.user.id } });
    t.clock.advanceMinutes(1);
    await client(t, w.cpwo.session).post(url, { body: 'Spoke to the mother' });
    const list = await client(t, w.supervisor.session).get(url);
    expect(list.json().items.map((n: { body: string }) => n.body)).toEqual(['Spoke to the mother', 'Called the school; attendance is regular']);
    expect(await timelineKinds(t, kase.id)).toContain('note.added');
    expect(await auditActions(t, kase.id)).toContain('case.note.add');
    expect((await client(t, w.cso.session).post(url, { body: '' })).statusCode).toBe(400);
    expect((await client(t, w.supervisor.session).post(url, { body: 'x' })).statusCode).toBe(403);
    expect((await client(t, w.analyst.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.izu.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.nyarugengeCpwo.session).post(url, { body: 'x' })).statusCode).toBe(404);
  });

  it('records the child and caregiver satisfaction', async () => {
    const { case: kase } = await openCase(t, w, { stage: 'closed' });
    const url = `/api/v1/cases/${kase.id}/feedback`;
    expect((await client(t, w.cso.session).post(url, { respondent: 'child', satisfaction: 6 })).statusCode).toBe(400);
    expect((await client(t, w.cso.session).post(url, { respondent: 'neighbour', satisfaction: 3 })).statusCode).toBe(400);
    const res = await client(t, w.cso.session).post(url, {
      respondent: 'child',
      satisfaction: 4,
      wellbeingImproved: true,
      comments: 'I feel safe at home now',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ respondent: 'child', satisfaction: 4, wellbeingImproved: true, comments: 'I feel safe at home now' });
    await client(t, w.cso.session).post(url, { respondent: 'caregiver', satisfaction: 5 });
    const list = await client(t, w.cpwo.session).get(url);
    expect(list.json().items).toHaveLength(2);
    expect(await timelineKinds(t, kase.id)).toContain('feedback.recorded');
    expect((await client(t, w.supervisor.session).post(url, { respondent: 'child', satisfaction: 3 })).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).get(url)).statusCode).toBe(404);
  });
});
