import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentBody } from './cases-support.js';
import { client } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, benchmarks, caseRow, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// Framework steps 8-9: case reviews against the seven benchmarks, closure on
// the benchmarks or with the supervisor's approval, and reopening.

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

const review = (notMet: string[], outcome = 'continue', extra: Record<string, unknown> = {}) => ({ benchmarks: benchmarks(notMet), outcome, ...extra });
const FOUR_MISSING = ['justice_process_concluded', 'child_coping_and_hope', 'safe_person_known', 'plan_goals_achieved'];

async function addPlan(caseId: string, goalStatuses: string[]) {
  const plan = await t.database.db
    .insertInto('case_plans')
    .values({ case_id: caseId, version: 1, review_date: '2027-01-15', created_by: w.cso.user.id, created_at: t.clock.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, status] of goalStatuses.entries()) {
    await t.database.db
      .insertInto('case_plan_goals')
      .values({ plan_id: plan.id, goal_key: randomUUID(), position: i, description: `Goal ${i}`, measure: 'Measured', status: status as never })
      .execute();
  }
}

describe('case reviews (step 8)', () => {
  it('scores the seven benchmarks and shows progress over reviews', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/reviews`;
    const first = await client(t, w.cso.session).post(url, review(FOUR_MISSING));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ caseId: kase.id, outcome: 'continue', metCount: 3, reviewedBy: { id: w.cso.user.id }, planGoals: null });
    expect(first.json().benchmarks).toHaveLength(7);
    expect(first.json().benchmarks[4]).toEqual({ benchmark: 'justice_process_concluded', met: false, evidence: 'Evidence for justice_process_concluded' });
    expect((await caseRow(t, kase.id)).stage).toBe('review');
    // The next review is due in turn.
    const due = await t.database.db.selectFrom('deadlines').select(['kind', 'met_at']).where('case_id', '=', kase.id).execute();
    expect(due).toEqual([{ kind: 'case_review', met_at: null }]);

    t.clock.advanceMinutes(5);
    await client(t, w.cso.session).post(url, review(['justice_process_concluded']));
    const list = await client(t, w.supervisor.session).get(url);
    expect(list.statusCode).toBe(200);
    expect(list.json().progress.map((p: { metCount: number }) => p.metCount)).toEqual([3, 6]);
    expect(list.json().items.map((r: { metCount: number }) => r.metCount)).toEqual([6, 3]);
    expect(list.json().closure).toEqual({ allowed: false, missingBenchmarks: ['justice_process_concluded'], openPlanGoals: 0 });
    expect(await timelineKinds(t, kase.id)).toContain('review.recorded');
    expect(await auditActions(t, kase.id)).toEqual(expect.arrayContaining(['case.review.record', 'case.read']));
  });

  it('requires evidence for each of the seven benchmarks, once each', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/reviews`;
    const noEvidence = benchmarks().map((b, i) => (i === 2 ? { ...b, evidence: ' ' } : b));
    const res = await client(t, w.cso.session).post(url, { benchmarks: noEvidence, outcome: 'continue' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('body.benchmarks.2.evidence');
    expect((await client(t, w.cso.session).post(url, { benchmarks: benchmarks().slice(1), outcome: 'continue' })).statusCode).toBe(400);
    const twice = [...benchmarks().slice(1), benchmarks()[1]];
    expect((await client(t, w.cso.session).post(url, { benchmarks: twice, outcome: 'continue' })).statusCode).toBe(400);
    expect(await t.database.db.selectFrom('case_reviews').select('id').where('case_id', '=', kase.id).execute()).toEqual([]);
  });

  it('sends the case back to assessment when a review finds new concerns', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/reviews`;
    const noConcerns = await client(t, w.cso.session).post(url, review(['no_household_violence'], 'reassess'));
    expect(noConcerns.statusCode).toBe(400);
    const res = await client(t, w.cso.session).post(url, review(['no_household_violence'], 'reassess', { newConcerns: 'An uncle moved into the house' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().newConcerns).toBe('An uncle moved into the house');
    expect((await caseRow(t, kase.id)).stage).toBe('assessment');
    // The tier's assessment clock runs again (Tier 2: by the end of the seventh day), and the next assessment stops it.
    const openClocks = () =>
      t.database.db.selectFrom('deadlines').select(['kind', 'due_at']).where('case_id', '=', kase.id).where('met_at', 'is', null).execute();
    const clocks = await openClocks();
    expect(clocks.map((d) => [d.kind, new Date(d.due_at).toISOString()])).toEqual([['tier2_assessment', '2026-11-09T21:59:59.000Z']]);
    const assessed = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/assessments`, assessmentBody());
    expect(assessed.statusCode).toBe(201);
    expect((await openClocks()).map((d) => d.kind)).toEqual(['case_plan']);
    // Back in assessment, a review waits for the new plan.
    const again = await client(t, w.cso.session).post(url, review([]));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.review_needs_plan');
  });

  it("refuses 'ready_for_closure' when the benchmarks do not allow it, saying which are missing", async () => {
    const { case: kase } = await openCase(t, w);
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, review(['safe_permanent_care'], 'ready_for_closure'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ messageKey: 'errors.closure_benchmarks_not_met', details: { missingBenchmarks: ['safe_permanent_care'] } });
  });

  it('denies reviews to supervisors (403), IZU (403) and other caseworkers (404), and before a plan (409)', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/reviews`;
    expect((await client(t, w.supervisor.session).post(url, review([]))).statusCode).toBe(403);
    expect((await client(t, w.izu.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).post(url, review([]))).statusCode).toBe(404);
    expect((await client(t, w.bugeseraCpwo.session).get(url)).statusCode).toBe(404);
    const { case: early } = await openCase(t, w, { stage: 'planning' });
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${early.id}/reviews`, review([]));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.review_needs_plan');
  });
});

describe('closure on the benchmarks (step 9)', () => {
  it('is refused without a review, and while a benchmark or a plan goal is not met', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/closure`;
    const none = await client(t, w.cso.session).post(url, { reason: 'goals_and_benchmarks_met' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.details.missingBenchmarks).toHaveLength(7);

    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, review(['mitigation_in_place']));
    const one = await client(t, w.cso.session).post(url, { reason: 'goals_and_benchmarks_met' });
    expect(one.statusCode).toBe(409);
    expect(one.json().error).toMatchObject({ messageKey: 'errors.closure_benchmarks_not_met', details: { missingBenchmarks: ['mitigation_in_place'] } });

    await addPlan(kase.id, ['achieved', 'open', 'dropped']);
    t.clock.advanceMinutes(1);
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, review([]));
    const goalOpen = await client(t, w.cso.session).post(url, { reason: 'goals_and_benchmarks_met' });
    expect(goalOpen.statusCode).toBe(409);
    expect(goalOpen.json().error.details).toEqual({ missingBenchmarks: [], openPlanGoals: 1 });
    expect((await caseRow(t, kase.id)).stage).toBe('review');
  });

  it('closes the case when the latest review allows it: deadlines met, report closed, reporter told without details', async () => {
    const { case: kase, report } = await openCase(t, w);
    await t.database.db.updateTable('incident_reports').set({ reporter_phone: '+250788300400' }).where('id', '=', report.id).execute();
    await addPlan(kase.id, ['achieved', 'achieved']);
    const ready = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, review([], 'ready_for_closure'));
    expect(ready.statusCode).toBe(201);
    expect(ready.json().planGoals).toEqual({ total: 2, achieved: 2 });
    await t.database.db.insertInto('deadlines').values({ kind: 'case_plan', case_id: kase.id, district_id: '12', due_at: t.clock.now() }).execute();

    t.sms.sent.length = 0;
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'goals_and_benchmarks_met' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      stage: 'closed',
      closureReason: 'goals_and_benchmarks_met',
      closedAt: t.clock.now().toISOString(),
      pendingRequest: null,
    });
    expect(res.json().closures[0]).toMatchObject({ reason: 'goals_and_benchmarks_met', reviewId: ready.json().id, closedBy: { id: w.cso.user.id } });
    const open = await t.database.db.selectFrom('deadlines').select('id').where('case_id', '=', kase.id).where('met_at', 'is', null).execute();
    expect(open).toEqual([]);
    const row = await caseRow(t, kase.id);
    expect(row.next_due_at).toBeNull();
    const reportRow = await t.database.db.selectFrom('incident_reports').select(['status', 'reference']).where('id', '=', report.id).executeTakeFirstOrThrow();
    expect(reportRow.status).toBe('closed');
    expect(t.sms.sent).toHaveLength(1);
    expect(t.sms.sent[0]!.text).toContain(reportRow.reference);
    expect(t.sms.sent[0]!.text).not.toContain('Aline');
    expect(await timelineKinds(t, kase.id)).toContain('case.closed');
    expect(await auditActions(t, kase.id)).toContain('case.close');

    // Nothing more is worked on a closed case; closing twice is refused.
    const again = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'goals_and_benchmarks_met' });
    expect(again.json().error.messageKey).toBe('errors.case_not_open');
    const visit = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visits`, {
      visitedAt: '2026-11-02T06:00:00Z',
      observations: 'x',
      childSafe: true,
    });
    expect(visit.statusCode).toBe(409);
  });

  it('reopens a closed case into assessment, keeping the closure in the history', async () => {
    const { case: kase } = await openCase(t, w);
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, review([], 'ready_for_closure'));
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'goals_and_benchmarks_met' });
    const url = `/api/v1/cases/${kase.id}/reopen`;
    expect((await client(t, w.cso.session).post(url, {})).statusCode).toBe(400);
    expect((await client(t, w.supervisor.session).post(url, { reason: 'New report' })).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).post(url, { reason: 'New report' })).statusCode).toBe(404);
    t.clock.advanceMinutes(5);
    const res = await client(t, w.cpwo.session).post(url, { reason: 'A new incident was reported' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'assessment', closedAt: null, closureReason: null });
    expect(res.json().closures[0]).toMatchObject({ reopenedBy: { id: w.cpwo.user.id }, reopenReason: 'A new incident was reported' });
    expect(await timelineKinds(t, kase.id)).toContain('case.reopened');
    const again = await client(t, w.cpwo.session).post(url, { reason: 'Again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.case_not_closed');
  });
});

describe("closure for another reason: the supervisor's approval", () => {
  it("needs a written note, waits for the lead caseworker's supervisor, and closes on approval", async () => {
    const { case: kase } = await openCase(t, w, { stage: 'assessment' });
    const url = `/api/v1/cases/${kase.id}/closure`;
    const noNote = await client(t, w.cso.session).post(url, { reason: 'turned_18' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields[0].field).toBe('body.note');

    const res = await client(t, w.cso.session).post(url, { reason: 'turned_18', note: 'She turned 18 on 1 November' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ stage: 'assessment', pendingRequest: { reason: 'turned_18', status: 'pending', requestedBy: { id: w.cso.user.id } } });
    const twice = await client(t, w.cso.session).post(url, { reason: 'moved_abroad', note: 'x' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.messageKey).toBe('errors.closure_request_pending');
    const told = await t.database.db
      .selectFrom('notifications')
      .select('message_key')
      .where('user_id', '=', w.supervisor.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toEqual(['notifications.closure_approval_requested']);

    const queue = await client(t, w.supervisor.session).get('/api/v1/closure-requests/pending');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((i: { caseId: string }) => i.caseId)).toContain(kase.id);
    expect((await client(t, w.otherSupervisor.session).get('/api/v1/closure-requests/pending')).json().items).toEqual([]);
    expect((await client(t, w.cpwo.session).get('/api/v1/closure-requests/pending')).statusCode).toBe(403);

    const approve = `/api/v1/cases/${kase.id}/closure/approve`;
    expect((await client(t, w.cpwo.session).post(approve, {})).statusCode).toBe(403);
    expect((await client(t, w.cso.session).post(approve, {})).statusCode).toBe(403);
    expect((await client(t, w.otherSupervisor.session).post(approve, {})).statusCode).toBe(404);
    const ok = await client(t, w.supervisor.session).post(approve, { note: 'Confirmed with the birth record' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ stage: 'closed', closureReason: 'turned_18', pendingRequest: null });
    expect(ok.json().requests[0]).toMatchObject({
      status: 'approved',
      decidedBy: { id: w.supervisor.user.id },
      decisionNote: 'Confirmed with the birth record',
    });
    expect(ok.json().closures[0]).toMatchObject({ reason: 'turned_18', note: 'She turned 18 on 1 November', closureRequestId: ok.json().requests[0].id });
    expect(await auditActions(t, kase.id)).toEqual(expect.arrayContaining(['case.closure.request', 'case.closure.approve', 'case.close']));
    const none = await client(t, w.supervisor.session).post(approve, {});
    expect(none.statusCode).toBe(409);
  });

  it('keeps the case open when the supervisor rejects, and lets the caseworker withdraw a request', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/closure`;
    await client(t, w.cso.session).post(url, { reason: 'lost_contact', note: 'The family cannot be found' });
    expect((await client(t, w.supervisor.session).post(`${url}/reject`, {})).statusCode).toBe(400);
    const rejected = await client(t, w.supervisor.session).post(`${url}/reject`, { note: 'Ask the IZU to trace the family first' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ stage: 'implementation', pendingRequest: null });
    expect(rejected.json().requests[0]).toMatchObject({ status: 'rejected', decisionNote: 'Ask the IZU to trace the family first' });
    const told = await t.database.db
      .selectFrom('notifications')
      .select('message_key')
      .where('user_id', '=', w.cso.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toContain('notifications.closure_rejected');

    t.clock.advanceMinutes(1);
    await client(t, w.cso.session).post(url, { reason: 'other', note: 'Family asked to stop' });
    const withdrawn = await client(t, w.cso.session).post(`${url}/withdraw`, {});
    expect(withdrawn.json().requests[0].status).toBe('withdrawn');
    const nothing = await client(t, w.supervisor.session).post(`${url}/approve`, {});
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.messageKey).toBe('errors.no_pending_closure_request');
  });

  it('refuses a request when the case has no supervisor to approve it', async () => {
    const { case: kase } = await openCase(t, w, { leadCaseworkerId: w.bugeseraCpwo.user.id, supervisorId: null });
    await t.database.db.updateTable('cases').set({ district_id: '57', place_id: '57010101' }).where('id', '=', kase.id).execute();
    const res = await client(t, w.bugeseraCpwo.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'died', note: 'Reported by the health centre' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.closure_needs_supervisor');
  });

  it('denies the closure state to roles without case access', async () => {
    const { case: kase } = await openCase(t, w);
    expect((await client(t, w.analyst.session).get(`/api/v1/cases/${kase.id}/closure`)).statusCode).toBe(403);
    expect((await client(t, w.izu.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'other', note: 'x' })).statusCode).toBe(403);
    expect((await client(t, w.otherSupervisor.session).get(`/api/v1/cases/${kase.id}/closure`)).statusCode).toBe(404);
    const state = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/closure`);
    expect(state.statusCode).toBe(200);
    expect(state.json().benchmarks.allowed).toBe(false);
  });
});
