import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Alternative care, part A (the alternative care issue): the carers
// register, gatekeeping approved by the supervisor, placements and their
// rules (409 with what the rule requires, nothing half-written), matching,
// monitoring visits by the caseworker and the village IZU, reviews that
// change the form of care, and the deadlines that escalate.

let t: TestApp;
const s = {} as Record<'cpwo' | 'cso' | 'supervisor' | 'izu' | 'otherIzu' | 'bugeseraCpwo' | 'analyst', Session>;
const ids = {} as { cpwo: string; cso: string; supervisor: string };
const cellVillage = '12010102';
const sectorVillage = '12010201';

beforeAll(async () => {
  t = await createTestApp();
  const sup = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
  const cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, supervisorId: sup.user.id, trainingCompletedOn: '2024-06-01' });
  const cso = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo, supervisorId: sup.user.id, trainingCompletedOn: '2025-01-10' });
  Object.assign(ids, { cpwo: cpwo.user.id, cso: cso.user.id, supervisor: sup.user.id });
  s.cpwo = cpwo.session;
  s.cso = cso.session;
  s.supervisor = sup.session;
  s.izu = (await signedIn(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage })).session;
  s.otherIzu = (await signedIn(t, { role: 'izu', jurisdictionId: cellVillage })).session;
  s.bugeseraCpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2024-06-01' })).session;
  s.analyst = (await signedIn(t, { role: 'analyst', jurisdictionId: PLACES.rwanda })).session;
  for (const k of Object.keys(s) as (keyof typeof s)[]) users[k] = { id: s[k].userId };
});
// Tests move the clock days ahead (deadlines fall due): sessions are signed in afresh at the clock's time.
const users = {} as Record<keyof typeof s, { id: string }>;
async function resign() {
  for (const k of Object.keys(users) as (keyof typeof s)[]) s[k] = await sessionFor(t, users[k]);
}
beforeEach(resign);
afterAll(() => t?.close());

const carerBody = (o: Record<string, unknown> = {}) => ({
  householdName: 'Urugo rwa Mukamana',
  mainCarerName: 'Mukamana Josephine',
  phone: '+250788123456',
  villageId: PLACES.gasaboVillage,
  foundBy: 'izu',
  capacity: 2,
  ageMin: 0,
  ageMax: 12,
  emergencyAvailable: true,
  ...o,
});

async function approvedCarer(o: Record<string, unknown> = {}, session = s.cpwo) {
  const c = client(t, session);
  const res = await c.post('/api/v1/care/carers', carerBody(o));
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id;
  expect((await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'assessment', on: '2026-10-01', note: 'Safe home, caring couple' })).statusCode).toBe(200);
  expect((await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'training', on: '2026-10-10', note: 'Foster care training' })).statusCode).toBe(200);
  const ok = await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'approval', on: '2026-10-15', reasons: 'Assessed and trained', reviewOn: '2027-10-15' });
  expect(ok.statusCode, ok.body).toBe(200);
  return id as string;
}

async function newCase(placeId = PLACES.gasaboVillage) {
  const { case: kase } = await insertCase(t, { openedBy: ids.cpwo, leadCaseworkerId: ids.cso, supervisorId: ids.supervisor, stage: 'implementation', placeId });
  return kase.id as string;
}

const gatekeeping = (careForm = 'long_term_foster_care') => ({
  familyCarePossible: false,
  necessityReasons: 'Abandoned; no family found yet',
  careForm,
  suitabilityReasons: 'A family setting, near the school',
  childViews: 'Wants to stay near the school',
  familyParticipation: 'No family traced yet',
});

async function gatekept(caseId: string, careForm = 'long_term_foster_care') {
  expect((await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/gatekeeping`, gatekeeping(careForm))).statusCode).toBe(200);
  const res = await client(t, s.supervisor).post(`/api/v1/cases/${caseId}/care/gatekeeping/answer`, { approve: true });
  expect(res.statusCode, res.body).toBe(200);
}

const visitBody = (o: Record<string, unknown> = {}) => ({
  visitedOn: '2026-11-02',
  childSafe: true,
  wellbeingSafety: 'Settling in, eating well',
  schoolAttendance: 'regular',
  communityWelcome: 'Neighbours visit',
  ...o,
});
const placements = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('care_placements')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const openDeadlines = async (caseId: string) =>
  (await t.database.db.selectFrom('deadlines').select(['kind', 'due_at']).where('case_id', '=', caseId).where('met_at', 'is', null).execute())
    .map((d) => d.kind)
    .sort();

describe('the foster carers register', () => {
  it('takes an applicant through assessment and training to approval; refuses approval before them', async () => {
    const c = client(t, s.cpwo);
    const id = (await c.post('/api/v1/care/carers', carerBody({ alsoIzu: true }))).json().id;
    const early = await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'approval', on: '2026-10-15', reasons: 'Good', reviewOn: '2027-10-15' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details).toEqual({ missing: ['assessment', 'training'] });
    await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'assessment', on: '2026-10-01', note: 'Fine' });
    const refused = await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'refusal', on: '2026-10-02', reasons: 'Overcrowded house' });
    expect(refused.json()).toMatchObject({ status: 'refused', decisionReasons: 'Overcrowded house', alsoIzu: true });
    expect((await c.post(`/api/v1/care/carers/${id}/steps`, { step: 'training', on: '2026-10-03', note: 'x' })).statusCode).toBe(409);
  });

  it('filters the register by place, status, emergency availability and IZU carers, within the caller’s district', async () => {
    const c = client(t, s.cpwo);
    const emergency = await approvedCarer({ householdName: 'Urugo rwa Kalisa', villageId: cellVillage, emergencyAvailable: true, alsoIzu: true });
    const longTerm = (
      await c.post('/api/v1/care/carers', carerBody({ householdName: 'Urugo rwa Uwera', villageId: sectorVillage, emergencyAvailable: false }))
    ).json().id as string;
    const listed = async (q: string, session = s.cpwo) => {
      const res = await client(t, session).get(`/api/v1/care/carers?pageSize=100&${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return { ids: res.json().items.map((i: { id: string }) => i.id) as string[], total: res.json().total as number };
    };
    const inCell = await listed(`placeId=${cellVillage.slice(0, 6)}`);
    expect(inCell.ids).toContain(emergency);
    expect(inCell.ids).not.toContain(longTerm);
    expect(inCell.total).toBe(inCell.ids.length);
    const quick = await listed('emergency=true&status=approved');
    expect(quick.ids).toContain(emergency);
    expect(quick.ids).not.toContain(longTerm);
    expect((await listed('emergency=false')).ids).toContain(longTerm);
    const izuCarers = await listed('alsoIzu=true');
    expect(izuCarers.ids).toContain(emergency);
    expect(izuCarers.ids).not.toContain(longTerm);
    expect((await listed('status=applicant')).ids).toEqual(expect.arrayContaining([longTerm]));
    // Another district's place, and malformed filters, are refused; another district's CPWO lists none of these.
    expect((await client(t, s.cpwo).get(`/api/v1/care/carers?placeId=${PLACES.bugesera}`)).statusCode).toBe(404);
    expect((await client(t, s.cpwo).get('/api/v1/care/carers?emergency=yes')).statusCode).toBe(400);
    expect((await client(t, s.cpwo).get('/api/v1/care/carers?status=trusted')).statusCode).toBe(400);
    const other = await listed('emergency=true', s.bugeseraCpwo);
    expect(other.ids).not.toContain(emergency);
  });

  it('shows a supervisor the decisions without who the carers are; refuses other roles and other districts', async () => {
    const id = await approvedCarer();
    const sup = (await client(t, s.supervisor).get(`/api/v1/care/carers/${id}`)).json();
    expect(sup).toMatchObject({ status: 'approved', householdName: null, mainCarerName: null, phone: null });
    expect((await client(t, s.cso).get(`/api/v1/care/carers/${id}`)).json().householdName).toBe('Urugo rwa Mukamana');
    const other = await client(t, s.bugeseraCpwo).get(`/api/v1/care/carers/${id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Mukamana');
    expect((await client(t, s.analyst).get(`/api/v1/care/carers/${id}`)).statusCode).toBe(403);
    expect((await client(t, s.izu).get('/api/v1/care/carers')).statusCode).toBe(403);
    expect((await client(t, s.cso).post('/api/v1/care/carers', carerBody())).statusCode).toBe(403);
    expect((await client(t, s.bugeseraCpwo).post(`/api/v1/care/carers/${id}/steps`, { step: 'refusal', on: '2026-10-02', reasons: 'x' })).statusCode).toBe(404);
    expect((await client(t, s.cpwo).post('/api/v1/care/carers', carerBody({ villageId: PLACES.bugeseraVillage }))).statusCode).toBe(404);
    const bad = await client(t, s.cpwo).post('/api/v1/care/carers', carerBody({ capacity: 0, householdName: 'x'.repeat(5000) }));
    expect(bad.statusCode).toBe(400);
    const audit = await t.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('carer.read');
  });
});

describe('gatekeeping and placements', () => {
  it('refuses a placement without gatekeeping, and one with an unapproved carer, writing nothing', async () => {
    const caseId = await newCase();
    const carer = await approvedCarer();
    const before = await placements();
    const res = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'long_term_foster_care',
      carerId: carer,
      startedOn: '2026-11-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageKey).toBe('errors.placement_needs_gatekeeping');
    const applicant = (await client(t, s.cpwo).post('/api/v1/care/carers', carerBody())).json().id;
    await gatekept(caseId);
    const unapproved = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'long_term_foster_care',
      carerId: applicant,
      startedOn: '2026-11-01',
    });
    expect(unapproved.statusCode).toBe(409);
    expect(unapproved.json().error.messageKey).toBe('errors.carer_not_approved');
    expect(await placements()).toBe(before);
    expect(await openDeadlines(caseId)).toEqual([]);
  });

  it('lets only the supervisor approve, and only a pending decision', async () => {
    const caseId = await newCase();
    expect((await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/gatekeeping`, gatekeeping())).statusCode).toBe(200);
    expect((await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/gatekeeping`, gatekeeping())).statusCode).toBe(409);
    expect((await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/gatekeeping/answer`, { approve: true })).statusCode).toBe(403);
    expect((await client(t, s.bugeseraCpwo).get(`/api/v1/cases/${caseId}/care`)).statusCode).toBe(404);
    const back = await client(t, s.supervisor).post(`/api/v1/cases/${caseId}/care/gatekeeping/answer`, { approve: false, note: 'Talk to the aunt first' });
    expect(back.json().gatekeeping[0]).toMatchObject({ status: 'returned', answerNote: 'Talk to the aunt first' });
    expect((await client(t, s.supervisor).post(`/api/v1/cases/${caseId}/care/gatekeeping/answer`, { approve: true })).statusCode).toBe(409);
    const bad = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/gatekeeping`, { ...gatekeeping(), careForm: undefined });
    expect(bad.statusCode).toBe(400);
  });

  it('places in emergency before gatekeeping; the decision is due in days and escalates; approval meets it', async () => {
    const caseId = await newCase();
    const carer = await approvedCarer();
    const res = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'emergency_foster_care',
      carerId: carer,
      startedOn: '2026-11-02',
      emergency: true,
      matchReasons: 'Same village, emergency carer',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().placements[0]).toMatchObject({ careForm: 'emergency_foster_care', emergency: true, gatekeepingId: null, nextVisitDue: '2026-11-09' });
    expect(await openDeadlines(caseId)).toEqual(['care_gatekeeping', 'care_review', 'care_visit']);
    const second = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'emergency_foster_care',
      carerId: carer,
      startedOn: '2026-11-02',
      emergency: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.messageKey).toBe('errors.placement_already_active');
    t.clock.advanceDays(4);
    await resign();
    await runEscalation(t.ctx);
    const late = await t.database.db
      .selectFrom('deadlines')
      .select(['kind', 'escalation_level'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'care_gatekeeping')
      .executeTakeFirstOrThrow();
    expect(late.escalation_level).toBeGreaterThanOrEqual(1);
    await gatekept(caseId, 'emergency_foster_care');
    expect(await openDeadlines(caseId)).toEqual(['care_review', 'care_visit']);
  });

  it('refuses a carer beyond capacity (siblings count) and outside their ages', async () => {
    const carer = await approvedCarer({ capacity: 2, ageMax: 5 });
    const caseId = await newCase();
    await gatekept(caseId);
    const old = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'long_term_foster_care',
      carerId: carer,
      startedOn: '2026-11-01',
    });
    expect(old.json().error.messageKey).toBe('errors.carer_age_range');
    const roomy = await approvedCarer({ capacity: 2 });
    const full = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'long_term_foster_care',
      carerId: roomy,
      startedOn: '2026-11-01',
      siblingGroup: 3,
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({ messageKey: 'errors.carer_full', details: { capacity: 2, placed: 0, siblingGroup: 3 } });
    const other = await client(t, s.bugeseraCpwo).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'long_term_foster_care',
      carerId: roomy,
      startedOn: '2026-11-01',
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('matching', () => {
  it('suggests approved carers with room, nearest first, emergency ones for emergency care', async () => {
    const caseId = await newCase(PLACES.gasaboVillage);
    const sector = await approvedCarer({ villageId: sectorVillage, householdName: 'Sector home', capacity: 4 });
    const cell = await approvedCarer({ villageId: cellVillage, householdName: 'Cell home', emergencyAvailable: false });
    const res = await client(t, s.cso).get(`/api/v1/cases/${caseId}/care/carer-matches?careForm=long_term_foster_care&siblingGroup=2`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { carerId: string; distance: string; freePlaces: number }[];
    const order = items.map((i) => i.distance);
    expect(order).toEqual(
      [...order].sort((a, b) => ['village', 'cell', 'sector', 'district'].indexOf(a) - ['village', 'cell', 'sector', 'district'].indexOf(b)),
    );
    expect(items.map((i) => i.carerId)).toEqual(expect.arrayContaining([sector, cell]));
    expect(items.every((i) => i.freePlaces >= 2)).toBe(true);
    const emergency = (await client(t, s.cso).get(`/api/v1/cases/${caseId}/care/carer-matches?careForm=emergency_foster_care`)).json().items;
    expect(emergency.map((i: { carerId: string }) => i.carerId)).not.toContain(cell);
    expect((await client(t, s.supervisor).get(`/api/v1/cases/${caseId}/care/carer-matches?careForm=long_term_foster_care`)).statusCode).toBe(403);
    expect((await client(t, s.bugeseraCpwo).get(`/api/v1/cases/${caseId}/care/carer-matches?careForm=long_term_foster_care`)).statusCode).toBe(404);
  });
});

describe('follow-up visits and reviews', () => {
  it('the village IZU sees the children placed in the village and records a visit; others cannot', async () => {
    const caseId = await newCase();
    const carer = await approvedCarer({ householdName: 'Urugo rwa Habimana' });
    await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'emergency_foster_care',
      carerId: carer,
      startedOn: '2026-11-02',
      emergency: true,
    });
    const list = (await client(t, s.izu).get('/api/v1/care/izu/placements')).json().items as { placementId: string; household: string }[];
    const mine = list.find((i) => i.household === 'Urugo rwa Habimana')!;
    expect(mine).toBeDefined();
    expect((await client(t, s.otherIzu).get('/api/v1/care/izu/placements')).json().items).toEqual([]);
    expect((await client(t, s.otherIzu).post(`/api/v1/care/izu/placements/${mine.placementId}/visits`, visitBody())).statusCode).toBe(404);
    expect((await client(t, s.cso).post(`/api/v1/care/izu/placements/${mine.placementId}/visits`, visitBody())).statusCode).toBe(403);
    const res = await client(t, s.izu).post(`/api/v1/care/izu/placements/${mine.placementId}/visits`, visitBody());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().nextVisitDue).toBe('2026-11-09');
    const care = (await client(t, s.cso).get(`/api/v1/cases/${caseId}/care`)).json();
    expect(care.placements[0].visits[0]).toMatchObject({ visitor: 'izu', communityWelcome: 'Neighbours visit' });
    expect((await client(t, s.izu).post(`/api/v1/care/izu/placements/${mine.placementId}/visits`, visitBody({ visitedOn: '2027-01-01' }))).statusCode).toBe(
      400,
    );
  });

  it('a missed visit is overdue and escalates', async () => {
    const caseId = await newCase();
    const carer = await approvedCarer();
    await gatekept(caseId);
    await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, { careForm: 'long_term_foster_care', carerId: carer, startedOn: '2026-11-02' });
    t.clock.advanceDays(9);
    await resign();
    await runEscalation(t.ctx);
    const d = await t.database.db
      .selectFrom('deadlines')
      .select(['escalation_level'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'care_visit')
      .where('met_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(d.escalation_level).toBeGreaterThanOrEqual(1);
    const n = await t.database.db.selectFrom('notifications').select('params').where('case_id', '=', caseId).execute();
    expect(n.length).toBeGreaterThan(0);
    await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placement/visits`, visitBody({ visitedOn: '2026-11-11' }));
    const next = await t.database.db
      .selectFrom('deadlines')
      .select(['escalation_level'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'care_visit')
      .where('met_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(next.escalation_level).toBe(0);
  });

  it('a review moves the child from emergency to long-term foster care in one step', async () => {
    const caseId = await newCase();
    const carer = await approvedCarer();
    await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placements`, {
      careForm: 'emergency_foster_care',
      carerId: carer,
      startedOn: '2026-11-02',
      emergency: true,
    });
    const review = {
      stillNecessary: true,
      stillSuitable: false,
      reunificationPossible: false,
      permanencePossible: true,
      childParticipation: 'The child wants to stay with this family',
      decision: 'change_form',
      next: { careForm: 'long_term_foster_care', carerId: carer, matchReasons: 'The same household, now long-term' },
    };
    const res = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placement/reviews`, review);
    expect(res.statusCode, res.body).toBe(201);
    const [now, before] = res.json().placements;
    expect(now).toMatchObject({ careForm: 'long_term_foster_care', endedOn: null, previousPlacementId: before.id });
    expect(before).toMatchObject({ careForm: 'emergency_foster_care', endReason: 'form_changed' });
    expect(before.reviews[0]).toMatchObject({ decision: 'change_form' });
    // Residential care is the last resort: a review alone does not move a child there, and nothing changes.
    const resi = await client(t, s.cso).post(`/api/v1/cases/${caseId}/care/placement/reviews`, {
      ...review,
      next: { careForm: 'residential_care', familyName: 'Centre', villageId: PLACES.gasaboVillage },
    });
    expect(resi.statusCode).toBe(409);
    const after = (await client(t, s.cso).get(`/api/v1/cases/${caseId}/care`)).json();
    expect(after.placements).toHaveLength(2);
    expect(after.placements[0].endedOn).toBeNull();
    expect((await client(t, s.supervisor).get(`/api/v1/cases/${caseId}/care`)).json().placements[0].carer.householdName).toBeNull();
  });
});
