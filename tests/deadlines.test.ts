import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetDeadlines, openDeadline } from '../src/deadlines/deadline.repository.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Worklists (what is due today, what is overdue) and the deadline policy.
// The clock stands at 2026-11-02 09:00 in Kigali (07:00 UTC).

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let izu: Signed, cpwo: Signed, cpwoBugesera: Signed, supervisor: Signed, worker: Signed, worker2: Signed, analyst: Signed, sysadmin: Signed;
const ids = { unscreened: '', tier1: '', late: '', plan: '' };
const codes = { unscreened: '', tier1: '', bugesera: '', late: '', plan: '' };

async function report(placeId: string = PLACES.gasaboVillage) {
  const res = await client(t, izu.session).post('/api/v1/reports', {
    channel: 'izu',
    child: { name: 'Keza Ange', sex: 'female', ageYears: 11 },
    placeId,
    whatHappened: 'Not in school, works in a bar',
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string };
}

async function caseWithDeadline(leadId: string, kind: string, dueAt: string, tier: 1 | 2 = 2) {
  const c = await insertCase(t, { openedBy: cpwo.user.id, leadCaseworkerId: leadId, tier });
  await t.database.db
    .transaction()
    .execute((trx) => openDeadline(trx, { kind, caseId: c.case.id, reportId: c.report.id, districtId: '12', dueAt: new Date(dueAt) }));
  return c.case;
}

const worklist = async (s: Signed, query = '') => {
  const res = await client(t, s.session).get(`/api/v1/worklist${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as {
    items: {
      id: string;
      kind: string;
      dueAt: string;
      overdue: boolean;
      dueToday: boolean;
      escalationLevel: number;
      tier: number | null;
      report: { id: string; reference: string } | null;
      case: { id: string; caseCode: string } | null;
      triage: {
        caseTypes: string[];
        childFirstName: string | null;
        childDescription: string | null;
        placeId: string | null;
        placeName: string | null;
        channel: string | null;
      };
    }[];
    total: number;
    counts: { overdue: number; dueToday: number; open: number };
  };
};
const kinds = (w: Awaited<ReturnType<typeof worklist>>) => w.items.map((i) => `${i.kind}:${i.case?.caseCode ?? i.report?.reference}`);

beforeAll(async () => {
  t = await createTestApp();
  izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  cpwoBugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
  supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  worker = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: supervisor.user.id, trainingCompletedOn: '2025-01-10' });
  worker2 = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-01-10' });
  analyst = await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda });
  sysadmin = await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda });

  const unscreened = await report(); // screening due tomorrow 07:00 UTC
  ids.unscreened = unscreened.id;
  codes.unscreened = unscreened.reference;
  const tier1 = await report(); // Tier 1 response due tonight 21:59:59 UTC
  const screened = await client(t, cpwo.session).post(`/api/v1/reports/${tier1.id}/screening`, {
    isVena: true,
    caseTypes: ['sexual_violence'],
    tier: 1,
    tierReason: 'forensics needed',
  });
  expect(screened.statusCode).toBe(200);
  ids.tier1 = tier1.id;
  codes.tier1 = tier1.reference;
  const bugesera = await report(PLACES.bugeseraVillage);
  codes.bugesera = bugesera.reference;
  const late = await caseWithDeadline(worker.user.id, 'tier2_assessment', '2026-11-01T21:59:59Z'); // overdue since last night
  ids.late = late.id;
  codes.late = late.case_code;
  const plan = await caseWithDeadline(worker2.user.id, 'case_plan', '2026-11-02T15:00:00Z'); // due this afternoon
  ids.plan = plan.id;
  codes.plan = plan.case_code;
});
afterAll(() => t.close());

describe('the worklist', () => {
  it('shows the CPWO the district’s open deadlines, soonest first, with what is overdue and due today', async () => {
    const w = await worklist(cpwo);
    expect(kinds(w)).toEqual([`tier2_assessment:${codes.late}`, `case_plan:${codes.plan}`, `tier1_response:${codes.tier1}`, `screening:${codes.unscreened}`]);
    expect(w.items[0]).toMatchObject({ overdue: true, dueToday: false, escalationLevel: 0, tier: 2, case: { id: ids.late, caseCode: codes.late } });
    expect(w.items[0]!.report).toMatchObject({ reference: expect.stringMatching(/^T/) });
    expect(w.items[2]).toEqual({
      id: expect.any(String),
      kind: 'tier1_response',
      dueAt: '2026-11-02T21:59:59.000Z',
      overdue: false,
      dueToday: true,
      escalationLevel: 0,
      tier: 1,
      report: { id: ids.tier1, reference: codes.tier1 },
      case: null,
      // What triage needs without opening the report: the CPWO may see the child's first name.
      triage: {
        caseTypes: ['sexual_violence'],
        childFirstName: 'Keza',
        childDescription: null,
        placeId: PLACES.gasaboVillage,
        placeName: 'Akakaza',
        channel: 'izu',
      },
    });
    expect(w.items[3]).toMatchObject({ dueAt: '2026-11-03T07:00:00.000Z', overdue: false, dueToday: false, tier: null });
    expect(w.counts).toEqual({ overdue: 1, dueToday: 2, open: 4 });
    // The first name only: never the rest of the name as reported.
    expect(JSON.stringify(w)).not.toContain('Ange');
  });

  it("gives a case's row the child's given name and village, and a supervisor's rows no child's name", async () => {
    const mine = (await worklist(worker)).items[0]!;
    expect(mine.triage).toEqual({
      caseTypes: ['physical_violence'],
      childFirstName: 'Aline',
      childDescription: null,
      placeId: PLACES.gasaboVillage,
      placeName: 'Akakaza',
      channel: 'izu',
    });
    const theirs = await worklist(supervisor);
    expect(theirs.items[0]!.triage).toMatchObject({ caseTypes: ['physical_violence'], childFirstName: null, childDescription: null, placeName: 'Akakaza' });
    expect(JSON.stringify(theirs)).not.toMatch(/Aline|Uwase|Keza/);
  });

  it('audits each worklist read with the cases and reports it showed', async () => {
    const before = Number(
      (
        await t.database.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.max('seq').as('m'))
          .executeTakeFirstOrThrow()
      ).m,
    );
    const w = await worklist(cpwo, '?due=today');
    const entry = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', before)
      .where('action', '=', 'worklist.read')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      actor_id: cpwo.user.id,
      entity_type: 'worklist',
      details: { page: 1, due: 'today', ids: w.items.map((i) => i.case?.id ?? i.report!.id) },
    });
    expect(entry.fields).toContain('childFirstName');
    expect(JSON.stringify(entry)).not.toContain('Keza');
    // The administrator's "who has seen this case" finds the worklist that showed it.
    const caseId = w.items.find((i) => i.case)!.case!.id;
    const admin = await client(t, sysadmin.session).get(`/api/v1/audit?entityType=case&entityId=${caseId}&action=worklist.read`);
    expect(admin.json().items.map((i: { seq: number }) => i.seq)).toContain(Number(entry.seq));
  });

  it('filters what is due today, what is overdue, and by tier', async () => {
    expect(kinds(await worklist(cpwo, '?due=today'))).toEqual([`case_plan:${codes.plan}`, `tier1_response:${codes.tier1}`]);
    expect(kinds(await worklist(cpwo, '?due=overdue'))).toEqual([`tier2_assessment:${codes.late}`]);
    expect(kinds(await worklist(cpwo, '?tier=1'))).toEqual([`tier1_response:${codes.tier1}`]);
    expect(kinds(await worklist(cpwo, '?tier=2&due=today'))).toEqual([`case_plan:${codes.plan}`]);
    const page = await worklist(cpwo, '?pageSize=1&page=2');
    expect(page.total).toBe(4);
    expect(kinds(page)).toEqual([`case_plan:${codes.plan}`]);
  });

  it('counts "today" by the local day: late tonight in Kigali is tomorrow', async () => {
    t.clock.set('2026-11-02T22:30:00Z'); // 00:30 on the 3rd in Kigali
    try {
      const late = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
      const w = await worklist(late);
      expect(w.items.find((i) => i.kind === 'screening')).toMatchObject({ dueToday: true, overdue: false });
      expect(w.items.find((i) => i.kind === 'tier1_response')).toMatchObject({ dueToday: false, overdue: true });
    } finally {
      t.clock.set('2026-11-02T07:00:00Z');
    }
  });

  it('shows a CSO caseworker their cases only, and a supervisor their supervisees’ cases', async () => {
    expect(kinds(await worklist(worker))).toEqual([`tier2_assessment:${codes.late}`]);
    expect(kinds(await worklist(worker2))).toEqual([`case_plan:${codes.plan}`]);
    expect(kinds(await worklist(supervisor))).toEqual([`tier2_assessment:${codes.late}`]);
  });

  it('keeps each district to itself', async () => {
    expect(kinds(await worklist(cpwoBugesera))).toEqual([`screening:${codes.bugesera}`]);
  });

  it('drops a deadline once it is met, and the case’s next due time follows', async () => {
    const nextDue = async (id: string) =>
      (await t.database.db.selectFrom('cases').select('next_due_at').where('id', '=', id).executeTakeFirstOrThrow()).next_due_at;
    expect(new Date((await nextDue(ids.late))!).toISOString()).toBe('2026-11-01T21:59:59.000Z');
    await t.database.db
      .transaction()
      .execute((trx) => openDeadline(trx, { kind: 'case_plan', caseId: ids.late, districtId: '12', dueAt: new Date('2026-11-20T21:59:59Z') }));
    expect(new Date((await nextDue(ids.late))!).toISOString()).toBe('2026-11-01T21:59:59.000Z');
    const met = await t.database.db.transaction().execute((trx) => meetDeadlines(trx, { caseId: ids.late, kind: 'tier2_assessment' }, t.clock.now()));
    expect(met).toBe(1);
    expect(new Date((await nextDue(ids.late))!).toISOString()).toBe('2026-11-20T21:59:59.000Z');
    expect(kinds(await worklist(worker))).toEqual([`case_plan:${codes.late}`]);
    await t.database.db.transaction().execute((trx) => meetDeadlines(trx, { caseId: ids.late }, t.clock.now()));
    expect(await nextDue(ids.late)).toBeNull();
    expect((await worklist(worker)).items).toEqual([]);
  });

  it('is refused to roles that carry no cases (IZU, analyst, sysadmin), and to anonymous callers', async () => {
    for (const s of [izu, analyst, sysadmin]) {
      const res = await client(t, s.session).get('/api/v1/worklist');
      expect(res.statusCode).toBe(403);
    }
    expect((await client(t).get('/api/v1/worklist')).statusCode).toBe(401);
    expect((await client(t, cpwo.session).get('/api/v1/worklist?due=someday')).statusCode).toBe(400);
  });
});

describe('the deadline policy', () => {
  it('starts from the framework’s values', async () => {
    const res = await client(t, sysadmin.session).get('/api/v1/settings/deadline-policy');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      screeningHours: 24,
      tier1ResponseHours: null,
      tier2AssessmentDays: 7,
      casePlanDays: 14,
      caseReviewDays: 90,
      referralImmediateDays: 0,
      referralUrgentDays: 2,
      referralRoutineDays: 7,
      referralCompletionDays: 30,
      escalationHours: { screening: 2, tier1_response: 2, tier2_assessment: 24, case_plan: 24, case_review: 24 },
    });
  });

  it('is the system administrator’s to change', async () => {
    const valid = (await client(t, sysadmin.session).get('/api/v1/settings/deadline-policy')).json();
    for (const s of [cpwo, supervisor, analyst]) {
      expect((await client(t, s.session).get('/api/v1/settings/deadline-policy')).statusCode).toBe(403);
      expect((await client(t, s.session).put('/api/v1/settings/deadline-policy', valid)).statusCode).toBe(403);
    }
  });

  it('refuses values outside the rules and unknown fields', async () => {
    const current = (await client(t, sysadmin.session).get('/api/v1/settings/deadline-policy')).json();
    const put = (body: unknown) => client(t, sysadmin.session).put('/api/v1/settings/deadline-policy', body);
    expect((await put({ ...current, screeningHours: 0 })).statusCode).toBe(400);
    expect((await put({ ...current, tier2AssessmentDays: 7.5 })).statusCode).toBe(400);
    expect((await put({ ...current, escalationHours: { ...current.escalationHours, screening: 0 } })).statusCode).toBe(400);
    expect((await put({ ...current, graceMinutes: 5 })).statusCode).toBe(400);
    const { casePlanDays: _, ...missing } = current;
    expect((await put(missing)).statusCode).toBe(400);
  });

  it('applies a change to new deadlines only, and audits which values changed', async () => {
    const current = (await client(t, sysadmin.session).get('/api/v1/settings/deadline-policy')).json();
    const res = await client(t, sysadmin.session).put('/api/v1/settings/deadline-policy', {
      ...current,
      tier1ResponseHours: 6,
      escalationHours: { ...current.escalationHours, tier1_response: 1 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tier1ResponseHours: 6, escalationHours: { tier1_response: 1 } });
    expect((await client(t, sysadmin.session).get('/api/v1/settings/deadline-policy')).json().tier1ResponseHours).toBe(6);
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'settings.deadline_policy.update').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: sysadmin.user.id, fields: ['tier1ResponseHours', 'escalationHours.tier1_response'] });

    const r = await report();
    const screened = await client(t, cpwo.session).post(`/api/v1/reports/${r.id}/screening`, {
      isVena: true,
      caseTypes: ['physical_violence'],
      tier: 1,
      tierReason: 'critical injuries',
    });
    expect(screened.json().deadlines.find((d: { kind: string }) => d.kind === 'tier1_response').dueAt).toBe('2026-11-02T13:00:00.000Z');
    const earlier = await client(t, cpwo.session).get(`/api/v1/reports/${ids.tier1}`);
    expect(earlier.json().deadlines.find((d: { kind: string }) => d.kind === 'tier1_response').dueAt).toBe('2026-11-02T21:59:59.000Z');
  });
});
