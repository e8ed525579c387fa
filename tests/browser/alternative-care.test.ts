import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../../src/deadlines/escalation.service.js';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { insertCase } from '../support/case-factories.js';
import { client, createUser, PLACES, sessionFor } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// Alternative care in a real browser (docs/alternative-care.md): the CPWO
// takes a household from application to approval in the foster carers
// register; gatekeeping approves emergency foster care (the caseworker
// records necessity, suitability, the child's views and the family's part;
// the supervisor approves); an approved carer is matched among the suggested
// ones and the child placed; the village IZU records a follow-up visit by
// web; a review moves the child to long-term foster care; a missed visit
// falls overdue and escalates to the supervisor.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let cpwo: { id: string };
let supervisor: { id: string };
let izu: { id: string };
let villageName: string;
let caseId: string;
let caseCode: string;
const cellVillage = '12010102';

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const trained = { trainingCompletedOn: '2025-06-01' };
  supervisor = await createUser(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo, fullName: 'Kayitesi Rose', ...trained });
  cpwo = await createUser(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo, fullName: 'Mutesi Claire', supervisorId: supervisor.id, ...trained });
  izu = await createUser(t, { role: 'izu', jurisdictionId: PLACES.gasaboVillage, fullName: 'Nyirahabimana Odette' });
  villageName = (await t.database.db.selectFrom('places').select('name').where('id', '=', PLACES.gasaboVillage).executeTakeFirstOrThrow()).name;
  const made = await insertCase(t, { openedBy: cpwo.id, leadCaseworkerId: cpwo.id, supervisorId: supervisor.id, stage: 'implementation' });
  caseId = made.case.id;
  caseCode = made.case.case_code;

  // Two more carers of the register, through the API: one approved for emergencies in the next village, one not available for them.
  const api = client(t, await sessionFor(t, cpwo));
  for (const [householdName, villageId, emergencyAvailable] of [
    ['Urugo rwa Kalisa', cellVillage, true],
    ['Urugo rwa Uwera', PLACES.gasaboVillage, false],
  ] as const) {
    const res = await api.post('/api/v1/care/carers', {
      householdName,
      mainCarerName: householdName.replace('Urugo rwa ', ''),
      villageId,
      foundBy: 'local_leader',
      capacity: 3,
      ageMin: 0,
      ageMax: 17,
      emergencyAvailable,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    for (const step of [
      { step: 'assessment', on: '2026-09-01', note: 'Safe home' },
      { step: 'training', on: '2026-09-10', note: 'Trained' },
      { step: 'approval', on: '2026-09-15', reasons: 'Assessed and trained', reviewOn: '2027-09-15' },
    ]) {
      const r = await api.post(`/api/v1/care/carers/${id}/steps`, step);
      expect(r.statusCode, r.body).toBe(200);
    }
  }
});

afterAll(() => rig?.close());

async function desk(user: { id: string }, errors: string[]): Promise<Page> {
  return openPage(await rig.contextFor(await sessionFor(t, user), { width: 1280, height: 900 }), errors);
}

describe('alternative care in Chromium', () => {
  it('takes a household from application to approval in the foster carers register; a supervisor sees it without names', async () => {
    const errors: string[] = [];
    const page = await desk(cpwo, errors);
    try {
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Foster carers' }).click();
      await page.getByRole('heading', { name: 'Foster carers register' }).waitFor();
      await page.getByRole('link', { name: 'Urugo rwa Kalisa' }).waitFor();

      const register = page.getByRole('form', { name: 'Register an applicant household' });
      await register.getByLabel(/^Household/).fill('Urugo rwa Mukamana');
      await register.getByLabel('Main carer').fill('Mukamana Josephine');
      await register.getByLabel('Phone').fill('+250788123456');
      await register.getByLabel(/^Village \(Umudugudu\)/).fill(villageName);
      await register
        .getByRole('button', { name: new RegExp(`^${villageName}`) })
        .first()
        .click();
      await register.getByLabel('Found by').selectOption('izu');
      await register.getByRole('checkbox', { name: 'The carer is also an IZU' }).check();
      await register.getByLabel('How many children the household can take').fill('2');
      await register.getByLabel('Oldest age taken').fill('12');
      await register.getByRole('checkbox', { name: /^Takes a child at short notice/ }).check();
      await register.getByRole('button', { name: 'Register the applicant' }).click();
      await page.getByRole('heading', { name: 'Urugo rwa Mukamana Applicant' }).waitFor();

      const step = page.getByRole('form', { name: 'Record a step' });
      await step.getByLabel('Step').selectOption('assessment');
      await step.getByLabel('What was found or done').fill('A caring couple; a safe, clean home near the school');
      await step.getByRole('button', { name: 'Record the step' }).click();
      await page.getByText('A caring couple; a safe, clean home near the school').waitFor();
      await step.getByLabel('Step').selectOption('training');
      await step.getByLabel('What was found or done').fill('Foster care training with the district');
      await step.getByRole('button', { name: 'Record the step' }).click();
      await page.getByRole('heading', { name: 'Urugo rwa Mukamana Trained' }).waitFor();

      // A review date before the approval is refused beside its field; then the approval is recorded.
      await step.getByLabel('Step').selectOption('approval');
      await step.getByLabel('Reasons').fill('Assessed and trained; references from the village leader');
      const reviewOn = step.getByLabel('Approval review date');
      await reviewOn.fill('2020-01-01');
      await step.getByRole('button', { name: 'Record the step' }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      expect(await reviewOn.getAttribute('aria-invalid')).toBe('true');
      await reviewOn.fill('2027-11-01');
      await step.getByRole('button', { name: 'Record the step' }).click();
      await page.getByRole('heading', { name: 'Urugo rwa Mukamana Approved' }).waitFor();
      await page.getByText('approval reviewed on 2027-11-01').waitFor();
      await page.getByText("Also an IZU (Inshuti z'Umuryango)").waitFor();

      // The register's filters: emergency availability, status, IZU carers.
      await page.getByRole('link', { name: 'Back to the register' }).click();
      await page.getByRole('checkbox', { name: 'Available for emergencies only' }).click();
      await page.getByRole('link', { name: 'Urugo rwa Mukamana' }).waitFor();
      await page.getByRole('link', { name: 'Urugo rwa Uwera' }).waitFor({ state: 'detached' });
      await page.getByRole('checkbox', { name: 'Carers who are also IZU only' }).click();
      await page.getByRole('link', { name: 'Urugo rwa Kalisa' }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: 'Urugo rwa Mukamana' }).waitFor();
      await page.getByLabel('Status').selectOption('refused');
      await page.getByText('No carer matches these filters.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const supErrors: string[] = [];
    const sup = await desk(supervisor, supErrors);
    try {
      await sup.goto(`${base}/care/carers?status=approved`);
      await sup.getByRole('heading', { name: 'Foster carers register' }).waitFor();
      await sup.getByRole('link', { name: 'Household (name not shown to you)' }).first().waitFor();
      expect(await sup.getByText(/Mukamana|Kalisa/).count()).toBe(0);
      expect(await sup.getByRole('form', { name: 'Register an applicant household' }).count()).toBe(0);
      expect(supErrors).toEqual([]);
    } finally {
      await sup.context().close();
    }
  }, 180_000);

  it('gatekeeping approves emergency foster care; a matched carer takes the child; the IZU visits; a review moves the child to long-term foster care; a missed visit escalates', async () => {
    const errors: string[] = [];
    let page = await desk(cpwo, errors);
    try {
      await page.goto(`${base}/cases/${caseId}`);
      await page.getByRole('link', { name: 'Alternative care' }).click();
      const gate = page.getByRole('form', { name: 'Record the gatekeeping decision' });
      await gate.getByLabel('Necessity: why').fill('Abandoned at the health centre; no family known yet');
      await gate.getByLabel('Form of care').selectOption('emergency_foster_care');
      await gate.getByLabel("Suitability: why this form meets the child's needs").fill('A family setting at once, near the health centre');
      await gate.getByLabel("The child's views").fill('Too young to say; calm when held');
      await gate.getByLabel('How the family took part').fill('No family traced yet; tracing has started');
      await gate.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText('waiting for the supervisor').waitFor();
      // No placement form while the decision waits for the supervisor (only an emergency placement could go first).
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }

    const sup = await desk(supervisor, errors);
    try {
      await sup.goto(`${base}/cases/${caseId}/care`);
      const answer = sup.getByRole('form', { name: 'Approve or return the gatekeeping decision' });
      // Returning it without a reason is refused beside the note.
      await answer.getByRole('button', { name: 'Return the decision' }).click();
      await answer.locator('textarea[aria-invalid="true"]').waitFor();
      await answer.getByRole('button', { name: 'Approve the decision' }).click();
      await sup.getByText('approved', { exact: true }).waitFor();
      await sup.getByText('answered by Kayitesi Rose').waitFor();
    } finally {
      await sup.context().close();
    }

    page = await desk(cpwo, errors);
    try {
      await page.goto(`${base}/cases/${caseId}/care`);
      const place = page.getByRole('form', { name: 'Place the child' });
      await place.getByText('Approved gatekeeping decision: Emergency foster care').waitFor();
      expect(await place.getByLabel('Form of care').inputValue()).toBe('emergency_foster_care');
      // Suggested carers: approved, available for emergencies, with room; the nearest first; IZU carers marked.
      const mukamana = place.getByRole('radio', { name: /^Urugo rwa Mukamana · .*same village.* · IZU$/ });
      await mukamana.waitFor();
      await place.getByRole('radio', { name: /^Urugo rwa Kalisa · .*same cell/ }).waitFor();
      expect(await place.getByRole('radio', { name: /Urugo rwa Uwera/ }).count()).toBe(0);
      const first = await place.locator('fieldset.choice-group label').first().textContent();
      expect(first).toMatch(/^Urugo rwa Mukamana/);
      await mukamana.check();
      await place.getByLabel('The decision and its reasons').fill('Same village as the health centre; an IZU family with room; takes babies');
      await place.getByRole('button', { name: 'Place the child' }).click();
      await page.getByRole('heading', { name: `Emergency foster care · Urugo rwa Mukamana · ${villageName}` }).waitFor();
      await page.getByText('Same village as the health centre; an IZU family with room; takes babies').waitFor();
    } finally {
      await page.context().close();
    }

    // The village IZU records a follow-up visit by web.
    const izuPage = await openPage(await rig.contextFor(await sessionFor(t, izu), { width: 390, height: 844, phone: true }), errors);
    try {
      await izuPage.goto(base);
      await izuPage.getByRole('button', { name: 'Menu' }).click();
      await izuPage.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Children in care' }).click();
      await izuPage.getByRole('heading', { name: 'Children placed in my village (Umudugudu)' }).waitFor();
      await izuPage.getByRole('button', { name: 'Record a visit to Aline' }).click();
      const visit = izuPage.getByRole('form', { name: 'Record a visit to Aline' });
      await visit.getByLabel('Wellbeing and safety').fill('Sleeping and feeding well; the carer is attentive');
      await visit.getByLabel('School attendance').selectOption('not_school_age');
      await visit.getByLabel("The community's welcome").fill('Neighbours bring milk');
      await visit.getByRole('button', { name: 'Record a follow-up visit' }).click();
      await izuPage.getByText(/^Visit recorded\. Next visit due \d{4}-\d{2}-\d{2}\.$/).waitFor();
      expect(await izuPage.getByText(/Uwase/).count()).toBe(0); // the given name only
    } finally {
      await izuPage.context().close();
    }

    // The review: emergency foster care becomes long-term foster care with the same carer, in one step.
    page = await desk(cpwo, errors);
    try {
      await page.goto(`${base}/cases/${caseId}/care`);
      const active = page.getByTestId('placement-active');
      await active.getByText('Sleeping and feeding well; the carer is attentive').waitFor();
      await active.getByText('IZU', { exact: false }).first().waitFor();
      await active.getByText('Review the placement').click();
      const review = active.getByRole('form', { name: 'Review the placement' });
      await review.getByRole('checkbox', { name: 'A permanent family possible' }).check();
      await review.getByLabel('How the child took part').fill('Observed with the carer; settled and attached');
      await review.getByLabel('Decision').selectOption('change_form');
      await review.getByLabel('Next form of care').selectOption('long_term_foster_care');
      await review.getByRole('radio', { name: 'Stay with the same carer (Urugo rwa Mukamana)' }).check();
      await review.getByRole('button', { name: 'Record the review' }).click();
      await page.getByRole('heading', { name: `Long-term foster care · Urugo rwa Mukamana · ${villageName}` }).waitFor();
      await page
        .getByTestId('placement-ended')
        .getByText(/form of care changed/)
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    const rows = await t.database.db.selectFrom('care_placements').select(['care_form', 'ended_on', 'end_reason']).where('case_id', '=', caseId).execute();
    expect(rows.map((r) => r.care_form).sort()).toEqual(['emergency_foster_care', 'long_term_foster_care']);
    expect(rows.find((r) => r.care_form === 'long_term_foster_care')!.ended_on).toBeNull();

    // Nine days pass without the next visit: it falls overdue and escalates.
    t.clock.advanceDays(9);
    const run = await runEscalation(t.ctx);
    expect(run.escalated).toBeGreaterThan(0);
    page = await desk(cpwo, errors);
    try {
      await page.goto(`${base}/worklist`);
      await page.getByRole('button', { name: /^Overdue \(\d+\)$/ }).click();
      const overdue = page
        .getByRole('listitem')
        .filter({ hasText: `case ${caseCode}` })
        .filter({ hasText: 'Follow-up visit of a placement' });
      await overdue.getByText('Overdue', { exact: true }).waitFor();
      await overdue.getByText(/^(the supervisor|district leadership|NCDA)$/).waitFor();
    } finally {
      await page.context().close();
    }
    const supAfter = await desk(supervisor, errors);
    try {
      await supAfter.goto(base);
      await supAfter.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Notifications' }).click();
      await supAfter
        .getByRole('link', { name: new RegExp(`^Overdue: Follow-up visit of a placement for ${caseCode} .*escalated to the supervisor\\.$`) })
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await supAfter.context().close();
    }
  }, 300_000);

  it('lists care leavers in scope with their transition plan status, linking to the case file', async () => {
    const leaver = await insertCase(t, {
      openedBy: cpwo.id,
      leadCaseworkerId: cpwo.id,
      supervisorId: supervisor.id,
      stage: 'implementation',
      givenName: 'Eric',
      familyName: 'Ndayisenga',
    });
    await t.database.db.updateTable('children').set({ date_of_birth: '2009-01-15' }).where('id', '=', leaver.child.id).execute();
    await t.database.db
      .insertInto('care_placements')
      .values({
        case_id: leaver.case.id,
        child_id: leaver.child.id,
        district_id: PLACES.gasabo,
        village_id: PLACES.gasaboVillage,
        care_form: 'kinship_care',
        family_name: 'Ndayisenga',
        started_on: '2025-01-01',
        planned_review_on: '2027-01-01',
        created_by: cpwo.id,
        created_at: t.clock.now(),
      })
      .execute();
    const errors: string[] = [];
    const page = await desk(cpwo, errors);
    try {
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Care leavers' }).click();
      await page.getByRole('heading', { name: 'Care leavers' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Eric Ndayisenga' });
      await row.getByText('2027-01-15').waitFor();
      await row.getByText('In care').waitFor();
      await row.getByText('No plan yet').waitFor();
      await row.getByRole('link', { name: 'Eric Ndayisenga' }).click();
      await page.getByRole('form', { name: 'Transition plan for a young person approaching 18' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    const sup = await desk(supervisor, errors);
    try {
      await sup.goto(`${base}/care/leavers`);
      await sup
        .getByRole('row')
        .filter({ hasText: `case ${leaver.case.case_code}` })
        .getByRole('link', { name: leaver.child.child_code })
        .waitFor();
      expect(await sup.getByText(/Ndayisenga/).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await sup.context().close();
    }
  }, 120_000);
});
