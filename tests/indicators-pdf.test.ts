import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, sessionFor, type Session } from './support/factories.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { buildIndicatorCountry } from './indicators-support.js';

// The monthly district report as PDF, against the hand-counted country of
// tests/indicators-support.ts (Gasabo, November 2026: enrolled 3, of them 2
// assessed; reports received 5; sector 1201: G1 and G2 enrolled). The text is
// read back from the PDF's content streams.

let t: TestApp;
let cpwo: Session;
let bugeseraCpwo: Session;
let analyst: Session;
let izu: Session;
const identities: string[] = [];

async function report(s: Session, query: string) {
  const res = await client(t, s).get(`/api/v1/indicators/report.pdf?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const lines = pdfText(res.rawPayload).split('\n');
  return { res, lines, text: lines.join(' ') };
}
/** The cells written after an indicator's name in the table: numerator, denominator (for a ratio), value. */
const after = (lines: string[], name: string, n: number) => {
  const i = lines.indexOf(name);
  expect(i, `${name} in ${lines.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return lines.slice(i + 1, i + 1 + n);
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-12-07T08:00:00Z');
  const cpwoUser = await createUser(t, { role: 'cpwo', jurisdictionId: '12', trainingCompletedOn: '2025-01-10' });
  cpwo = await sessionFor(t, cpwoUser);
  bugeseraCpwo = await sessionFor(t, await createUser(t, { role: 'cpwo', jurisdictionId: '57' }));
  analyst = await sessionFor(t, await createUser(t, { role: 'analyst', jurisdictionId: 'RW' }));
  izu = await sessionFor(t, await createUser(t, { role: 'izu', jurisdictionId: '12010101' }));
  await buildIndicatorCountry(t, cpwoUser.id);
  const { rows } = await sql<{ id: string; case_code: string; child_code: string; given_name: string; family_name: string }>`
    select c.id, c.case_code, ch.child_code, ch.given_name, ch.family_name from cases c join children ch on ch.id = c.child_id`.execute(t.database.db);
  for (const r of rows) identities.push(r.id, r.case_code, r.child_code, r.given_name, r.family_name);
}, 120_000);
afterAll(() => t.close());

describe('the monthly district report (PDF)', () => {
  it("gives a CPWO their district's month with the hand-counted figures and charts, and audits the download", async () => {
    const { res, lines, text } = await report(cpwo, 'place=12&month=2026-11&lang=en');
    expect(res.headers['content-disposition']).toContain('rinda-report-12-2026-11-en.pdf');
    expect(text).toContain('Gasabo District (Akarere): monthly report, November 2026');
    expect(after(lines, 'Cases enrolled', 1)).toEqual(['3']);
    expect(after(lines, 'Cases with a completed assessment', 3)).toEqual(['2', '3', '66.7 %']);
    expect(after(lines, 'Referrals completed', 1)).toEqual(['1']);
    // The charts: by sector (Umurenge), the twelve months to November, the tier mix.
    expect(text).toContain('Cases enrolled and reports received, by sector (Umurenge)');
    expect(text).toContain('The last 12 months (December 2025 - November 2026)');
    expect(lines).toContain('Dec 25');
    expect(lines).toContain('Nov 26');
    expect(text).toContain('Tier mix (reports received)');
    expect(lines).toContain('Tier 1: 1');
    expect(lines).toContain('Tier 2: 2');
    // Bars are vector rectangles (re ... f), not images.
    expect(res.rawPayload.toString('latin1')).not.toContain('/Subtype /Image');
    for (const id of identities) expect(text).not.toContain(id);

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'details'])
      .where('action', '=', 'indicators.report_pdf')
      .where('entity_id', '=', '12')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ month: '2026-11', lang: 'en', view: 'full' });
  });

  it('writes the report in Kinyarwanda when asked, and in French', async () => {
    const rw = await report(cpwo, 'place=12&month=2026-11&lang=rw');
    expect(rw.text).toContain("Akarere ka Gasabo: raporo y'ukwezi, Ugushyingo 2026");
    expect(after(rw.lines, 'Ibibazo byanditswe', 1)).toEqual(['3']);
    expect(rw.text).toContain('Umurenge');
    const fr = await report(cpwo, 'place=12&month=2026-11&lang=fr');
    expect(fr.text).toContain('rapport mensuel, novembre 2026');
    expect(after(fr.lines, 'Cas enregistrés', 1)).toEqual(['3']);
  });

  it('uses the reader’s own language when none is asked', async () => {
    // The test users are created with the default language.
    const { text } = await report(cpwo, 'place=12&month=2026-11');
    expect(text).toMatch(/Akarere ka Gasabo|Gasabo District \(Akarere\)|District \(Akarere\) de Gasabo/);
  });

  it('shows an analyst "<5" for small cells, and never an identity', async () => {
    const { lines, text } = await report(analyst, 'place=12&month=2026-11&lang=en');
    expect(text).toContain('counts below 5 are shown as "<5"');
    expect(after(lines, 'Cases enrolled', 1)).toEqual(['<5']);
    expect(after(lines, 'Referrals completed', 1)).toEqual(['<5']);
    expect(lines).not.toContain('Tier 1: 1');
    for (const id of identities) expect(text).not.toContain(id);
    const audit = await t.database.db.selectFrom('audit_events').select('details').where('action', '=', 'indicators.report_pdf').execute();
    expect(audit.some((a) => (a.details as { view?: string }).view === 'suppressed')).toBe(true);
  });

  it("refuses another district's CPWO as the figures do (404, nothing of Gasabo), and roles without the indicators", async () => {
    const before = await t.database.db.selectFrom('audit_events').select('seq').where('action', '=', 'indicators.report_pdf').execute();
    const other = await client(t, bugeseraCpwo).get('/api/v1/indicators/report.pdf?place=12&month=2026-11&lang=en');
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/json');
    expect(other.body).not.toContain('Gasabo');
    expect(other.body).not.toContain('%PDF');
    const denied = await client(t, izu).get('/api/v1/indicators/report.pdf?place=12&month=2026-11');
    expect(denied.statusCode).toBe(403);
    expect(denied.body).not.toContain('%PDF');
    expect((await client(t).get('/api/v1/indicators/report.pdf?place=12&month=2026-11')).statusCode).toBe(401);
    const afterwards = await t.database.db.selectFrom('audit_events').select('seq').where('action', '=', 'indicators.report_pdf').execute();
    expect(afterwards.length).toBe(before.length);
    // Their own district works.
    const own = await report(bugeseraCpwo, 'place=57&month=2026-11&lang=en');
    expect(own.text).toContain('Bugesera');
    expect(own.text).not.toContain('Gasabo');
  });

  it('names the field of a bad query', async () => {
    const field = async (q: string) => {
      const res = await client(t, cpwo).get(`/api/v1/indicators/report.pdf?${q}`);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields[0].field as string;
    };
    expect(await field('place=12&month=2026-13')).toBe('querystring.month');
    expect(await field('place=12&month=2026-Q4')).toBe('querystring.month');
    expect(await field('place=12')).toBe('querystring.month');
    expect(await field('place=1201&month=2026-11')).toBe('querystring.place');
    expect(await field('place=12&month=2026-11&lang=de')).toBe('querystring.lang');
    expect(await field(`place=12&month=2026-11&x=${'y'.repeat(5000)}`)).toMatch(/^querystring/);
  });
});
