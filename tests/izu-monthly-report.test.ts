import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMonthlyReportReminders } from '../src/community/monthly-report-reminders.service.js';
import { client, PLACES, sessionFor, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 13, the IZU monthly report: a pair sends it on the web (a coordinator
// types a paper form on a pair's behalf); a second report for the same village
// and month replaces the first, which stays in history; bad input is refused
// naming the field, with nothing written; the roll-up shows each level its
// completeness and figures; pairs late after the deadline are reminded once,
// in their language, and the cell coordinator gets the missing list.
// The test clock starts on 2 November 2026, 09:00 in Kigali: October's
// reports are due by the end of 5 November.

let t: TestApp;
const CELL = PLACES.gasaboCell; // 120101 Kinyaga
const V1 = '12010101'; // Akakaza
const V2 = '12010102'; // Kigarama
const V3 = '12010103'; // Kingabo
const MONTH = '2026-10';
const PHONES = { a1: '+250788300001', a2: '+250788300002', b1: '+250788300003', c1: '+250788300004', c2: '+250788300005', coordinator: '+250788300009' };

type Person = { user: { id: string }; session: Session };
let izuA1: Person, izuA2: Person, izuB1: Person, izuC1: Person;
let coordinator: Person, sectorCoordinator: Person, cpwo: Person, ncda: Person, bugeseraCoordinator: Person;
let caseworker: Person, provider: Person, localLeader: Person;

const as = (p: Person) => client(t, p.session);
const report = (extra: Record<string, unknown> = {}) => ({
  month: MONTH,
  householdsVisited: 9,
  childrenAtRisk: { poverty: 2, school_dropout: 1 },
  incidents: { physical_violence: 1 },
  resolvedInCommunity: 1,
  referralsMade: 2,
  followUpVisits: 3,
  concerns: 'Two families need Ubudehe review',
  ...extra,
});
const reportCount = async () =>
  (
    await t.database.db
      .selectFrom('izu_monthly_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

beforeAll(async () => {
  t = await createTestApp();
  const izu = (jurisdictionId: string, phone: string, language: 'rw' | 'en' | 'fr', fullName: string) =>
    signedIn(t, { role: 'izu', jurisdictionId, phone, language, fullName });
  izuA1 = await izu(V1, PHONES.a1, 'rw', 'Mukamana Claudine');
  izuA2 = await izu(V1, PHONES.a2, 'fr', 'Habimana Jean');
  izuB1 = await izu(V2, PHONES.b1, 'en', 'Uwimana Alice');
  izuC1 = await izu(V3, PHONES.c1, 'rw', 'Nyirahabimana Josée');
  await izu(V3, PHONES.c2, 'fr', 'Ndayisaba Eric');
  coordinator = await signedIn(t, {
    role: 'izu_cell_coordinator',
    jurisdictionId: CELL,
    phone: PHONES.coordinator,
    language: 'en',
    fullName: 'Mugabo Patrick',
  });
  sectorCoordinator = await signedIn(t, { role: 'izu_sector_coordinator', jurisdictionId: PLACES.gasaboSector });
  cpwo = await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo });
  ncda = await signedIn(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda });
  bugeseraCoordinator = await signedIn(t, { role: 'izu_cell_coordinator', jurisdictionId: '570101' });
  caseworker = await signedIn(t, { role: 'cso_caseworker', jurisdictionId: PLACES.gasabo });
  provider = await signedIn(t, { role: 'service_provider', jurisdictionId: PLACES.gasabo });
  localLeader = await signedIn(t, { role: 'local_leader', jurisdictionId: CELL });
});
afterAll(() => t.close());

describe('a pair sends its monthly report', () => {
  it('records the report of the IZU own village, then replaces it with a second, keeping the first in history', async () => {
    const first = await as(izuA1).post('/api/v1/izu/monthly-reports', report());
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ month: MONTH, villageId: V1, replaced: false });

    t.clock.advanceMinutes(10);
    const second = await as(izuA2).post('/api/v1/izu/monthly-reports', report({ householdsVisited: 10, incidents: {}, concerns: undefined }));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ villageId: V1, replaced: true });

    const seen = await as(izuA1).get(`/api/v1/izu/monthly-reports/village?month=${MONTH}`);
    expect(seen.statusCode, seen.body).toBe(200);
    const body = seen.json();
    expect(body.village).toMatchObject({ id: V1, name: 'Akakaza' });
    expect(body.deadline).toBe('2026-11-05');
    expect(body.current).toMatchObject({
      id: second.json().id,
      channel: 'web',
      householdsVisited: 10,
      incidents: {},
      childrenAtRisk: { poverty: 2, school_dropout: 1 },
      submittedBy: { id: izuA2.user.id, fullName: 'Habimana Jean' },
      concerns: null,
      supersededAt: null,
    });
    expect(body.historyTotal).toBe(1);
    expect(body.history).toHaveLength(1);
    expect(body.history[0]).toMatchObject({ id: first.json().id, householdsVisited: 9, concerns: 'Two families need Ubudehe review' });
    expect(body.history[0].supersededAt).not.toBeNull();

    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_id']).where('entity_id', '=', second.json().id).execute();
    expect(audit).toEqual([{ action: 'izu_report.submit', actor_id: izuA2.user.id }]);
  });

  it('keeps one current report when the pair sends at the same moment, the others in history', async () => {
    const month = '2026-09';
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) => as(i % 2 ? izuA1 : izuA2).post('/api/v1/izu/monthly-reports', report({ month, householdsVisited: i }))),
    );
    for (const res of sent) expect(res.statusCode, res.body).toBe(201);
    expect(sent.filter((r) => !r.json().replaced)).toHaveLength(1);
    const rows = await t.database.db
      .selectFrom('izu_monthly_reports')
      .select(['id', 'superseded_by'])
      .where('village_id', '=', V1)
      .where('month', '=', month)
      .execute();
    expect(rows).toHaveLength(6);
    const current = rows.filter((r) => r.superseded_by === null);
    expect(current).toHaveLength(1);
    // Each earlier report points at the one that replaced it: one chain ending at the current one.
    const next = new Map(rows.map((r) => [r.id, r.superseded_by]));
    const first = rows.find((r) => !rows.some((o) => o.superseded_by === r.id))!;
    let at: string | null = first.id;
    let steps = 0;
    while (next.get(at!) !== null) {
      at = next.get(at!)!;
      steps += 1;
    }
    expect({ steps, end: at }).toEqual({ steps: 5, end: current[0]!.id });
    const seen = (await as(izuA1).get(`/api/v1/izu/monthly-reports/village?month=${month}`)).json();
    expect(seen.current.id).toBe(current[0]!.id);
    expect(seen.historyTotal).toBe(5);
  });

  it('refuses a future month, a negative count, an unknown category and another village, naming the field, writing nothing', async () => {
    const before = await reportCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [report({ month: '2026-12' }), 'body.month', 'errors.month_in_future'],
      [report({ month: '2026-13' }), 'body.month', 'errors.month_invalid'],
      [report({ householdsVisited: -1 }), 'body.householdsVisited', 'errors.field.too_small'],
      [report({ childrenAtRisk: { poverty: -2 } }), 'body.childrenAtRisk.poverty', 'errors.field.too_small'],
      [report({ incidents: { witchcraft: 1 } }), 'body.incidents.witchcraft', 'errors.field.unknown'],
      [report({ villageId: V1 }), 'body.villageId', 'errors.izu_report_other_village'],
    ];
    for (const [body, field, messageKey] of cases) {
      const res = await as(izuB1).post('/api/v1/izu/monthly-reports', body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      const error = res.json().error;
      expect(
        error.fields.map((f: { field: string }) => f.field),
        res.body,
      ).toContain(field);
      expect(error.fields.find((f: { field: string }) => f.field === field).messageKey, res.body).toBe(messageKey);
    }
    expect(await reportCount()).toBe(before);
  });

  it('lets the cell coordinator enter a paper report for a village of the cell, audited as on the pair behalf', async () => {
    const res = await as(coordinator).post('/api/v1/izu/monthly-reports/paper', report({ villageId: V2, householdsVisited: 8 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ villageId: V2, replaced: false });
    const seen = (await as(coordinator).get(`/api/v1/izu/monthly-reports/village?villageId=${V2}&month=${MONTH}`)).json();
    expect(seen.current).toMatchObject({ channel: 'paper', submittedBy: null, enteredBy: { id: coordinator.user.id, fullName: 'Mugabo Patrick' } });
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_id', 'details']).where('entity_id', '=', res.json().id).execute();
    expect(audit).toEqual([
      { action: 'izu_report.enter_paper', actor_id: coordinator.user.id, details: expect.objectContaining({ onBehalfOfVillage: V2, channel: 'paper' }) },
    ]);
    const noVillage = await as(coordinator).post('/api/v1/izu/monthly-reports/paper', report());
    expect(noVillage.statusCode).toBe(400);
    expect(noVillage.json().error.fields).toEqual([expect.objectContaining({ field: 'body.villageId', messageKey: 'errors.field.required' })]);
    const notVillage = await as(coordinator).post('/api/v1/izu/monthly-reports/paper', report({ villageId: CELL }));
    expect(notVillage.statusCode).toBe(400);
    expect(notVillage.json().error.fields[0]).toMatchObject({ field: 'body.villageId' });
  });
});

describe('who may send and read', () => {
  it("answers 404 for a village outside the coordinator's cell, and for another district's coordinator", async () => {
    const before = await reportCount();
    const elsewhere = await as(coordinator).post('/api/v1/izu/monthly-reports/paper', report({ villageId: PLACES.bugeseraVillage }));
    expect(elsewhere.statusCode).toBe(404);
    const bugesera = await as(bugeseraCoordinator).post('/api/v1/izu/monthly-reports/paper', report({ villageId: V3 }));
    expect(bugesera.statusCode).toBe(404);
    expect((await as(bugeseraCoordinator).get(`/api/v1/izu/monthly-reports/rollup?placeId=${CELL}&month=${MONTH}`)).statusCode).toBe(404);
    expect((await as(bugeseraCoordinator).get(`/api/v1/izu/monthly-reports/village?villageId=${V1}&month=${MONTH}`)).statusCode).toBe(404);
    expect(await reportCount()).toBe(before);
  });

  it("does not let an IZU read another village's reports or send a paper form; nor a coordinator use an IZU's channel", async () => {
    expect((await as(izuB1).get(`/api/v1/izu/monthly-reports/village?villageId=${V1}&month=${MONTH}`)).statusCode).toBe(404);
    expect((await as(izuB1).post('/api/v1/izu/monthly-reports/paper', report({ villageId: V2 }))).statusCode).toBe(403);
    expect((await as(coordinator).post('/api/v1/izu/monthly-reports', report({ villageId: V3 }))).statusCode).toBe(403);
    expect((await as(izuB1).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).statusCode).toBe(403);
  });

  it('refuses roles without the permission (403), and nothing is written', async () => {
    const before = await reportCount();
    for (const p of [caseworker, provider, localLeader, cpwo, ncda, sectorCoordinator]) {
      expect((await as(p).post('/api/v1/izu/monthly-reports', report())).statusCode).toBe(403);
      expect((await as(p).post('/api/v1/izu/monthly-reports/paper', report({ villageId: V3 }))).statusCode).toBe(403);
    }
    for (const p of [caseworker, provider, localLeader]) {
      expect((await as(p).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).statusCode).toBe(403);
      expect((await as(p).get(`/api/v1/izu/monthly-reports/village?villageId=${V1}&month=${MONTH}`)).statusCode).toBe(403);
    }
    expect(await reportCount()).toBe(before);
  });
});

describe('the roll-up', () => {
  it("shows the cell coordinator each village's report, completeness and who is missing", async () => {
    const res = await as(coordinator).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.place).toMatchObject({ id: CELL, name: 'Kinyaga' });
    expect(body.completeness).toEqual({ pairsActive: 3, pairsReported: 2, pairsMissing: 1 });
    expect(body.totals).toEqual({
      reports: 2,
      householdsVisited: 18,
      childrenAtRisk: { poverty: 4, school_dropout: 2 },
      incidents: { physical_violence: 1 },
      resolvedInCommunity: 2,
      referralsMade: 4,
      followUpVisits: 6,
    });
    const kingabo = body.parts.find((p: { place: { id: string } }) => p.place.id === V3);
    expect(kingabo).toMatchObject({ completeness: { pairsActive: 1, pairsReported: 0, pairsMissing: 1 }, report: null });
    expect(kingabo.volunteers.map((v: { fullName: string }) => v.fullName).sort()).toEqual(['Ndayisaba Eric', 'Nyirahabimana Josée']);
    const akakaza = body.parts.find((p: { place: { id: string } }) => p.place.id === V1);
    expect(akakaza.report).toMatchObject({ channel: 'web', householdsVisited: 10 });
    // Villages of the cell with no active IZU count for nothing.
    expect(body.parts.find((p: { place: { id: string } }) => p.place.id === '12010107').completeness).toEqual({
      pairsActive: 0,
      pairsReported: 0,
      pairsMissing: 0,
    });
  });

  it('consolidates the cell into the sector, the district and the country with the same figures', async () => {
    const cell = (await as(coordinator).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).json();
    const sector = (await as(sectorCoordinator).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).json();
    expect(sector.place.id).toBe(PLACES.gasaboSector);
    const cellPart = sector.parts.find((p: { place: { id: string } }) => p.place.id === CELL);
    expect(cellPart).toMatchObject({ completeness: cell.completeness, totals: cell.totals });
    expect(cellPart.report).toBeUndefined();
    const district = (await as(cpwo).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).json();
    expect(district.completeness).toEqual(cell.completeness);
    expect(district.totals).toEqual(cell.totals);
    const country = await as(ncda).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`);
    expect(country.statusCode).toBe(200);
    expect(country.json().parts.map((p: { place: { id: string } }) => p.place.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(country.json().totals).toEqual(cell.totals);
    const future = await as(cpwo).get('/api/v1/izu/monthly-reports/rollup?month=2026-12');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0]).toMatchObject({ field: 'query.month', messageKey: 'errors.month_in_future' });
  });
});

describe('reminders after the deadline', () => {
  it('waits until the deadline day is over, then reminds the late pair in their language and the coordinator once', async () => {
    // 5 November, 23:30 in Kigali: October's reports are still on time.
    t.clock.set('2026-11-05T21:30:00Z');
    expect(await sendMonthlyReportReminders(t.ctx)).toMatchObject({ month: null, sms: 0 });
    t.sms.sent.length = 0;

    // 6 November, 00:30 in Kigali: the deadline has passed.
    t.clock.set('2026-11-05T22:30:00Z');
    const run = await sendMonthlyReportReminders(t.ctx);
    expect(run).toMatchObject({ month: MONTH, pairs: 1, coordinators: 1, sms: 3 });
    const to = (phone: string) => t.sms.sent.filter((m) => m.to === phone).map((m) => m.text);
    expect(to(PHONES.c1)).toEqual(["Rinda: raporo y'ukwezi 2026-10 y'Umudugudu wanyu ntiratugeraho. Muyohereze ubu. Murakoze."]);
    expect(to(PHONES.c2)).toEqual(["Rinda : le rapport mensuel 2026-10 de votre village ne nous est pas parvenu. Merci de l'envoyer maintenant."]);
    expect(to(PHONES.coordinator)).toEqual(['Rinda: 2026-10: 1 of 3 village reports missing: Kingabo']);
    for (const phone of [PHONES.a1, PHONES.a2, PHONES.b1]) expect(to(phone)).toEqual([]);

    // Every later run (this server's or another's) sends nothing more for October.
    t.clock.advanceDays(1);
    expect(await sendMonthlyReportReminders(t.ctx)).toMatchObject({ month: MONTH, pairs: 0, sms: 0 });
    expect(t.sms.sent).toHaveLength(3);
  });

  it('a late report still counts: the roll-up shows the cell complete', async () => {
    // Signed in afresh: the clock moved past the sessions' idle time.
    const late = await client(t, await sessionFor(t, izuC1.user)).post('/api/v1/izu/monthly-reports', report({ householdsVisited: 7 }));
    expect(late.statusCode, late.body).toBe(201);
    const cell = (await client(t, await sessionFor(t, coordinator.user)).get(`/api/v1/izu/monthly-reports/rollup?month=${MONTH}`)).json();
    expect(cell.completeness).toEqual({ pairsActive: 3, pairsReported: 3, pairsMissing: 0 });
  });
});
