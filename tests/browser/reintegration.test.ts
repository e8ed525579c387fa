import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { insertCase } from '../support/case-factories.js';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// Family tracing and reintegration in a real browser (docs/reintegration.md):
// a street-connected child is traced (a lead, an attempt, the family found);
// the social worker and the psychologist each record their part of the
// assessment; the psychologist finds the family not safe and the attempt
// fails at assessment with its reason. Then a care leaver's transition plan
// is recorded.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let worker: Session;
let psychologist: Session;
let villageName: string;
let streetCase: string;
let leaverCase: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const trained = { trainingCompletedOn: '2025-06-01' };
  const supervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, ...trained });
  const cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, fullName: 'Mutesi Claire', supervisorId: supervisor.id, ...trained });
  const psy = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, fullName: 'Uwase Diane', supervisorId: supervisor.id, ...trained });
  await t.database.db.updateTable('users').set({ profession: 'psychologist' }).where('id', '=', psy.id).execute();
  worker = await sessionFor(t, cpwo);
  psychologist = await sessionFor(t, psy);
  villageName = (await t.database.db.selectFrom('places').select('name').where('id', '=', PLACES.gasaboVillage).executeTakeFirstOrThrow()).name;
  const street = await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id, supervisorId: supervisor.id, stage: 'implementation' });
  await t.database.db
    .updateTable('cases')
    .set({ case_types: ['street_connected'] })
    .where('id', '=', street.case.id)
    .execute();
  streetCase = street.case.id;
  const leaver = await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id, supervisorId: supervisor.id, stage: 'implementation' });
  await t.database.db.updateTable('children').set({ date_of_birth: '2009-05-20' }).where('id', '=', leaver.child.id).execute();
  leaverCase = leaver.case.id;
});

afterAll(() => rig?.close());

async function desk(session: Session, errors: string[] = []): Promise<Page> {
  return openPage(await rig.contextFor(session, { width: 1280, height: 900 }), errors);
}

describe('family tracing and reintegration in Chromium', () => {
  it('a street-connected child is traced, and reintegration fails at assessment', async () => {
    const errors: string[] = [];
    const page = await desk(worker, errors);
    try {
      await page.goto(`${base}/cases/${streetCase}`);
      await page.getByRole('link', { name: 'Reintegration' }).click();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByText('Family tracing: leads and attempts').waitFor();

      const lead = page.getByRole('form', { name: 'Add a lead' });
      await lead.getByLabel(/^Who/).fill('Nyiraneza Agnes');
      await lead.getByLabel('Relationship to the child').selectOption('aunt_uncle');
      await lead.getByLabel('Phone').fill('+250788555111');
      await lead.getByLabel(/^Where/).fill(villageName);
      await lead
        .getByRole('button', { name: new RegExp(`^${villageName}`) })
        .first()
        .click();
      await lead.getByRole('button', { name: 'Add the lead' }).click();
      await page.getByText('Nyiraneza Agnes').waitFor();

      const attempt = page.getByRole('form', { name: 'Record an attempt' });
      await attempt.getByLabel('How').selectOption('home_visit');
      await attempt.getByLabel('Outcome').selectOption('family_found');
      await attempt.getByLabel('Note').fill('The aunt lives behind the health post');
      await attempt.getByRole('button', { name: 'Record the attempt' }).click();
      await page.getByText('Family found').first().waitFor();

      await page.getByRole('button', { name: 'Record the stage as done' }).click();
      await page.getByRole('heading', { name: "Record the social worker's assessment (social, economic, community)" }).waitFor();

      const social = page.getByRole('form', { name: "Record the social worker's assessment (social, economic, community)" });
      await social.getByLabel('Social situation').fill('The aunt cares for three children of her own');
      await social.getByLabel('Economic situation').fill('Small farm; eligible for Ubudehe support');
      await social.getByLabel('Community').fill('The village leader welcomes the child');
      await social.getByRole('radio', { name: 'Yes' }).check();
      await social.getByLabel('Recommendation').fill('Reintegrate with support');
      await social.getByRole('button', { name: 'Record my assessment' }).click();
      await page.getByText("Social worker's assessment").waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const psyErrors: string[] = [];
    const psy = await desk(psychologist, psyErrors);
    try {
      await psy.goto(`${base}/cases/${streetCase}/reintegration`);
      const form = psy.getByRole('form', { name: "Record the psychologist's assessment (emotional, attachment, behaviour)" });
      await form.getByLabel('Emotional wellbeing').fill('Withdrawn, frightened when the aunt is named');
      await form.getByLabel('Attachment').fill('No attachment to the aunt');
      await form.getByLabel('Behaviour').fill('Runs away when shouted at');
      await form.getByRole('radio', { name: 'No' }).check();
      await form.getByLabel('Recommendation').fill('Do not reintegrate: the aunt beat the child before');
      await form.getByRole('button', { name: 'Record my assessment' }).click();
      await psy.getByText("Psychologist's assessment").waitFor();
      await psy.getByText('family NOT safe').first().waitFor();

      // Going on is refused; the attempt fails at assessment, with its reason.
      await psy.getByRole('button', { name: 'Record the stage as done' }).click();
      await psy.getByText('An assessor found the family not safe: record why the reintegration failed instead.').waitFor();
      const fail = psy.getByRole('form', { name: 'Reintegration failed' });
      await fail.getByLabel('Why').selectOption('family_not_safe');
      await fail.getByLabel('What was found').fill('Violence at the aunt’s home; alternative care to be considered');
      await fail.getByRole('button', { name: 'Record the failure' }).click();
      await psy.getByText(/failed here: Family not safe/).waitFor();
      expect(psyErrors).toEqual([]);
    } finally {
      await psy.context().close();
    }
    const r = await t.database.db.selectFrom('reintegrations').selectAll().where('case_id', '=', streetCase).executeTakeFirstOrThrow();
    expect(r).toMatchObject({ status: 'failed', failed_stage: 'assessment', failure_reason: 'family_not_safe' });
    const parts = await t.database.db.selectFrom('reintegration_assessments').select('part').where('reintegration_id', '=', r.id).execute();
    expect(parts.map((p) => p.part).sort()).toEqual(['psychological', 'social']);
  });

  it('a care leaver’s transition plan is recorded', async () => {
    const errors: string[] = [];
    const page = await desk(worker, errors);
    try {
      await page.goto(`${base}/cases/${leaverCase}`);
      await page.getByRole('link', { name: 'Care leaver', exact: true }).click();
      const form = page.getByRole('form', { name: 'Transition plan for a young person approaching 18' });
      await form.getByLabel('Housing').fill('A room shared with a cousin in Kimironko');
      await form.getByLabel('Work').fill('Apprentice at a tailoring cooperative');
      await form.getByLabel('Education').fill('TVET evening classes');
      await form
        .getByLabel(/^Safe adult/)
        .first()
        .fill('Habimana Jean');
      await form.getByRole('button', { name: 'Record the plan' }).click();
      await page.getByText('Transition plan · open').waitFor();
      const support = page.getByRole('form', { name: 'Record support given (also after 18)' });
      await support.getByLabel('Area').selectOption('housing');
      await support.getByLabel('What was done').fill('First month of rent paid with the district');
      await support.getByRole('button', { name: 'Record the support' }).click();
      await page.getByText('First month of rent paid with the district').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    const plan = await t.database.db.selectFrom('transition_plans').selectAll().where('case_id', '=', leaverCase).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ status: 'open', safe_adult_name: 'Habimana Jean' });
  });
});
