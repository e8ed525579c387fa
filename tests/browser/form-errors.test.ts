import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, createUser, PLACES, sessionFor } from '../support/factories.js';
import { SHOTS, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// A field the server refuses says so beside the field, in the reader's
// language: the input is aria-invalid and its aria-describedby points at the
// words; the summary above the button names no field path.

let rig: BrowserRig;
let t: TestApp;
let base: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
});

afterAll(async () => {
  await rig?.close();
});

/** A field by its whole label (a required one's label ends with an asterisk). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

/** The words the control's aria-describedby points at. */
async function description(page: Page, label: string): Promise<string> {
  const ids = (await field(page, label).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ').trim();
}

describe('field errors beside their fields in Chromium', () => {
  it("shows the server's refusal of a date of birth beside the field, in English and in Kinyarwanda", async () => {
    const office = await createOrganisation(t, { name: 'Gasabo District Office', kind: 'district_office', placeId: PLACES.gasabo });
    const cpwo = await createUser(t, {
      role: 'cpwo',
      fullName: 'Aline Uwimana',
      organisationId: office.id,
      jurisdictionId: PLACES.gasabo,
      trainingCompletedOn: '2024-06-01',
    });
    const session = await sessionFor(t, cpwo);
    const api = client(t, session);
    const report = await api.post('/api/v1/reports', {
      channel: 'school',
      child: { name: 'Keza Mutoni', sex: 'female', ageYears: 12 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Not at school for a month; neighbours hear shouting at night.',
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = report.json().id as string;
    const screened = await api.post(`/api/v1/reports/${reportId}/screening`, {
      isVena: true,
      caseTypes: ['physical_violence'],
      tier: 2,
      tierReason: 'No immediate danger',
    });
    expect(screened.statusCode, screened.body).toBe(200);

    const context = await rig.contextFor(session);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(`${base}/reports/${reportId}/intake`);
      await page.getByRole('heading', { name: "Intake: open the child's file" }).waitFor();
      await page.getByLabel('Given name').fill('Keza');
      await page.getByRole('radio', { name: 'Date of birth known' }).check();
      // A date the browser accepts (not in the future) that the server refuses: the child would be 26.
      await field(page, 'Date of birth').fill('2000-03-14');
      await page.getByRole('button', { name: 'Create the child and open the case' }).click();

      const dateOfBirth = field(page, 'Date of birth');
      await expect.poll(() => dateOfBirth.getAttribute('aria-invalid')).toBe('true');
      expect(await description(page, 'Date of birth')).toBe('A person of 18 or more is not a child.');
      // The summary says that something needs correcting, without a field path.
      const summary = page.getByRole('alert').filter({ hasText: 'Some of what you entered is not valid' });
      await summary.waitFor();
      expect(await summary.textContent()).not.toMatch(/dateOfBirth|body\.|child\./);
      // The other fields are not marked.
      expect(await page.getByLabel('Given name').getAttribute('aria-invalid')).toBeNull();
      await page
        .locator('.field')
        .filter({ has: dateOfBirth })
        .screenshot({ path: `${SHOTS}/browser-form-errors-field.png` });

      // Switched to Kinyarwanda, the same refusal reads in Kinyarwanda, and so does the answer to another try.
      await page.getByRole('button', { name: 'Kinyarwanda' }).click();
      await expect.poll(() => description(page, "Itariki y'amavuko")).toBe('Ufite imyaka 18 cyangwa irenga si umwana.');
      await page.getByRole('button', { name: 'Andika umwana kandi ufungure ikibazo' }).click();
      await expect.poll(() => description(page, "Itariki y'amavuko")).toBe('Ufite imyaka 18 cyangwa irenga si umwana.');
      expect(await field(page, "Itariki y'amavuko").getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('alert').filter({ hasText: 'Hari ibyo wujuje nabi' }).waitFor();

      // Corrected, the error goes and the case opens.
      await field(page, "Itariki y'amavuko").fill('2014-03-14');
      expect(await field(page, "Itariki y'amavuko").getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('button', { name: 'Andika umwana kandi ufungure ikibazo' }).click();
      await page.getByTestId('child-code').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await page.screenshot({ path: `${SHOTS}/browser-form-errors.png`, fullPage: true });
      await context.close();
    }
  }, 180_000);
});
