import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import { SHOTS, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// Issue 12 in a real browser: a Gasabo CPWO imports the district's IZU list,
// sees the row whose village is ambiguous with the places it may mean, fixes
// the file, imports it, and finds the pair in the village's registry.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let session: Session;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const cpwo = await createUser(t, { role: 'cpwo', fullName: 'Aline Uwimana', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2024-06-01' });
  session = await sessionFor(t, cpwo);
});

afterAll(async () => {
  await rig?.close();
});

const HEADER = 'Akarere,Umurenge,Akagari,Umudugudu,Amazina,Igitsina,Telefoni,Date selected,Trainings';
const GOOD = [
  'Gasabo,Bumbogo,Kinyaga,Akakaza,Mukamana Claudine,F,0788 300 001,10/04/2019,Basic IZU training 2019-05-10',
  'Gasabo,Bumbogo,Kinyaga,Akakaza,Habimana Jean,M,0788300002,10/04/2019,Basic IZU training 2019-05-10',
];

describe('the IZU registry in Chromium', () => {
  it('a CPWO imports a list with a bad row, sees the candidates, fixes it, imports it and sees the pair', async () => {
    const context = await rig.contextFor(session);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bad = join(SHOTS, 'izu-list-bad.csv');
    const fixed = join(SHOTS, 'izu-list-fixed.csv');
    writeFileSync(bad, [HEADER, ...GOOD, 'Gasabo,,,Kigarama,Uwase Aline,F,0788300003,,'].join('\n'));
    writeFileSync(fixed, [HEADER, ...GOOD, 'Gasabo,Jali,Nkusi,Kigarama,Uwase Aline,F,0788300003,,'].join('\n'));
    try {
      await page.goto(`${base}/izu`);
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      await nav.getByRole('link', { name: 'IZU registry' }).waitFor();
      await page.getByRole('link', { name: 'Import a list of IZU' }).click();

      await page.getByLabel('The file (CSV or XLSX)').setInputFiles(bad);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: '3 rows, 1 with problems' }).waitFor();
      const problems = page.getByTestId('izu-import-errors');
      const row = problems.getByRole('row').filter({ hasText: 'Village (Umudugudu)' });
      await row.getByText('4 villages (Imidugudu) have this name. Add the cell (Akagari) or sector (Umurenge).').waitFor();
      for (const path of [
        'Kigali City › Gasabo › Bumbogo › Kinyaga › Kigarama',
        'Kigali City › Gasabo › Jali › Nkusi › Kigarama',
        'Kigali City › Gasabo › Nduba › Sha › Kigarama',
        'Kigali City › Gasabo › Rusororo › Nyagahinga › Kigarama',
      ])
        await row.getByText(path, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Register all 3 volunteers' }).isDisabled()).toBe(true);
      // nothing was written by the check
      expect((await t.database.db.selectFrom('users').select('id').where('role', '=', 'izu').execute()).length).toBe(0);

      await page.getByLabel('The file (CSV or XLSX)').setInputFiles(fixed);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByText('Every row is right.').waitFor();
      await page.getByRole('button', { name: 'Register all 3 volunteers' }).click();
      await page.getByText('3 volunteers registered.').waitFor();
      await page.getByRole('link', { name: 'See the registry' }).click();

      await page.getByTestId('izu-summary').getByText('Villages (Imidugudu): 1 · with their pair: 1 · missing one: 0').waitFor();
      const village = page.locator('tr[data-village="12010101"]');
      await village.getByRole('link', { name: 'Mukamana Claudine' }).waitFor();
      await village.getByRole('link', { name: 'Habimana Jean' }).waitFor();
      await village.getByText('+250788300001', { exact: false }).waitFor();

      await village.getByRole('link', { name: 'Habimana Jean' }).click();
      await page.getByRole('heading', { level: 1, name: 'Habimana Jean' }).waitFor();
      await page.getByText('No: SMS and USSD only').waitFor();
      await page.getByText('Basic IZU training (2019-05-10)').waitFor();

      // an edit with a wrong number is refused beside the field; a right one is saved in E.164
      const edit = page.getByRole('region', { name: 'Edit' });
      await edit.getByLabel('Phone').fill('12345');
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.getByText('That phone number is not valid. Use a Rwandan number such as 078 123 4567.').first().waitFor();
      await edit.getByLabel('Phone').fill('0788 300 009');
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.getByText('Saved.').waitFor();
      await page.getByText('+250788300009').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.screenshot({ path: `${SHOTS}/browser-izu-registry.png`, fullPage: true });
      await context.close();
    }
  }, 180_000);
});
