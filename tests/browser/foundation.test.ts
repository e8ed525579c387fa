import * as OTPAuth from 'otpauth';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirstAdministrator } from '../../src/people/bootstrap.js';
import { createOrganisation, createUser, PLACES } from '../support/factories.js';
import { SHOTS, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The foundation journey in a real browser against the real server: the first
// administrator signs in, secures the account, creates a district CPWO; the
// CPWO signs in, secures theirs, switches to Kinyarwanda and sees only Gasabo.

let rig: BrowserRig;
let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, browser, base } = rig);
});

afterAll(async () => {
  await rig?.close();
});

/** The code an authenticator app shows at the server's (test) clock time. */
function totpCode(secretText: string): string {
  const secret = OTPAuth.Secret.fromBase32(secretText.replace(/\s/g, ''));
  return new OTPAuth.TOTP({ secret }).generate({ timestamp: t.clock.now().getTime() });
}

/** No horizontal scrolling: the page is no wider than the window. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByRole('heading', { name: 'Change password' }).waitFor();
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('New password again').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/** Enrols TOTP from the key shown as text, keeps the ten recovery codes, and continues. */
async function enrolTotp(page: Page) {
  await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
  await expect(page.getByRole('img', { name: /QR code/ }).getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
  const secret = await page.locator('#totp-secret').textContent();
  await page.getByLabel('6-digit code').fill(totpCode(secret ?? ''));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  expect(await page.locator('.recovery-codes li').count()).toBe(10);
  await page.getByRole('button', { name: 'I have saved them' }).click();
}

describe('foundation journey in Chromium', () => {
  it('has no horizontal scroll on the sign-in page at phone size (360×740)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: 'Injira' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('administrator secures the account and creates a Gasabo CPWO, who then works in Kinyarwanda within Gasabo', async () => {
    const admin = await createFirstAdministrator(t.ctx);
    expect(admin).not.toBeNull();
    const gasaboOffice = await createOrganisation(t, { name: 'Gasabo District Office', kind: 'district_office', placeId: PLACES.gasabo });
    await createUser(t, { role: 'supervisor', fullName: 'Jeanne Mukamana', organisationId: gasaboOffice.id, jurisdictionId: PLACES.gasabo });
    const bugeseraOffice = await createOrganisation(t, { name: 'Bugesera District Office', kind: 'district_office', placeId: PLACES.bugesera });
    await createUser(t, { role: 'cpwo', fullName: 'Eric Bugesera Nshuti', organisationId: bugeseraOffice.id, jurisdictionId: PLACES.bugesera });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      // Sign-in screen, in Kinyarwanda by default; switch to English.
      await page.goto(base);
      await page.getByRole('heading', { name: 'Injira muri Rinda' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, admin!.username, admin!.password);

      const adminPassword = 'Imisozi-Igihumbi-Ikivu-2026';
      await changePassword(page, admin!.password, adminPassword);
      await enrolTotp(page);

      await page.getByRole('heading', { name: 'Welcome, System administrator' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      for (const item of ['Home', 'Map', 'Users', 'Organisations', 'Audit']) await nav.getByRole('link', { name: item }).waitFor();

      // Create the CPWO through the Users screen.
      await nav.getByRole('link', { name: 'Users' }).click();
      await page.getByRole('link', { name: 'New user' }).click();
      await page.getByLabel('Username').fill('aline.uwase');
      await page.getByLabel('Full name').fill('Aline Uwase');
      await page.getByLabel('Role').selectOption('cpwo');
      await page.getByLabel('Organisation').fill('Gasabo');
      // The picker tells screen-reader users how many it found (one organisation is called Gasabo…).
      await page
        .getByRole('status')
        .filter({ hasText: /^1 result$/ })
        .waitFor({ state: 'attached' });
      await page.getByRole('button', { name: /^Gasabo District Office/ }).click();
      await page.getByLabel('Jurisdiction').fill('Gasabo');
      await page.getByRole('button', { name: /^Gasabo,.*District \(Akarere\)$/ }).click();
      await page.getByRole('button', { name: /^Jeanne Mukamana/ }).click();
      await page.getByLabel('Training completed on').fill('2026-10-15');
      await page.getByLabel('Language', { exact: true }).selectOption('en');
      await page.getByRole('button', { name: 'Create user' }).click();
      const otp = (await page.getByTestId('one-time-password').textContent())?.trim() ?? '';
      expect(otp.length).toBeGreaterThanOrEqual(10);

      // The audit chain holds after all of this.
      await nav.getByRole('link', { name: 'Audit' }).click();
      await page.getByRole('listitem').filter({ hasText: 'user.create' }).first().waitFor();
      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByText(/The audit chain is intact/).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('You are signed out.').waitFor();

      // The CPWO's first sign-in.
      await signIn(page, 'aline.uwase', otp);
      await changePassword(page, otp, 'Amata-Meza-Ku-Ruhimbi-9');
      await enrolTotp(page);
      await page.getByRole('heading', { name: 'Welcome, Aline Uwase' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Organisations' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);

      // Kinyarwanda, saved to the profile.
      await page.getByRole('button', { name: 'Kinyarwanda' }).click();
      const rwNav = page.getByRole('navigation', { name: 'Ibikubiyemo' });
      await rwNav.getByRole('link', { name: 'Abakoresha' }).waitFor();
      await page.getByTestId('my-jurisdiction').getByText('Gasabo · Akarere (District)').waitFor();
      await expect
        .poll(async () => (await t.database.db.selectFrom('users').select('language').where('username', '=', 'aline.uwase').executeTakeFirst())?.language)
        .toBe('rw');

      // Users: only the people of Gasabo.
      await rwNav.getByRole('link', { name: 'Abakoresha' }).click();
      const users = page.getByRole('table');
      await users.getByRole('link', { name: 'Jeanne Mukamana' }).waitFor();
      await users.getByRole('link', { name: 'Aline Uwase' }).waitFor();
      expect(await users.getByRole('row').count()).toBe(3); // the header and the two people of Gasabo
      expect(await page.getByText('Eric Bugesera Nshuti').count()).toBe(0);
      expect(await users.getByText('System administrator').count()).toBe(0);

      // Map: opens at the jurisdiction, with the way back up to Rwanda.
      await rwNav.getByRole('link', { name: 'Ikarita' }).click();
      await page.getByRole('heading', { level: 1, name: /Gasabo/ }).waitFor();
      await page.getByText('Iyi ni ifasi ushinzwe.').waitFor();
      await page.getByRole('navigation', { name: 'Uri hano' }).getByRole('link', { name: 'Rwanda' }).waitFor();
      expect(await page.locator('.place-list li').count()).toBeGreaterThan(5);

      // Phone-sized: still no horizontal scroll once signed in.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await fitsWidth(page)).toBe(true);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(pageErrors).toEqual([]);
    } finally {
      await page.screenshot({ path: `${SHOTS}/browser-foundation.png`, fullPage: true });
      await context.close();
    }
  }, 300_000); // a long journey: password hashing dominates on a busy machine
});
