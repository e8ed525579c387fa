import { readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrganisation, createUser, PLACES, sessionFor } from '../support/factories.js';
import { SHOTS, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The service directory in a real browser against the real server: a district
// CPWO sees a gap in the coverage of Gasabo (no safe shelter in Bumbogo
// sector), adds a provider whose service covers the sector, finds it in the
// directory, and the gap closes.

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
  // Counselling across the district already: the gap view is not empty.
  const admin = await sessionFor(t, await createUser(t, { role: 'sysadmin' }));
  const res = await client(t, admin).post('/api/v1/directory/providers', {
    name: 'Gasabo Counselling Network',
    kind: 'ngo',
    placeId: PLACES.gasabo,
    services: [{ serviceType: 'psychosocial_support', name: 'Counselling', areaPlaceIds: [PLACES.gasabo], capacityAvailable: 10 }],
  });
  expect(res.statusCode, res.body).toBe(201);
});

afterAll(async () => {
  await rig?.close();
});

const contextFor = async (userId: string) => rig.contextFor(await sessionFor(t, { id: userId }));

const gapCount = async (page: Page) => {
  const text = (await page.getByRole('heading', { name: /gaps? in Gasabo/ }).textContent()) ?? '';
  return Number(text.match(/^(\d+)/)?.[1]);
};
const bumbogoShelter = (page: Page) =>
  page
    .getByRole('table', { name: 'Coverage by sector and service' })
    .getByRole('row', { name: /^Bumbogo/ })
    .locator('td')
    .nth(5);

describe('the service directory in Chromium', () => {
  it('a CPWO sees a gap, adds a provider covering the sector, finds it in the list, and the gap closes', async () => {
    const context = await contextFor(cpwo.id);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${base}/`);
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      await nav.getByRole('link', { name: 'Coverage gaps' }).click();
      // The CPWO's own district is chosen for them.
      await page.getByRole('heading', { name: 'Coverage gaps', level: 1 }).waitFor();
      await page.getByRole('heading', { name: /gaps in Gasabo/ }).waitFor();
      const before = await gapCount(page);
      // Safe shelter is the 6th service type (after the sector's name column: index 5 of the cells).
      await expect(bumbogoShelter(page).textContent()).resolves.toContain('Gap');
      await expect(page.getByRole('img', { name: /Coverage of Gasabo: .* gaps, out of/ }).count()).resolves.toBe(1);

      await nav.getByRole('link', { name: 'Service directory' }).click();
      await page.getByRole('heading', { name: 'Service directory', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Add a provider' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Bumbogo Safe House');
      await page.getByLabel('Kind of agency').selectOption('ngo');
      await page.getByLabel('Seat').fill('Gasabo');
      await page.getByRole('button', { name: /^Gasabo,.*District \(Akarere\)$/ }).click();
      await page.getByRole('button', { name: 'Add a location' }).click();
      await page.getByLabel('Name of the location').fill('Bumbogo house');
      await page.getByLabel('Where (on the map)').fill('Bumbogo');
      await page.getByRole('button', { name: /^Bumbogo,.*Sector \(Umurenge\)$/ }).click();
      await page.getByRole('button', { name: 'Add a service' }).click();
      await page.getByLabel('Service', { exact: true }).selectOption('safe_shelter');
      await expect(page.getByLabel('Name of the service').inputValue()).resolves.toBe('Safe shelter');
      await page.getByLabel('Places available').fill('3');
      await page.getByLabel('Add a place covered').fill('Bumbogo');
      await page.getByRole('button', { name: /^Bumbogo,.*Sector \(Umurenge\)$/ }).click();
      await page.getByRole('group', { name: 'Given at' }).getByLabel('Bumbogo house').check();
      // A refusal names the field by its label, in the reader's language.
      await page.getByLabel('From age').fill('12');
      await page.getByLabel('To age').fill('5');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('alert').filter({ hasText: 'Service 1 · From age: The minimum age is above the maximum age.' }).waitFor();
      await page.getByLabel('From age').fill('');
      await page.getByLabel('To age').fill('');
      await page.getByRole('button', { name: 'Save' }).click();

      await page.getByRole('heading', { name: 'Bumbogo Safe House', level: 1 }).waitFor();
      await page.getByRole('cell', { name: /Bumbogo · Sector \(Umurenge\)/ }).waitFor();
      await page.getByText('Bumbogo house, Bumbogo').waitFor();
      const saved = await t.database.db
        .selectFrom('provider_service_locations as sl')
        .innerJoin('provider_locations as l', 'l.id', 'sl.location_id')
        .select(['l.name', 'l.place_id'])
        .execute();
      expect(saved).toEqual([{ name: 'Bumbogo house', place_id: '1201' }]);
      await page.screenshot({ path: `${SHOTS}/directory-provider.png`, fullPage: true });

      await page.getByRole('link', { name: 'Back to the directory' }).click();
      await page.getByLabel('Search by name').fill('Safe House');
      await page.getByRole('link', { name: 'Bumbogo Safe House' }).waitFor();

      await nav.getByRole('link', { name: 'Coverage gaps' }).click();
      await page.getByRole('heading', { name: /gaps? in Gasabo/ }).waitFor();
      await expect.poll(() => bumbogoShelter(page).textContent()).toContain('Covered');
      expect(await gapCount(page)).toBe(before - 1);
      await page.screenshot({ path: `${SHOTS}/directory-coverage.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an administrator adds a service type in the three languages and adds it to a pathway of Table 4', async () => {
    const admin = await createUser(t, { role: 'sysadmin', fullName: 'Patrick Admin' });
    const context = await contextFor(admin.id);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${base}/`);
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Service types and pathways' }).click();
      await page.getByRole('heading', { name: 'Add a service type' }).waitFor();
      await page.getByLabel('Code').fill('family_mediation');
      await page.getByLabel('Name in Kinyarwanda').fill("Ubuhuza bw'imiryango");
      await page.getByLabel('Name in English').fill('Family mediation');
      await page.getByLabel('Name in French').fill('Médiation familiale');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('cell', { name: 'Family mediation' }).waitFor();
      await page.getByLabel('Edit the pathway of a case type').selectOption('emotional_violence');
      await page.getByRole('button', { name: 'Add an agency and service' }).click();
      const last = page.locator('form .inline-fields').last();
      await last.getByLabel('Service').selectOption('family_mediation');
      await last.getByLabel('Agency').selectOption('faith_group');
      await page.getByRole('button', { name: 'Save' }).last().click();
      await page.getByRole('cell', { name: 'Family mediation' }).nth(1).waitFor();
      const rows = await t.database.db
        .selectFrom('referral_pathways')
        .selectAll()
        .where('case_type', '=', 'emotional_violence')
        .where('service_type', '=', 'family_mediation')
        .execute();
      expect(rows).toMatchObject([{ agency_kind: 'faith_group', lead: false }]);
      expect(errors).toEqual([]);
    } finally {
      await page.screenshot({ path: `${SHOTS}/directory-settings.png`, fullPage: true });
      await context.close();
    }
  });

  it("shows a refused field's error beside it, aria-invalid, in English and after switching in Kinyarwanda", async () => {
    const office = await createOrganisation(t, { name: 'Gasabo Child Protection Office', kind: 'district_office', placeId: PLACES.gasabo });
    const officer = await createUser(t, {
      role: 'cpwo',
      fullName: 'Eric Nshimiyimana',
      organisationId: office.id,
      jurisdictionId: PLACES.gasabo,
      trainingCompletedOn: '2024-06-01',
    });
    const api = client(t, await sessionFor(t, officer));
    const made = await api.post('/api/v1/directory/providers', {
      name: 'Kimironko Family Support',
      kind: 'ngo',
      placeId: PLACES.gasabo,
      // The service's own e-mail is not on the form: an edit must keep it (PUT replaces the whole provider).
      services: [{ serviceType: 'psychosocial_support', name: 'Family counselling', areaPlaceIds: [PLACES.gasabo], email: 'counselling@kimironko.example' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const context = await contextFor(officer.id);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    /** A control by its id: its label changes with the language. */
    const byId = async (label: string) => page.locator(`[id="${await page.getByLabel(label, { exact: true }).getAttribute('id')}"]`);
    /** The words a control's aria-describedby points at. */
    const description = async (control: Awaited<ReturnType<typeof byId>>) => {
      const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ').trim();
    };
    try {
      await page.goto(`${base}/directory/providers/${made.json().id as string}/edit`);
      await page.getByRole('heading', { name: 'Edit Kimironko Family Support', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Add a phone' }).click();
      const phone = await byId('Phone number');
      await phone.fill('12345');
      const minAge = await byId('From age');
      const maxAge = await byId('To age');
      await minAge.fill('12');
      await maxAge.fill('5');

      // What the server's schema refuses is said before sending, beside the field and in the summary: a new service with no type, name or place.
      await page.getByRole('button', { name: 'Add a service' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      const newType = page.getByLabel('Service', { exact: true }).nth(1);
      await expect.poll(() => newType.getAttribute('aria-invalid')).toBe('true');
      // In the reader's words, not the schema's English ('a service type code').
      expect(await description(newType)).toBe('Not in the expected form');
      expect(await page.getByLabel('Add a place covered').nth(1).getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('alert').filter({ hasText: 'Service 2 · Places covered' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/directory-provider-refused.png`, fullPage: true });
      expect(await minAge.getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('button', { name: 'Remove Service 2' }).click();

      await page.getByRole('button', { name: 'Save' }).click();

      // Each refusal beside its field, the field marked invalid; the others are not.
      await expect.poll(() => minAge.getAttribute('aria-invalid')).toBe('true');
      expect(await description(minAge)).toBe('The minimum age is above the maximum age.');
      expect(await phone.getAttribute('aria-invalid')).toBe('true');
      expect(await description(phone)).toBe('That phone number is not valid. Use a Rwandan number such as 078 123 4567.');
      expect(await maxAge.getAttribute('aria-invalid')).toBeNull();
      expect(await page.getByLabel('Name of the service').getAttribute('aria-invalid')).toBeNull();
      await page
        .locator('.field')
        .filter({ has: minAge })
        .screenshot({ path: `${SHOTS}/directory-provider-field-error.png` });

      // Switched to Kinyarwanda, the same refusals read in Kinyarwanda.
      await page.getByRole('button', { name: 'Kinyarwanda' }).click();
      await expect.poll(() => description(minAge)).toBe("Imyaka y'ibanze iruta imyaka ntarengwa.");
      expect(await minAge.getAttribute('aria-invalid')).toBe('true');
      expect(await description(phone)).toBe('Iyo nomero ya telefoni si yo. Koresha nomero yo mu Rwanda nka 078 123 4567.');
      await page.getByRole('alert').filter({ hasText: "Serivisi 1 · Uhereye ku myaka: Imyaka y'ibanze iruta imyaka ntarengwa." }).waitFor();

      // Corrected, the marks go and the provider is saved.
      await minAge.fill('5');
      expect(await minAge.getAttribute('aria-invalid')).toBeNull();
      await phone.fill('0788 300 010');
      await page.locator('form[aria-labelledby="provider-form-title"] button[type="submit"]').click();
      await page.getByRole('heading', { name: 'Kimironko Family Support', level: 1, exact: true }).waitFor();
      const saved = await t.database.db
        .selectFrom('provider_services')
        .select(['min_age', 'max_age', 'email'])
        .where('name', '=', 'Family counselling')
        .execute();
      expect(saved).toEqual([{ min_age: 5, max_age: 5, email: 'counselling@kimironko.example' }]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has the directory and gap view in Kinyarwanda and French too', () => {
    const load = (lang: string) => JSON.parse(readFileSync(`web/src/i18n/directory/${lang}.json`, 'utf8'));
    const [rw, en, fr] = [load('rw'), load('en'), load('fr')];
    for (const key of ['title', 'add', 'areas', 'capacity'] as const) {
      expect(rw.directory[key]).toBeTruthy();
      expect(fr.directory[key]).toBeTruthy();
      expect(rw.directory[key]).not.toBe(en.directory[key]);
    }
    expect(rw.coverage.title).toBe('Serivisi zibura');
    expect(fr.coverage.title).toBe('Lacunes de couverture');
    expect(rw.coverage.sector).toContain('Umurenge');
    expect(en.coverage.district).toContain('Akarere');
  });
});
