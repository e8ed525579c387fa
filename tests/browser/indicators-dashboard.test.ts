import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, SHOTS, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { insertCase } from '../support/case-factories.js';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { buildIndicatorCountry } from '../indicators-support.js';

// Monitoring and evaluation in a real browser (issue 17): an NCDA analyst
// opens the national dashboard, drills down to a province and a district by
// clicking, changes the period and the disaggregation (kept in the URL),
// opens an indicator's definition, and downloads the table as XLSX; at no
// step does a child's name, code or case code reach the page or the file.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let analyst: Session;
let officer: Session;
let districtOfficer: Session;
/** Every string that identifies a child or a case in the database: none may appear on a page the analyst sees. */
const identities = new Set<string>();
const KNOWN_GIVEN = 'Ishimwe';
const KNOWN_FAMILY = 'Nyirakanyana';

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  // Now is 7 December 2026: the hand-counted country's cases are November's, six more are December's.
  t.clock.set('2026-12-07T08:00:00Z');
  const cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2025-01-10' });
  await buildIndicatorCountry(t, cpwo.id);
  districtOfficer = await sessionFor(t, cpwo);
  // Six December cases in Gasabo, each a child with a name the test knows; the report names the child too.
  for (let i = 0; i < 6; i++) {
    const c = await insertCase(t, {
      openedBy: cpwo.id,
      leadCaseworkerId: cpwo.id,
      tier: i < 2 ? 1 : 2,
      givenName: KNOWN_GIVEN,
      familyName: `${KNOWN_FAMILY}${i}`,
    });
    await sql`update incident_reports set child_name = ${`${KNOWN_GIVEN} ${KNOWN_FAMILY}${i}`} where id = ${c.case.report_id}`.execute(t.database.db);
  }
  const { rows } = await sql<{ case_code: string; child_code: string; given_name: string; family_name: string; child_name: string | null }>`
    select c.case_code, ch.child_code, ch.given_name, ch.family_name, r.child_name
    from cases c join children ch on ch.id = c.child_id join incident_reports r on r.id = c.report_id`.execute(t.database.db);
  expect(rows.length).toBe(11);
  for (const r of rows) for (const s of [r.case_code, r.child_code, r.given_name, r.family_name, r.child_name]) if (s) identities.add(s);
  expect(identities).toContain(KNOWN_GIVEN);
  analyst = await sessionFor(t, await createUser(t, { role: 'analyst', jurisdictionId: PLACES.rwanda, fullName: 'Mutesi Diane' }));
  officer = await sessionFor(t, await createUser(t, { role: 'ncda_officer', jurisdictionId: PLACES.rwanda, fullName: 'Gatete Paul' }));
}, 120_000);

afterAll(() => rig?.close());

/** The page as a person sees it (text) and as a program reads it (HTML): no identity in either. */
async function expectNoIdentity(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  const html = await page.content();
  for (const s of identities) {
    expect(text.includes(s), `${where}: "${s}" shown`).toBe(false);
    expect(html.includes(s), `${where}: "${s}" in the page`).toBe(false);
  }
}

/** The text of a figure's value cell in the table of all indicators. */
const valueOf = (page: Page, id: string) => page.getByTestId(`figure-${id}`).locator('td').first().innerText();

describe('the dashboards in Chromium', () => {
  it('an analyst drills from the nation to a district, changes the period, downloads XLSX, and never sees a name', async () => {
    const errors: string[] = [];
    const context = await rig.contextFor(analyst);
    const page = await openPage(context, errors);
    const answers: string[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/api/v1/')) answers.push(res.url());
    });
    try {
      // The menu leads to the reader's own level: the nation.
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Dashboards' }).click();
      await page.getByRole('heading', { name: 'Dashboard: Rwanda' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/indicators/RW');
      await page.getByTestId('dashboard-period').getByText('Figures for December 2026.').waitFor();
      await page.getByTestId('suppression-note').getByText('shown as <5', { exact: false }).waitFor();
      // Six cases enrolled in December, nationally: at or over the threshold, shown as counted.
      await page.getByTestId('figure-cases_enrolled').getByText('6').waitFor();
      // The charts are drawn, each with its table.
      for (const panel of ['panel-trend', 'panel-places', 'panel-tiers', 'panel-izu']) {
        await page.getByTestId(panel).locator('canvas').first().waitFor();
        expect(await page.getByTestId(panel).locator('table').count()).toBe(1);
      }
      await expectNoIdentity(page, 'the nation');
      await page.screenshot({ path: `${SHOTS}/browser-indicators-nation.png`, fullPage: true });

      // Drill down: the province, then the district (Akarere), by their links in the table beside the bars.
      const places = page.getByTestId('places-table');
      await places.getByRole('link', { name: /Kigali/ }).click();
      await page.waitForURL(/\/indicators\/1$/);
      await page.getByRole('heading', { name: /^Dashboard: .*Kigali/ }).waitFor();
      await expectNoIdentity(page, 'the province');
      await page.getByTestId('places-table').getByRole('link', { name: 'Gasabo' }).click();
      await page.waitForURL(/\/indicators\/12$/);
      await page.getByRole('heading', { name: 'Dashboard: Gasabo' }).waitFor();
      await page.getByTestId('places-table').getByRole('link', { name: 'Bumbogo' }).waitFor();
      await expectNoIdentity(page, 'the district');

      // Another period: November 2026, kept in the URL. Gasabo enrolled 3 cases then: below 5, hidden.
      await page.getByLabel('Month', { exact: true }).selectOption('11');
      await page.waitForURL(/period=2026-11/);
      await page.getByTestId('dashboard-period').getByText('Figures for November 2026.').waitFor();
      await page.getByTestId('figure-cases_enrolled').getByText('<5').waitFor();
      expect(await valueOf(page, 'cases_enrolled')).toBe('<5');
      expect(await valueOf(page, 'reports_received')).toBe('5');
      // A quarter, then back to the month.
      await page.getByLabel('Period', { exact: true }).selectOption('quarter');
      await page.waitForURL(/period=2026-Q4/);
      await page.getByTestId('dashboard-period').getByText('Figures for quarter 4 of 2026.').waitFor();
      // Q4: Gasabo's 3 November cases, its October one and the 6 of December: 10.
      await page.getByTestId('figure-cases_enrolled').getByText('10').waitFor();
      await page.getByLabel('Period', { exact: true }).selectOption('month');
      await page.waitForURL(/period=2026-10/);
      await page.getByLabel('Month', { exact: true }).selectOption('11');
      await page.waitForURL(/period=2026-11/);

      // Broken down by sex: the breakdown's chart and table; small cells hidden.
      await page.getByLabel('Break down by').selectOption('sex');
      await page.waitForURL(/by=sex/);
      const breakdown = page.getByTestId('breakdown-table');
      await breakdown.getByRole('rowheader', { name: 'Female' }).waitFor();
      expect(await breakdown.getByRole('row').filter({ hasText: 'Female' }).locator('td').first().innerText()).toBe('<5');
      await page.getByTestId('panel-breakdown').locator('canvas').waitFor();
      await expectNoIdentity(page, 'the district by sex');
      await page.screenshot({ path: `${SHOTS}/browser-indicators-district.png`, fullPage: true });

      // A reload shows the same dashboard: the state is the URL.
      await page.reload();
      await page.getByRole('heading', { name: 'Dashboard: Gasabo' }).waitFor();
      expect(await page.getByLabel('Month', { exact: true }).inputValue()).toBe('11');
      expect(await page.getByLabel('Break down by').inputValue()).toBe('sex');

      // The XLSX download: the same table, a valid workbook, no identity in it.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = await readFile((await download.path())!);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const cells: string[][] = [];
      ws.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      expect(cells[0]).toEqual(['indicator', 'title', 'place', 'period', 'breakdown', 'key', 'label', 'numerator', 'denominator', 'value']);
      const enrolled = cells.find((r) => r[0] === 'cases_enrolled' && r[6] === 'total')!;
      expect(enrolled.slice(2, 4)).toEqual(['12', '2026-11']);
      expect(enrolled[7]).toBe('<5');
      expect(cells.some((r) => r[0] === 'cases_enrolled' && r[4] === 'sex' && r[5] === 'female')).toBe(true);
      const everything = cells.flat().join('\n');
      for (const s of identities) expect(everything.includes(s), `xlsx: ${s}`).toBe(false);
      // The CSV link asks for the same table.
      const csv = await page.getByTestId('download-csv').getAttribute('href');
      expect(csv).toBe('/api/v1/indicators/figures.csv?place=12&period=2026-11&by=sex');

      // An indicator's definition, from its link in the table.
      await page.getByTestId('figure-assessment_completed').getByRole('link', { name: 'Definition' }).click();
      await page.getByRole('heading', { name: 'Cases with a completed assessment' }).waitFor();
      await page.getByText('Cases enrolled in the period that have at least one assessment', { exact: false }).waitFor();
      await expectNoIdentity(page, 'a definition');
      await page.goBack();
      await page.getByRole('heading', { name: 'Dashboard: Gasabo' }).waitFor();

      // The screens asked only for aggregates: no case, child or report was read.
      expect(answers.filter((u) => /\/api\/v1\/(cases|children|reports|exports)/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('an NCDA officer reads the same dashboards in Kinyarwanda, and a place out of the map is refused', async () => {
    const errors: string[] = [];
    const context = await rig.contextFor(officer);
    const page = await openPage(context, errors);
    try {
      await page.goto(`${base}/indicators/12?period=2026-11&by=tier`);
      await page.getByRole('heading', { name: 'Dashboard: Gasabo' }).waitFor();
      await page.getByRole('button', { name: 'Kinyarwanda' }).click();
      await page.getByRole('heading', { name: 'Imbonerahamwe: Gasabo' }).waitFor();
      await page.getByTestId('dashboard-period').getByText('Imibare ya Ugushyingo 2026.').waitFor();
      await page.getByTestId('figure-cases_enrolled').getByText('<5').waitFor();
      await expectNoIdentity(page, 'in Kinyarwanda');
      // A sector's dashboard is the lowest: no breakdown by place below it.
      await page.getByTestId('places-table').getByRole('link', { name: 'Bumbogo' }).click();
      await page.waitForURL(/\/indicators\/1201\?/);
      await page.getByRole('heading', { name: 'Imbonerahamwe: Bumbogo' }).waitFor();
      expect(await page.getByTestId('panel-places').count()).toBe(0);
      await expectNoIdentity(page, 'a sector');
      // A code that is no place answers as not found.
      await page.goto(`${base}/indicators/99?period=2026-11`);
      await page.getByRole('alert').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a district's CPWO sees their district as counted, and the districts beside it only within the province's aggregate", async () => {
    const errors: string[] = [];
    const context = await rig.contextFor(districtOfficer);
    const page = await openPage(context, errors);
    try {
      await page.goto(`${base}/indicators?period=2026-11`);
      await page.waitForURL(/\/indicators\/12/);
      await page.goto(`${base}/indicators/12?period=2026-11`);
      await page.getByRole('heading', { name: 'Dashboard: Gasabo' }).waitFor();
      // Their own district: the counts as they are (3 cases enrolled in November), nothing hidden.
      await page.getByTestId('figure-cases_enrolled').getByText('3').waitFor();
      expect(await page.getByTestId('suppression-note').count()).toBe(0);
      // Up to the province (Intara): its aggregate, small numbers hidden; Gasabo opens, a neighbouring district does not.
      await page
        .getByRole('navigation', { name: 'Where on the map' })
        .getByRole('link', { name: /Kigali/ })
        .click();
      await page.waitForURL(/\/indicators\/1\?/);
      await page.getByTestId('suppression-note').waitFor();
      await page.getByTestId('figure-cases_enrolled').getByText('<5').waitFor();
      const places = page.getByTestId('places-table');
      await places.getByRole('link', { name: 'Gasabo' }).waitFor();
      await places.getByRole('rowheader', { name: 'Nyarugenge' }).waitFor();
      expect(await places.getByRole('link', { name: 'Nyarugenge' }).count()).toBe(0);
      // Typed by hand, the neighbour's dashboard is refused like a place that does not exist.
      await page.goto(`${base}/indicators/11?period=2026-11`);
      await page.getByRole('alert').first().waitFor();
      expect(await page.getByTestId('figures-table').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
