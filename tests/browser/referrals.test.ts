import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentBody, consentGiven } from '../cases-support.js';
import { insertCase, insertReport } from '../support/case-factories.js';
import { insertProvider } from '../support/directory-fixtures.js';
import { client, createOrganisation, createUser, PLACES, sessionFor, type Session } from '../support/factories.js';
import { SHOTS, openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The referral journey of issue 11 in a real browser against the real server:
// a CPWO refers a Tier 1 case to an Isange One Stop Centre sharing identity
// and the incident only; the centre's focal person sees exactly those fields
// (not the assessment), accepts, records the service and feedback; the CPWO
// records access and outcome and the referral shows complete. A second
// referral, to a kind of agency the consent does not cover, is refused, then
// sent on a vital-interest basis, and the supervisor sees the notice.

let rig: BrowserRig;
let t: TestApp;
let base: string;
type Person = { id: string; username: string; full_name: string };
let supervisor: Person;
let cpwo: Person;
let caseId: string;
let isange: Awaited<ReturnType<typeof insertProvider>>;
const ASSESSMENT = 'Ibanga: she is afraid of her uncle at home';

beforeAll(async () => {
  rig = await startBrowserRig();
  ({ t, base } = rig);
  const office = await createOrganisation(t, { name: 'Gasabo District Office', kind: 'district_office', placeId: PLACES.gasabo });
  supervisor = await createUser(t, {
    role: 'supervisor',
    fullName: 'Jeanne Mukamana',
    organisationId: office.id,
    jurisdictionId: PLACES.gasabo,
    trainingCompletedOn: '2024-01-10',
  });
  cpwo = await createUser(t, {
    role: 'cpwo',
    fullName: 'Aline Uwimana',
    organisationId: office.id,
    jurisdictionId: PLACES.gasabo,
    supervisorId: supervisor.id,
    trainingCompletedOn: '2024-06-01',
  });
  const made = await insertCase(t, {
    openedBy: cpwo.id,
    leadCaseworkerId: cpwo.id,
    supervisorId: supervisor.id,
    tier: 1,
    stage: 'implementation',
    caseTypes: ['sexual_violence'],
    givenName: 'Ineza',
    familyName: 'Uwase',
  });
  caseId = made.case.id;
  await t.database.db
    .updateTable('incident_reports')
    .set({ what_happened: 'Defiled by a neighbour yesterday on the way home' })
    .where('id', '=', made.report.id)
    .execute();
  const api = client(t, await sessionFor(t, cpwo));
  expect((await api.post(`/api/v1/cases/${caseId}/consents`, consentGiven(['services'], ['isange']))).statusCode).toBe(201);
  expect((await api.post(`/api/v1/cases/${caseId}/assessments`, assessmentBody({ summary: ASSESSMENT }))).statusCode).toBe(201);
  isange = await insertProvider(t, { name: 'Isange Kacyiru', kind: 'isange', serviceType: 'forensic_examination' });
  await insertProvider(t, { name: 'RIB Gasabo', kind: 'rib', serviceType: 'investigation' });
});

afterAll(async () => {
  await rig?.close();
});

const contextFor = (session: Session) => rig.contextFor(session);

async function refer(page: Page, serviceType: string, provider: RegExp, groups: RegExp[], reason: string) {
  await page.goto(`${base}/cases/${caseId}/referrals`);
  await page.getByRole('heading', { name: 'Refer the child' }).waitFor();
  await page.getByLabel('Service needed').selectOption({ label: serviceType });
  await page.getByRole('radio', { name: provider }).check();
  for (const g of groups) await page.getByRole('checkbox', { name: g }).check();
  await page.getByRole('radio', { name: /^Immediate/ }).check();
  await page.getByLabel('Reason for the referral').fill(reason);
  await page.getByRole('button', { name: 'Send the referral' }).click();
}

describe('referrals in Chromium', () => {
  it('refers with consent, the provider sees only what is shared and answers, the referral completes; a second one is sent on a vital-interest basis', async () => {
    const errors: string[] = [];
    const cpwoContext = await contextFor(await sessionFor(t, cpwo));
    const page = await openPage(cpwoContext, errors);
    const focal = isange.focal[0]!;
    const focalContext = await contextFor(await sessionFor(t, focal.user));
    const provider = await openPage(focalContext, errors);
    const supervisorContext = await contextFor(await sessionFor(t, supervisor));
    const sup = await openPage(supervisorContext, errors);
    try {
      // The CPWO refers the child to Isange, sharing identity and the incident only.
      await refer(page, 'Forensic examination', /^Isange Kacyiru/, [/^Identity:/, /^Incident:/], 'Forensic examination within 72 hours');
      const item = page.getByRole('list', { name: 'Referrals' }).getByRole('listitem').first();
      await item.getByText('Isange Kacyiru', { exact: true }).waitFor();
      expect(await item.getByTestId('referral-status').textContent()).toBe('sent');
      await item.getByText('Shared: Identity, Incident').waitFor();
      const reference = /RF-\d{2}-\d{6}/.exec((await item.textContent()) ?? '')?.[0] ?? '';
      expect(reference).not.toBe('');

      // The focal person: the inbox first on Home, the referral with the shared fields and nothing else.
      await provider.goto(base);
      await provider.getByRole('heading', { name: 'Referrals to answer' }).first().waitFor();
      await provider.getByRole('link', { name: reference }).first().click();
      await provider.getByRole('heading', { name: `Referral ${reference}` }).waitFor();
      const child = provider.getByTestId('shared-child');
      await child.getByText(/Ineza Uwase/).waitFor();
      await child.getByText(/Defiled by a neighbour yesterday/).waitFor();
      const shown = (await child.textContent()) ?? '';
      expect(shown).not.toContain(ASSESSMENT);
      expect(shown).not.toMatch(/Assessment|Contact|Health|Plan goals/);
      expect(await provider.content()).not.toContain(ASSESSMENT);
      await provider.getByRole('button', { name: 'Accept' }).click();
      await provider.getByRole('heading', { name: 'Service given' }).waitFor();
      await provider.getByLabel('Date the service was given').fill('2026-11-02');
      await provider.getByLabel('What was given').fill('Examination; samples taken for RIB');
      await provider.getByRole('button', { name: 'Record the service given' }).click();
      await provider.getByText('Service given on').waitFor();
      await provider.getByLabel("Provider's feedback").fill('Examined the same day; the report went to RIB. Counselling advised.');
      await provider.getByRole('button', { name: 'Send the feedback' }).click();
      await provider.getByRole('button', { name: 'Send the feedback' }).waitFor();
      await expect
        .poll(async () => (await t.database.db.selectFrom('referrals').select('feedback').where('reference', '=', reference).executeTakeFirst())?.feedback)
        .toMatch(/Examined/);
      await provider.screenshot({ path: `${SHOTS}/referral-provider.png`, fullPage: true });

      // The CPWO records access and outcome; the referral completes.
      await page.reload();
      const mine = page.getByTestId(`referral-${reference}`);
      await mine.getByText('Examined the same day; the report went to RIB.').waitFor();
      await mine.getByLabel('Date the child accessed the service').fill('2026-11-02');
      await mine.getByRole('radio', { name: 'yes' }).check();
      await mine.getByRole('button', { name: 'Record access and outcome' }).click();
      await mine.getByText(/The child accessed the service on/).waitFor();
      await mine.getByRole('button', { name: 'Complete the referral' }).click();
      await expect.poll(async () => mine.getByTestId('referral-status').textContent()).toBe('completed');

      // A second referral, to RIB: the consent does not cover it; the CPWO sends it on a vital-interest basis.
      await refer(
        page,
        'Investigation',
        /^RIB Gasabo.*consent on record does not cover/,
        [/^Identity:/, /^Incident:/],
        'Report the defilement for investigation',
      );
      await page.getByText('The consent on record does not cover sharing with this kind of agency').waitFor();
      const override = page.getByRole('group', { name: 'Send without consent (vital interest)' });
      await override.getByLabel('Vital interest invoked').selectOption({ label: 'Forensic evidence would be lost' });
      await override.getByLabel('Why the child cannot wait for consent').fill('The family cannot be reached and evidence is lost after 72 hours');
      await override.getByRole('button', { name: 'Send on a vital-interest basis' }).click();
      const second = page.getByRole('list', { name: 'Referrals' }).getByRole('listitem').filter({ hasText: 'RIB Gasabo' });
      await second.getByText('without consent (vital interest)').waitFor();
      await page.screenshot({ path: `${SHOTS}/referral-caseworker.png`, fullPage: true });

      // The supervisor sees the notice.
      await sup.goto(`${base}/notifications`);
      await sup.getByText(/was sent without consent, on a vital-interest basis/).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await cpwoContext.close();
      await focalContext.close();
      await supervisorContext.close();
    }
  }, 120_000);

  it("refers a non-VENA report's child to early intervention from the report, with the consent noted", async () => {
    const errors: string[] = [];
    const report = await insertReport(t, { recordedBy: cpwo.id, childName: 'Mugisha Eric' });
    const session = await sessionFor(t, cpwo);
    expect(
      (
        await client(t, session).post(`/api/v1/reports/${report.id}/screening`, {
          isVena: false,
          needs: ['poverty'],
          earlyInterventions: ['parenting_support'],
        })
      ).statusCode,
    ).toBe(200);
    await insertProvider(t, { name: 'Gasabo Parents Group', kind: 'community_group', serviceType: 'parenting_support' });
    const context = await contextFor(session);
    const page = await openPage(context, errors);
    try {
      await page.goto(`${base}/reports/${report.id}`);
      const form = page.getByRole('form', { name: 'Refer the child' });
      await form.getByLabel('Service needed').selectOption({ label: 'Parenting support' });
      await form.getByRole('radio', { name: /^Gasabo Parents Group/ }).check();
      await form.getByLabel('Reason for the referral').fill('Parenting sessions for the mother');
      await form.getByLabel('Consent noted at screening').fill('The mother agreed at the sector office');
      await form.getByRole('button', { name: 'Send the referral' }).click();
      const panel = page.getByRole('region', { name: 'Referrals' });
      await panel.getByText('Gasabo Parents Group').waitFor();
      expect(await panel.getByTestId('referral-status').textContent()).toBe('sent');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
