import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import { insertCase } from '../support/case-factories.js';
import { createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// The workforce issue in a real browser: a supervisor records a supervision
// session with a supervisee, discussing two cases, with an agreed action;
// the CPWO's caseload board shows that caseworker over the threshold; and
// allocating them another Tier 1 case warns and asks to confirm.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let supervisor: Session;
let cpwo: Session;
let admin: Session;
let worker: { id: string };
let cases: { id: string; code: string }[];
let newCase: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  // A Tier 1 case counts 3; over 5 weighted cases a caseworker is over the threshold.
  const policy = {
    tierWeights: { tier1: 3, tier2: 1 },
    caseloadThreshold: 5,
    superviseesPerSupervisor: 8,
    supervisionIntervalDays: 30,
    firstYearSupervisionIntervalDays: 14,
  };
  await t.database.db
    .insertInto('settings')
    .values({ key: 'workforce_policy', value: JSON.stringify(policy), updated_at: t.clock.now(), updated_by: null })
    .execute();
  const trained = { trainingCompletedOn: '2025-01-10' };
  const sup = await createUser(t, { role: 'supervisor', fullName: 'Habimana Eric', jurisdictionId: PLACES.gasabo });
  const officer = await createUser(t, { role: 'cpwo', fullName: 'Uwimana Grace', jurisdictionId: PLACES.gasabo, ...trained });
  worker = await createUser(t, { role: 'cso_caseworker', fullName: 'Mukamana Aline', jurisdictionId: PLACES.gasabo, supervisorId: sup.id, ...trained });
  supervisor = await sessionFor(t, sup);
  admin = await sessionFor(t, await createUser(t, { role: 'sysadmin', fullName: 'Kayitesi Alice' }));
  cpwo = await sessionFor(t, officer);
  cases = [];
  for (const givenName of ['Ineza', 'Keza']) {
    const c = await insertCase(t, { openedBy: officer.id, leadCaseworkerId: worker.id, supervisorId: sup.id, tier: 1, givenName });
    cases.push({ id: c.case.id, code: c.case.case_code });
  }
  newCase = (await insertCase(t, { openedBy: officer.id, leadCaseworkerId: officer.id, tier: 1, givenName: 'Gwiza' })).case.id;
});

afterAll(() => rig?.close());

describe('workforce in Chromium', () => {
  it('a supervisor records a session with a supervisee, discussing two cases, with an action', async () => {
    const errors: string[] = [];
    const page = await openPage(await rig.contextFor(supervisor), errors);
    try {
      await page.goto(`${base}/workforce/supervision`);
      await page.getByRole('heading', { name: 'Supportive supervision' }).waitFor();
      const row = page.getByTestId(`supervisee-${worker.id}`);
      await row.getByText('Over the threshold').waitFor();
      await row.getByRole('button', { name: 'Record a session' }).click();
      await page.getByRole('heading', { name: 'Supervision session with Mukamana Aline' }).waitFor();
      await page.getByLabel('Accountability for the work').check();
      await page.getByLabel('Well-being and self-care').check();
      for (const c of cases) await page.getByLabel(`${c.code} · Tier 1`).check();
      await page.getByLabel('Notes').fill('Two Tier 1 cases this month; plan leave.');
      await page.getByLabel('Action', { exact: true }).fill('Hand one case to a colleague');
      await page.getByLabel('Due by').fill('2026-11-20');
      await page.getByRole('button', { name: 'Record the session' }).click();
      await page.getByTestId('supervision-sessions').getByText('2 cases, 1 actions').waitFor();
      // The agreed action, marked done from the session: it shows the day and who.
      await page.getByTestId('supervision-sessions').getByRole('button', { name: 'Agreed actions' }).click();
      await page.getByRole('button', { name: 'Mark done' }).click();
      await page.getByText(/Done on \d{4}-\d{2}-\d{2} \(Habimana Eric\)/).waitFor();
      const session = await t.database.db.selectFrom('supervision_sessions').selectAll().executeTakeFirstOrThrow();
      expect(session.caseworker_id).toBe(worker.id);
      const linked = await t.database.db.selectFrom('supervision_session_cases').select('case_id').where('session_id', '=', session.id).execute();
      expect(linked.map((l) => l.case_id).sort()).toEqual(cases.map((c) => c.id).sort());
      const actions = await t.database.db.selectFrom('supervision_actions').selectAll().where('session_id', '=', session.id).execute();
      expect(actions.map((a) => a.description)).toEqual(['Hand one case to a colleague']);
      expect(actions[0]!.done_by).not.toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the caseload board shows the caseworker over the threshold, and allocating another Tier 1 case warns', async () => {
    const errors: string[] = [];
    const page = await openPage(await rig.contextFor(cpwo), errors);
    try {
      await page.goto(`${base}/workforce/caseload`);
      const row = page.getByTestId(`caseload-${worker.id}`);
      await row.getByText('Over the threshold').waitFor();
      expect(await row.getAttribute('class')).toContain('over-threshold');

      await page.goto(`${base}/cases/${newCase}/allocation`);
      await page.getByRole('radio', { name: /Mukamana Aline/ }).check();
      await page.getByRole('button', { name: 'Allocate', exact: true }).click();
      const warning = page.getByTestId('caseload-warning');
      await warning.getByText('from 6 to 9, over the threshold of 5', { exact: false }).waitFor();
      let lead = await t.database.db.selectFrom('cases').select('lead_caseworker_id').where('id', '=', newCase).executeTakeFirstOrThrow();
      expect(lead.lead_caseworker_id).not.toBe(worker.id);
      await warning.getByRole('button', { name: 'Allocate anyway' }).click();
      await page.getByTestId('lead-caseworker').getByText('Mukamana Aline').waitFor();
      lead = await t.database.db.selectFrom('cases').select('lead_caseworker_id').where('id', '=', newCase).executeTakeFirstOrThrow();
      expect(lead.lead_caseworker_id).toBe(worker.id);
      expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the administrator raises the threshold on the caseload policy screen; the caseload board reflects it', async () => {
    const errors: string[] = [];
    const page = await openPage(await rig.contextFor(admin), errors);
    try {
      await page.goto(`${base}/settings/deadlines`);
      await page.getByRole('link', { name: 'Caseload policy' }).first().click();
      await page.getByRole('heading', { name: 'Caseload policy' }).waitFor();
      const threshold = page.getByLabel('Weighted cases per caseworker');
      expect(await threshold.inputValue()).toBe('5');
      // A value out of bounds is refused beside the field, and nothing is saved.
      await threshold.fill('0');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('.field-error').first().waitFor();
      const storedThreshold = async () => {
        const row = await t.database.db.selectFrom('settings').select('value').where('key', '=', 'workforce_policy').executeTakeFirstOrThrow();
        return (typeof row.value === 'string' ? JSON.parse(row.value) : row.value).caseloadThreshold;
      };
      expect(await storedThreshold()).toBe(5);
      await threshold.fill('20');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The caseload policy is saved.').waitFor();
      expect(await storedThreshold()).toBe(20);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    // The CPWO's board: the caseworker (9 weighted) is no longer over a threshold of 20.
    const cpwoPage = await openPage(await rig.contextFor(cpwo), errors);
    try {
      await cpwoPage.goto(`${base}/workforce/caseload`);
      await cpwoPage.getByText('Threshold: 20 weighted cases per caseworker', { exact: false }).waitFor();
      const row = cpwoPage.getByTestId(`caseload-${worker.id}`);
      await row.waitFor();
      expect((await row.getAttribute('class')) ?? '').not.toContain('over-threshold');
      expect(await row.getByText('Over the threshold').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await cpwoPage.context().close();
    }
  });
});
