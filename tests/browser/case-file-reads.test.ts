import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase, insertReport } from '../support/case-factories.js';
import { createOrganisation, createUser, PLACES, sessionFor } from '../support/factories.js';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The web app's shape as a CPWO meets it: the case file is read once however
// many of its tabs are opened (each read of a child's file is audited as
// case.read; a section the server answers apart, such as the notes, as a
// case.read of that section), and a filtered register is in the URL, so it
// survives a reload and Back returns to the list as it was.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let cpwo: { id: string };

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const office = await createOrganisation(t, { name: 'Gasabo District Office', kind: 'district_office', placeId: PLACES.gasabo });
  cpwo = await createUser(t, {
    role: 'cpwo',
    fullName: 'Aline Uwimana',
    organisationId: office.id,
    jurisdictionId: PLACES.gasabo,
    trainingCompletedOn: '2024-06-01',
  });
});

afterAll(async () => {
  await rig?.close();
});

async function signedInPage(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await rig.contextFor(await sessionFor(t, cpwo), viewport);
  const errors: string[] = [];
  return { page: await openPage(context, errors), errors };
}

const caseReads = async (caseId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['seq', 'fields'])
    .orderBy('seq')
    .where('action', '=', 'case.read')
    .where('entity_id', '=', caseId)
    .where('actor_id', '=', cpwo.id)
    .execute();

describe('the case file and the register in Chromium', () => {
  it('reads the case file once across its tabs, and keeps the register filter through a reload and Back', async () => {
    const { case: kase } = await insertCase(t, { openedBy: cpwo.id, givenName: 'Ineza', familyName: 'Uwase' });
    const fresh = await insertReport(t, { recordedBy: cpwo.id, status: 'new' });
    const screened = await insertReport(t, { recordedBy: cpwo.id, status: 'screened' });
    const { page, errors } = await signedInPage();
    try {
      await page.goto(`${base}/cases/${kase.id}`);
      await page.getByRole('heading', { name: `Case file ${kase.case_code}` }).waitFor();
      expect(await page.title()).toBe(`Case file ${kase.case_code} · Rinda`);
      const tabs = page.getByRole('navigation', { name: 'Parts of the case file' });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      for (const [tab, path, shows] of [
        ['Consent', 'consent', (p: Page) => p.getByRole('heading', { name: 'What may be done now' })],
        ['Lead caseworker', 'allocation', (p: Page) => p.getByRole('heading', { name: 'Lead caseworker' })],
        ['Assessment', 'assessment', (p: Page) => p.getByRole('button', { name: 'Assess the child and family' })],
        ['Notes', 'notes', (p: Page) => p.getByRole('heading', { name: 'Case notes' })],
        ['Services', 'services', (p: Page) => p.getByRole('heading', { name: 'Services given' })],
      ] as const) {
        await tabs.getByRole('link', { name: tab, exact: true }).click();
        await page.waitForURL(`${base}/cases/${kase.id}/${path}`);
        await expect.poll(() => tabs.getByRole('link', { name: tab, exact: true }).getAttribute('aria-current')).toBe('page');
        await shows(page).first().waitFor();
      }
      await tabs.getByRole('link', { name: 'Overview', exact: true }).click();
      await page.waitForURL(`${base}/cases/${kase.id}`);
      await page.getByRole('main').getByText('Aline Uwimana').first().waitFor();
      // The tabs asked for their own sections, never for the file again.
      expect(requests.filter((p) => p === `/api/v1/cases/${kase.id}`)).toEqual([]);
      expect(requests).toContain(`/api/v1/cases/${kase.id}/notes`);
      expect(requests).toContain(`/api/v1/cases/${kase.id}/services`);
      // The server's audit: the file itself (child, household, consents… the answer of GET /cases/:id) was
      // read once by this CPWO; the sections answered apart are audited as case.read of that one section.
      const reads = await caseReads(kase.id);
      const fileReads = reads.filter((r) => r.fields.includes('household'));
      expect(fileReads).toHaveLength(1);
      expect(fileReads[0]!.fields).toEqual(['child.identity', 'household', 'consents', 'assessments', 'plan', 'conferences', 'timeline']);
      expect(reads.filter((r) => !r.fields.includes('household')).map((r) => r.fields)).toEqual([['notes'], ['services']]);

      // The register, filtered to the screened reports, is the same after a reload.
      await page.goto(`${base}/reports`);
      await page.getByRole('heading', { name: 'Register of reported incidents' }).waitFor();
      await page.getByRole('link', { name: fresh.reference }).waitFor();
      expect(await page.title()).toBe('Register of reported incidents · Rinda');
      await page.getByLabel('Status').selectOption('screened');
      await page.waitForURL(`${base}/reports?status=screened`);
      await page.getByRole('link', { name: screened.reference }).waitFor();
      await expect(page.getByRole('link', { name: fresh.reference }).count()).resolves.toBe(0);
      await page.reload();
      await page.getByRole('link', { name: screened.reference }).waitFor();
      expect(await page.getByLabel('Status').inputValue()).toBe('screened');
      await expect(page.getByRole('link', { name: fresh.reference }).count()).resolves.toBe(0);

      // Back: the register as it opened (the new reports), then Back again: the case file.
      await page.goBack();
      await page.waitForURL(`${base}/reports`);
      await page.getByRole('link', { name: fresh.reference }).waitFor();
      expect(await page.getByLabel('Status').inputValue()).toBe('new');
      await page.goBack();
      await page.waitForURL(`${base}/cases/${kase.id}`);
      await page.getByRole('heading', { name: `Case file ${kase.case_code}` }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("opens Home on a phone with the CPWO's day: the new reports to screen, counted, with the first of them", async () => {
    const waiting = await insertReport(t, { recordedBy: cpwo.id, status: 'new' });
    const { page, errors } = await signedInPage({ width: 360, height: 740 });
    try {
      await page.goto(base);
      await page.getByRole('heading', { name: "Today's work" }).waitFor();
      expect(await page.title()).toBe('Home · Rinda');
      const reports = page.getByRole('article', { name: /^New reports to screen/ });
      await reports.getByRole('link', { name: waiting.reference }).waitFor();
      const total = Number(await reports.locator('h3 .badge').textContent());
      const register = await t.database.db
        .selectFrom('incident_reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'new')
        .executeTakeFirstOrThrow();
      expect(total).toBe(Number(register.n));
      await page
        .getByRole('article', { name: /^Overdue/ })
        .getByText('Nothing overdue.')
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
