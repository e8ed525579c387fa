import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeadline } from '../src/deadlines/deadline.repository.js';
import { insertCase } from './support/case-factories.js';
import { client, createOrganisation, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { assessmentBody, consentGiven, districtStaff, intake, newChild, screenedReport, type Signed } from './cases-support.js';

// Framework steps 4-6 on one Tier 1 case, from intake to a case conference:
// consent, allocation, assessment (two versions), plan (two versions),
// conference with confidentiality agreements; and every step it refuses.
// The clock stands at 2026-11-02 09:00 in Kigali (07:00 UTC).

let t: TestApp;
let staff: Awaited<ReturnType<typeof districtStaff>>;
let cpwo: Signed, worker: Signed, investigator: Signed;
let caseId = '';
let reportId = '';

// Each change happens a second after the one before, as in real use (the timeline is in time order).
const tick = () => t.clock.advance(1000);
const post = (s: Signed, url: string, body?: unknown) => (tick(), client(t, s.session).post(url, body));
const put = (s: Signed, url: string, body?: unknown) => (tick(), client(t, s.session).put(url, body));
const patch = (s: Signed, url: string, body?: unknown) => (tick(), client(t, s.session).patch(url, body));
const get = (s: Signed, url: string) => client(t, s.session).get(url);
const file = async (s: Signed = cpwo, id = caseId) => {
  const res = await get(s, `/api/v1/cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const deadlines = (id = caseId) =>
  t.database.db.selectFrom('deadlines').select(['kind', 'due_at', 'met_at']).where('case_id', '=', id).orderBy('due_at').orderBy('kind').execute();
const lastAudit = async (action: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'entity_id', 'actor_id', 'fields', 'details'])
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
const expectError = (res: { statusCode: number; json(): { error: { messageKey: string } } }, status: number, key: string) => {
  expect(res.statusCode, key).toBe(status);
  expect(res.json().error.messageKey).toBe(key);
};

beforeAll(async () => {
  t = await createTestApp();
  staff = await districtStaff(t);
  ({ cpwo, worker } = staff);
  const rib = await createOrganisation(t, { kind: 'rib', placeId: PLACES.gasabo });
  investigator = await signedIn(t, { role: 'service_provider', jurisdictionId: PLACES.gasabo, organisationId: rib.id });
  const report = await screenedReport(t, cpwo.user.id, { tier: 1 });
  reportId = report.id;
  // Screening opened the Tier 1 same-day response deadline (end of the local day).
  await t.database.db
    .transaction()
    .execute((trx) => openDeadline(trx, { kind: 'tier1_response', reportId, districtId: '12', dueAt: new Date('2026-11-02T21:59:59Z') }));
});
afterAll(() => t.close());

describe('a Tier 1 case through steps 4-6', () => {
  it('intake opens the case at stage intake, carrying the Tier 1 deadline', async () => {
    const opened = await intake(t, cpwo, reportId, { child: newChild() });
    caseId = opened.caseId;
    const f = await file();
    expect(f.stage).toBe('intake');
    expect(f.nextDueAt).toBe('2026-11-02T21:59:59.000Z');
  });

  it('refuses an assessment before intake is complete', async () => {
    expectError(await post(worker, `/api/v1/cases/${caseId}/assessments`, assessmentBody()), 404, 'errors.not_found');
    expectError(await post(cpwo, `/api/v1/cases/${caseId}/assessments`, assessmentBody()), 409, 'errors.intake_incomplete');
  });

  it('records consent; the case stays at intake until a lead is allocated', async () => {
    const members = (await file()).household as { id: string; relationship: string }[];
    const mother = members.find((m) => m.relationship === 'mother')!;
    const res = await post(cpwo, `/api/v1/cases/${caseId}/consents`, {
      kind: 'caregiver_consent',
      decision: 'given',
      purposes: ['services', 'case_conference'],
      shareWith: ['rib', 'isange', 'health_facility'],
      householdMemberId: mother.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'caregiver_consent',
      giverName: 'Mukamana Claudine',
      giverRelationship: 'mother',
      vitalInterest: false,
      caseStage: 'intake',
    });
    const assent = await post(cpwo, `/api/v1/cases/${caseId}/consents`, {
      kind: 'child_assent',
      decision: 'given',
      purposes: ['services'],
      capacityNote: 'Understood the explanation',
    });
    expect(assent.json()).toMatchObject({ childAgeYears: 10, caseStage: 'intake' });
    expect((await lastAudit('consent.record')).entity_id).toBe(caseId);
  });

  it('refuses to allocate an untrained, ineligible or out-of-area caseworker, and lets only the CPWO allocate', async () => {
    const url = `/api/v1/cases/${caseId}/allocation`;
    expectError(await post(cpwo, url, { leadCaseworkerId: staff.untrained.user.id }), 409, 'errors.caseworker_untrained');
    expectError(await post(cpwo, url, { leadCaseworkerId: staff.cpwoBugesera.user.id }), 409, 'errors.caseworker_out_of_jurisdiction');
    expectError(await post(cpwo, url, { leadCaseworkerId: staff.supervisor.user.id }), 409, 'errors.caseworker_not_eligible');
    expectError(await post(cpwo, url, { leadCaseworkerId: reportId }), 400, 'errors.caseworker_not_found');
    expectError(await post(worker, url, { leadCaseworkerId: worker.user.id }), 403, 'errors.forbidden');
    expectError(await post(staff.cpwoBugesera, url, { leadCaseworkerId: staff.cpwoBugesera.user.id }), 404, 'errors.not_found');
    expect((await file()).leadCaseworker).toBeNull();
  });

  it('allocates a trained CSO caseworker: the supervisor follows and intake is complete', async () => {
    const res = await post(cpwo, `/api/v1/cases/${caseId}/allocation`, { leadCaseworkerId: worker.user.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      caseId,
      stage: 'assessment',
      leadCaseworker: { id: worker.user.id, fullName: worker.user.full_name, role: 'cso_caseworker' },
      supervisor: { id: staff.supervisor.user.id, fullName: staff.supervisor.user.full_name },
    });
    const audit = await lastAudit('case.allocate');
    expect(audit).toMatchObject({ entity_id: caseId, actor_id: cpwo.user.id, details: { leadCaseworkerId: worker.user.id, previousLeadCaseworkerId: null } });
    const note = await t.database.db
      .selectFrom('notifications')
      .select(['message_key', 'params'])
      .where('user_id', '=', worker.user.id)
      .executeTakeFirstOrThrow();
    expect(note.message_key).toBe('notifications.case_allocated');
    // The delegated caseworker now sees the case.
    expect((await file(worker)).stage).toBe('assessment');
  });

  it('lists who may lead the case, with their caseload, to the CPWO only', async () => {
    const res = await get(cpwo, `/api/v1/cases/${caseId}/allocation/candidates`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; openCases: number; supervisor: { id: string } | null }[];
    const ids = items.map((i) => i.id);
    expect(ids).toContain(cpwo.user.id);
    expect(items.find((i) => i.id === worker.user.id)).toMatchObject({ openCases: 1, supervisor: { id: staff.supervisor.user.id } });
    for (const excluded of [staff.untrained, staff.cpwoBugesera, staff.supervisor, investigator]) expect(ids).not.toContain(excluded.user.id);
    expect((await get(worker, `/api/v1/cases/${caseId}/allocation/candidates`)).statusCode).toBe(403);
    expect((await get(staff.cpwoBugesera, `/api/v1/cases/${caseId}/allocation/candidates`)).statusCode).toBe(404);
  });

  it('finds users to invite to a conference, for those who work the case', async () => {
    const res = await get(worker, `/api/v1/cases/${caseId}/conference-candidates?q=service_prov`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      { id: investigator.user.id, fullName: investigator.user.full_name, role: 'service_provider', organisationName: expect.any(String) },
    ]);
    expect((await get(staff.supervisor, `/api/v1/cases/${caseId}/conference-candidates?q=service`)).statusCode).toBe(403);
    expect((await get(staff.untrained, `/api/v1/cases/${caseId}/conference-candidates?q=service`)).statusCode).toBe(404);
    expect((await get(worker, `/api/v1/cases/${caseId}/conference-candidates?q=s`)).statusCode).toBe(400);
  });

  it('the first assessment meets the Tier 1 deadline, opens the plan deadline and moves the case to planning', async () => {
    t.clock.advanceMinutes(20);
    const res = await post(worker, `/api/v1/cases/${caseId}/assessments`, assessmentBody());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 1, perpetratorRelationship: 'neighbour', caseStage: 'planning', assessedBy: { id: worker.user.id } });
    const d = await deadlines();
    expect(d.map((x) => [x.kind, x.met_at !== null])).toEqual([
      ['tier1_response', true],
      ['case_plan', false],
    ]);
    // 14 days by default, to the end of the local day.
    expect(new Date(d[1]!.due_at).toISOString()).toBe('2026-11-16T21:59:59.000Z');
    expect((await file()).nextDueAt).toBe('2026-11-16T21:59:59.000Z');
  });

  it('keeps earlier assessment versions when one is added', async () => {
    const res = await post(
      worker,
      `/api/v1/cases/${caseId}/assessments`,
      assessmentBody({ siblingRisk: 'confirmed', perpetratorRelationship: 'other_known_adult' }),
    );
    expect(res.json()).toMatchObject({ version: 2, caseStage: 'planning' });
    const f = await file();
    expect(f.assessments.map((a: { version: number; siblingRisk: string }) => [a.version, a.siblingRisk])).toEqual([
      [2, 'confirmed'],
      [1, 'possible'],
    ]);
    expect((await deadlines()).filter((x) => x.kind === 'case_plan')).toHaveLength(1);
  });

  it('refuses bad assessments', async () => {
    const url = `/api/v1/cases/${caseId}/assessments`;
    expectError(await post(worker, url, assessmentBody({ perpetratorRelationship: 'uncle' })), 400, 'errors.validation');
    expectError(
      await post(
        worker,
        url,
        assessmentBody({
          domains: [
            { domain: 'safety', needLevel: 'high' },
            { domain: 'safety', needLevel: 'low' },
          ],
        }),
      ),
      400,
      'errors.assessment_domain_repeated',
    );
    expectError(await post(worker, url, assessmentBody({ incidentDate: '2026-12-01' })), 400, 'errors.incident_date_in_future');
    expectError(await post(staff.supervisor, url, assessmentBody()), 403, 'errors.forbidden');
  });

  const planBody = (overrides: Record<string, unknown> = {}) => ({
    reviewDate: '2027-01-15',
    goals: [
      {
        description: 'The child is safe on the way to school',
        measure: 'Accompanied every school day for a month; no incident reported',
        domain: 'safety',
        actions: [
          { description: 'Arrange a walking group with neighbours', responsibleUserId: worker.user.id, dueDate: '2026-11-20' },
          { description: 'Report to RIB and follow the investigation', responsibleName: 'RIB Gasabo', dueDate: '2026-11-05', status: 'in_progress' },
        ],
      },
      {
        description: 'The child copes with what happened',
        measure: 'Six counselling sessions attended',
        domain: 'psychosocial',
        actions: [{ description: 'Counselling at the health centre', responsibleName: 'Kimironko Health Centre', dueDate: '2026-12-31' }],
      },
    ],
    ...overrides,
  });

  it('refuses a plan that names no one responsible, an unknown item or a past review date', async () => {
    const url = `/api/v1/cases/${caseId}/plan`;
    expectError(await put(worker, url, planBody({ reviewDate: '2026-11-01' })), 400, 'errors.review_date_past');
    const noOne = planBody();
    (noOne.goals[0]!.actions[0] as Record<string, unknown>).responsibleName = 'Also a provider';
    expectError(await put(worker, url, noOne), 400, 'errors.action_responsible_required');
    const unknown = planBody();
    (unknown.goals[0] as Record<string, unknown>).key = reportId;
    expectError(await put(worker, url, unknown), 400, 'errors.plan_item_unknown');
    const ghost = planBody();
    (ghost.goals[0]!.actions[0] as Record<string, unknown>).responsibleUserId = reportId;
    expectError(await put(worker, url, ghost), 400, 'errors.responsible_user_not_found');
  });

  it('a plan meets the plan deadline, opens the review deadline and moves the case to implementation', async () => {
    const res = await put(worker, `/api/v1/cases/${caseId}/plan`, planBody());
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({ version: 1, reviewDate: '2027-01-15', caseStage: 'implementation' });
    expect(plan.goals[0].actions[0]).toMatchObject({ responsibleUser: { id: worker.user.id }, responsibleName: null, status: 'planned', referralId: null });
    expect(plan.goals[0].actions[1]).toMatchObject({ responsibleUser: null, responsibleName: 'RIB Gasabo', status: 'in_progress' });
    const d = await deadlines();
    expect(d.map((x) => [x.kind, x.met_at !== null])).toEqual([
      ['tier1_response', true],
      ['case_plan', true],
      ['case_review', false],
    ]);
    expect((await file()).nextDueAt).toBe('2027-01-15T21:59:59.000Z');
  });

  it('keeps plan history; actions keep their key and their referral across versions', async () => {
    const v1 = (await file()).plan;
    const referralId = '6f1c2a4e-0000-4000-8000-000000000001';
    await t.database.db.updateTable('case_plan_actions').set({ referral_id: referralId }).where('id', '=', v1.goals[0].actions[1].id).execute();
    const body = planBody({ reviewDate: '2027-02-01' }) as { goals: { key?: string; actions: Record<string, unknown>[] }[] };
    body.goals[0]!.key = v1.goals[0].key;
    Object.assign(body.goals[0]!.actions[1]!, { key: v1.goals[0].actions[1].key, status: 'done' });
    const res = await put(worker, `/api/v1/cases/${caseId}/plan`, body);
    expect(res.json()).toMatchObject({ version: 2, caseStage: 'implementation' });
    const v2 = res.json();
    expect(v2.goals[0].key).toBe(v1.goals[0].key);
    expect(v2.goals[0].actions[1]).toMatchObject({ key: v1.goals[0].actions[1].key, status: 'done', referralId });
    expect(v2.goals[1].key).not.toBe(v1.goals[1].key);

    const f = await file();
    expect(f.plan.version).toBe(2);
    expect(f.planVersions.map((v: { version: number; reviewDate: string }) => [v.version, v.reviewDate])).toEqual([
      [2, '2027-02-01'],
      [1, '2027-01-15'],
    ]);
    const old = await get(cpwo, `/api/v1/cases/${caseId}/plan/versions/1`);
    expect(old.json()).toMatchObject({ version: 1, reviewDate: '2027-01-15' });
    expect((await get(cpwo, `/api/v1/cases/${caseId}/plan/versions/9`)).statusCode).toBe(404);
    // The moved review date replaced the review deadline.
    const reviews = (await deadlines()).filter((x) => x.kind === 'case_review');
    expect(reviews.map((x) => [new Date(x.due_at).toISOString(), x.met_at !== null])).toEqual([
      ['2027-01-15T21:59:59.000Z', true],
      ['2027-02-01T21:59:59.000Z', false],
    ]);
  });

  let conferenceId = '';
  let outsiderId = '';

  it('records a case conference; a participant user sees nothing of it until they sign the agreement', async () => {
    const res = await post(worker, `/api/v1/cases/${caseId}/conferences`, {
      type: 'inter_agency',
      heldAt: '2026-11-04T08:00:00Z',
      location: 'Gasabo district office',
      purpose: 'Coordinate safety and the investigation',
      participants: [
        { userId: worker.user.id },
        { userId: investigator.user.id },
        { name: 'Mukamana Claudine', role: 'mother', agreementSignedOnPaper: true },
        { name: 'Head teacher', organisation: 'GS Kimironko', role: 'teacher' },
      ],
      childParticipation: 'views_represented',
      childParticipationNote: 'Spoke with the caseworker beforehand',
      caregiverParticipation: 'attended',
      decisions: [{ description: 'Walking group from Monday', responsible: 'IZU of the village', dueDate: '2026-11-09' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const conf = res.json();
    conferenceId = conf.id;
    expect(conf).toMatchObject({ caseId, type: 'inter_agency', consentBasis: 'consent', decisions: [{ description: 'Walking group from Monday' }] });
    const signed = Object.fromEntries(
      conf.participants.map((p: { user: { id: string } | null; name: string | null; agreementMethod: string | null }) => [
        p.user?.id ?? p.name,
        p.agreementMethod,
      ]),
    );
    expect(signed).toEqual({ [worker.user.id]: null, [investigator.user.id]: null, 'Mukamana Claudine': 'paper', 'Head teacher': null });
    outsiderId = conf.participants.find((p: { name: string | null }) => p.name === 'Head teacher').id;

    // Before signing: an invitation, nothing of the case.
    expect((await get(investigator, `/api/v1/conferences/${conferenceId}`)).statusCode).toBe(404);
    const invitations = (await get(investigator, '/api/v1/conferences/invitations')).json();
    expect(invitations.items).toEqual([
      expect.objectContaining({
        conferenceId,
        type: 'inter_agency',
        agreementSignedAt: null,
        invitedBy: { id: worker.user.id, fullName: worker.user.full_name },
      }),
    ]);
    expect(JSON.stringify(invitations)).not.toContain(caseId);

    const sign = await post(investigator, `/api/v1/conferences/${conferenceId}/sign-agreement`);
    expect(sign.statusCode, sign.body).toBe(200);
    expect(sign.json().participants.find((p: { user: { id: string } | null }) => p.user?.id === investigator.user.id).agreementMethod).toBe('in_app');
    const read = await get(investigator, `/api/v1/conferences/${conferenceId}`);
    expect(read.statusCode).toBe(200);
    expect((await lastAudit('conference.read')).actor_id).toBe(investigator.user.id);
    // Signing opens the conference, not the case file.
    expect((await get(investigator, `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    // Someone not invited cannot sign.
    expect((await post(staff.untrained, `/api/v1/conferences/${conferenceId}/sign-agreement`)).statusCode).toBe(404);
  });

  it("records an outside participant's paper agreement once, and the conference's outcome", async () => {
    const url = (pid: string) => `/api/v1/conferences/${conferenceId}/participants/${pid}/paper-agreement`;
    const res = await post(worker, url(outsiderId), { signedAt: '2026-11-02T07:10:00Z' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().participants.find((p: { id: string }) => p.id === outsiderId)).toMatchObject({
      agreementMethod: 'paper',
      agreementSignedAt: '2026-11-02T07:10:00.000Z',
    });
    expectError(await post(worker, url(outsiderId), {}), 409, 'errors.agreement_already_signed');
    const investigatorRow = res.json().participants.find((p: { user: { id: string } | null }) => p.user?.id === investigator.user.id);
    expectError(await post(worker, url(investigatorRow.id), {}), 409, 'errors.participant_signs_in_app');
    expectError(await post(investigator, url(outsiderId), {}), 403, 'errors.forbidden');

    const patched = await patch(worker, `/api/v1/conferences/${conferenceId}`, {
      decisions: [{ description: 'Walking group from Monday' }, { description: 'Refer to Isange for follow-up care', responsible: 'CPWO' }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().decisions).toHaveLength(2);
    expect((await patch(investigator, `/api/v1/conferences/${conferenceId}`, { decisions: [] })).statusCode).toBe(403);
  });

  it('shows the whole file: consents, both assessments, the plan, the conference and the timeline', async () => {
    const f = await file();
    expect(f.stage).toBe('implementation');
    expect(f.consents.map((c: { kind: string }) => c.kind)).toEqual(['caregiver_consent', 'child_assent']);
    expect(f.consentStatus).toMatchObject({ services: 'consent', caseConference: 'consent', shareWith: { rib: 'consent', school: null } });
    expect(f.assessments).toHaveLength(2);
    expect(f.conferences).toHaveLength(1);
    expect(f.conferences[0].participants).toHaveLength(4);
    expect(f.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'case.opened',
      'consent.recorded',
      'consent.recorded',
      'case.allocated',
      'assessment.added',
      'assessment.added',
      'plan.updated',
      'plan.updated',
      'conference.recorded',
      'conference.agreement_signed',
      'conference.agreement_signed',
      'conference.updated',
    ]);
    expect(f.timeline[3].summary).toMatchObject({ stage: { from: 'intake', to: 'assessment' } });
    const audit = await lastAudit('case.read');
    expect(audit).toMatchObject({ entity_id: caseId, actor_id: cpwo.user.id });
    expect(audit.fields).toEqual(['child.identity', 'household', 'consents', 'assessments', 'plan', 'conferences', 'timeline']);
  });
});

describe('consent gates and records', () => {
  let other = '';
  beforeAll(async () => {
    const opened = await intake(t, cpwo, (await screenedReport(t, cpwo.user.id)).id, { child: newChild() });
    other = opened.caseId;
  });

  it('refuses a conference without consent for it, and allows one in the recorded vital interest of the child', async () => {
    const body = {
      type: 'family',
      heldAt: '2026-11-03T08:00:00Z',
      participants: [{ name: 'Grandmother' }],
      childParticipation: 'attended',
      caregiverParticipation: 'not_participating',
    };
    const refused = await post(cpwo, `/api/v1/cases/${other}/consents`, { ...consentGiven(), decision: 'refused' });
    expect(refused.json().caseStage).toBe('intake');
    expectError(await post(cpwo, `/api/v1/cases/${other}/conferences`, body), 409, 'errors.consent_required');

    expectError(
      await post(cpwo, `/api/v1/cases/${other}/consents`, { kind: 'vital_interest', decision: 'given', purposes: ['services', 'case_conference'] }),
      400,
      'errors.vital_interest_reason_required',
    );
    const vital = await post(cpwo, `/api/v1/cases/${other}/consents`, {
      kind: 'vital_interest',
      decision: 'given',
      purposes: ['services', 'case_conference'],
      reason: 'The father is the alleged perpetrator and refuses; the child is at risk at home',
    });
    expect(vital.json()).toMatchObject({ vitalInterest: true, caseStage: 'intake' });
    const conf = await post(cpwo, `/api/v1/cases/${other}/conferences`, body);
    expect(conf.statusCode, conf.body).toBe(201);
    expect(conf.json().consentBasis).toBe('vital_interest');

    await post(cpwo, `/api/v1/cases/${other}/consents`, { kind: 'vital_interest', decision: 'withdrawn', purposes: ['case_conference'] });
    expectError(await post(cpwo, `/api/v1/cases/${other}/conferences`, body), 409, 'errors.consent_required');
    // Allocation completes intake on the vital-interest basis for services.
    const alloc = await post(cpwo, `/api/v1/cases/${other}/allocation`, { leadCaseworkerId: cpwo.user.id });
    expect(alloc.json().stage).toBe('assessment');
    expect((await file(cpwo, other)).consentStatus).toMatchObject({ services: 'vital_interest', caseConference: null });
  });

  it('refuses incomplete or impossible consent records', async () => {
    const url = `/api/v1/cases/${other}/consents`;
    expectError(
      await post(cpwo, url, { kind: 'vital_interest', decision: 'refused', purposes: ['services'], reason: 'x' }),
      400,
      'errors.vital_interest_decision',
    );
    expectError(await post(cpwo, url, { kind: 'child_consent', decision: 'given', purposes: ['services'] }), 400, 'errors.capacity_note_required');
    expectError(await post(cpwo, url, { kind: 'caregiver_consent', decision: 'given', purposes: ['services'] }), 400, 'errors.consent_giver_required');
    expectError(await post(cpwo, url, { ...consentGiven([], []) }), 400, 'errors.consent_purpose_required');
    expectError(await post(cpwo, url, { ...consentGiven(), decidedAt: '2026-11-05T00:00:00Z' }), 400, 'errors.decided_in_future');
    expectError(
      await post(cpwo, url, { kind: 'child_assent', decision: 'given', purposes: ['services'], giverName: 'X' }),
      400,
      'errors.consent_giver_unexpected',
    );
    const sibling = ((await file(cpwo, other)).household as { id: string; relationship: string }[]).find((m) => m.relationship === 'sibling')!;
    expectError(
      await post(cpwo, url, { kind: 'caregiver_consent', decision: 'given', purposes: ['services'], householdMemberId: sibling.id }),
      400,
      'errors.not_a_caregiver',
    );
    expectError(
      await post(cpwo, url, { kind: 'caregiver_consent', decision: 'given', purposes: ['services'], householdMemberId: caseId }),
      400,
      'errors.household_member_not_found',
    );
    expectError(await post(cpwo, url, { ...consentGiven(), extra: 1 }), 400, 'errors.validation');
  });
});

describe('steps refused by stage', () => {
  it('refuses a plan before an assessment, and any work on a closed case', async () => {
    const assessing = await insertCase(t, { openedBy: cpwo.user.id, stage: 'assessment' });
    const res = await put(cpwo, `/api/v1/cases/${assessing.case.id}/plan`, {
      reviewDate: '2027-01-01',
      goals: [{ description: 'g', measure: 'm', actions: [{ description: 'a', responsibleName: 'NGO', dueDate: '2026-12-01' }] }],
    });
    expectError(res, 409, 'errors.assessment_required');

    const closed = await insertCase(t, { openedBy: cpwo.user.id, stage: 'closed' });
    expectError(await post(cpwo, `/api/v1/cases/${closed.case.id}/consents`, consentGiven()), 409, 'errors.case_not_open');
    expectError(await post(cpwo, `/api/v1/cases/${closed.case.id}/assessments`, assessmentBody()), 409, 'errors.case_not_open');
    expectError(await post(cpwo, `/api/v1/cases/${closed.case.id}/allocation`, { leadCaseworkerId: worker.user.id }), 409, 'errors.case_not_open');
  });
});
