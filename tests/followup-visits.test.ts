import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { client, sessionFor } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, caseRow, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// Framework steps 7-8: direct services, monitoring visits, and the visit
// tasks a caseworker asks of the village's IZU.

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
});
afterAll(() => t.close());

const service = (overrides: Record<string, unknown> = {}) => ({
  description: 'Psychosocial counselling session',
  domain: 'psychosocial',
  providedByName: 'Isange One Stop Centre',
  providedOn: '2026-11-01',
  ...overrides,
});
const visit = (overrides: Record<string, unknown> = {}) => ({
  visitedAt: '2026-11-02T06:00:00Z',
  observations: 'Child at home with her mother, attending school',
  childSafe: true,
  ...overrides,
});

describe('direct services (step 7)', () => {
  it('records a service given, with a timeline event and an audit entry', async () => {
    const { case: kase } = await openCase(t, w, { stage: 'planning' });
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      caseId: kase.id,
      description: 'Psychosocial counselling session',
      domain: 'psychosocial',
      providedBy: { userId: null, name: 'Isange One Stop Centre' },
      providedOn: '2026-11-01',
      recordedBy: { id: w.cso.user.id, fullName: 'Test cso_caseworker' },
    });
    expect((await caseRow(t, kase.id)).stage).toBe('planning');
    expect(await timelineKinds(t, kase.id)).toContain('service.given');
    expect(await auditActions(t, kase.id)).toContain('case.service.record');

    const byUser = await client(t, w.cpwo.session).post(
      `/api/v1/cases/${kase.id}/services`,
      service({ providedByName: undefined, providedByUserId: w.cpwo.user.id }),
    );
    expect(byUser.json().providedBy).toEqual({ userId: w.cpwo.user.id, name: 'Test cpwo' });
    const list = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/services`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expect(await auditActions(t, kase.id)).toContain('case.read');
  });

  it('refuses a service dated in the future, or with both or neither provider', async () => {
    const { case: kase } = await openCase(t, w);
    const future = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service({ providedOn: '2026-11-03' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.messageKey).toBe('errors.date_in_future');
    const both = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service({ providedByUserId: w.cso.user.id }));
    expect(both.statusCode).toBe(400);
    const neither = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service({ providedByName: undefined }));
    expect(neither.statusCode).toBe(400);
    const unknownField = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service({ cost: 5 }));
    expect(unknownField.statusCode).toBe(400);
  });

  it('denies roles without the permission (403) and caseworkers of other cases (404)', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/services`;
    expect((await client(t, w.supervisor.session).post(url, service())).statusCode).toBe(403);
    expect((await client(t, w.izu.session).post(url, service())).statusCode).toBe(403);
    expect((await client(t, w.analyst.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).post(url, service())).statusCode).toBe(404);
    expect((await client(t, w.otherCso.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.bugeseraCpwo.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.otherSupervisor.session).get(url)).statusCode).toBe(404);
    expect((await client(t).get(url)).statusCode).toBe(401);
  });

  it('refuses work on a closed case', async () => {
    const { case: kase } = await openCase(t, w, { stage: 'closed' });
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/services`, service());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.case_not_open');
  });
});

describe('monitoring visits (step 8)', () => {
  it('records a visit by the caseworker and lists it in the case file', async () => {
    const { case: kase } = await openCase(t, w);
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visits`, visit({ companions: 'Village leader' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      caseId: kase.id,
      visitTaskId: null,
      visitedBy: { id: w.cso.user.id },
      companions: 'Village leader',
      childSafe: true,
      concerns: null,
      visitedAt: '2026-11-02T06:00:00.000Z',
    });
    const list = await client(t, w.cpwo.session).get(`/api/v1/cases/${kase.id}/visits`);
    expect(list.json().items.map((v: { id: string }) => v.id)).toEqual([res.json().id]);
    expect(await timelineKinds(t, kase.id)).toContain('visit.recorded');
    expect(await auditActions(t, kase.id)).toContain('case.visit.record');
  });

  it('refuses a visit in the future, and an unsafe child without concerns', async () => {
    const { case: kase } = await openCase(t, w);
    const future = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visits`, visit({ visitedAt: '2026-11-02T08:00:00Z' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.messageKey).toBe('errors.date_in_future');
    const unsafe = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visits`, visit({ childSafe: false }));
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.json().error.fields[0].field).toBe('body.concerns');
  });

  it('keeps IZU, supervisors and other caseworkers out of case visits', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/visits`;
    expect((await client(t, w.izu.session).post(url, visit())).statusCode).toBe(404);
    expect((await client(t, w.izu.session).get(url)).statusCode).toBe(403);
    expect((await client(t, w.supervisor.session).post(url, visit())).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).post(url, visit())).statusCode).toBe(404);
  });
});

describe('visit tasks for the village IZU', () => {
  it("asks the village's IZU, who is told in the app and by an SMS without details", async () => {
    const { case: kase, child } = await openCase(t, w);
    const izus = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/visit-requests/izus`);
    expect(izus.statusCode).toBe(200);
    const ids = izus.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(w.izu.user.id);
    expect(ids).not.toContain(w.otherIzu.user.id);

    t.sms.sent.length = 0;
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-05',
      purpose: 'Check the child is attending school',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ izu: { id: w.izu.user.id }, status: 'open', dueDate: '2026-11-05', visitId: null });
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('user_id', '=', w.izu.user.id).execute();
    expect(notes.map((n) => n.message_key)).toContain('notifications.visit_task_assigned');
    expect(t.sms.sent).toHaveLength(1);
    expect(t.sms.sent[0]!.to).toBe('+250788100200');
    expect(t.sms.sent[0]!.text).not.toContain(child.given_name);
    expect(t.sms.sent[0]!.text).toContain('2026-11-05');
    expect(await timelineKinds(t, kase.id)).toContain('visit.requested');
  });

  it('refuses an IZU of another village, a past due date, and roles that do not work cases', async () => {
    const { case: kase } = await openCase(t, w);
    const url = `/api/v1/cases/${kase.id}/visit-requests`;
    const body = { izuUserId: w.otherIzu.user.id, dueDate: '2026-11-05', purpose: 'Home visit' };
    const wrongVillage = await client(t, w.cso.session).post(url, body);
    expect(wrongVillage.statusCode).toBe(400);
    expect(wrongVillage.json().error.messageKey).toBe('errors.izu_not_for_village');
    const notIzu = await client(t, w.cso.session).post(url, { ...body, izuUserId: w.cpwo.user.id });
    expect(notIzu.json().error.messageKey).toBe('errors.izu_not_for_village');
    const past = await client(t, w.cso.session).post(url, { ...body, izuUserId: w.izu.user.id, dueDate: '2026-11-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.messageKey).toBe('errors.due_date_in_past');
    expect((await client(t, w.izu.session).post(url, { ...body, izuUserId: w.izu.user.id })).statusCode).toBe(403);
    expect((await client(t, w.otherCso.session).post(url, { ...body, izuUserId: w.izu.user.id })).statusCode).toBe(404);
  });

  it('shows the IZU only their tasks, with only what the visit needs', async () => {
    const { case: kase } = await openCase(t, w);
    const asked = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-04',
      purpose: 'Check on the child after the court hearing',
    });
    const taskId = asked.json().id;
    const res = await client(t, w.izu.session).get('/api/v1/visit-tasks');
    expect(res.statusCode).toBe(200);
    const task = res.json().items.find((i: { id: string }) => i.id === taskId);
    expect(Object.keys(task).sort()).toEqual(['caregiverName', 'childFirstName', 'dueDate', 'id', 'purpose', 'taskNumber', 'village']);
    expect(task).toEqual({
      id: taskId,
      taskNumber: expect.any(Number),
      dueDate: '2026-11-04',
      purpose: 'Check on the child after the court hearing',
      childFirstName: 'Aline',
      village: expect.any(String),
      caregiverName: 'Mukamana Jeanne',
    });
    const one = await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`);
    expect(Object.keys(one.json()).sort()).toEqual(['caregiverName', 'childFirstName', 'dueDate', 'id', 'purpose', 'taskNumber', 'village']);

    expect((await client(t, w.otherIzu.session).get('/api/v1/visit-tasks')).json().items).toEqual([]);
    expect((await client(t, w.otherIzu.session).get(`/api/v1/visit-tasks/${taskId}`)).statusCode).toBe(404);
    expect((await client(t, w.analyst.session).get('/api/v1/visit-tasks')).statusCode).toBe(403);
    expect((await client(t, w.supervisor.session).get('/api/v1/visit-tasks')).statusCode).toBe(403);
    // The IZU does not read the case file itself.
    expect((await client(t, w.izu.session).get(`/api/v1/cases/${kase.id}/visit-requests`)).statusCode).toBe(403);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('actor_id', '=', w.izu.user.id).execute();
    expect(audit.map((a) => a.action)).toContain('visit_task.list');
  });

  it('lets the IZU record the visit, which joins the case file and tells the caseworker', async () => {
    const { case: kase } = await openCase(t, w);
    const asked = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-06',
      purpose: 'Home visit',
    });
    const taskId = asked.json().id;
    const url = `/api/v1/visit-tasks/${taskId}/visit`;
    const body = visit({ childSafe: false, concerns: 'The alleged perpetrator was seen at the house' });
    expect((await client(t, w.otherIzu.session).post(url, body)).statusCode).toBe(404);
    expect((await client(t, w.analyst.session).post(url, body)).statusCode).toBe(403);

    const res = await client(t, w.izu.session).post(url, body);
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['recordedAt', 'taskId', 'visitId']);
    const visits = (await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/visits`)).json().items;
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ visitTaskId: taskId, visitedBy: { id: w.izu.user.id }, childSafe: false });
    const requests = (await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/visit-requests`)).json().items;
    expect(requests[0]).toMatchObject({ id: taskId, status: 'done', visitId: res.json().visitId });
    const tell = await t.database.db
      .selectFrom('notifications')
      .select(['message_key', 'params'])
      .where('user_id', '=', w.cso.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(tell.map((n) => n.message_key)).toEqual(['notifications.visit_child_unsafe']);
    expect((await client(t, w.izu.session).get('/api/v1/visit-tasks')).json().items.map((i: { id: string }) => i.id)).not.toContain(taskId);

    // Done, the task is no longer the IZU's (tests/visit-tasks-lapse.test.ts).
    const again = await client(t, w.izu.session).post(url, visit());
    expect(again.statusCode).toBe(404);
    // The other IZU's probe and the late attempt are audited as denied reads.
    expect(await auditActions(t, taskId)).toEqual(['access.denied', 'visit_task.record_visit', 'access.denied']);
  });

  it('cancels an open request; the IZU can no longer record it', async () => {
    const { case: kase } = await openCase(t, w);
    const asked = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-06',
      purpose: 'Home visit',
    });
    const taskId = asked.json().id;
    const cancelUrl = `/api/v1/cases/${kase.id}/visit-requests/${taskId}/cancel`;
    expect((await client(t, w.supervisor.session).post(cancelUrl)).statusCode).toBe(403);
    const res = await client(t, w.cso.session).post(cancelUrl);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('cancelled');
    expect((await client(t, w.cso.session).post(cancelUrl)).json().error.messageKey).toBe('errors.visit_task_not_open');
    const record = await client(t, w.izu.session).post(`/api/v1/visit-tasks/${taskId}/visit`, visit());
    expect(record.statusCode).toBe(404);
  });

  it('times the task to the end of its due date (Kigali); overdue, it escalates to the lead caseworker; the visit stops it', async () => {
    const { case: kase } = await openCase(t, w);
    const asked = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-04',
      purpose: 'Home visit after the school meeting',
    });
    const taskId = asked.json().id as string;
    const deadline = await t.database.db
      .selectFrom('deadlines')
      .select(['id', 'kind', 'due_at', 'met_at', 'tier', 'case_id'])
      .where('visit_task_id', '=', taskId)
      .executeTakeFirstOrThrow();
    expect(deadline).toMatchObject({ kind: 'monitoring_visit', case_id: kase.id, tier: kase.tier, met_at: null });
    expect(new Date(deadline.due_at).toISOString()).toBe('2026-11-04T21:59:59.000Z'); // 23:59:59 in Kigali
    const worklist = async (session = w.cso.session) =>
      (await client(t, session).get('/api/v1/worklist')).json().items as { id: string; kind: string; overdue: boolean }[];
    expect((await worklist()).find((i) => i.id === deadline.id)).toMatchObject({ kind: 'monitoring_visit', overdue: false });

    try {
      t.clock.set('2026-11-04T22:30:00Z'); // half an hour past the end of the due date in Kigali
      // Sessions of that day (the world's would have timed out in between).
      const cso = await sessionFor(t, w.cso.user);
      const izu = await sessionFor(t, w.izu.user);
      await runEscalation(t.ctx);
      const told = await t.database.db
        .selectFrom('notifications')
        .select(['message_key', 'params'])
        .where('user_id', '=', w.cso.user.id)
        .where('case_id', '=', kase.id)
        .where('kind', '=', 'deadline.overdue')
        .execute();
      expect(told).toEqual([
        expect.objectContaining({ message_key: 'notifications.deadline_overdue', params: expect.objectContaining({ kind: 'monitoring_visit', level: 1 }) }),
      ]);
      expect((await worklist(cso)).find((i) => i.id === deadline.id)).toMatchObject({ overdue: true });

      const res = await client(t, izu).post(`/api/v1/visit-tasks/${taskId}/visit`, visit({ visitedAt: '2026-11-04T21:00:00Z' }));
      expect(res.statusCode).toBe(201);
      const met = await t.database.db.selectFrom('deadlines').select('met_at').where('id', '=', deadline.id).executeTakeFirstOrThrow();
      expect(new Date(met.met_at!).toISOString()).toBe('2026-11-04T22:30:00.000Z');
      expect((await worklist(cso)).map((i) => i.id)).not.toContain(deadline.id);
    } finally {
      t.clock.set('2026-11-02T07:00:00Z');
    }
  });

  it('stops the clock of a cancelled task', async () => {
    const { case: kase } = await openCase(t, w);
    const asked = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate: '2026-11-05',
      purpose: 'Home visit',
    });
    const taskId = asked.json().id as string;
    expect((await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests/${taskId}/cancel`)).statusCode).toBe(200);
    const d = await t.database.db.selectFrom('deadlines').select('met_at').where('visit_task_id', '=', taskId).executeTakeFirstOrThrow();
    expect(d.met_at).not.toBeNull();
  });
});
