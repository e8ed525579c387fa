import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { openDueSupervisionDeadlines } from '../src/workforce/supervision-schedule.js';
import { client, createOrganisation, createUser, PLACES, sessionFor } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Workforce (issue 16): the actions agreed in a supervision session are
// marked done by the supervisee or the supervisor, and stop counting as
// overdue; and a caseworker's session due moves with them when their
// supervisor changes (or closes when they leave post), never left overdue
// against someone no longer responsible.

let t: TestApp;
type User = { id: string; username: string };
let sysadmin: User, supervisor: User, otherSupervisor: User, newSupervisor: User, worker: User, otherWorker: User;
let moved: User, movedLater: User, leaving: User, bugeseraCpwo: User, ncda: User;

const as = async (u: { id: string }) => client(t, await sessionFor(t, u));
const supervisionItems = async (u: User) =>
  ((await (await as(u)).get('/api/v1/worklist?pageSize=100')).json().items as { kind: string; escalationLevel: number; dueAt: string }[]).filter(
    (i) => i.kind === 'supervision_session',
  );
const openDeadline = (userId: string) =>
  t.database.db.selectFrom('deadlines').selectAll().where('supervisee_id', '=', userId).where('met_at', 'is', null).execute();

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2025-06-01T07:00:00Z');
  const org = (await createOrganisation(t, { name: 'Gasabo district office', placeId: PLACES.gasabo })).id;
  const inOrg = { organisationId: org, jurisdictionId: PLACES.gasabo };
  const trained = { trainingCompletedOn: '2025-05-01' };
  sysadmin = await createUser(t, { role: 'sysadmin' });
  ncda = await createUser(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
  supervisor = await createUser(t, { role: 'supervisor', ...inOrg, fullName: 'Habimana Eric' });
  otherSupervisor = await createUser(t, { role: 'supervisor', ...inOrg });
  newSupervisor = await createUser(t, { role: 'supervisor', ...inOrg, fullName: 'Uwase Diane' });
  worker = await createUser(t, { role: 'cso_caseworker', ...inOrg, supervisorId: supervisor.id, fullName: 'Mukamana Aline', ...trained });
  otherWorker = await createUser(t, { role: 'cso_caseworker', ...inOrg, supervisorId: otherSupervisor.id, ...trained });
  moved = await createUser(t, { role: 'cso_caseworker', ...inOrg, supervisorId: supervisor.id, fullName: 'Nshuti Paul', ...trained });
  movedLater = await createUser(t, { role: 'cso_caseworker', ...inOrg, supervisorId: supervisor.id, fullName: 'Ineza Claire', ...trained });
  leaving = await createUser(t, { role: 'cso_caseworker', ...inOrg, supervisorId: supervisor.id, fullName: 'Gatete Jean', ...trained });
  bugeseraCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, ...trained });
  t.clock.set('2026-11-02T07:00:00Z');
  await t.database.db.updateTable('users').set({ password_changed_at: t.clock.now() }).execute();
});
afterAll(() => t.close());

describe('agreed actions are marked done', () => {
  let sessionId: string;
  let early: string, later: string;

  it('a session’s actions start open; past its due date an action is overdue, on the session, the list and the board', async () => {
    const res = await (
      await as(supervisor)
    ).post('/api/v1/workforce/supervision/sessions', {
      caseworkerId: worker.id,
      heldOn: '2026-11-02',
      themes: ['skills'],
      actions: [
        { description: 'Write up the home visit notes', dueOn: '2026-11-05' },
        { description: 'Book the positive parenting module', dueOn: '2026-11-20' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    sessionId = res.json().id;
    [early, later] = res.json().actions.map((a: { id: string }) => a.id);
    expect(res.json().actions[0]).toMatchObject({ doneOn: null, doneBy: null, overdue: false });

    t.clock.set('2026-11-10T07:00:00Z');
    const s = (await (await as(worker)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).json();
    expect(s.actions.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue])).toEqual([
      [early, true],
      [later, false],
    ]);
    const list = (await (await as(supervisor)).get('/api/v1/workforce/supervision/sessions')).json();
    expect(list.items[0]).toMatchObject({ actionCount: 2, openActionCount: 2, overdueActionCount: 1 });
    const board = (await (await as(supervisor)).get('/api/v1/workforce/supervision/board')).json();
    expect(board.supervisees.find((x: { id: string }) => x.id === worker.id).overdueActions).toBe(1);
  });

  it('another supervisor, another district, another role, and a made-up action are refused; nothing is marked', async () => {
    const body = { actionId: early, doneOn: '2026-11-09' };
    const url = `/api/v1/workforce/supervision/sessions/${sessionId}/actions/done`;
    const other = await (await as(otherSupervisor)).post(url, body);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('home visit');
    expect((await (await as(otherWorker)).post(url, body)).statusCode).toBe(404);
    expect((await (await as(bugeseraCpwo)).post(url, body)).statusCode).toBe(404);
    expect((await (await as(ncda)).post(url, body)).statusCode).toBe(403);
    expect((await (await as(sysadmin)).post(url, body)).statusCode).toBe(403);
    // An action of another session named under this one: as if it did not exist.
    const elsewhere = await (
      await as(otherSupervisor)
    ).post('/api/v1/workforce/supervision/sessions', {
      caseworkerId: otherWorker.id,
      heldOn: '2026-11-03',
      themes: ['quality'],
      actions: [{ description: 'Close the two old cases', dueOn: '2026-11-06' }],
    });
    const foreignAction = elsewhere.json().actions[0].id;
    expect((await (await as(supervisor)).post(url, { actionId: foreignAction })).statusCode).toBe(404);
    expect((await (await as(supervisor)).post(`/api/v1/workforce/supervision/sessions/${elsewhere.json().id}/actions/done`, body)).statusCode).toBe(404);
    const w = await as(worker);
    expect((await w.post(url, { actionId: 'not-a-uuid' })).statusCode).toBe(400);
    expect((await w.post(url, { actionId: early, doneOn: '2026-11-09', extra: 1 })).statusCode).toBe(400);
    const future = await w.post(url, { actionId: early, doneOn: '2026-11-11' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0]).toMatchObject({ field: 'body.doneOn', messageKey: 'errors.date_in_future' });
    const before = await w.post(url, { actionId: early, doneOn: '2026-11-01' });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.fields[0]).toMatchObject({ field: 'body.doneOn', messageKey: 'errors.supervision_action_done_before_session' });
    const done = await t.database.db.selectFrom('supervision_actions').select('id').where('done_on', 'is not', null).execute();
    expect(done).toEqual([]);
  });

  it('the supervisee marks one done (on a date, by them): it stops counting as overdue; once only', async () => {
    const url = `/api/v1/workforce/supervision/sessions/${sessionId}/actions/done`;
    const res = await (await as(worker)).post(url, { actionId: early, doneOn: '2026-11-09' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().actions.find((a: { id: string }) => a.id === early)).toMatchObject({
      doneOn: '2026-11-09',
      doneBy: { id: worker.id, fullName: 'Mukamana Aline' },
      overdue: false,
    });
    const board = (await (await as(supervisor)).get('/api/v1/workforce/supervision/board')).json();
    expect(board.supervisees.find((x: { id: string }) => x.id === worker.id).overdueActions).toBe(0);
    const list = (await (await as(worker)).get('/api/v1/workforce/supervision/sessions')).json();
    expect(list.items[0]).toMatchObject({ openActionCount: 1, overdueActionCount: 0 });
    const again = await (await as(supervisor)).post(url, { actionId: early });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageKey).toBe('errors.supervision_action_already_done');
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_id']).where('entity_id', '=', sessionId).execute();
    expect(audit).toContainEqual({ action: 'supervision.action.done', actor_id: worker.id });
  });

  it('the supervisor marks the other done, today by default', async () => {
    const res = await (await as(supervisor)).post(`/api/v1/workforce/supervision/sessions/${sessionId}/actions/done`, { actionId: later });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().actions.find((a: { id: string }) => a.id === later)).toMatchObject({
      doneOn: '2026-11-10',
      doneBy: { id: supervisor.id, fullName: 'Habimana Eric' },
    });
    // Past its due date now, but done: not overdue.
    t.clock.set('2026-11-25T07:00:00Z');
    const s = (await (await as(worker)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).json();
    expect(s.actions.every((a: { overdue: boolean }) => !a.overdue)).toBe(true);
    t.clock.set('2026-11-10T07:00:00Z');
  });
});

describe('a caseworker’s session due when their supervisor changes', () => {
  it('an overdue session due moves to the new supervisor, not overdue, and escalates only when it falls due again', async () => {
    // In post since 2025-06-01, never supervised: long overdue, escalated to the old supervisor.
    await openDueSupervisionDeadlines(t.ctx);
    await runEscalation(t.ctx);
    const [old] = await openDeadline(moved.id);
    expect(new Date(old!.due_at).getTime()).toBeLessThan(t.clock.now().getTime());
    expect(old!.escalation_level).toBeGreaterThanOrEqual(1);
    expect((await supervisionItems(supervisor)).length).toBe(4);

    const res = await (await as(sysadmin)).patch(`/api/v1/users/${moved.id}`, { supervisorId: newSupervisor.id });
    expect(res.statusCode, res.body).toBe(200);
    // The old deadline is closed; a new one, the new supervisor's, falls due one interval (30 days) after the handover.
    const closed = await t.database.db.selectFrom('deadlines').select('met_at').where('id', '=', old!.id).executeTakeFirstOrThrow();
    expect(closed.met_at).not.toBeNull();
    const [next] = await openDeadline(moved.id);
    expect(next!.id).not.toBe(old!.id);
    expect(next!.escalation_level).toBe(0);
    expect(new Date(next!.due_at).toISOString().slice(0, 19)).toBe('2026-12-10T21:59:59');
    // The old supervisor's worklist no longer holds it; the new one's does, not overdue.
    expect((await supervisionItems(supervisor)).length).toBe(3);
    const theirs = await supervisionItems(newSupervisor);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.escalationLevel).toBe(0);

    // An escalation run now tells the new supervisor nothing about it.
    const notesBefore = await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', newSupervisor.id).execute();
    await runEscalation(t.ctx);
    const notesAfter = await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', newSupervisor.id).execute();
    expect(notesAfter.length).toBe(notesBefore.length);

    // Once it falls due and is not held, it escalates to the new supervisor, not the old.
    t.clock.set('2026-12-11T08:00:00Z');
    const oldNotes = (await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', supervisor.id).execute()).length;
    await runEscalation(t.ctx);
    const heard = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'params'])
      .where('message_key', '=', 'notifications.supervision_overdue')
      .where('created_at', '>=', new Date('2026-12-11T00:00:00Z'))
      .execute();
    expect(heard.map((n) => n.user_id)).toContain(newSupervisor.id);
    expect(heard.filter((n) => JSON.stringify(n.params).includes('Nshuti Paul')).map((n) => n.user_id)).not.toContain(supervisor.id);
    expect((await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', supervisor.id).execute()).length).toBeGreaterThanOrEqual(
      oldNotes,
    );
    t.clock.set('2026-11-10T07:00:00Z');
  });

  it('a session due still ahead keeps its date with the new supervisor', async () => {
    // A session held on 2026-11-05: the next falls due on 2026-12-05.
    const held = await (
      await as(supervisor)
    ).post('/api/v1/workforce/supervision/sessions', {
      caseworkerId: movedLater.id,
      heldOn: '2026-11-05',
      themes: ['wellbeing'],
    });
    expect(held.statusCode, held.body).toBe(201);
    const [before] = await openDeadline(movedLater.id);
    expect(new Date(before!.due_at).toISOString().slice(0, 10)).toBe('2026-12-05');
    const res = await (await as(sysadmin)).patch(`/api/v1/users/${movedLater.id}`, { supervisorId: newSupervisor.id });
    expect(res.statusCode, res.body).toBe(200);
    const [after] = await openDeadline(movedLater.id);
    expect(after!.id).not.toBe(before!.id);
    expect(new Date(after!.due_at).getTime()).toBe(new Date(before!.due_at).getTime());
    // The new supervisor reads the supervisee's history; the old one no longer holds sessions with them.
    expect((await (await as(newSupervisor)).get(`/api/v1/workforce/supervision/sessions?caseworkerId=${movedLater.id}`)).json().total).toBe(1);
    const refused = await (
      await as(supervisor)
    ).post('/api/v1/workforce/supervision/sessions', { caseworkerId: movedLater.id, heldOn: '2026-11-10', themes: ['quality'] });
    expect(refused.statusCode).toBe(404);
  });

  it('a caseworker leaving post closes their session due; nobody is left with it, and none is opened again', async () => {
    expect(await openDeadline(leaving.id)).toHaveLength(1);
    const res = await (await as(sysadmin)).post(`/api/v1/users/${leaving.id}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await openDeadline(leaving.id)).toEqual([]);
    await openDueSupervisionDeadlines(t.ctx);
    expect(await openDeadline(leaving.id)).toEqual([]);
    const items = await supervisionItems(supervisor);
    expect(items).toHaveLength(1);
    // Back in post: a fresh session due, not one overdue from the start.
    const back = await (await as(sysadmin)).post(`/api/v1/users/${leaving.id}/activate`);
    expect(back.statusCode, back.body).toBe(200);
    const [fresh] = await openDeadline(leaving.id);
    expect(new Date(fresh!.due_at).getTime()).toBeGreaterThan(t.clock.now().getTime());
  });

  it('a supervisor who is not the administrator may not move a supervisee', async () => {
    const res = await (await as(supervisor)).patch(`/api/v1/users/${worker.id}`, { supervisorId: newSupervisor.id });
    expect(res.statusCode).toBe(403);
    const u = await t.database.db.selectFrom('users').select('supervisor_id').where('id', '=', worker.id).executeTakeFirstOrThrow();
    expect(u.supervisor_id).toBe(supervisor.id);
  });
});

describe('IZU trainings once written as free text (migrations/0044)', () => {
  it('become training register records where the name is a module; the rest stay readable as written', async () => {
    const volunteer = await createUser(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
    const at = t.clock.now();
    await t.database.db
      .insertInto('user_trainings')
      .values([
        { user_id: volunteer.id, name: 'Basic IZU training', taken_on: '2019-05-10', created_at: at },
        { user_id: volunteer.id, name: 'POSITIVE parenting', taken_on: '2021-03-02', created_at: at },
        { user_id: volunteer.id, name: 'Visites à domicile', taken_on: '2022-01-15', created_at: at },
        { user_id: volunteer.id, name: 'Umugoroba w’ababyeyi facilitation', taken_on: '2018-02-01', created_at: at },
      ])
      .execute();
    // The migration's conversion, run again on these rows.
    const file = readFileSync(join(import.meta.dirname, '../migrations/0044_workforce_actions_and_izu_trainings.sql'), 'utf8');
    await sql.raw(file.slice(file.indexOf('with training_names'))).execute(t.database.db);
    const records = await t.database.db
      .selectFrom('training_records')
      .select(['training_code', sql<string>`to_char(completed_on, 'YYYY-MM-DD')`.as('on')])
      .where('user_id', '=', volunteer.id)
      .orderBy('completed_on')
      .execute();
    expect(records).toEqual([
      { training_code: 'izu_basic', on: '2019-05-10' },
      { training_code: 'izu_positive_parenting', on: '2021-03-02' },
      { training_code: 'izu_home_visits', on: '2022-01-15' },
    ]);
    const left = await t.database.db.selectFrom('user_trainings').select('name').where('user_id', '=', volunteer.id).execute();
    expect(left).toEqual([{ name: 'Umugoroba w’ababyeyi facilitation' }]);
    const cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.id });
    const view = await (await as(cpwo)).get(`/api/v1/izu/volunteers/${volunteer.id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().trainings.map((x: { trainingCode: string }) => x.trainingCode)).toEqual(['izu_basic', 'izu_positive_parenting', 'izu_home_visits']);
    expect(view.json().earlierTrainings).toEqual([{ name: 'Umugoroba w’ababyeyi facilitation', takenOn: '2018-02-01' }]);
  });
});

describe('the district’s supervision schedule screen’s API', () => {
  it('a district CPWO reads and sets their own district’s; an administrator names the district; others are refused', async () => {
    const gasaboCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.id });
    const c = await as(gasaboCpwo);
    const before = await c.get('/api/v1/workforce/supervision/schedule');
    expect(before.json()).toMatchObject({ districtId: PLACES.gasabo, setByDistrict: false, intervalDays: 30, firstYearIntervalDays: 14 });
    const bad = await c.put('/api/v1/workforce/supervision/schedule', { intervalDays: 3, firstYearIntervalDays: 14 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('body.intervalDays');
    const set = await c.put('/api/v1/workforce/supervision/schedule', { intervalDays: 28, firstYearIntervalDays: 10 });
    expect(set.json()).toMatchObject({ districtId: PLACES.gasabo, setByDistrict: true, intervalDays: 28, firstYearIntervalDays: 10 });
    // Another district's CPWO: neither reads nor sets Gasabo's.
    const b = await as(bugeseraCpwo);
    expect((await b.get(`/api/v1/workforce/supervision/schedule?districtId=${PLACES.gasabo}`)).statusCode).toBe(404);
    const foreign = await b.put(`/api/v1/workforce/supervision/schedule?districtId=${PLACES.gasabo}`, { intervalDays: 90, firstYearIntervalDays: 60 });
    expect(foreign.statusCode).toBe(404);
    expect((await b.get('/api/v1/workforce/supervision/schedule')).json()).toMatchObject({ districtId: PLACES.bugesera, setByDistrict: false });
    // The administrator names the district (none named: 400 naming the field).
    const a = await as(sysadmin);
    const none = await a.get('/api/v1/workforce/supervision/schedule');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].field).toBe('querystring.districtId');
    expect((await a.get(`/api/v1/workforce/supervision/schedule?districtId=${PLACES.gasabo}`)).json()).toMatchObject({ intervalDays: 28 });
    const byAdmin = await a.put(`/api/v1/workforce/supervision/schedule?districtId=${PLACES.bugesera}`, { intervalDays: 21, firstYearIntervalDays: 7 });
    expect(byAdmin.json()).toMatchObject({ districtId: PLACES.bugesera, setByDistrict: true, intervalDays: 21 });
    for (const u of [supervisor, worker, ncda]) {
      expect((await (await as(u)).put('/api/v1/workforce/supervision/schedule', { intervalDays: 21, firstYearIntervalDays: 7 })).statusCode).toBe(403);
    }
    const rows = await t.database.db.selectFrom('supervision_schedules').select(['district_id', 'interval_days']).orderBy('district_id').execute();
    expect(rows).toEqual(
      [
        { district_id: PLACES.gasabo, interval_days: 28 },
        { district_id: PLACES.bugesera, interval_days: 21 },
      ].sort((x, y) => x.district_id.localeCompare(y.district_id)),
    );
  });
});
