import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, caseRow, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';
import { insertCase } from './support/case-factories.js';

// Family tracing and the stages of reintegration (SYSTEM.md §7,
// docs/reintegration.md): each rule, each role's view, and the attacks.

let t: TestApp;
let w: World;
let psychologist: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
  psychologist = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-06-01', fullName: 'Uwase Psychologist' });
  await t.database.db.updateTable('users').set({ profession: 'psychologist' }).where('id', '=', psychologist.user.id).execute();
});
afterAll(() => t.close());

const lead = (o: Record<string, unknown> = {}) => ({
  personName: 'Nyiraneza Agnes',
  relationship: 'aunt_uncle',
  phone: '+250788555111',
  placeId: PLACES.gasaboVillage,
  directions: 'Behind the health post, blue door',
  source: 'The child remembered her aunt’s village',
  ...o,
});
const social = (o: Record<string, unknown> = {}) => ({
  part: 'social',
  assessedOn: '2026-11-02',
  social: 'The aunt lives with three children of her own',
  economic: 'Small farm; eligible for Ubudehe support',
  community: 'The village leader welcomes the child back',
  familySafe: true,
  recommendation: 'Reintegrate with a cash transfer and school fees',
  ...o,
});
const psychological = (o: Record<string, unknown> = {}) => ({
  part: 'psychological',
  assessedOn: '2026-11-02',
  emotional: 'Withdrawn, sleeps poorly',
  attachment: 'Weak attachment to the aunt; strong to an older brother',
  behaviour: 'Runs away when shouted at',
  familySafe: true,
  recommendation: 'Counselling before first contact',
  ...o,
});

async function started(caseId: string, by = w.cso.session) {
  const res = await client(t, by).post(`/api/v1/cases/${caseId}/reintegrations`, { startedOn: '2026-10-20' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; currentStage: string; status: string };
}
const url = (caseId: string, rid: string, tail = '') => `/api/v1/cases/${caseId}/reintegrations/${rid}${tail}`;

/** A case whose attempt has traced the family (tracing done), at assessment. */
async function atAssessment() {
  const { case: kase } = await openCase(t, w);
  const r = await started(kase.id);
  const withLead = (await client(t, w.cso.session).post(url(kase.id, r.id, '/leads'), lead())).json();
  const leadId = withLead.leads[0].id;
  const found = await client(t, w.cso.session).post(url(kase.id, r.id, `/leads/${leadId}/attempts`), {
    attemptedOn: '2026-10-25',
    method: 'home_visit',
    outcome: 'family_found',
  });
  expect(found.statusCode, found.body).toBe(200);
  const traced = await client(t, w.cso.session).post(url(kase.id, r.id, '/stages'), { stage: 'tracing', completedOn: '2026-10-26' });
  expect(traced.statusCode, traced.body).toBe(200);
  return { kase, r, leadId };
}

describe('family tracing', () => {
  it('records leads and attempts, asks the IZU of the lead’s village, and ends tracing once the family is found', async () => {
    const { case: kase, child } = await openCase(t, w);
    const r = await started(kase.id);
    expect(r).toMatchObject({ status: 'in_progress', currentStage: 'tracing' });

    const added = await client(t, w.cso.session).post(url(kase.id, r.id, '/leads'), lead());
    expect(added.statusCode, added.body).toBe(200);
    const l = added.json().leads[0];
    expect(l).toMatchObject({ personName: 'Nyiraneza Agnes', phone: '+250788555111', placeId: PLACES.gasaboVillage, districtId: PLACES.gasabo });
    expect(l.placeName).toBeTruthy();

    // Tracing cannot end before the family is found.
    const early = await client(t, w.cso.session).post(url(kase.id, r.id, '/stages'), { stage: 'tracing', completedOn: '2026-10-26' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.messageKey).toBe('errors.reintegration_family_not_found');

    const missed = await client(t, w.cso.session).post(url(kase.id, r.id, `/leads/${l.id}/attempts`), {
      attemptedOn: '2026-10-22',
      method: 'phone_call',
      outcome: 'no_answer',
    });
    expect(missed.statusCode).toBe(200);

    // The IZU of the lead's village is asked through a visit task: the SMS carries no child's details.
    const izus = await client(t, w.cso.session).get(url(kase.id, r.id, `/leads/${l.id}/izus`));
    expect(izus.json().items.map((i: { id: string }) => i.id)).toContain(w.izu.user.id);
    t.sms.sent.length = 0;
    const asked = await client(t, w.cso.session).post(url(kase.id, r.id, `/leads/${l.id}/izu-request`), {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-06',
      purpose: 'Does a woman named Agnes live in your village?',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const taskId = asked.json().leads[0].visitTaskId;
    expect(taskId).toBeTruthy();
    expect(t.sms.sent).toHaveLength(1);
    expect(t.sms.sent[0]!.text).not.toContain(child.given_name);
    expect(t.sms.sent[0]!.text).not.toContain('Agnes');
    const tasks = await client(t, w.izu.session).get('/api/v1/visit-tasks');
    expect(tasks.json().items.map((x: { id: string }) => x.id)).toContain(taskId);
    const deadline = await t.database.db.selectFrom('deadlines').select('kind').where('visit_task_id', '=', taskId).executeTakeFirstOrThrow();
    expect(deadline.kind).toBe('monitoring_visit');
    // An IZU of another village is refused.
    const wrongIzu = await client(t, w.cso.session).post(url(kase.id, r.id, `/leads/${l.id}/izu-request`), {
      izuUserId: w.otherIzu.user.id,
      dueDate: '2026-11-06',
      purpose: 'x',
    });
    expect(wrongIzu.statusCode).toBe(400);

    const found = await client(t, w.cso.session).post(url(kase.id, r.id, `/leads/${l.id}/attempts`), {
      attemptedOn: '2026-10-28',
      method: 'izu_enquiry',
      outcome: 'family_found',
      note: 'The aunt was found at home',
    });
    expect(found.json()).toMatchObject({ familyFound: true });
    expect(found.json().leads[0].attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['no_answer', 'family_found']);

    const done = await client(t, w.cso.session).post(url(kase.id, r.id, '/stages'), { stage: 'tracing', completedOn: '2026-10-28' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ currentStage: 'assessment', stages: [{ stage: 'tracing', completedOn: '2026-10-28', doneBy: { id: w.cso.user.id } }] });
    // No more leads once tracing is done.
    expect((await client(t, w.cso.session).post(url(kase.id, r.id, '/leads'), lead())).statusCode).toBe(409);

    expect(await timelineKinds(t, kase.id)).toEqual(
      expect.arrayContaining(['reintegration.started', 'tracing.lead_added', 'tracing.attempt_recorded', 'tracing.izu_asked', 'reintegration.stage_completed']),
    );
    expect(await auditActions(t, kase.id)).toEqual(expect.arrayContaining(['case.tracing.add_lead', 'case.tracing.attempt', 'case.tracing.ask_izu']));
  });

  it('refuses bad input naming the field, and dates in the future or before the attempt began', async () => {
    const { case: kase } = await openCase(t, w);
    const r = await started(kase.id);
    const post = (tail: string, body: unknown) => client(t, w.cso.session).post(url(kase.id, r.id, tail), body);
    for (const bad of [
      lead({ placeId: '99999999' }),
      lead({ personName: 'x'.repeat(201) }),
      lead({ relationship: 'cousin' }),
      lead({ secret: 1 }),
      lead({ phone: 'call me' }),
    ]) {
      const res = await post('/leads', bad);
      expect(res.statusCode, JSON.stringify(bad).slice(0, 80)).toBe(400);
    }
    expect((await post('/leads', lead({ placeId: '99999999' }))).json().error.fields[0].field).toBe('body.placeId');
    const l = (await post('/leads', lead())).json().leads[0];
    const future = await post(`/leads/${l.id}/attempts`, { attemptedOn: '2026-11-03', method: 'home_visit', outcome: 'no_answer' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.messageKey).toBe('errors.date_in_future');
    const before = await post(`/leads/${l.id}/attempts`, { attemptedOn: '2026-10-01', method: 'home_visit', outcome: 'no_answer' });
    expect(before.statusCode).toBe(400);
    const huge = await post(`/leads/${l.id}/attempts`, { attemptedOn: '2026-10-21', method: 'home_visit', outcome: 'no_answer', note: 'x'.repeat(5000) });
    expect(huge.statusCode).toBe(400);
  });
});

describe('the stages of reintegration', () => {
  it('are done in order, one attempt at a time, and the last one ends the attempt', async () => {
    const { case: kase } = await openCase(t, w);
    const r = await started(kase.id);
    expect((await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reintegrations`, { startedOn: '2026-10-21' })).statusCode).toBe(409);
    const skip = await client(t, w.cso.session).post(url(kase.id, r.id, '/stages'), { stage: 'assessment', completedOn: '2026-10-26' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ messageKey: 'errors.reintegration_stage_out_of_order', details: { expected: 'tracing' } });

    const { kase: k2, r: r2 } = await atAssessment();
    const stage = (s: string, completedOn: string, by = w.cso.session) => client(t, by).post(url(k2.id, r2.id, '/stages'), { stage: s, completedOn });
    const incomplete = await stage('assessment', '2026-10-30');
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.messageKey).toBe('errors.reintegration_assessment_incomplete');
    expect((await client(t, w.cso.session).post(url(k2.id, r2.id, '/assessments'), social())).statusCode).toBe(200);
    expect((await client(t, psychologist.session).post(url(k2.id, r2.id, '/assessments'), psychological())).statusCode).toBe(200);
    const before = await stage('assessment', '2026-10-20');
    expect(before.statusCode).toBe(400);
    expect(before.json().error.messageKey).toBe('errors.reintegration_stage_date_before_previous');
    expect((await stage('assessment', '2026-10-30')).statusCode).toBe(200);
    expect((await stage('planning', '2026-10-31')).statusCode).toBe(200);
    expect((await stage('first_contact', '2026-10-31')).statusCode).toBe(200);
    const byOther = await client(t, w.cso.session).post(url(k2.id, r2.id, '/stages'), {
      stage: 'reunification',
      completedOn: '2026-11-01',
      doneByUserId: w.izu.user.id,
    });
    expect(byOther.statusCode).toBe(400);
    expect(
      (await client(t, w.cso.session).post(url(k2.id, r2.id, '/stages'), { stage: 'reunification', completedOn: '2026-11-01', doneByUserId: w.cpwo.user.id }))
        .statusCode,
    ).toBe(200);
    expect((await stage('post_support', '2026-11-02')).statusCode).toBe(200);
    const closed = await stage('closure', '2026-11-02');
    expect(closed.json()).toMatchObject({ status: 'completed', currentStage: null });
    expect(closed.json().stages.map((s: { stage: string }) => s.stage)).toEqual([
      'tracing',
      'assessment',
      'planning',
      'first_contact',
      'reunification',
      'post_support',
      'closure',
    ]);
    expect(closed.json().stages[4].doneBy.id).toBe(w.cpwo.user.id);
    expect((await stage('closure', '2026-11-02')).statusCode).toBe(409);
    expect(await timelineKinds(t, k2.id)).toContain('reintegration.completed');
  });

  it('has two assessors, each recording their own part once', async () => {
    const { kase, r } = await atAssessment();
    const wrongPart = await client(t, w.cso.session).post(url(kase.id, r.id, '/assessments'), psychological());
    expect(wrongPart.statusCode).toBe(409);
    expect(wrongPart.json().error).toMatchObject({ messageKey: 'errors.reintegration_assessment_not_your_part', details: { part: 'social' } });
    expect((await client(t, psychologist.session).post(url(kase.id, r.id, '/assessments'), social())).statusCode).toBe(409);
    // The areas belong to their part.
    expect((await client(t, w.cso.session).post(url(kase.id, r.id, '/assessments'), social({ emotional: 'x' }))).statusCode).toBe(400);
    expect((await client(t, w.cso.session).post(url(kase.id, r.id, '/assessments'), social({ economic: undefined }))).statusCode).toBe(400);
    const s = await client(t, w.cso.session).post(url(kase.id, r.id, '/assessments'), social());
    expect(s.statusCode).toBe(200);
    expect((await client(t, w.cpwo.session).post(url(kase.id, r.id, '/assessments'), social())).json().error.messageKey).toBe(
      'errors.reintegration_assessment_recorded',
    );
    const p = await client(t, psychologist.session).post(url(kase.id, r.id, '/assessments'), psychological());
    expect(p.json().assessments.map((a: { part: string; assessor: { id: string } }) => [a.part, a.assessor.id])).toEqual([
      ['social', w.cso.user.id],
      ['psychological', psychologist.user.id],
    ]);
    const listed = await client(t, psychologist.session).get(`/api/v1/cases/${kase.id}/reintegrations`);
    expect(listed.json().myAssessmentPart).toBe('psychological');
  });

  it('fails at assessment when the family is not safe, with the reason; the case goes on and a new attempt may start', async () => {
    const { kase, r } = await atAssessment();
    await client(t, w.cso.session).post(url(kase.id, r.id, '/assessments'), social());
    await client(t, psychologist.session).post(
      url(kase.id, r.id, '/assessments'),
      psychological({ familySafe: false, attachment: 'The aunt beats the child' }),
    );
    const goOn = await client(t, w.cso.session).post(url(kase.id, r.id, '/stages'), { stage: 'assessment', completedOn: '2026-10-30' });
    expect(goOn.statusCode).toBe(409);
    expect(goOn.json().error.messageKey).toBe('errors.reintegration_family_not_safe');
    expect((await client(t, w.cso.session).post(url(kase.id, r.id, '/failure'), { reason: 'because' })).statusCode).toBe(400);
    const failed = await client(t, w.cso.session).post(url(kase.id, r.id, '/failure'), {
      reason: 'family_not_safe',
      note: 'The psychologist found violence at home; alternative care to be considered',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({
      status: 'failed',
      currentStage: null,
      failure: { stage: 'assessment', reason: 'family_not_safe', by: { id: w.cso.user.id } },
    });
    expect((await caseRow(t, kase.id)).stage).toBe('implementation');
    const after = await client(t, w.cso.session).post(url(kase.id, r.id, '/leads'), lead());
    expect(after.statusCode).toBe(409);
    expect(after.json().error.messageKey).toBe('errors.reintegration_ended');
    t.clock.advanceMinutes(1);
    const again = await started(kase.id);
    expect(again.id).not.toBe(r.id);
    const all = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/reintegrations`);
    expect(all.json().items.map((i: { status: string }) => i.status)).toEqual(['in_progress', 'failed']);
    expect(await auditActions(t, kase.id)).toContain('case.reintegration.fail');
    expect(await timelineKinds(t, kase.id)).toContain('reintegration.failed');
  });

  it('refuses work on a closed case', async () => {
    const { case: kase } = await openCase(t, w, { stage: 'closed' });
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reintegrations`, { startedOn: '2026-10-20' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.case_not_open');
  });
});

describe('who sees and does what', () => {
  it('hides the family’s address from the supervisor, who reviews the stages', async () => {
    const { kase, r } = await atAssessment();
    const sup = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/reintegrations`);
    expect(sup.statusCode).toBe(200);
    const l = sup.json().items[0].leads[0];
    expect(l).toMatchObject({ personName: null, phone: null, placeId: null, placeName: null, directions: null, source: null, districtId: PLACES.gasabo });
    expect(sup.body).not.toContain('Nyiraneza');
    expect(sup.body).not.toContain('+250788555111');
    expect(sup.json().items[0].stages[0].stage).toBe('tracing');
    const cpwo = await client(t, w.cpwo.session).get(`/api/v1/cases/${kase.id}/reintegrations`);
    expect(cpwo.json().items[0].leads[0].personName).toBe('Nyiraneza Agnes');
    expect(await auditActions(t, kase.id)).toContain('case.read');
    // The supervisor does not do the work.
    expect((await client(t, w.supervisor.session).post(url(kase.id, r.id, '/assessments'), social())).statusCode).toBe(403);
  });

  it('refuses roles without the permission (403), others’ cases and other districts (404), and id swaps (404), changing nothing', async () => {
    const { kase, r, leadId } = await atAssessment();
    const other = await insertCase(t, { openedBy: w.bugeseraCpwo.user.id, placeId: PLACES.bugeseraVillage, stage: 'implementation' });
    const otherR = await started(other.case.id, w.bugeseraCpwo.session);
    const before = await t.database.db.selectFrom('tracing_leads').select('id').execute();

    for (const s of [w.izu.session, w.analyst.session]) {
      expect((await client(t, s).get(`/api/v1/cases/${kase.id}/reintegrations`)).statusCode).toBe(403);
      expect((await client(t, s).post(url(kase.id, r.id, '/leads'), lead())).statusCode).toBe(403);
    }
    expect((await client(t, w.supervisor.session).post(`/api/v1/cases/${kase.id}/reintegrations`, { startedOn: '2026-10-20' })).statusCode).toBe(403);
    for (const s of [w.otherCso.session, w.bugeseraCpwo.session, w.nyarugengeCpwo.session]) {
      const read = await client(t, s).get(`/api/v1/cases/${kase.id}/reintegrations`);
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain('Nyiraneza');
      expect((await client(t, s).post(url(kase.id, r.id, '/leads'), lead())).statusCode).toBe(404);
      expect(
        (await client(t, s).post(url(kase.id, r.id, `/leads/${leadId}/attempts`), { attemptedOn: '2026-10-25', method: 'home_visit', outcome: 'other' }))
          .statusCode,
      ).toBe(404);
    }
    expect((await client(t, w.otherSupervisor.session).get(`/api/v1/cases/${kase.id}/reintegrations`)).statusCode).toBe(404);
    // Another district's attempt through my case: 404, as if it did not exist.
    const swap = await client(t, w.cso.session).post(url(kase.id, otherR.id, '/leads'), lead());
    expect(swap.statusCode).toBe(404);
    const swapFail = await client(t, w.cso.session).post(url(kase.id, otherR.id, '/failure'), { reason: 'other', note: 'x' });
    expect(swapFail.statusCode).toBe(404);
    // A lead of one attempt named under another.
    const mine2 = await openCase(t, w);
    const r3 = await started(mine2.case.id);
    expect(
      (
        await client(t, w.cso.session).post(url(mine2.case.id, r3.id, `/leads/${leadId}/attempts`), {
          attemptedOn: '2026-10-25',
          method: 'home_visit',
          outcome: 'family_found',
        })
      ).statusCode,
    ).toBe(404);
    expect((await client(t, w.cso.session).get(url(mine2.case.id, r3.id, `/leads/${leadId}/izus`))).statusCode).toBe(404);
    expect(await t.database.db.selectFrom('tracing_leads').select('id').execute()).toHaveLength(before.length);
    expect((await t.database.db.selectFrom('reintegrations').select('status').where('id', '=', otherR.id).executeTakeFirstOrThrow()).status).toBe(
      'in_progress',
    );
  });
});

describe('care leavers: the transition plan', () => {
  const plan = (o: Record<string, unknown> = {}) => ({
    housing: 'A room shared with a cousin in Kimironko',
    work: 'Apprentice at a tailoring cooperative',
    education: 'TVET evening classes in tailoring',
    safeAdultName: 'Habimana Jean',
    safeAdultPhone: '+250788777888',
    ...o,
  });
  async function youngPerson(dateOfBirth: string) {
    const made = await openCase(t, w);
    await t.database.db.updateTable('children').set({ date_of_birth: dateOfBirth }).where('id', '=', made.child.id).execute();
    return made.case.id;
  }

  it('is made for a young person approaching 18, records support after 18 on the same file, and closes when its goals are met', async () => {
    const young = await youngPerson('2012-01-01');
    const tooYoung = await client(t, w.cso.session).post(`/api/v1/cases/${young}/transition-plans`, plan());
    expect(tooYoung.statusCode).toBe(409);
    expect(tooYoung.json().error.messageKey).toBe('errors.transition_plan_too_young');

    const caseId = await youngPerson('2009-06-15'); // 17 on the test clock's day (2026-11-02)
    const made = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans`, plan());
    expect(made.statusCode, made.body).toBe(201);
    const p = made.json();
    expect(p).toMatchObject({ status: 'open', safeAdultName: 'Habimana Jean', createdBy: { id: w.cso.user.id } });
    expect((await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans`, plan())).json().error.messageKey).toBe(
      'errors.transition_plan_open',
    );
    const changed = await client(t, w.cso.session).put(`/api/v1/cases/${caseId}/transition-plans/${p.id}`, plan({ work: 'Motorcycle mechanic apprentice' }));
    expect(changed.json().work).toBe('Motorcycle mechanic apprentice');

    const support = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, {
      area: 'housing',
      givenOn: '2026-11-02',
      note: 'First month of rent paid with the district',
    });
    expect(support.statusCode, support.body).toBe(200);
    expect(support.json().support).toHaveLength(1);
    expect(
      (await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, { area: 'housing', givenOn: '2026-10-01', note: 'x' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, { area: 'money', givenOn: '2026-11-02', note: 'x' }))
        .statusCode,
    ).toBe(400);

    // The supervisor reviews it without the safe adult's name and phone.
    const sup = await client(t, w.supervisor.session).get(`/api/v1/cases/${caseId}/transition-plans`);
    expect(sup.json().items[0]).toMatchObject({ safeAdultName: null, safeAdultPhone: null, housing: 'A room shared with a cousin in Kimironko' });
    expect(sup.body).not.toContain('Habimana');
    expect(
      (
        await client(t, w.supervisor.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, {
          area: 'work',
          givenOn: '2026-11-02',
          note: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await client(t, w.otherCso.session).get(`/api/v1/cases/${caseId}/transition-plans`)).statusCode).toBe(404);
    expect(
      (await client(t, w.bugeseraCpwo.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/closure`, { closedOn: '2026-11-02', note: 'x' }))
        .statusCode,
    ).toBe(404);

    // Support after 18: the young person's case may be closed; the plan stays open on the same file.
    await t.database.db.updateTable('cases').set({ stage: 'closed', closed_at: t.clock.now() }).where('id', '=', caseId).execute();
    const after18 = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, {
      area: 'work',
      givenOn: '2026-11-02',
      note: 'Helped to open a savings account with the cooperative',
    });
    expect(after18.statusCode, after18.body).toBe(200);

    const closed = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/closure`, {
      closedOn: '2026-11-02',
      note: 'Living independently, working, in touch with the safe adult',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-11-02', closedBy: { id: w.cso.user.id } });
    const late = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/transition-plans/${p.id}/support`, {
      area: 'work',
      givenOn: '2026-11-02',
      note: 'x',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.messageKey).toBe('errors.transition_plan_closed');
    expect(await auditActions(t, caseId)).toEqual(
      expect.arrayContaining(['case.transition_plan.record', 'case.transition_plan.support', 'case.transition_plan.close']),
    );
  });

  it('lists young people in care (an active placement) within the configured months of 18, and those supported after care under an open plan, in the caseworker’s scope', async () => {
    const inCare = await youngPerson('2009-01-10');
    const notInCare = await youngPerson('2009-02-10');
    const tooYoung = await youngPerson('2011-02-10');
    // Past 18, the placement ended: listed while a transition plan is open (support after 18), not without one.
    const afterCare = await youngPerson('2008-03-01');
    const leftCare = await youngPerson('2008-04-01');
    for (const caseId of [inCare, tooYoung, afterCare, leftCare]) {
      const c = await caseRow(t, caseId);
      const ended = caseId === afterCare || caseId === leftCare;
      await t.database.db
        .insertInto('care_placements')
        .values({
          case_id: caseId,
          child_id: c.child_id,
          district_id: PLACES.gasabo,
          village_id: PLACES.gasaboVillage,
          care_form: 'kinship_care',
          family_name: 'Mukamana',
          started_on: '2026-01-01',
          planned_review_on: '2027-01-01',
          created_by: w.cpwo.user.id,
          created_at: t.clock.now(),
          ...(ended && { ended_on: '2026-03-01', end_reason: 'aged_out' as const }),
        })
        .execute();
    }
    const afterPlan = await client(t, w.cso.session).post(`/api/v1/cases/${afterCare}/transition-plans`, plan());
    expect(afterPlan.statusCode, afterPlan.body).toBe(201);
    const list = await client(t, w.cso.session).get('/api/v1/care-leavers?pageSize=100');
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json().items.map((i: { caseId: string }) => i.caseId);
    expect(ids).toContain(inCare);
    expect(ids).not.toContain(notInCare);
    expect(ids).not.toContain(tooYoung);
    expect(ids).not.toContain(leftCare);
    expect(list.json().items.find((i: { caseId: string }) => i.caseId === afterCare)).toMatchObject({ inCare: false, planStatus: 'open' });
    const row = list.json().items.find((i: { caseId: string }) => i.caseId === inCare);
    expect(row).toMatchObject({ dateOfBirth: '2009-01-10', turns18On: '2027-01-10', planStatus: 'none', inCare: true });
    expect(row.childName).toBeTruthy();
    const sup = await client(t, w.supervisor.session).get('/api/v1/care-leavers?pageSize=100');
    expect(sup.json().items.find((i: { caseId: string }) => i.caseId === inCare).childName).toBeNull();
    const other = await client(t, w.bugeseraCpwo.session).get('/api/v1/care-leavers?pageSize=100');
    expect(other.json().items.map((i: { caseId: string }) => i.caseId)).not.toContain(inCare);
    expect((await client(t, w.izu.session).get('/api/v1/care-leavers')).statusCode).toBe(403);
    expect((await client(t, w.analyst.session).get('/api/v1/care-leavers')).statusCode).toBe(403);
  });
});
