import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// The community volunteers' issue in a real browser, on a basic smartphone
// (360 px): an IZU's Home offers "Log a visit" and "Flag an incident"; a
// household name is refused as a code; the visit is saved and listed; a flag
// of sexual abuse gets its register reference. The cell coordinator then
// reads the village's visits as numbers and codes.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let izu: Session;
let coordinator: Session;
let cpwo: Session;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  izu = await sessionFor(t, await createUser(t, { role: 'izu', fullName: 'Mukandori Vestine', jurisdictionId: PLACES.gasaboVillage }));
  coordinator = await sessionFor(t, await createUser(t, { role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboCell }));
  cpwo = await sessionFor(t, await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo }));
});

afterAll(() => rig?.close());

const PHONE = { width: 360, height: 740 };
async function phone(session: Session, errors: string[] = []): Promise<Page> {
  return openPage(await rig.contextFor(session, PHONE), errors);
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('household visits and incident flags in Chromium', () => {
  it('an IZU logs a visit and flags an incident from Home, on a 360 px phone', async () => {
    const errors: string[] = [];
    const page = await phone(izu, errors);
    try {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Log a visit' }).click();
      await page.getByRole('heading', { name: 'Log a household visit' }).waitFor();
      expect(await fitsTheScreen(page)).toBe(true);

      await page.getByLabel('Household code').fill('Mukamana');
      await page.getByLabel('Children seen').fill('2');
      await page.getByRole('button', { name: 'Save the visit' }).click();
      await page.getByText("Write the household's code: letters, digits and dashes, with at least one digit. Never a name.").first().waitFor();
      expect(await t.database.db.selectFrom('izu_household_visits').select('id').execute()).toEqual([]);

      await page.getByLabel('Household code').fill('kg-014');
      await page.getByLabel('Not enough food').check();
      await page.getByRole('button', { name: 'Save the visit' }).click();
      await page.getByText('The visit is saved.').waitFor();
      await page.getByRole('link', { name: 'My household visits' }).click();
      await page.getByText('KG-014').waitFor();
      await page.getByText('Children seen: 2 · Not enough food').waitFor();

      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Flag an incident' }).click();
      await page.getByLabel('What happened to the child?').selectOption('sexual_violence');
      await page.getByText('Sexual abuse reaches the CPWO at once.').waitFor();
      await page.getByRole('radio', { name: 'No', exact: true }).check();
      await page.getByRole('radio', { name: 'Female' }).check();
      await page.getByLabel('Approximate age (years)').fill('12');
      await page.getByLabel('What happened?').fill('A girl abused on her way to the well');
      expect(await fitsTheScreen(page)).toBe(true);
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('heading', { name: 'Sent' }).waitFor();
      const report = await t.database.db.selectFrom('incident_reports').select(['reference', 'channel']).executeTakeFirstOrThrow();
      expect(report.channel).toBe('izu');
      await page.getByText(`The incident is recorded as ${report.reference}.`, { exact: false }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the cell coordinator reads the village’s visits as numbers and household codes', async () => {
    const page = await phone(coordinator);
    try {
      await page.goto(`${base}/izu/visits`);
      await page.getByRole('heading', { name: 'Household visits', exact: true }).waitFor();
      await page.getByTestId('visits-total').getByText('1').waitFor();
      await page.getByText('KG-014').waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('the district CPWO sees in the register what the IZU flagged, and that it is urgent', async () => {
    const page = await openPage(await rig.contextFor(cpwo), []);
    try {
      const report = await t.database.db.selectFrom('incident_reports').select(['id', 'reference']).where('channel', '=', 'izu').executeTakeFirstOrThrow();
      await page.goto(`${base}/reports?status=&channel=izu`);
      const row = page.getByRole('row').filter({ hasText: report.reference });
      await row.getByTestId('izu-flag').waitFor();
      expect(await row.getByTestId('izu-flag').innerText()).toMatch(/^Sexual violence and abuse\s+Urgent$/);
      await row.getByRole('link', { name: report.reference }).click();
      await page.getByText('What the IZU flagged').waitFor();
      expect(await page.getByTestId('izu-flag').innerText()).toMatch(/Urgent$/);
    } finally {
      await page.context().close();
    }
  });
});
