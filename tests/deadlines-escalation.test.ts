import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetDeadlines, openDeadline } from '../src/deadlines/deadline.repository.js';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, sessionFor, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Overdue work escalates by itself, a level per interval, up the hierarchy
// (caseworker → supervisor → district leadership → NCDA), and keeps reminding
// NCDA until someone acts. The clock is moved; sessions are signed in afresh
// after each move (an idle session ends after 30 minutes).

let t: TestApp;
type User = { id: string };
let izu: User, cpwo: User, cpwoSupervisor: User, districtLeader: User, ncda: User, sysadmin: User, worker: User, workerSupervisor: User;

const PHONES = {
  cpwo: '+250788100001',
  cpwoSupervisor: '+250788100002',
  districtLeader: '+250788100003',
  ncda: '+250788100004',
  ncdaElsewhere: '+250788100005',
  worker: '+250788100006',
  workerSupervisor: '+250788100007',
};
const CHILD = 'Uwase Diane';
const FACT = 'burnt with a hot iron';
const DAY = 86_400_000;
const HOUR = 3_600_000;

const as = async (u: User) => client(t, await sessionFor(t, u));
const smsTo = (phone: string) => t.sms.sent.filter((m) => m.to === phone).map((m) => m.text);
const notificationsOf = async (u: User) =>
  (await (await as(u)).get('/api/v1/notifications?pageSize=100')).json().items as {
    kind: string;
    messageKey: string;
    params: Record<string, unknown>;
    reportId: string | null;
    caseId: string | null;
  }[];
const escalations = (id: string) =>
  t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'deadline.escalate').where('entity_id', '=', id).orderBy('seq').execute();

async function newReport() {
  const res = await (
    await as(izu)
  ).post('/api/v1/reports', {
    channel: 'izu',
    child: { name: CHILD, sex: 'female', ageYears: 6 },
    placeId: PLACES.gasaboVillage,
    whatHappened: FACT,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string };
}

beforeAll(async () => {
  t = await createTestApp();
  const mk = async (input: Parameters<typeof signedIn>[1]) => (await signedIn(t, input)).user;
  cpwoSupervisor = await mk({ role: 'supervisor', jurisdictionId: PLACES.rwanda, phone: PHONES.cpwoSupervisor });
  cpwo = await mk({ role: 'cpwo', jurisdictionId: PLACES.gasabo, phone: PHONES.cpwo, supervisorId: cpwoSupervisor.id });
  districtLeader = await mk({ role: 'supervisor', jurisdictionId: PLACES.gasabo, phone: PHONES.districtLeader });
  ncda = await mk({ role: 'ncda_officer', jurisdictionId: PLACES.rwanda, phone: PHONES.ncda });
  await mk({ role: 'ncda_officer', jurisdictionId: '5', phone: PHONES.ncdaElsewhere });
  workerSupervisor = await mk({ role: 'supervisor', jurisdictionId: PLACES.gasabo, phone: PHONES.workerSupervisor });
  worker = await mk({
    role: 'cso_caseworker',
    jurisdictionId: PLACES.gasabo,
    phone: PHONES.worker,
    supervisorId: workerSupervisor.id,
    trainingCompletedOn: '2025-01-10',
  });
  izu = await mk({ role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  sysadmin = await mk({ role: 'sysadmin', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t.close());

describe('a Tier 2 report that nobody assesses', () => {
  let report: { id: string; reference: string };
  let deadlineId: string;
  const levelOf = async () =>
    await t.database.db.selectFrom('deadlines').select(['escalation_level', 'met_at']).where('id', '=', deadlineId).executeTakeFirstOrThrow();

  it('is screened Tier 2 on Monday 2 November: the assessment is due by the end of Monday 9 November', async () => {
    t.clock.set('2026-11-02T07:00:00Z');
    report = await newReport();
    const res = await (
      await as(cpwo)
    ).post(`/api/v1/reports/${report.id}/screening`, {
      isVena: true,
      caseTypes: ['physical_violence'],
      tier: 2,
      tierReason: 'Injury healed; the child can stay with her aunt',
    });
    expect(res.statusCode).toBe(200);
    const d = res.json().deadlines.find((x: { kind: string }) => x.kind === 'tier2_assessment');
    expect(d.dueAt).toBe('2026-11-09T21:59:59.000Z');
    deadlineId = d.id;
    t.sms.sent.length = 0;
  });

  it('does not escalate before it falls due', async () => {
    t.clock.set('2026-11-09T21:59:58Z');
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 0, notifications: 0, sms: 0 });
    expect((await levelOf()).escalation_level).toBe(0);
  });

  it('level 1 when it falls due: the district’s CPWO, in the app and by SMS', async () => {
    t.clock.set('2026-11-09T22:00:00Z');
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 1, notifications: 1, sms: 1 });
    expect((await levelOf()).escalation_level).toBe(1);
    expect(smsTo(PHONES.cpwo)).toEqual([
      `Rinda: ${report.reference} yarengeje igihe (isesengura Tier 2). Mwihutire kubikora. / ${report.reference} is overdue (Tier 2 assessment). Please act.`,
    ]);
    const n = (await notificationsOf(cpwo)).filter((x) => x.kind === 'deadline.overdue');
    expect(n).toEqual([
      expect.objectContaining({
        messageKey: 'notifications.deadline_overdue',
        params: { kind: 'tier2_assessment', level: 1, reference: report.reference, caseCode: null, dueAt: '2026-11-09T21:59:59.000Z' },
        reportId: report.id,
      }),
    ]);
    const w = (await (await as(cpwo)).get('/api/v1/worklist?due=overdue')).json();
    expect(w.items).toEqual([
      expect.objectContaining({ kind: 'tier2_assessment', overdue: true, escalationLevel: 1, report: { id: report.id, reference: report.reference } }),
    ]);
  });

  it('escalates once however often it runs at the same time', async () => {
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 0, notifications: 0, sms: 0 });
    const [a, b] = await Promise.all([runEscalation(t.ctx), runEscalation(t.ctx)]);
    expect(a.escalated + b.escalated).toBe(0);
    expect(await escalations(deadlineId)).toHaveLength(1);
    expect(smsTo(PHONES.cpwo)).toHaveLength(1);
  });

  it('level 2 a day later: the CPWO’s supervisor', async () => {
    // Level 1 ran a second after the due time; level 2 is due one interval after the due time.
    t.clock.advance(DAY - 2000);
    expect((await runEscalation(t.ctx)).escalated).toBe(0);
    t.clock.advance(1000);
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 1, notifications: 1, sms: 1 });
    expect((await levelOf()).escalation_level).toBe(2);
    expect(smsTo(PHONES.cpwoSupervisor)).toHaveLength(1);
    expect((await notificationsOf(cpwoSupervisor))[0]).toMatchObject({ kind: 'deadline.overdue', params: { level: 2, reference: report.reference } });
  });

  it('level 3 the next day: district leadership (the district’s supervisors)', async () => {
    t.clock.advance(DAY);
    const run = await runEscalation(t.ctx);
    expect(run.escalated).toBe(1);
    expect((await levelOf()).escalation_level).toBe(3);
    expect(smsTo(PHONES.districtLeader)).toHaveLength(1);
    expect(smsTo(PHONES.workerSupervisor)).toHaveLength(1); // also a supervisor at the district
    expect((await notificationsOf(districtLeader))[0]).toMatchObject({ params: { level: 3 } });
  });

  it('level 4 the next day: NCDA officers covering the district, not those elsewhere', async () => {
    t.clock.advance(DAY);
    expect((await runEscalation(t.ctx)).escalated).toBe(1);
    expect((await levelOf()).escalation_level).toBe(4);
    expect(smsTo(PHONES.ncda)).toHaveLength(1);
    expect(smsTo(PHONES.ncdaElsewhere)).toHaveLength(0);
    expect((await notificationsOf(ncda))[0]).toMatchObject({ params: { level: 4, reference: report.reference } });
  });

  it('keeps reminding NCDA every interval until someone acts', async () => {
    t.clock.advance(DAY);
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 1, notifications: 1, sms: 1 });
    expect((await levelOf()).escalation_level).toBe(4);
    expect(smsTo(PHONES.ncda)).toHaveLength(2);
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 0, notifications: 0, sms: 0 });
  });

  it('stops once the deadline is met', async () => {
    await t.database.db.transaction().execute((trx) => meetDeadlines(trx, { reportId: report.id, kind: 'tier2_assessment' }, t.clock.now()));
    t.clock.advance(5 * DAY);
    expect(await runEscalation(t.ctx)).toEqual({ escalated: 0, notifications: 0, sms: 0 });
    expect((await (await as(cpwo)).get('/api/v1/worklist')).json().items).toEqual([]);
  });

  it('never put the child’s name or the facts in an SMS, a notification or the audit', async () => {
    expect(t.sms.sent.length).toBeGreaterThanOrEqual(6);
    for (const m of t.sms.sent) {
      expect(m.text).not.toMatch(/Uwase|Diane|iron|aunt/i);
      expect(m.text.length).toBeLessThanOrEqual(160);
    }
    const rows = await t.database.db.selectFrom('notifications').selectAll().execute();
    expect(JSON.stringify(rows)).not.toMatch(/Uwase|Diane|iron/i);
    const audit = await escalations(deadlineId);
    expect(audit.map((a) => (a.details as { level: number }).level)).toEqual([1, 2, 3, 4, 4]);
    expect(audit.every((a) => a.actor_id === null)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Uwase|Diane|iron/i);
  });
});

describe('an unscreened report', () => {
  it('escalates every 2 hours after the 24 hours for screening, and stops when screened', async () => {
    t.clock.set('2026-12-01T06:00:00Z');
    const report = await newReport();
    const deadline = await t.database.db.selectFrom('deadlines').select('id').where('report_id', '=', report.id).executeTakeFirstOrThrow();
    t.clock.set('2026-12-02T06:00:00Z');
    await runEscalation(t.ctx);
    t.clock.advance(2 * HOUR);
    await runEscalation(t.ctx);
    expect((await escalations(deadline.id)).map((a) => (a.details as { level: number }).level)).toEqual([1, 2]);
    expect((await notificationsOf(cpwoSupervisor))[0]).toMatchObject({ params: { kind: 'screening', level: 2, reference: report.reference } });
    const screened = await (await as(cpwo)).post(`/api/v1/reports/${report.id}/screening`, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
    expect(screened.statusCode).toBe(200);
    t.clock.advance(2 * HOUR);
    await runEscalation(t.ctx);
    expect(await escalations(deadline.id)).toHaveLength(2);
  });

  it('catches up every level it missed in one run (e.g. after a restart), telling each level', async () => {
    t.clock.set('2026-12-10T06:00:00Z');
    const report = await newReport();
    const deadline = await t.database.db.selectFrom('deadlines').select('id').where('report_id', '=', report.id).executeTakeFirstOrThrow();
    t.clock.set('2026-12-11T12:00:00Z'); // 6 hours past due: levels 1 to 4 at 2-hour steps
    const run = await runEscalation(t.ctx);
    expect(run.escalated).toBe(1);
    const [entry] = await escalations(deadline.id);
    expect(entry!.details).toMatchObject({ from: 0, level: 4 });
    for (const u of [cpwo, cpwoSupervisor, districtLeader, ncda]) {
      expect((await notificationsOf(u)).some((n) => n.reportId === report.id)).toBe(true);
    }
  });
});

describe('a case deadline', () => {
  it('goes to the lead caseworker first, then the supervisor on the case', async () => {
    t.clock.set('2027-01-04T07:00:00Z');
    const c = await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: worker.id, supervisorId: workerSupervisor.id });
    const id = await t.database.db
      .transaction()
      .execute((trx) =>
        openDeadline(trx, { kind: 'case_plan', caseId: c.case.id, reportId: c.report.id, districtId: '12', dueAt: new Date('2027-01-04T08:00:00Z') }),
      );
    const sent = t.sms.sent.length;
    t.clock.set('2027-01-04T08:00:00Z');
    await runEscalation(t.ctx);
    // (NCDA is still being reminded of the report left unscreened above: only this case's people are looked at here.)
    const mine = () => t.sms.sent.slice(sent).filter((m) => m.to === PHONES.worker || m.to === PHONES.workerSupervisor);
    expect(mine()).toEqual([{ to: PHONES.worker, text: expect.stringContaining(`${c.case.case_code} is overdue (case plan)`) }]);
    expect((await notificationsOf(worker))[0]).toMatchObject({ params: { kind: 'case_plan', level: 1, caseCode: c.case.case_code }, caseId: c.case.id });
    t.clock.advance(DAY);
    await runEscalation(t.ctx);
    expect(mine().map((m) => m.to)).toEqual([PHONES.worker, PHONES.workerSupervisor]);
    const w = (await (await as(workerSupervisor)).get('/api/v1/worklist')).json();
    expect(w.items).toEqual([expect.objectContaining({ id, escalationLevel: 2, case: { id: c.case.id, caseCode: c.case.case_code } })]);
  });
});

describe('running the escalation by hand', () => {
  it('is for system administrators', async () => {
    const res = await (await as(sysadmin)).post('/api/v1/admin/escalation/run');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ escalated: expect.any(Number), notifications: expect.any(Number), sms: expect.any(Number) });
    for (const u of [cpwo, ncda, districtLeader]) {
      expect((await (await as(u)).post('/api/v1/admin/escalation/run')).statusCode).toBe(403);
    }
    expect((await client(t).post('/api/v1/admin/escalation/run')).statusCode).toBe(401);
  });

  it('records the administrator as the one who ran it', async () => {
    t.clock.set('2027-01-10T07:00:00Z');
    const report = await newReport();
    t.clock.set('2027-01-11T07:00:00Z');
    const res = await (await as(sysadmin)).post('/api/v1/admin/escalation/run');
    expect(res.json().escalated).toBeGreaterThanOrEqual(1);
    const deadline = await t.database.db.selectFrom('deadlines').select('id').where('report_id', '=', report.id).executeTakeFirstOrThrow();
    expect((await escalations(deadline.id))[0]).toMatchObject({ actor_id: sysadmin.id, actor_role: 'sysadmin' });
  });
});
