import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Issue 13 in a real browser, on a phone-sized screen: the cell coordinator
// of Kinyaga sees October's completeness and the pairs still missing, types
// one pair's paper report (a wrong figure refused beside its field first),
// and the sector coordinator's view of Bumbogo changes with it.

const SHOTS = '.test-cache';
let t: TestApp;
let browser: Browser;
let base: string;
let coordinator: Session;
let sectorCoordinator: Session;
let kingaboIzu: Session;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
  // Three villages of Kinyaga (Bumbogo, Gasabo) with IZU; Akakaza has reported October on the web.
  const akakaza = await createUser(t, { role: 'izu', fullName: 'Mukamana Claudine', jurisdictionId: '12010101', phone: '+250788300001' });
  await createUser(t, { role: 'izu', fullName: 'Uwimana Alice', jurisdictionId: '12010102', phone: '+250788300002' });
  await createUser(t, { role: 'izu', fullName: 'Habimana Jean', jurisdictionId: '12010102', phone: '+250788300003' });
  kingaboIzu = await sessionFor(
    t,
    await createUser(t, { role: 'izu', fullName: 'Nyirahabimana Josée', jurisdictionId: '12010103', phone: '+250788300004', language: 'rw' }),
  );
  const izu = await sessionFor(t, akakaza);
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/izu/monthly-reports',
    headers: { cookie: izu.cookie, 'x-csrf-token': izu.csrf },
    payload: {
      month: '2026-10',
      householdsVisited: 9,
      childrenAtRisk: { poverty: 1 },
      incidents: {},
      resolvedInCommunity: 1,
      referralsMade: 1,
      followUpVisits: 0,
    },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  coordinator = await sessionFor(t, await createUser(t, { role: 'izu_cell_coordinator', fullName: 'Mugabo Patrick', jurisdictionId: PLACES.gasaboCell }));
  sectorCoordinator = await sessionFor(
    t,
    await createUser(t, { role: 'izu_sector_coordinator', fullName: 'Ingabire Grace', jurisdictionId: PLACES.gasaboSector }),
  );
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function phone(session: Session): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.clock.setFixedTime(t.clock.now());
  const [name, value] = session.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}

describe('the IZU monthly reports in Chromium', () => {
  it('a cell coordinator sees who is missing, enters a paper report, and the sector view changes', async () => {
    const sectorContext = await phone(sectorCoordinator);
    const sector = await sectorContext.newPage();
    const context = await phone(coordinator);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    sector.on('pageerror', (e) => errors.push(e.message));
    try {
      // The sector coordinator's view of Bumbogo before: Kinyaga has 1 of 3.
      await sector.goto(`${base}/izu/monthly-reports`);
      await sector.getByRole('heading', { level: 2, name: /Bumbogo/ }).waitFor();
      const kinyaga = sector.locator('tr[data-place="120101"]');
      await kinyaga.getByText('1 of 3').waitFor();
      await kinyaga.getByText('2 missing').waitFor();

      await page.goto(`${base}/`);
      await page.getByRole('button', { name: /menu/i }).click();
      await page.getByRole('link', { name: 'IZU monthly reports' }).click();
      await page.getByTestId('rollup-completeness').getByText('1 of 3 IZU pairs reported · 2 missing').waitFor();
      const kigarama = page.locator('tr[data-village="12010102"]');
      await kigarama.getByText('Missing').waitFor();
      await kigarama.getByText('Uwimana Alice').waitFor();
      await kigarama.getByText('+250788300003').waitFor();
      await page.locator('tr[data-village="12010101"]').getByText('Received').waitFor();
      await page.locator('tr[data-village="12010103"]').getByText('Nyirahabimana Josée').waitFor();

      await kigarama.getByRole('link', { name: 'Enter the paper report' }).click();
      await page.getByRole('heading', { level: 1, name: 'Enter a paper monthly report' }).waitFor();
      await page.getByText('Kigarama · Village (Umudugudu)').waitFor();
      expect(await page.getByLabel('Month', { exact: true }).inputValue()).toBe('2026-10');
      await page.getByLabel('Households visited').fill('-3');
      await page.getByLabel('Poverty').fill('2');
      await page.getByLabel('Physical violence or abuse').fill('1');
      await page.getByLabel('Referrals made').fill('1');
      await page.getByRole('button', { name: 'Record the paper report' }).click();
      await page.getByText('At least 0').waitFor();
      await page.getByLabel('Households visited').fill('8');
      await page.getByRole('button', { name: 'Record the paper report' }).click();
      await page.getByText("Report for 2026-10 received. Thank you. Recorded as a paper report entered on the pair's behalf.").waitFor();

      await page.getByRole('link', { name: 'IZU monthly reports' }).first().click();
      await page.getByTestId('rollup-completeness').getByText('2 of 3 IZU pairs reported · 1 missing').waitFor();
      await page.locator('tr[data-village="12010102"]').getByText('paper form').waitFor();
      await page.getByTestId('rollup-totals').getByText('17').waitFor(); // 9 + 8 households
      await page.screenshot({ path: `${SHOTS}/browser-izu-monthly-cell.png`, fullPage: true });

      // The sector's view after: Kinyaga has 2 of 3, with the paper report's figures.
      await sector.reload();
      await kinyaga.getByText('2 of 3').waitFor();
      await kinyaga.getByText('1 missing').waitFor();
      await sector.getByTestId('rollup-completeness').getByText('2 of 3 IZU pairs reported · 1 missing').waitFor();
      expect(await kinyaga.locator('td').nth(2).textContent()).toBe('17');
      expect(errors).toEqual([]);
    } finally {
      await sector.screenshot({ path: `${SHOTS}/browser-izu-monthly-sector.png`, fullPage: true });
      await page.screenshot({ path: `${SHOTS}/browser-izu-monthly.png`, fullPage: true });
      await context.close();
      await sectorContext.close();
    }
  }, 180_000);

  it('an IZU sends the village report in Kinyarwanda, then a second that replaces it', async () => {
    const context = await phone(kingaboIzu);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${base}/izu/monthly-report`);
      await page.getByRole('heading', { level: 1, name: "Raporo y'ukwezi" }).waitFor();
      await page.getByText('Kingabo · Umudugudu').waitFor();
      await page.getByLabel('Ingo zasuwe').fill('10');
      await page.getByLabel('Abohererejwe izindi serivisi').fill('2');
      await page.getByRole('button', { name: 'Ohereza raporo' }).click();
      await page.getByText("Raporo y'ukwezi 2026-10 yakiriwe. Murakoze.").waitFor();

      await page.reload();
      await page
        .getByTestId('report-on-record')
        .getByText(/Raporo y'ukwezi 2026-10 yarakiriwe/)
        .waitFor();
      await page.getByLabel('Ingo zasuwe').fill('11');
      await page.getByRole('button', { name: 'Ohereza raporo' }).click();
      await page.getByText("Raporo y'ukwezi 2026-10 yakiriwe. Isimbuye iyoherejwe mbere.").waitFor();
      const rows = await t.database.db
        .selectFrom('izu_monthly_reports')
        .select(['households_visited', 'superseded_at'])
        .where('village_id', '=', '12010103')
        .execute();
      expect(rows.map((r) => [r.households_visited, r.superseded_at === null]).sort()).toEqual([
        [10, false],
        [11, true],
      ]);
      expect(errors).toEqual([]);
    } finally {
      await page.screenshot({ path: `${SHOTS}/browser-izu-monthly-izu.png`, fullPage: true });
      await context.close();
    }
  }, 180_000);
});
