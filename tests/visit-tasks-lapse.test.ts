import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { benchmarks, followupWorld, openCase, type World } from './followup-support.js';

// Issue 9, item 4: a visit task is the IZU's only way into a case. Once it is
// no longer open (done, cancelled, or its case closed or transferred) it
// answers 404 to the IZU, and it never shows a place other than the village
// the visit was asked for (not the child's new village after a move).

let t: TestApp;
let w: World;
let oldVillage: string;
let newVillage: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
  const name = async (id: string) => (await t.database.db.selectFrom('places').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
  oldVillage = await name(PLACES.gasaboVillage);
  newVillage = await name(PLACES.bugeseraVillage);
});
afterAll(() => t.close());

const visit = { visitedAt: '2026-11-02T06:00:00Z', observations: 'Child at home', childSafe: true };

async function askVisit(caseId: string): Promise<string> {
  const res = await client(t, w.cso.session).post(`/api/v1/cases/${caseId}/visit-requests`, {
    izuUserId: w.izu.user.id,
    dueDate: '2026-11-06',
    purpose: 'Home visit',
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** Every body the IZU can read: their task list, the task, their notifications and their profile. */
async function izuBodies(session: Session, taskId: string): Promise<string[]> {
  const urls = ['/api/v1/visit-tasks', `/api/v1/visit-tasks/${taskId}`, '/api/v1/notifications?pageSize=100', '/api/v1/auth/me'];
  return Promise.all(urls.map(async (u) => (await client(t, session).get(u)).body));
}

/** The task is gone for the IZU: 404 to read and to record, absent from the list, nothing written. */
async function expectLapsed(taskId: string) {
  const one = await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`);
  expect(one.statusCode).toBe(404);
  expect(one.body).not.toContain('Aline');
  const list = (await client(t, w.izu.session).get('/api/v1/visit-tasks')).json().items as { id: string }[];
  expect(list.map((i) => i.id)).not.toContain(taskId);
  const record = await client(t, w.izu.session).post(`/api/v1/visit-tasks/${taskId}/visit`, visit);
  expect(record.statusCode).toBe(404);
  expect(record.json().error.details ?? {}).not.toHaveProperty('status');
  const visits = await t.database.db.selectFrom('monitoring_visits').select('id').where('visit_task_id', '=', taskId).execute();
  return visits;
}

describe('a visit task no longer open answers 404 to the IZU', () => {
  it('when the case is closed', async () => {
    const { case: kase } = await openCase(t, w);
    const taskId = await askVisit(kase.id);
    expect((await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`)).statusCode).toBe(200);
    await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/reviews`, { benchmarks: benchmarks(), outcome: 'ready_for_closure' });
    const closed = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/closure`, { reason: 'goals_and_benchmarks_met' });
    expect(closed.statusCode).toBe(201);
    expect(await expectLapsed(taskId)).toEqual([]);
  });

  it('when the caseworker cancels it', async () => {
    const { case: kase } = await openCase(t, w);
    const taskId = await askVisit(kase.id);
    expect((await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests/${taskId}/cancel`)).statusCode).toBe(200);
    expect(await expectLapsed(taskId)).toEqual([]);
  });

  it('when the visit is recorded', async () => {
    const { case: kase } = await openCase(t, w);
    const taskId = await askVisit(kase.id);
    expect((await client(t, w.izu.session).post(`/api/v1/visit-tasks/${taskId}/visit`, visit)).statusCode).toBe(201);
    expect(await expectLapsed(taskId)).toHaveLength(1); // the one visit recorded, no second
  });

  it('when the case is transferred to another district: and the new village never reaches the IZU', async () => {
    const { case: kase } = await openCase(t, w);
    const taskId = await askVisit(kase.id);
    const before = await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`);
    expect(before.json().village).toBe(oldVillage);

    const sent = await client(t, w.cpwo.session).post(`/api/v1/cases/${kase.id}/transfers`, {
      toDistrictId: PLACES.bugesera,
      toPlaceId: PLACES.bugeseraVillage,
      reason: 'The family moved',
    });
    expect(sent.statusCode).toBe(201);
    // Still pending: the task is open and still names the village it was asked for.
    expect((await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`)).json().village).toBe(oldVillage);
    expect((await client(t, w.bugeseraCpwo.session).post(`/api/v1/transfers/${sent.json().id}/accept`, {})).statusCode).toBe(200);

    expect(await expectLapsed(taskId)).toEqual([]);
    for (const body of await izuBodies(w.izu.session, taskId)) {
      expect(body).not.toContain(newVillage);
      expect(body).not.toContain(PLACES.bugeseraVillage);
    }
  });
});

describe('a visit task carries the village it was asked for', () => {
  it("never the child's place now", async () => {
    const { case: kase, child } = await openCase(t, w);
    const taskId = await askVisit(kase.id);
    // The child's recorded place changes while the task is open (no service moves
    // an open task's case today; the task must not depend on that).
    await t.database.db.updateTable('cases').set({ place_id: PLACES.bugeseraVillage }).where('id', '=', kase.id).execute();
    await t.database.db.updateTable('children').set({ place_id: PLACES.bugeseraVillage }).where('id', '=', child.id).execute();
    const one = await client(t, w.izu.session).get(`/api/v1/visit-tasks/${taskId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().village).toBe(oldVillage);
    for (const body of await izuBodies(w.izu.session, taskId)) expect(body).not.toContain(newVillage);
    const row = await t.database.db.selectFrom('visit_tasks').select('place_id').where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row.place_id).toBe(PLACES.gasaboVillage);
  });
});
