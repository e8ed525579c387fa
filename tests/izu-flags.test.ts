import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { izuActorOf } from './support/izu-actor.js';
import { recordVisitTaskByNumber, recordVisitTaskByNumberIn } from '../src/cases/monitoring/task-visits.service.js';
import { flagIncident, flagIncidentIn } from '../src/community/izu-flags.service.js';
import { AppError } from '../src/errors/app-error.js';
import { client, PLACES, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { followupWorld, openCase, type World } from './followup-support.js';

// The community volunteers' incident flags (framework step 1 by an IZU): a
// flag lands in the district register, channel izu, with its screening
// deadline; sexual abuse and anything urgent reach the district's CPWO at
// once in the app and by SMS, with no name. And the visit tasks a caseworker
// asks of an IZU, answered by the task's number (the SMS/USSD path).

let t: TestApp;
let w: World;
let cellCoordinator: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
  await t.database.db.updateTable('users').set({ phone: '+250788300400' }).where('id', '=', w.cpwo.user.id).execute();
  cellCoordinator = await signedIn(t, { role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboCell });
});
afterAll(() => t.close());

const flag = (overrides: Record<string, unknown> = {}) => ({
  type: 'physical_violence',
  urgent: false,
  childSex: 'female',
  childAgeYears: 9,
  description: 'A girl beaten by a neighbour, bruises on her arms',
  ...overrides,
});

const reportRow = (id: string) => t.database.db.selectFrom('incident_reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const countRows = async (table: 'incident_reports' | 'izu_incident_flags' | 'monitoring_visits') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an IZU flags an incident', () => {
  it('lands in the district register with channel izu and a screening deadline', async () => {
    t.sms.sent.length = 0;
    const res = await client(t, w.izu.session).post('/api/v1/izu/flags', flag());
    expect(res.statusCode).toBe(201);
    const { reportId, reference } = res.json();
    expect(reference).toMatch(/^R12-26-\d{6}$/);

    const register = await client(t, w.cpwo.session).get('/api/v1/reports?channel=izu');
    expect(register.statusCode).toBe(200);
    const item = register.json().items.find((i: { id: string }) => i.id === reportId);
    expect(item).toMatchObject({ reference, channel: 'izu', status: 'new', placeId: PLACES.gasaboVillage, childSex: 'female', childAgeYears: 9 });
    expect(item.izuFlag).toEqual({ type: 'physical_violence', urgent: false });
    expect(register.json().items.filter((i: { channel: string; izuFlag: unknown }) => i.channel !== 'izu' && i.izuFlag !== null)).toEqual([]);
    expect(item.nextDueAt).not.toBeNull();
    const detail = (await client(t, w.cpwo.session).get(`/api/v1/reports/${reportId}`)).json();
    expect(detail.whatHappened).toBe('A girl beaten by a neighbour, bruises on her arms');
    expect(detail.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['screening']);
    expect(detail.reporter.userId).toBe(w.izu.user.id);
    expect(detail.izuFlag).toEqual({ type: 'physical_violence', urgent: false });

    // Not urgent: the CPWO hears of it in the app as any report, and no SMS goes.
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('report_id', '=', reportId).execute();
    expect(notes.map((n) => [n.user_id, n.message_key])).toEqual([[w.cpwo.user.id, 'notifications.report_received']]);
    expect(t.sms.sent).toEqual([]);
    // The volunteer sees their report's status, nothing more.
    const mine = await client(t, w.izu.session).get(`/api/v1/reports/${reportId}`);
    expect(mine.json()).toMatchObject({ view: 'status', reference, status: 'new', channel: 'izu' });
    const flagRow = await t.database.db.selectFrom('izu_incident_flags').selectAll().where('report_id', '=', reportId).executeTakeFirstOrThrow();
    expect(flagRow).toMatchObject({ izu_user_id: w.izu.user.id, incident_type: 'physical_violence', urgent: false, received_via: 'web' });
  });

  it.each([
    ['sexual abuse', flag({ type: 'sexual_violence', urgent: false })],
    ['anything marked urgent', flag({ type: 'abandonment_neglect', urgent: true })],
  ])('%s notifies the district CPWO at once, in the app and by SMS with no name', async (_what, body) => {
    t.sms.sent.length = 0;
    const res = await client(t, w.izu.session).post('/api/v1/izu/flags', body);
    expect(res.statusCode).toBe(201);
    const { reportId, reference } = res.json();
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('report_id', '=', reportId).execute();
    expect(notes.map((n) => [n.user_id, n.message_key])).toEqual([[w.cpwo.user.id, 'notifications.report_urgent']]);
    expect(t.sms.sent).toHaveLength(1);
    const sms = t.sms.sent[0]!;
    expect(sms.to).toBe('+250788300400');
    expect(sms.text).toContain(reference);
    // No name, no place, no case fact: the reference and a call to look.
    for (const secret of ['Test izu', 'girl', 'neighbour', 'sexual', 'Gasabo', 'female', '9']) expect(sms.text).not.toContain(secret);
    // Another district's CPWO hears nothing.
    const elsewhere = await t.database.db.selectFrom('notifications').select('id').where('user_id', '=', w.bugeseraCpwo.user.id).execute();
    expect(elsewhere).toEqual([]);
    // The register shows the flag as urgent (sexual abuse always is, whatever the volunteer marked); another district's CPWO does not see it.
    const detail = (await client(t, w.cpwo.session).get(`/api/v1/reports/${reportId}`)).json();
    expect(detail.izuFlag).toEqual({ type: body.type, urgent: true });
    expect((await client(t, w.bugeseraCpwo.session).get(`/api/v1/reports/${reportId}`)).statusCode).toBe(404);
  });

  it('defaults to the volunteer’s village; another village is refused as unknown (404) and nothing is written', async () => {
    const before = await countRows('incident_reports');
    const elsewhere = await client(t, w.izu.session).post('/api/v1/izu/flags', flag({ villageId: PLACES.bugeseraVillage }));
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body).not.toContain('Bugesera');
    const own = await client(t, w.otherIzu.session).post('/api/v1/izu/flags', flag());
    expect(own.statusCode).toBe(201);
    expect((await reportRow(own.json().reportId)).place_id).toBe(PLACES.bugeseraVillage);
    expect((await reportRow(own.json().reportId)).district_id).toBe(PLACES.bugesera);
    expect(await countRows('incident_reports')).toBe(before + 1);
  });

  it.each([
    ['an unknown type', flag({ type: 'theft' }), 'body.type', 'errors.field.invalid_choice'],
    ['no description', flag({ description: '  ' }), 'body.description', 'errors.field.required'],
    ['an adult', flag({ childAgeYears: 19 }), 'body.childAgeYears', 'errors.field.too_large'],
    ['a field not in the form', flag({ childName: 'Uwase' }), 'body.childName', 'errors.field.unknown'],
  ])('refuses %s with the field and its key, and writes nothing', async (_what, body, field, messageKey) => {
    const before = [await countRows('incident_reports'), await countRows('izu_incident_flags')];
    const res = await client(t, w.izu.session).post('/api/v1/izu/flags', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field, messageKey })]);
    expect([await countRows('incident_reports'), await countRows('izu_incident_flags')]).toEqual(before);
  });

  it('refuses roles that do not flag (403)', async () => {
    for (const s of [w.cpwo.session, w.cso.session, w.analyst.session, cellCoordinator.session]) {
      expect((await client(t, s).post('/api/v1/izu/flags', flag())).statusCode).toBe(403);
    }
  });

  it('is the same service for SMS and USSD: in the caller’s transaction, with the SMS handed back to send after the commit', async () => {
    const izuUser = await t.database.db.selectFrom('users').selectAll().where('id', '=', w.izu.user.id).executeTakeFirstOrThrow();
    const actor = izuActorOf(izuUser);
    t.sms.sent.length = 0;
    const inTrx = await t.database.db
      .transaction()
      .execute((trx) => flagIncidentIn(trx, t.ctx, actor, { type: 'sexual_violence', urgent: false, description: 'A girl abused by a neighbour' }, 'sms'));
    expect(inTrx.sms).toHaveLength(1);
    expect(t.sms.sent).toEqual([]); // queued, not sent: the caller delivers it
    expect((await reportRow(inTrx.reportId)).channel).toBe('izu');
    const ussd = await flagIncident(t.ctx, actor, { type: 'child_labour_exploitation', urgent: false, description: 'Boy working at the quarry' }, 'ussd');
    const row = await t.database.db.selectFrom('izu_incident_flags').selectAll().where('report_id', '=', ussd.reportId).executeTakeFirstOrThrow();
    expect(row.received_via).toBe('ussd');
    expect((await reportRow(ussd.reportId)).child_sex).toBe('unknown');

    // Bad input is refused as on the web: a field error with its key, and nothing written.
    const before = await countRows('incident_reports');
    const refused = await flagIncident(t.ctx, actor, { type: 'other', urgent: false, description: '' }, 'sms').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields).toEqual([expect.objectContaining({ field: 'body.description', messageKey: 'errors.field.required' })]);
    expect(await countRows('incident_reports')).toBe(before);
  });
});

describe('visit tasks by SMS', () => {
  async function askVisit(dueDate = '2026-11-06') {
    const { case: kase, child } = await openCase(t, w);
    t.sms.sent.length = 0;
    const res = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/visit-requests`, {
      izuUserId: w.izu.user.id,
      dueDate,
      purpose: 'Check the child is attending school',
    });
    expect(res.statusCode).toBe(201);
    const task = await t.database.db.selectFrom('visit_tasks').selectAll().where('id', '=', res.json().id).executeTakeFirstOrThrow();
    return { kase, child, task, sms: [...t.sms.sent] };
  }

  it('reach the volunteer by SMS with the task number and no child details', async () => {
    const { child, task, sms } = await askVisit();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe('+250788100200');
    expect(sms[0]!.text).toContain(`${task.task_number}`);
    expect(sms[0]!.text).toContain('2026-11-06');
    for (const secret of [child.given_name, child.family_name, 'Mukamana', 'school', 'Check']) expect(sms[0]!.text).not.toContain(secret);
    // The IZU's task list shows the same number.
    const list = (await client(t, w.izu.session).get('/api/v1/visit-tasks')).json().items;
    expect(list.find((i: { id: string }) => i.id === task.id).taskNumber).toBe(task.task_number);
  });

  it('are recorded by the task number; the visit joins the case file and the task closes', async () => {
    const { kase, task } = await askVisit();
    const izuUser = await t.database.db.selectFrom('users').selectAll().where('id', '=', w.izu.user.id).executeTakeFirstOrThrow();
    const actor = izuActorOf(izuUser);
    const done = await recordVisitTaskByNumber(t.ctx, actor, task.task_number, { childSafe: false, note: 'The father drinks and shouts at night' }, 'sms');
    expect(done.taskId).toBe(task.id);
    const visits = (await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/visits`)).json().items;
    expect(visits[0]).toMatchObject({
      visitTaskId: task.id,
      visitedBy: { id: w.izu.user.id },
      childSafe: false,
      concerns: 'The father drinks and shouts at night',
    });
    const requests = (await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/visit-requests`)).json().items;
    expect(requests[0]).toMatchObject({ id: task.id, status: 'done', visitId: done.visitId });
    const told = await t.database.db
      .selectFrom('notifications')
      .select('message_key')
      .where('user_id', '=', w.cso.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toEqual(['notifications.visit_child_unsafe']);
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'details']).where('entity_id', '=', task.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['visit_task.record_visit']);

    // Answered once: the same number again is no longer theirs.
    const again = await recordVisitTaskByNumber(t.ctx, actor, task.task_number, { childSafe: true, note: 'Fine' }, 'sms').catch((e: unknown) => e);
    expect((again as AppError).status).toBe(404);
    expect((again as AppError).messageKey).toBe('errors.visit_task_not_found');
  });

  it('refuse another volunteer’s task number, a future date and bad input, writing nothing', async () => {
    const { task } = await askVisit();
    const other = await t.database.db.selectFrom('users').selectAll().where('id', '=', w.otherIzu.user.id).executeTakeFirstOrThrow();
    const mine = await t.database.db.selectFrom('users').selectAll().where('id', '=', w.izu.user.id).executeTakeFirstOrThrow();
    const before = await countRows('monitoring_visits');
    const stranger = await recordVisitTaskByNumber(t.ctx, izuActorOf(other), task.task_number, { childSafe: true, note: 'Seen' }, 'ussd').catch(
      (e: unknown) => e,
    );
    expect((stranger as AppError).status).toBe(404);
    const future = await t.database.db
      .transaction()
      .execute((trx) =>
        recordVisitTaskByNumberIn(trx, t.ctx, izuActorOf(mine), task.task_number, { childSafe: true, note: 'Seen', visitedOn: '2026-11-09' }, 'sms'),
      )
      .catch((e: unknown) => e);
    expect((future as AppError).fields).toEqual([expect.objectContaining({ field: 'body.visitedOn' })]);
    expect((future as AppError).messageKey).toBe('errors.date_in_future');
    const empty = await recordVisitTaskByNumber(t.ctx, izuActorOf(mine), task.task_number, { childSafe: true, note: '' }, 'sms').catch((e: unknown) => e);
    expect((empty as AppError).fields).toEqual([expect.objectContaining({ field: 'body.note', messageKey: 'errors.field.required' })]);
    expect(await countRows('monitoring_visits')).toBe(before);
    const still = await t.database.db.selectFrom('visit_tasks').select('status').where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(still.status).toBe('open');
  });
});
