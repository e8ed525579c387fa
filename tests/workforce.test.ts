import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { openDueSupervisionDeadlines } from '../src/workforce/supervision-schedule.js';
import { insertCase } from './support/case-factories.js';
import { client, createUser, PLACES, sessionFor } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Workforce (issue 16): supervision sessions on the district's schedule and
// their escalation, the caseload thresholds and the allocation warning, the
// training register's import and the lead-caseworker gate, each role's view.

let t: TestApp;
type User = { id: string; username: string };
let sysadmin: User, cpwo: User, supervisor: User, otherSupervisor: User, worker: User, otherWorker: User, newcomer: User;
let bugeseraCpwo: User, bugeseraSupervisor: User, bugeseraWorker: User, ncda: User, izu: User, supervisorsSupervisor: User;

const as = async (u: { id: string }) => client(t, await sessionFor(t, u));
const worklistKinds = async (u: User) =>
  ((await (await as(u)).get('/api/v1/worklist?pageSize=100')).json().items as { kind: string; escalationLevel: number }[]).filter(
    (i) => i.kind === 'supervision_session',
  );

beforeAll(async () => {
  t = await createTestApp();
  // In post for over a year (monthly sessions), set back before "now".
  t.clock.set('2025-06-01T07:00:00Z');
  const trained = { trainingCompletedOn: '2025-05-01' };
  sysadmin = await createUser(t, { role: 'sysadmin' });
  ncda = await createUser(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
  supervisorsSupervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.rwanda, phone: '+250788200009' });
  cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, ...trained });
  supervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, supervisorId: supervisorsSupervisor.id, phone: '+250788200001' });
  otherSupervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  worker = await createUser(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.id, fullName: 'Mukamana Aline', ...trained });
  otherWorker = await createUser(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: otherSupervisor.id, ...trained });
  bugeseraCpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, ...trained });
  bugeseraSupervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.bugesera });
  bugeseraWorker = await createUser(t, { role: 'cso_caseworker', jurisdictionId: PLACES.bugesera, supervisorId: bugeseraSupervisor.id, ...trained });
  izu = await createUser(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  t.clock.set('2026-11-02T07:00:00Z');
  // Their passwords are fresh (the password policy's age is not what this tests).
  await t.database.db.updateTable('users').set({ password_changed_at: t.clock.now() }).execute();
  // Joined this year, untrained: first-year schedule, may not lead a case yet.
  newcomer = await createUser(t, {
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    supervisorId: supervisor.id,
    username: 'newcomer.uwase',
    phone: '+250788300001',
  });
});
afterAll(() => t.close());

describe('supervision sessions on the schedule, and their escalation', () => {
  it('opens a session deadline per supervisee: monthly after the first year, more often in it', async () => {
    expect(await openDueSupervisionDeadlines(t.ctx)).toBe(4);
    await runEscalation(t.ctx);
    const rows = await t.database.db.selectFrom('deadlines').selectAll().where('kind', '=', 'supervision_session').where('met_at', 'is', null).execute();
    const of = (u: User) => rows.find((r) => r.supervisee_id === u.id)!;
    // In post since 2025-06-01 with no session: long overdue already.
    expect(new Date(of(worker).due_at).getTime()).toBeLessThan(t.clock.now().getTime());
    // The newcomer: 14 days after they came into post, at the end of the local day.
    expect(new Date(of(newcomer).due_at).toISOString().slice(0, 19)).toBe('2026-11-16T21:59:59');
    // A second run opens nothing more (one open deadline per supervisee).
    expect(await openDueSupervisionDeadlines(t.ctx)).toBe(0);
    const again = await t.database.db.selectFrom('deadlines').select('id').where('supervisee_id', '=', newcomer.id).where('met_at', 'is', null).execute();
    expect(again).toHaveLength(1);
  });

  it('a session not held escalates: the supervisor, then their supervisor', async () => {
    const d = await t.database.db
      .selectFrom('deadlines')
      .selectAll()
      .where('supervisee_id', '=', worker.id)
      .where('met_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(d.escalation_level).toBeGreaterThanOrEqual(1);
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('message_key', '=', 'notifications.supervision_overdue').execute();
    expect(notes.map((n) => n.user_id)).toContain(supervisor.id);
    expect(notes.map((n) => n.user_id)).toContain(supervisorsSupervisor.id);
    expect(t.sms.sent.some((m) => m.to === '+250788200001' && m.text.includes('supervision session'))).toBe(true);
    // The supervisor's worklist shows it; the CPWO's does not; the other supervisor's does not.
    expect((await worklistKinds(supervisor)).length).toBe(2);
    expect(await worklistKinds(cpwo)).toEqual([]);
    // The other supervisor sees their own supervisee's session due, not this one.
    expect((await worklistKinds(otherSupervisor)).length).toBe(1);
  });

  it('the newcomer’s session falls due on the schedule and escalates when the clock passes it', async () => {
    t.clock.set('2026-11-17T08:00:00Z');
    await runEscalation(t.ctx);
    const d = await t.database.db
      .selectFrom('deadlines')
      .selectAll()
      .where('supervisee_id', '=', newcomer.id)
      .where('met_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(d.escalation_level).toBe(1);
    t.clock.set('2026-11-02T07:00:00Z');
  });

  let sessionId: string;
  let caseA: string, caseB: string, foreignCase: string, otherWorkersCase: string;
  it('a supervisor records a session with a supervisee, discussing two cases, with an action; it meets the deadline and schedules the next', async () => {
    caseA = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: worker.id, supervisorId: supervisor.id, tier: 1 })).case.id;
    caseB = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: worker.id, supervisorId: supervisor.id })).case.id;
    otherWorkersCase = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: otherWorker.id, supervisorId: otherSupervisor.id })).case.id;
    foreignCase = (await insertCase(t, { openedBy: bugeseraCpwo.id, leadCaseworkerId: bugeseraWorker.id, placeId: PLACES.bugeseraVillage })).case.id;
    const res = await (
      await as(supervisor)
    ).post('/api/v1/workforce/supervision/sessions', {
      caseworkerId: worker.id,
      heldOn: '2026-11-02',
      themes: ['accountability', 'wellbeing'],
      caseIds: [caseA, caseB],
      notes: 'Heavy month; two Tier 1 cases.',
      actions: [{ description: 'Update the case plan of the Tier 1 case', dueOn: '2026-11-09' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    sessionId = s.id;
    expect(s.cases.map((c: { id: string }) => c.id).sort()).toEqual([caseA, caseB].sort());
    expect(s.actions).toHaveLength(1);
    const open = await t.database.db.selectFrom('deadlines').selectAll().where('supervisee_id', '=', worker.id).where('met_at', 'is', null).execute();
    expect(open).toHaveLength(1);
    expect(new Date(open[0]!.due_at).toISOString().slice(0, 19)).toBe('2026-12-02T21:59:59');
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', sessionId).execute();
    expect(audit.map((a) => a.action)).toContain('supervision.session.record');
  });

  it('refuses another supervisor’s supervisee, a case outside the supervisor’s need-to-know, and the wrong role', async () => {
    const body = { caseworkerId: otherWorker.id, heldOn: '2026-11-02', themes: ['quality'] };
    const s = await as(supervisor);
    expect((await s.post('/api/v1/workforce/supervision/sessions', body)).statusCode).toBe(404);
    const bad = await s.post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: worker.id, caseIds: [foreignCase] });
    expect(bad.statusCode).toBe(404);
    expect(bad.body).not.toContain(foreignCase);
    expect((await s.post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: worker.id, caseIds: [otherWorkersCase] })).statusCode).toBe(404);
    expect((await s.post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: bugeseraWorker.id })).statusCode).toBe(404);
    expect((await (await as(cpwo)).post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: worker.id })).statusCode).toBe(403);
    const future = await s.post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: worker.id, heldOn: '2026-12-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].field).toBe('body.heldOn');
    const noTheme = await s.post('/api/v1/workforce/supervision/sessions', { ...body, caseworkerId: worker.id, themes: [] });
    expect(noTheme.statusCode).toBe(400);
    const sessions = await t.database.db.selectFrom('supervision_sessions').select('id').execute();
    expect(sessions).toHaveLength(1);
  });

  it('each role sees what it may: the caseworker their own, the supervisor theirs, others nothing', async () => {
    expect((await (await as(worker)).get('/api/v1/workforce/supervision/sessions')).json().total).toBe(1);
    expect((await (await as(supervisor)).get('/api/v1/workforce/supervision/sessions')).json().total).toBe(1);
    expect((await (await as(otherSupervisor)).get('/api/v1/workforce/supervision/sessions')).json().total).toBe(0);
    expect((await (await as(otherSupervisor)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await (await as(otherWorker)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await (await as(bugeseraCpwo)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await (await as(ncda)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`)).statusCode).toBe(403);
    const own = await (await as(worker)).get(`/api/v1/workforce/supervision/sessions/${sessionId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().cases).toHaveLength(2);
  });

  it('only the caseworker acknowledges, once', async () => {
    expect((await (await as(supervisor)).post(`/api/v1/workforce/supervision/sessions/${sessionId}/acknowledge`, {})).statusCode).toBe(404);
    const ack = await (await as(worker)).post(`/api/v1/workforce/supervision/sessions/${sessionId}/acknowledge`, { note: 'Agreed' });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().acknowledgedAt).not.toBeNull();
    expect((await (await as(worker)).post(`/api/v1/workforce/supervision/sessions/${sessionId}/acknowledge`, {})).statusCode).toBe(409);
  });

  it('the supervisor’s board shows each supervisee’s cases, overdue work and last session', async () => {
    const res = await (await as(supervisor)).get('/api/v1/workforce/supervision/board');
    expect(res.statusCode).toBe(200);
    const board = res.json();
    const w = board.supervisees.find((s: { id: string }) => s.id === worker.id);
    expect(w.openCases).toBe(2);
    expect(w.tier1).toBe(1);
    expect(w.lastSupervisedOn).toBe('2026-11-02');
    expect(w.sessionOverdue).toBe(false);
    const n = board.supervisees.find((s: { id: string }) => s.id === newcomer.id);
    expect(n.lastSupervisedOn).toBeNull();
    expect(board.supervisees.map((s: { id: string }) => s.id)).not.toContain(otherWorker.id);
    expect(JSON.stringify(board)).not.toContain('givenName');
    expect((await (await as(worker)).get('/api/v1/workforce/supervision/board')).statusCode).toBe(403);
    expect((await (await as(cpwo)).get('/api/v1/workforce/supervision/board')).statusCode).toBe(403);
  });

  it('the district sets its schedule; another district’s answers 404', async () => {
    const c = await as(cpwo);
    const set = await c.put('/api/v1/workforce/supervision/schedule', { intervalDays: 21, firstYearIntervalDays: 7 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ districtId: PLACES.gasabo, setByDistrict: true, intervalDays: 21 });
    expect(
      (await c.put(`/api/v1/workforce/supervision/schedule?districtId=${PLACES.bugesera}`, { intervalDays: 21, firstYearIntervalDays: 7 })).statusCode,
    ).toBe(404);
    expect((await (await as(supervisor)).put('/api/v1/workforce/supervision/schedule', { intervalDays: 21, firstYearIntervalDays: 7 })).statusCode).toBe(403);
  });
});

describe('caseloads, thresholds and the allocation warning', () => {
  it('the administrator sets weights and thresholds; others may not', async () => {
    const policy = {
      tierWeights: { tier1: 3, tier2: 1 },
      caseloadThreshold: 5,
      superviseesPerSupervisor: 1,
      supervisionIntervalDays: 30,
      firstYearSupervisionIntervalDays: 14,
    };
    expect((await (await as(cpwo)).put('/api/v1/settings/workforce-policy', policy)).statusCode).toBe(403);
    const res = await (await as(sysadmin)).put('/api/v1/settings/workforce-policy', policy);
    expect(res.statusCode, res.body).toBe(200);
    const bad = await (await as(sysadmin)).put('/api/v1/settings/workforce-policy', { ...policy, caseloadThreshold: -1 });
    expect(bad.statusCode).toBe(400);
  });

  it('the caseload board weights by tier and makes the over-threshold stand out (the district’s for a CPWO)', async () => {
    // worker: one Tier 1 (3) and one Tier 2 (1) = 4; one more Tier 2 → 5 (at the threshold, not over).
    await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: worker.id, supervisorId: supervisor.id });
    const res = await (await as(cpwo)).get('/api/v1/workforce/caseload');
    expect(res.statusCode).toBe(200);
    const board = res.json();
    const w = board.caseworkers.find((c: { id: string }) => c.id === worker.id);
    expect(w).toMatchObject({ tier1: 1, tier2: 2, weighted: 5, overThreshold: false });
    expect(board.caseworkers.map((c: { id: string }) => c.id)).not.toContain(bugeseraWorker.id);
    // Two supervisees against a ratio of one: the supervisor stands out.
    expect(board.supervisors.find((s: { id: string }) => s.id === supervisor.id).overThreshold).toBe(true);
    expect((await (await as(cpwo)).get(`/api/v1/workforce/caseload?districtId=${PLACES.bugesera}`)).statusCode).toBe(404);
    expect((await (await as(supervisor)).get('/api/v1/workforce/caseload')).statusCode).toBe(403);
    expect((await (await as(worker)).get('/api/v1/workforce/caseload')).statusCode).toBe(403);
  });

  it('NCDA sees the national board and planning figures, without children', async () => {
    const board = await (await as(ncda)).get('/api/v1/workforce/caseload');
    expect(board.statusCode).toBe(200);
    expect(board.json().caseworkers.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([worker.id, bugeseraWorker.id]));
    const planning = await (await as(ncda)).get('/api/v1/workforce/planning');
    expect(planning.statusCode).toBe(200);
    const gasabo = planning.json().districts.find((d: { districtId: string }) => d.districtId === PLACES.gasabo);
    expect(gasabo).toMatchObject({ caseworkers: 4, untrainedCaseworkers: 1, supervisors: 2, izu: 1 });
    expect(planning.json().districts).toHaveLength(30);
    const cpwoPlanning = await (await as(cpwo)).get('/api/v1/workforce/planning');
    expect(cpwoPlanning.json().districts.map((d: { districtId: string }) => d.districtId)).toEqual([PLACES.gasabo]);
    expect((await (await as(izu)).get('/api/v1/workforce/planning')).statusCode).toBe(403);
  });

  it('allocating a Tier 1 case that takes a caseworker over the threshold warns, and goes through once confirmed', async () => {
    const kase = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id, tier: 1 })).case.id;
    const c = await as(cpwo);
    const candidates = await c.get(`/api/v1/cases/${kase}/allocation/candidates`);
    const cand = candidates.json().items.find((i: { id: string }) => i.id === worker.id);
    expect(cand.caseload).toMatchObject({ weighted: 5, threshold: 5, overThreshold: false, overAfterAllocation: true });
    const warned = await c.post(`/api/v1/cases/${kase}/allocation`, { leadCaseworkerId: worker.id });
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error).toMatchObject({ messageKey: 'errors.caseload_over_threshold', details: { current: 5, after: 8, threshold: 5 } });
    const lead = await t.database.db.selectFrom('cases').select('lead_caseworker_id').where('id', '=', kase).executeTakeFirstOrThrow();
    expect(lead.lead_caseworker_id).toBe(cpwo.id);
    const confirmed = await c.post(`/api/v1/cases/${kase}/allocation`, { leadCaseworkerId: worker.id, confirmOverThreshold: true });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const board = (await c.get('/api/v1/workforce/caseload')).json();
    expect(board.caseworkers.find((w: { id: string }) => w.id === worker.id)).toMatchObject({ weighted: 8, overThreshold: true });
  });
});

describe('the training register, its import, and the gate', () => {
  const HEADER = 'Username,Phone,Name,Training,Date,Provider,Certificate';
  it('shows who still needs the national training before carrying cases', async () => {
    const res = await (await as(cpwo)).get('/api/v1/workforce/trainings/register?needsNational=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((p: { id: string }) => p.id)).toEqual([newcomer.id]);
    expect(res.json().trainings.map((t: { code: string }) => t.code)).toContain('izu_positive_parenting');
  });

  it('the untrained newcomer may not lead a case', async () => {
    const kase = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id })).case.id;
    const res = await (await as(cpwo)).post(`/api/v1/cases/${kase}/allocation`, { leadCaseworkerId: newcomer.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.caseworker_untrained');
  });

  it('an attendance list with a bad row writes nothing, and reports each problem by row', async () => {
    const csv = [
      HEADER,
      'newcomer.uwase,,Uwase,National case management training,2026-10-20,NCDA,CM-2026-014',
      ',0788999999,Nobody,Positive parenting,2026-10-20,NCDA,',
      `${bugeseraWorker.username},,Elsewhere,Reporting,2026-10-20,,`,
      `${izu.username},,IZU,Cooking,2026-10-20,,`,
      `${izu.username},,IZU,Home visits,2026-12-20,,`,
    ].join('\n');
    const res = await (await as(cpwo)).post('/api/v1/workforce/trainings/import', { format: 'csv', content: csv, dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.ok).toBe(false);
    expect(out.created).toBe(0);
    expect(out.errors.map((e: { row: number; field: string; messageKey: string }) => [e.row, e.field, e.messageKey])).toEqual([
      [3, 'phone', 'errors.training_import_person_unknown'],
      [4, 'username', 'errors.training_import_person_unknown'],
      [5, 'training', 'errors.training_unknown'],
      [6, 'completed_on', 'errors.training_date_in_future'],
    ]);
    const records = await t.database.db.selectFrom('training_records').select('id').where('user_id', '=', newcomer.id).execute();
    expect(records).toHaveLength(0);
  });

  it('a good list is written in one go; the national training opens the gate', async () => {
    const csv = [
      HEADER,
      'newcomer.uwase,,Uwase,National case management training,20/10/2026,NCDA,CM-2026-014',
      `${izu.username},,IZU,Positive parenting,2026-10-21,World Vision,`,
      `${izu.username},,IZU,izu_home_visits,2026-10-22,,`,
    ].join('\n');
    const c = await as(cpwo);
    const dry = (await c.post('/api/v1/workforce/trainings/import', { format: 'csv', content: csv })).json();
    expect(dry).toMatchObject({ dryRun: true, ok: true, created: 0 });
    const res = await c.post('/api/v1/workforce/trainings/import', { format: 'csv', content: csv, dryRun: false });
    expect(res.json()).toMatchObject({ ok: true, created: 3 });
    const u = await t.database.db.selectFrom('users').select('training_completed_on').where('id', '=', newcomer.id).executeTakeFirstOrThrow();
    expect(String(u.training_completed_on)).toMatch(/2026-10-20|Oct 20 2026/);
    const kase = (await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id })).case.id;
    const alloc = await c.post(`/api/v1/cases/${kase}/allocation`, { leadCaseworkerId: newcomer.id });
    expect(alloc.statusCode, alloc.body).toBe(200);
    const izus = (await c.get('/api/v1/workforce/trainings/register?role=izu')).json();
    expect(izus.counts.byTraining).toMatchObject({ izu_positive_parenting: 1, izu_home_visits: 1 });
    expect((await c.get('/api/v1/workforce/trainings/register?needsNational=true')).json().items).toEqual([]);
  });

  it('a malformed or oversized file is refused naming the field; other roles and districts are refused', async () => {
    const c = await as(cpwo);
    const noHeader = await c.post('/api/v1/workforce/trainings/import', { format: 'csv', content: 'a,b\n1,2' });
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.messageKey).toBe('errors.import_bad_header');
    const big = await c.post('/api/v1/workforce/trainings/import', { format: 'csv', content: 'x'.repeat(1_000_001) });
    expect([400, 413]).toContain(big.statusCode);
    const xlsx = await c.post('/api/v1/workforce/trainings/import', { format: 'xlsx', content: Buffer.from('not a zip').toString('base64') });
    expect(xlsx.json().error.messageKey).toBe('errors.import_malformed');
    expect((await (await as(supervisor)).post('/api/v1/workforce/trainings/import', { format: 'csv', content: 'a' })).statusCode).toBe(403);
    const foreign = await c.post('/api/v1/workforce/trainings/records', { userId: bugeseraWorker.id, trainingCode: 'supervision', completedOn: '2026-10-01' });
    expect(foreign.statusCode).toBe(404);
    expect((await (await as(bugeseraCpwo)).get('/api/v1/workforce/trainings/register')).json().items.map((p: { id: string }) => p.id)).not.toContain(
      newcomer.id,
    );
  });

  it('a person reads their own record; a follow-up module gets its refresher date', async () => {
    const rec = await (
      await as(cpwo)
    ).post('/api/v1/workforce/trainings/records', {
      userId: worker.id,
      trainingCode: 'case_management_followup',
      completedOn: '2026-09-15',
      provider: 'UNICEF',
      certificateRef: 'FU-77',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const mine = await (await as(worker)).get('/api/v1/workforce/trainings/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().person.records.find((r: { trainingCode: string }) => r.trainingCode === 'case_management_followup')).toMatchObject({
      expiresOn: '2028-09-15',
      certificateRef: 'FU-77',
    });
    expect((await (await as(ncda)).get('/api/v1/workforce/trainings/mine')).statusCode).toBe(403);
    expect((await (await as(worker)).get('/api/v1/workforce/trainings/register')).statusCode).toBe(403);
  });
});
