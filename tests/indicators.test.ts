import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, sessionFor, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { buildIndicatorCountry } from './indicators-support.js';

// The indicators' figures through HTTP against the hand-counted country of
// tests/indicators-support.ts (see the counts there), with disaggregation,
// periods, places, small-number suppression, exports, file audit sampling,
// and the attacks: an analyst never receives a child's identity; a CPWO of
// one district reads nothing of another below the aggregate.

let t: TestApp;
let cpwo: Session;
let bugeseraCpwo: Session;
let analyst: Session;
let sectorCoordinator: Session;
let izu: Session;
let caseworker: Session;
let country: Awaited<ReturnType<typeof buildIndicatorCountry>>;
const identities: string[] = [];

type Row = { key: string; label: string | null; numerator: number | null; denominator: number | null; value: number | null; suppressed: boolean };
type Fig = {
  id: string;
  available: boolean;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
  rows: Row[] | null;
};

async function figures(s: Session, query: string) {
  const res = await client(t, s).get(`/api/v1/indicators/figures?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { view: string; figures: Fig[]; suppressedLabel: string };
  return { ...body, raw: res.body, fig: (id: string) => body.figures.find((f) => f.id === id)! };
}
const rowsOf = (f: Fig) => Object.fromEntries((f.rows ?? []).map((r) => [r.key, r.numerator]));

beforeAll(async () => {
  t = await createTestApp();
  // Now is 7 December 2026: G1's plan (review 31 December) is up to date, G3's (30 November) is not.
  t.clock.set('2026-12-07T08:00:00Z');
  const cpwoUser = await createUser(t, { role: 'cpwo', jurisdictionId: '12', trainingCompletedOn: '2025-01-10' });
  cpwo = await sessionFor(t, cpwoUser);
  bugeseraCpwo = await sessionFor(t, await createUser(t, { role: 'cpwo', jurisdictionId: '57' }));
  analyst = await sessionFor(t, await createUser(t, { role: 'analyst', jurisdictionId: 'RW' }));
  sectorCoordinator = await sessionFor(t, await createUser(t, { role: 'izu_sector_coordinator', jurisdictionId: '1201' }));
  izu = await sessionFor(t, await createUser(t, { role: 'izu', jurisdictionId: '12010101' }));
  caseworker = await sessionFor(t, await createUser(t, { role: 'cso_caseworker', jurisdictionId: '12' }));
  country = await buildIndicatorCountry(t, cpwoUser.id);
  const { rows } = await sql<{ id: string; case_code: string; child_code: string; given_name: string; family_name: string }>`
    select c.id, c.case_code, ch.child_code, ch.given_name, ch.family_name from cases c join children ch on ch.id = c.child_id`.execute(t.database.db);
  for (const r of rows) identities.push(r.id, r.case_code, r.child_code, r.given_name, r.family_name);
}, 120_000);
afterAll(() => t.close());

describe("a district's figures, as its CPWO sees them", () => {
  it('counts each framework indicator as counted by hand (Gasabo, November 2026)', async () => {
    const r = await figures(cpwo, 'place=12&period=2026-11');
    expect(r.view).toBe('full');
    expect(r.fig('cases_enrolled')).toMatchObject({ numerator: 3, value: 3, suppressed: false });
    expect(r.fig('assessment_completed')).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    expect(r.fig('case_plan_up_to_date')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(r.fig('referrals_made')).toMatchObject({ numerator: 3 });
    expect(r.fig('referrals_completed')).toMatchObject({ numerator: 1 });
    expect(r.fig('benchmark_progress')).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
    expect(r.fig('cases_resolved')).toMatchObject({ numerator: 2 });
    expect(r.fig('clients_satisfied')).toMatchObject({ numerator: 1, denominator: 3, value: 33.3 });
    expect(r.fig('wellbeing_improved')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(r.fig('files_meeting_standards')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('counts the operational ones', async () => {
    const r = await figures(cpwo, 'place=12&period=2026-11');
    expect(r.fig('reports_received')).toMatchObject({ numerator: 5 });
    expect(r.fig('reports_screened')).toMatchObject({ numerator: 4 });
    // G1, G2, G3 screened 4 hours after receipt, the plain report at once: 12 hours over 4 reports.
    expect(r.fig('hours_to_screening')).toMatchObject({ numerator: 12, denominator: 4, value: 3 });
    expect(r.fig('hours_to_response')).toMatchObject({ denominator: 0, value: null });
    expect(r.fig('overdue_work')).toMatchObject({ numerator: 0, available: true });
    // The village's IZU (the test's volunteer) is active and has sent nothing for November.
    expect(r.fig('izu_reporting_completeness')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    // The gaps are the directory's own coverage table's, counted the same way.
    const coverage = (await client(t, cpwo).get('/api/v1/directory/coverage?districtId=12')).json();
    expect(r.fig('service_coverage_gaps').numerator).toBe(coverage.gaps);
    expect(coverage.gaps).toBeGreaterThan(0);
    const bySector = (await figures(cpwo, 'place=12&period=2026-11&by=place')).fig('service_coverage_gaps');
    expect(bySector.rows).toHaveLength(coverage.sectors.length);
    const detail = await figures(cpwo, 'place=12&period=2026-11&by=detail');
    expect(rowsOf(detail.fig('reports_screened'))).toEqual({ vena: 3, non_vena: 1 });
    expect(rowsOf(detail.fig('reports_received'))).toEqual({ izu: 3, school: 2 });
  });

  it('disaggregates by every dimension the data holds', async () => {
    const by = async (d: string) => (await figures(cpwo, `place=12&period=2026-11&by=${d}`)).fig('cases_enrolled');
    expect(rowsOf(await by('sex'))).toEqual({ female: 2, male: 1 });
    expect(rowsOf(await by('age_band'))).toEqual({ '0-4': 1, '5-9': 1, '10-14': 1 });
    expect(rowsOf(await by('disability'))).toEqual({ yes: 1, no: 2 });
    expect(rowsOf(await by('refugee_status'))).toEqual({ refugee: 1, national: 2 });
    expect(rowsOf(await by('relationship'))).toEqual({ neighbour: 1, parent: 1, not_assessed: 1 });
    expect(rowsOf(await by('tier'))).toEqual({ '1': 1, '2': 2 });
    // A case of two types counts under each; the total counts it once.
    const types = await by('case_type');
    expect(rowsOf(types)).toEqual({ physical_violence: 2, emotional_violence: 1, sexual_violence: 1 });
    expect(types.numerator).toBe(3);
    const places = await by('place');
    expect(places.rows).toEqual([
      expect.objectContaining({ key: '1201', label: 'Bumbogo', numerator: 2 }),
      expect.objectContaining({ key: '1202', label: 'Gatsata', numerator: 1 }),
    ]);
    const resolved = (await figures(cpwo, 'place=12&period=2026-11&by=detail')).fig('cases_resolved');
    expect(rowsOf(resolved)).toEqual({ goals_and_benchmarks_met: 1, lost_contact: 1 });
    const plans = (await figures(cpwo, 'place=12&period=2026-11&by=place')).fig('case_plan_up_to_date');
    expect(plans.rows).toEqual([
      expect.objectContaining({ key: '1201', numerator: 1, denominator: 1 }),
      expect.objectContaining({ key: '1202', numerator: 0, denominator: 1 }),
    ]);
  });

  it('adds up a quarter of months, and a sector', async () => {
    const q = (await figures(cpwo, 'place=12&period=2026-Q4&by=month')).fig('cases_enrolled');
    expect(q.numerator).toBe(4);
    expect(rowsOf(q)).toEqual({ '2026-10': 1, '2026-11': 3 });
    expect((await figures(cpwo, 'place=12&period=2026')).fig('cases_enrolled').numerator).toBe(4);
    const sector = await figures(cpwo, 'place=1201&period=2026-11');
    expect(sector.fig('cases_enrolled').numerator).toBe(2);
    expect(sector.fig('overdue_work').available).toBe(false);
  });
});

describe('small numbers, for those who may not see identities', () => {
  it('shows an analyst every count of the nation below the threshold as hidden', async () => {
    const r = await figures(analyst, 'place=RW&period=2026-11&by=place');
    expect(r.view).toBe('suppressed');
    expect(r.suppressedLabel).toBe('<5');
    const enrolled = r.fig('cases_enrolled');
    expect(enrolled).toMatchObject({ numerator: null, value: null, suppressed: true });
    expect(enrolled.rows!.every((x) => x.numerator === null && x.suppressed)).toBe(true);
  });

  it('hides a second cell where the total would give the first away (complementary suppression)', async () => {
    t.ctx.config.indicatorMinCell = 3;
    try {
      // Kigali 3, Eastern 1, total 4: Eastern is small; showing Kigali and the total would give it away.
      const r = await figures(analyst, 'place=RW&period=2026-11&by=place');
      expect(r.suppressedLabel).toBe('<3');
      const enrolled = r.fig('cases_enrolled');
      expect(enrolled.numerator).toBe(4);
      expect(enrolled.rows!.map((x) => [x.key, x.numerator, x.suppressed])).toEqual([
        ['1', null, true],
        ['5', null, true],
      ]);
      // A percentage: 2 of 3 assessed in Gasabo hides the 1 not assessed, so the 2 and the 3 go too.
      const assessed = (await figures(analyst, 'place=12&period=2026-11')).fig('assessment_completed');
      expect(assessed).toMatchObject({ numerator: null, value: null, suppressed: true });
      // Villages and services are not children: shown as they are.
      expect(r.fig('service_coverage_gaps').suppressed).toBe(false);
    } finally {
      t.ctx.config.indicatorMinCell = 5;
    }
  });

  it('never gives an analyst a child identity, whatever the breakdown', async () => {
    for (const by of ['', 'place', 'sex', 'age_band', 'relationship', 'case_type', 'detail', 'month']) {
      for (const place of ['RW', '1', '12', '1201', '57']) {
        if (by === 'place' && place === '1201') continue;
        const r = await figures(analyst, `place=${place}&period=2026-Q4${by ? `&by=${by}` : ''}`);
        for (const secret of identities) expect(r.raw.includes(secret), `${place} by ${by}: ${secret}`).toBe(false);
      }
    }
    const csv = await client(t, analyst).get('/api/v1/indicators/figures.csv?place=RW&period=2026-11&by=sex');
    for (const secret of identities) expect(csv.body.includes(secret)).toBe(false);
  });
});

describe('who reads which place', () => {
  it('refuses a CPWO another district and its sectors, as if they did not exist', async () => {
    for (const place of ['57', '5701']) {
      const res = await client(t, cpwo).get(`/api/v1/indicators/figures?place=${place}&period=2026-11`);
      expect(res.statusCode).toBe(404);
      expect(Object.keys(res.json())).toEqual(['error']);
    }
    const res = await client(t, bugeseraCpwo).get('/api/v1/indicators/figures.csv?place=12&period=2026-11');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('cases_enrolled');
  });

  it('shows a CPWO the nation and their province as aggregates with small numbers hidden', async () => {
    expect((await figures(cpwo, 'place=RW&period=2026-11')).view).toBe('suppressed');
    expect((await figures(cpwo, 'place=1&period=2026-11')).view).toBe('suppressed');
    expect((await figures(cpwo, 'place=1201&period=2026-11')).view).toBe('full');
    const b = await figures(bugeseraCpwo, 'place=57&period=2026-11');
    expect(b.fig('cases_enrolled').numerator).toBe(1);
  });

  it('gives a sector coordinator their sector only, suppressed', async () => {
    const r = await figures(sectorCoordinator, 'place=1201&period=2026-11');
    expect(r.view).toBe('suppressed');
    expect((await client(t, sectorCoordinator).get('/api/v1/indicators/figures?place=1202&period=2026-11')).statusCode).toBe(404);
    expect((await client(t, sectorCoordinator).get('/api/v1/indicators/figures?place=12&period=2026-11')).statusCode).toBe(404);
  });

  it('refuses roles that read no indicators', async () => {
    for (const s of [izu, caseworker]) {
      expect((await client(t, s).get('/api/v1/indicators/figures?place=12&period=2026-11')).statusCode).toBe(403);
      expect((await client(t, s).get('/api/v1/indicators')).statusCode).toBe(403);
    }
    expect((await client(t).get('/api/v1/indicators/figures?place=12&period=2026-11')).statusCode).toBe(401);
  });

  it('names the field of a bad query', async () => {
    const field = async (q: string) => (await client(t, cpwo).get(`/api/v1/indicators/figures?${q}`)).json().error.fields[0].field;
    expect(await field('place=12&period=2026-13')).toBe('querystring.period');
    expect(await field('place=12345&period=2026-11')).toBe('querystring.place');
    expect(await field('place=12&period=2026-11&by=colour')).toBe('querystring.by');
    expect(await field('place=1201&period=2026-11&by=place')).toBe('querystring.by');
    expect(await field(`place=12&period=2026-11&indicator=${'x'.repeat(5000)}`)).toBe('querystring.indicator');
    expect((await client(t, cpwo).get('/api/v1/indicators/figures?place=19&period=2026-11')).statusCode).toBe(404);
  });
});

describe('definitions and exports', () => {
  it('serves each definition once, with the checklist', async () => {
    const res = await client(t, analyst).get('/api/v1/indicators');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.filter((i: { group: string }) => i.group === 'framework')).toHaveLength(10);
    expect(body.fileAuditChecklist.length).toBeGreaterThan(5);
  });

  it('exports the table as CSV and XLSX, hidden counts as "<5"', async () => {
    const csv = await client(t, analyst).get('/api/v1/indicators/figures.csv?place=RW&period=2026-11&by=sex');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('indicator,title,place,period,breakdown,key,label,numerator,denominator,value');
    expect(csv.body).toMatch(/cases_enrolled,Cases enrolled,RW,2026-11,,,total,<5,,<5/);
    const xlsx = await client(t, cpwo).get('/api/v1/indicators/figures.xlsx?place=12&period=2026-11&by=sex');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const female = rows.find((r) => r[1] === 'cases_enrolled' && r[6] === 'female')!;
    expect(female[8]).toBe(2);
  });
});

describe('file audit sampling', () => {
  let auditId: string;
  it('draws a reproducible sample of the district’s files, audited with their ids', async () => {
    const res = await client(t, cpwo).post('/api/v1/file-audits', { districtId: '12', period: '2026-11', sampleSize: 3 });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    auditId = a.id;
    expect(a.seed).toBe('12:2026-11');
    expect(a.items).toHaveLength(3);
    // The same seed over the same files gives the same sample.
    const again = await sql<{ id: string }>`
      select c.id from cases c where c.district_id = '12' and c.opened_at < '2026-12-01T00:00:00+02:00'
      order by md5('12:2026-11' || c.id::text), c.id limit 3`.execute(t.database.db);
    expect(a.items.map((i: { caseId: string }) => i.caseId)).toEqual(again.rows.map((r) => r.id));
    expect(a.items.map((i: { caseId: string }) => i.caseId)).not.toContain(country.b1.caseId);
    const logged = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'file_audit.draw'`.execute(t.database.db);
    expect(logged.rows[0]!.n).toBe(1);
    const twice = await client(t, cpwo).post('/api/v1/file-audits', { districtId: '12', period: '2026-11', sampleSize: 3 });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps each score and who scored, and the indicator follows', async () => {
    const a = (await client(t, cpwo).get(`/api/v1/file-audits/${auditId}`)).json();
    const checklist = (await client(t, cpwo).get('/api/v1/indicators')).json().fileAuditChecklist as { code: string }[];
    const all = (answer: string) => Object.fromEntries(checklist.map((c) => [c.code, answer]));
    const first = await client(t, cpwo).put(`/api/v1/file-audits/${auditId}/files/${a.items[0].caseId}`, {
      checks: { ...all('yes'), closure_justified: 'na' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await client(t, cpwo).put(`/api/v1/file-audits/${auditId}/files/${a.items[1].caseId}`, {
      checks: { ...all('yes'), consent_recorded: 'no' },
    });
    const scored = second.json().items;
    expect(scored[0]).toMatchObject({ meetsStandards: true, score: 1 });
    expect(scored[1]).toMatchObject({ meetsStandards: false, score: 0.917 });
    expect(scored[1].scoredBy).toBe(scored[0].scoredBy);
    expect(scored[2].scoredAt).toBeNull();
    const f = (await figures(cpwo, 'place=12&period=2026-Q4')).fig('files_meeting_standards');
    expect(f).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    const bad = await client(t, cpwo).put(`/api/v1/file-audits/${auditId}/files/${a.items[2].caseId}`, { checks: { ...all('yes'), extra: 'yes' } });
    expect(bad.statusCode).toBe(400);
  });

  it("refuses another district's CPWO and those who do not audit", async () => {
    const read = await client(t, bugeseraCpwo).get(`/api/v1/file-audits/${auditId}`);
    expect(read.statusCode).toBe(404);
    expect(Object.keys(read.json())).toEqual(['error']);
    const checklist = (await client(t, cpwo).get('/api/v1/indicators')).json().fileAuditChecklist as { code: string }[];
    const body = { checks: Object.fromEntries(checklist.map((c) => [c.code, 'no'])) };
    const a = (await client(t, cpwo).get(`/api/v1/file-audits/${auditId}`)).json();
    expect((await client(t, bugeseraCpwo).put(`/api/v1/file-audits/${auditId}/files/${a.items[2].caseId}`, body)).statusCode).toBe(404);
    expect((await client(t, bugeseraCpwo).post('/api/v1/file-audits', { districtId: '12', period: '2026-12', sampleSize: 2 })).statusCode).toBe(404);
    expect((await client(t, analyst).get(`/api/v1/file-audits/${auditId}`)).statusCode).toBe(403);
    // A file that is not in the sample (another district's case) is not scored.
    expect((await client(t, cpwo).put(`/api/v1/file-audits/${auditId}/files/${country.b1.caseId}`, body)).statusCode).toBe(404);
    const after = (await client(t, cpwo).get(`/api/v1/file-audits/${auditId}`)).json();
    expect(after.items[2].scoredAt).toBeNull();
  });
});
