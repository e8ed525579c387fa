import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Framework step 3: screening and risk categorisation by the district CPWO.

let t: TestApp;
type Signed = { user: { id: string }; session: Session };
let izu: Signed, cpwo: Signed, cpwoBugesera: Signed, supervisor: Signed, hotline: Signed;

const REPORTER_PHONE = '+250788555001';

async function newReport(phone: string | null = REPORTER_PHONE) {
  const res = await client(t, izu.session).post('/api/v1/reports', {
    channel: 'izu',
    ...(phone && { reporter: { name: 'Nyirahabimana', phone } }),
    child: { name: 'Ishimwe Claude', sex: 'male', ageYears: 7 },
    placeId: PLACES.gasaboVillage,
    whatHappened: 'Left alone for days',
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string };
}

const screen = (s: Signed, id: string, body: unknown) => client(t, s.session).post(`/api/v1/reports/${id}/screening`, body);
const status = async (id: string) => (await client(t, cpwo.session).get(`/api/v1/reports/${id}`)).json().status as string;

beforeAll(async () => {
  t = await createTestApp();
  izu = await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage });
  cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  cpwoBugesera = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera });
  supervisor = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  hotline = await signedIn(t, { role: 'hotline_agent', jurisdictionId: PLACES.rwanda });
});
afterAll(() => t.close());

describe('a report that is not VENA', () => {
  it('records the need, refers to early intervention, closes the report and texts the reporter', async () => {
    const r = await newReport();
    const res = await screen(cpwo, r.id, {
      isVena: false,
      needs: ['poverty', 'orphanhood'],
      earlyInterventions: ['ubudehe', 'izu_home_visits'],
      note: 'Family in category 1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'early_intervention',
      closedAt: '2026-11-02T07:00:00.000Z',
      screening: {
        screenedAt: '2026-11-02T07:00:00.000Z',
        screenedById: cpwo.user.id,
        isVena: false,
        caseTypes: [],
        tier: null,
        tierReason: null,
        needs: ['poverty', 'orphanhood'],
        earlyInterventions: ['ubudehe', 'izu_home_visits'],
        note: 'Family in category 1',
      },
      deadlines: [{ kind: 'screening', metAt: '2026-11-02T07:00:00.000Z' }],
    });
    const sms = t.sms.sent.filter((m) => m.to === REPORTER_PHONE).map((m) => m.text);
    expect(sms).toEqual([expect.stringContaining('received'), expect.stringContaining('closed')]);
    for (const text of sms) {
      expect(text).toContain(r.reference);
      expect(text).not.toMatch(/Ishimwe|Claude|alone|poverty|ubudehe/i);
    }
    // The IZU who reported sees it closed, and nothing else.
    const mine = await client(t, izu.session).get(`/api/v1/reports/${r.id}`);
    expect(mine.json()).toMatchObject({ view: 'status', status: 'early_intervention' });
    expect(mine.json()).not.toHaveProperty('screening');
  });
});

describe('a VENA report', () => {
  it('keeps the needs seen at screening, so the first referrals can be made the same day', async () => {
    const r = await newReport();
    const res = await screen(cpwo, r.id, {
      isVena: true,
      caseTypes: ['sexual_violence'],
      tier: 1,
      tierReason: 'Defilement this morning',
      needs: ['disability', 'disability'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().screening).toMatchObject({ isVena: true, needs: ['disability'], earlyInterventions: [] });
  });

  it('Tier 1: due by the end of the day in Kigali, the reporter told it is being handled', async () => {
    t.sms.sent.length = 0;
    const r = await newReport();
    const res = await screen(cpwo, r.id, {
      isVena: true,
      caseTypes: ['sexual_violence'],
      tier: 1,
      tierReason: 'Defilement reported this morning: forensics needed',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'screened',
      closedAt: null,
      screening: { isVena: true, caseTypes: ['sexual_violence'], tier: 1, needs: [], earlyInterventions: [] },
    });
    // Screened at 09:00 in Kigali (07:00 UTC): the response is due at 23:59:59 local, 21:59:59 UTC.
    // Deadlines come soonest first.
    expect(body.deadlines).toEqual([
      expect.objectContaining({ kind: 'tier1_response', dueAt: '2026-11-02T21:59:59.000Z', metAt: null, overdue: false, escalationLevel: 0 }),
      expect.objectContaining({ kind: 'screening', dueAt: '2026-11-03T07:00:00.000Z', metAt: '2026-11-02T07:00:00.000Z' }),
    ]);
    expect(t.sms.sent.map((m) => m.text)).toEqual([
      expect.stringContaining('received'),
      `Rinda: Raporo ${r.reference} irimo gukurikiranwa. / Report ${r.reference} is being handled.`,
    ]);
  });

  it('Tier 2: the comprehensive assessment is due by the end of the seventh day', async () => {
    const r = await newReport(null);
    const sent = t.sms.sent.length;
    const res = await screen(cpwo, r.id, {
      isVena: true,
      caseTypes: ['physical_violence', 'emotional_violence', 'physical_violence'],
      tier: 2,
      tierReason: 'Hit by a parent; no injury; can stay home for a week',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().screening.caseTypes).toEqual(['physical_violence', 'emotional_violence']);
    expect(res.json().deadlines.find((d: { kind: string }) => d.kind === 'tier2_assessment')).toMatchObject({ dueAt: '2026-11-09T21:59:59.000Z', metAt: null });
    expect(t.sms.sent.length).toBe(sent); // no phone, no SMS
    // The IZU who reported it cannot learn the tier by filtering on it.
    const asReporter = (await client(t, izu.session).get('/api/v1/reports?tier=1')).json();
    expect(asReporter.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(asReporter.items.every((i: Record<string, unknown>) => !('tier' in i))).toBe(true);
    const register = await client(t, cpwo.session).get('/api/v1/reports?status=screened&tier=2');
    expect(register.json().items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(register.json().items.find((i: { id: string }) => i.id === r.id)).toMatchObject({ isVena: true, tier: 2, nextDueAt: '2026-11-09T21:59:59.000Z' });
  });

  it('audits the screening without its content', async () => {
    const r = await newReport(null);
    await screen(cpwo, r.id, { isVena: true, caseTypes: ['child_labour_exploitation'], tier: 2, tierReason: 'Works in a quarry' });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'report.screen').where('entity_id', '=', r.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: cpwo.user.id, details: { isVena: true, tier: 2 } });
    expect(JSON.stringify(audit[0])).not.toContain('quarry');
  });
});

describe('what the framework requires of a screening', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a tier without a reason', { isVena: true, caseTypes: ['sexual_violence'], tier: 1 }, 'errors.tier_reason_required', 'body.tierReason'],
    ['a blank reason', { isVena: true, caseTypes: ['sexual_violence'], tier: 1, tierReason: '   ' }, 'errors.tier_reason_required', 'body.tierReason'],
    ['VENA without a case type', { isVena: true, caseTypes: [], tier: 2, tierReason: 'x' }, 'errors.case_type_required', 'body.caseTypes'],
    ['VENA without a tier', { isVena: true, caseTypes: ['street_connected'], tierReason: 'x' }, 'errors.tier_required', 'body.tier'],
    [
      'VENA with early intervention',
      { isVena: true, caseTypes: ['street_connected'], tier: 2, tierReason: 'x', earlyInterventions: ['vup'] },
      'errors.screening_fields_mismatch',
      'body.earlyInterventions',
    ],
    [
      'not VENA without an early intervention',
      { isVena: false, needs: ['poverty'], earlyInterventions: [] },
      'errors.early_intervention_required',
      'body.earlyInterventions',
    ],
    ['not VENA without a need', { isVena: false, earlyInterventions: ['vup'] }, 'errors.need_required', 'body.needs'],
    ['not VENA with a tier', { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'], tier: 2 }, 'errors.screening_fields_mismatch', 'body.tier'],
  ];
  for (const [what, body, key, field] of cases) {
    it(`refuses ${what} (400 ${key}) and writes nothing`, async () => {
      const r = await newReport(null);
      const res = await screen(cpwo, r.id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ messageKey: key, fields: [{ field }] });
      expect(await status(r.id)).toBe('new');
    });
  }

  it('refuses a tier other than 1 or 2, an unknown case type and unknown fields', async () => {
    const r = await newReport(null);
    expect((await screen(cpwo, r.id, { isVena: true, caseTypes: ['sexual_violence'], tier: 3, tierReason: 'x' })).statusCode).toBe(400);
    expect((await screen(cpwo, r.id, { isVena: true, caseTypes: ['gossip'], tier: 2, tierReason: 'x' })).statusCode).toBe(400);
    expect((await screen(cpwo, r.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'], openCase: true })).statusCode).toBe(400);
    expect(await status(r.id)).toBe('new');
  });

  it('screens a report once: again is 409 errors.report_already_screened, whichever way', async () => {
    const r = await newReport(null);
    expect((await screen(cpwo, r.id, { isVena: true, caseTypes: ['sexual_violence'], tier: 1, tierReason: 'x' })).statusCode).toBe(200);
    const again = await screen(cpwo, r.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ messageKey: 'errors.report_already_screened', details: { status: 'screened' } });
    const closed = await newReport(null);
    await screen(cpwo, closed.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
    expect((await screen(cpwo, closed.id, { isVena: true, caseTypes: ['sexual_violence'], tier: 1, tierReason: 'x' })).statusCode).toBe(409);
    const open = await t.database.db.selectFrom('deadlines').select('kind').where('report_id', '=', r.id).where('met_at', 'is', null).execute();
    expect(open).toEqual([{ kind: 'tier1_response' }]);
  });

  it('lets two screenings race and keeps one', async () => {
    const r = await newReport(null);
    const [a, b] = await Promise.all([
      screen(cpwo, r.id, { isVena: true, caseTypes: ['sexual_violence'], tier: 1, tierReason: 'x' }),
      screen(cpwo, r.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});

describe('who may not screen', () => {
  it('answers 404 for a report outside the CPWO’s district, as for one that does not exist', async () => {
    const r = await newReport(null);
    const res = await screen(cpwoBugesera, r.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
    expect(res.statusCode).toBe(404);
    const none = await screen(cpwo, '00000000-0000-4000-8000-000000000000', { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
    expect(none.statusCode).toBe(404);
    expect(await status(r.id)).toBe('new');
  });

  it('refuses roles that do not screen (403), before looking at the report', async () => {
    const r = await newReport(null);
    for (const s of [supervisor, izu, hotline]) {
      const res = await screen(s, r.id, { isVena: false, needs: ['poverty'], earlyInterventions: ['vup'] });
      expect(res.statusCode).toBe(403);
    }
    expect(await status(r.id)).toBe('new');
  });
});
