import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { childFile, NAMES } from '../data-protection-support.js';

// The data protection officer in a real browser: records an access request
// from a caregiver (the child's mother), decides it, produces her file, and
// the file holds her data and nobody else's (not the child's, the father's,
// the reporter's or the alleged perpetrator's).

let rig: BrowserRig;
let t: TestApp;
let base: string;
let dpo: Session;
let file: Awaited<ReturnType<typeof childFile>>;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, trainingCompletedOn: '2024-06-01' });
  file = await childFile(t, cpwo.id);
  dpo = await sessionFor(t, await createUser(t, { role: 'dpo', fullName: 'Uwimana Grace', jurisdictionId: PLACES.rwanda }));
});

afterAll(() => rig?.close());

describe('the rights of the people in the records, in Chromium', () => {
  it("the officer records a caregiver's access request, produces her file, and it holds no other person's data", async () => {
    const errors: string[] = [];
    const page = await openPage(await rig.contextFor(dpo), errors);
    try {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Data protection requests' }).click();
      await page.getByRole('heading', { name: 'Data protection requests' }).waitFor();
      await page.getByRole('link', { name: 'Record a request' }).click();

      await page.getByLabel("Child's code").fill(file.child.child_code);
      await page.getByRole('button', { name: 'Find the file' }).click();
      await page.getByRole('radio', { name: `${NAMES.mother} (mother)` }).check();
      await page.getByLabel('Right asked for').selectOption('access');
      await page.getByLabel('Who asked').fill(NAMES.mother);
      await page.getByLabel('On whose behalf').selectOption('self');
      await page.getByLabel('Identity check done').fill('National ID seen: 1198470012345678');
      await page.getByRole('button', { name: 'Record the request' }).click();

      const request = await t.database.db.selectFrom('dp_requests').select(['reference', 'id']).executeTakeFirstOrThrow();
      await page.getByRole('heading', { name: `Request ${request.reference}` }).waitFor();
      await page.getByRole('radio', { name: 'Grant' }).check();
      await page.getByLabel('Legal reason').fill('Law No 058/2021 Art. 18: the right of access of the data subject');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByRole('button', { name: 'Produce the file' }).click();

      const produced = page.getByTestId('person-file');
      await produced.waitFor();
      const text = await produced.innerText();
      expect(text).toContain(NAMES.mother);
      expect(text).toContain(NAMES.motherPhone);
      for (const other of [NAMES.child, NAMES.childFamily, NAMES.father, NAMES.fatherPhone, NAMES.reporter, NAMES.perpetrator])
        expect(text).not.toContain(other);
      expect(text).toContain('The person who reported: protects the person who reported');

      // The readable copy says the same.
      const pdf = await page.request.get(`${base}/api/v1/data-protection/requests/${request.id}/file.pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');

      await page.getByRole('button', { name: 'Execute the request' }).click();
      await page.getByText('Executed', { exact: true }).first().waitFor();
      expect((await t.database.db.selectFrom('dp_requests').select('status').executeTakeFirstOrThrow()).status).toBe('executed');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
