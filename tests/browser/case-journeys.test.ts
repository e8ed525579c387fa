import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalation } from '../../src/deadlines/escalation.service.js';
import { client, createOrganisation, createUser, PLACES, sessionFor, TEST_PASSWORD, type Session } from '../support/factories.js';
import { SHOTS, openPage, startBrowserRig, type BrowserRig } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The case journeys of issue 4 in a real browser against the real server:
// (1) an IZU's report of a Tier 1 sexual-violence case, through every step of
// the framework, to a closure the benchmarks allow; (2) a 116 call that is not
// VENA, referred to early intervention; (3) a Tier 2 case that goes overdue
// and escalates to the supervisor. Each step asserts what its user sees.

let rig: BrowserRig;
let t: TestApp;
let base: string;
let villageName: string;

type Person = { id: string; username: string; full_name: string };
let supervisor: Person;
let cpwo: Person;
let izu: Person;
let hotline: Person;

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
  // An IZU signs in with a password only (volunteers are not asked for a second factor) and reads Kinyarwanda.
  izu = await createUser(t, { role: 'izu', fullName: 'Emmanuel Habimana', jurisdictionId: PLACES.gasaboVillage, totpEnabled: false, language: 'rw' });
  const rib = await createOrganisation(t, { name: 'RIB 116', kind: 'rib', placeId: PLACES.rwanda });
  hotline = await createUser(t, { role: 'hotline_agent', fullName: 'Diane Ingabire', organisationId: rib.id, jurisdictionId: PLACES.rwanda });
  villageName = (await t.database.db.selectFrom('places').select('name').where('id', '=', PLACES.gasaboVillage).executeTakeFirstOrThrow()).name;
});

afterAll(async () => {
  await rig?.close();
});

const contextFor = (session: Session | null, viewport?: { width: number; height: number }) => rig.contextFor(session, viewport);

/** No horizontal scrolling: the page is no wider than the window. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const caseNav = (page: Page) => page.getByRole('navigation', { name: 'Parts of the case file' });

async function section(page: Page, name: string) {
  await caseNav(page).getByRole('link', { name, exact: true }).click();
}

/** The API as the CPWO, for the steps a journey does not walk through on screen. */
const api = (s: Session) => client(t, s);

describe('case journeys in Chromium', () => {
  it("takes an IZU's report of a Tier 1 sexual-violence case through every step to a closure the benchmarks allow", async () => {
    const errors: string[] = [];
    // A child of the same village with the same names is already known: intake must show her before creating a new child.
    const cpwoApi = api(await sessionFor(t, cpwo));
    const earlier = await cpwoApi.post('/api/v1/reports', {
      channel: 'school',
      child: { name: 'Ineza Uwase', sex: 'female', ageYears: 10 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Missed school for two weeks after being beaten at home.',
    });
    expect(earlier.statusCode, earlier.body).toBe(201);
    const earlierId = earlier.json().id as string;
    expect(
      (
        await cpwoApi.post(`/api/v1/reports/${earlierId}/screening`, {
          isVena: true,
          caseTypes: ['physical_violence'],
          tier: 2,
          tierReason: 'Bruises, no immediate danger',
        })
      ).statusCode,
    ).toBe(200);
    const known = await cpwoApi.post(`/api/v1/reports/${earlierId}/intake`, {
      child: { givenName: 'Ineza', familyName: 'Uwase', sex: 'female', dateOfBirth: '2016-05-02', placeId: PLACES.gasaboVillage },
    });
    expect(known.statusCode, known.body).toBe(201);
    const knownCode = known.json().childCode as string;

    // 1. The IZU reports from a phone, in Kinyarwanda.
    const izuContext = await contextFor(null, { width: 360, height: 740 });
    const izuPage = await openPage(izuContext, errors);
    const cpwoContext = await contextFor(await sessionFor(t, cpwo));
    const page = await openPage(cpwoContext, errors);
    try {
      await izuPage.goto(base);
      await izuPage.getByLabel('Izina ukoresha').fill(izu.username);
      await izuPage.getByLabel('Ijambobanga', { exact: true }).fill(TEST_PASSWORD);
      await izuPage.getByRole('button', { name: 'Injira' }).click();
      const izuNav = izuPage.getByRole('navigation', { name: 'Ibikubiyemo' });
      // On the phone the menu is one button on the header's line; it unfolds the links.
      const menu = izuPage.getByRole('button', { name: 'Ibikubiyemo' });
      await menu.waitFor();
      expect(await izuNav.count()).toBe(0);
      expect((await menu.boundingBox())!.height).toBeLessThan(60);
      const folded = (await izuPage.locator('header').boundingBox())!.height;
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      // Unfolded, the links take the lines the folded menu saved.
      expect((await izuPage.locator('header').boundingBox())!.height).toBeGreaterThan(folded + 40);
      await izuNav.getByRole('link', { name: 'Tanga raporo' }).click();
      // The menu folds once the new page has rendered: wait for it, do not read it at once.
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
      await izuPage.getByRole('heading', { name: "Tanga raporo y'umwana uri mu kaga" }).waitFor();
      expect(await izuPage.getByLabel('Yatanzwe binyuze kuri').inputValue()).toBe('izu');
      await izuPage.getByText(`${villageName} · Umudugudu (Village)`).waitFor(); // the IZU's own village, already chosen
      await izuPage.getByLabel("Izina ry'umwana").fill('Ineza Uwase');
      await izuPage.getByRole('radio', { name: 'Gore' }).check();
      await izuPage.getByLabel('Imyaka agereranyije').fill('9');
      await izuPage.getByLabel(/^Ibyabaye/).fill('The girl told her teacher a neighbour defiled her yesterday on the way home.');
      await izuPage.getByLabel('Igihe byabereye').fill('2026-11-01');
      expect(await fitsWidth(izuPage)).toBe(true);
      await izuPage.getByRole('button', { name: 'Ohereza raporo' }).click();
      await izuPage.getByRole('heading', { name: 'Raporo yoherejwe' }).waitFor();
      const sent = (await izuPage.getByText(/Nomero yayo ni /).textContent()) ?? '';
      const reference = /Nomero yayo ni (\S+)\./.exec(sent)?.[1] ?? '';
      expect(reference).not.toBe('');
      await izuPage.getByRole('main').getByRole('link', { name: 'Raporo zanjye' }).click();
      await izuPage.getByRole('row').filter({ hasText: reference }).getByText('Nshya: isuzumwe').waitFor();

      // 2-3. The CPWO finds it in the district register and screens it: VENA, sexual violence, Tier 1 with its reason.
      await page.goto(`${base}/reports`);
      await page.getByRole('heading', { name: 'Register of reported incidents' }).waitFor();
      await page.getByRole('link', { name: reference }).click();
      await page.getByRole('heading', { name: `Report ${reference}` }).waitFor();
      await page.getByText('The girl told her teacher a neighbour defiled her').waitFor();
      await page.getByRole('radio', { name: 'Yes, VENA: it becomes a case' }).check();
      await page.getByRole('checkbox', { name: 'Sexual violence and abuse' }).check();
      await page.getByRole('radio', { name: /^Tier 1:/ }).check();
      await page.getByLabel('Reason for the tier').fill('Defilement yesterday: forensic examination at Isange is time-critical.');
      await page.getByRole('button', { name: 'Record the screening' }).click();
      await page.getByText('Tier 1 · same day').first().waitFor();
      await page.getByText('Tier 1 response (same day)').waitFor();

      // 4. Intake: the likely existing child is shown before a new one is created.
      await page.getByRole('link', { name: 'Open the case file (intake)' }).click();
      await page.getByRole('heading', { name: "Intake: open the child's file" }).waitFor();
      await page.getByLabel('Given name').fill('Ineza');
      await page.getByLabel('Family name').fill('Uwase');
      const match = page.getByRole('listitem').filter({ hasText: knownCode });
      await match.getByText('likely the same child').waitFor();
      await page.getByText('This child may already have a file.').waitFor();
      await expect(page.getByRole('button', { name: 'Create the child and open the case' }).isDisabled()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Add a person' }).click();
      await page.getByLabel('Full name').fill('Mukamana Claudine');
      await page.getByLabel('Phone').fill('0788000001');
      await page.getByRole('checkbox', { name: 'I checked these children: this is a different child' }).check();
      await page.getByRole('button', { name: 'Create the child and open the case' }).click();
      await page.getByRole('heading', { name: /^Case file / }).waitFor();
      const childCode = (await page.getByTestId('child-code').textContent()) ?? '';
      expect(childCode).not.toBe(knownCode);
      await page.getByText('Intake is complete once consent is recorded').waitFor();

      // Consent from the mother, for services and conferences.
      await section(page, 'Consent');
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByText("A caregiver's consent · Given · Mukamana Claudine").waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Services:' }).getByText('consented').waitFor();

      // The lead caseworker: the CPWO herself (trained).
      await section(page, 'Lead caseworker');
      await page.getByRole('radio', { name: /^Aline Uwimana/ }).check();
      await page.getByRole('button', { name: 'Allocate' }).click();
      await page.getByTestId('lead-caseworker').getByText('Aline Uwimana').waitFor();
      await page.getByText('Assessment', { exact: true }).first().waitFor(); // the stage badge

      // 5. Assessment.
      await section(page, 'Assessment');
      await page.getByRole('button', { name: 'Assess the child and family' }).click();
      await page.getByLabel("The incident's facts").fill('Defiled by a neighbour on the way home from school; examined at Isange the same day.');
      await page.getByLabel('Relationship to the child').selectOption('neighbour');
      await page.getByLabel('Need: Safety').selectOption('high');
      await page.getByLabel('Needs: Safety').fill('A safe route to school');
      await page.getByLabel('Need: Psychosocial').selectOption('high');
      await page.getByLabel('Risk to siblings').selectOption('possible');
      await page.getByRole('button', { name: 'Save the assessment' }).click();
      await page.getByText('Assessment, version 1').waitFor();
      await page.getByText('Planning', { exact: true }).first().waitFor();

      // 6. The case plan: a measurable goal with its action.
      await section(page, 'Case plan');
      await page.getByRole('button', { name: 'Make the case plan' }).click();
      await page.getByLabel('Goal 1: what should be achieved').fill('Ineza is safe on her way to and from school');
      await page.getByLabel('Goal 1: how it is measured').fill('She walks with an adult every day; no incident for three months');
      await page.getByLabel('Goal 1, action 1: what is done').fill('Arrange for a neighbour to walk with her');
      await page.getByLabel('Goal 1, action 1: responsible provider or person').fill('Mukamana Claudine');
      await page.getByRole('button', { name: 'Save the case plan' }).click();
      await page.getByRole('heading', { name: 'Case plan, version 1' }).waitFor();
      await page.getByText('Implementation', { exact: true }).first().waitFor();

      // 8. Monitoring: the CPWO visits, and asks the village's IZU to visit too.
      await section(page, 'Monitoring visits');
      await page.getByLabel('What you saw and heard').fill('Ineza was at home with her mother; she walks to school with an aunt.');
      await page.getByRole('group', { name: 'Is the child safe?' }).getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Record the visit' }).click();
      await page.getByText('The visit is recorded.').waitFor();
      await page.getByLabel(/^IZU/).selectOption(izu.id);
      await page.getByLabel('What the visit is for').fill('See that Ineza walks to school with an adult');
      await page.getByRole('button', { name: 'Ask the IZU' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Emmanuel Habimana' }).getByText('waiting').waitFor();

      // The IZU sees only the task, with what the visit needs, and records it from the phone.
      await menu.click();
      await izuNav.getByRole('link', { name: 'Gusura abana' }).click();
      await izuPage.getByRole('heading', { name: 'Abana ngomba gusura' }).waitFor();
      await izuPage.getByRole('link', { name: /Ineza/ }).click();
      await izuPage.getByRole('heading', { name: 'Gusura Ineza' }).waitFor();
      await izuPage.getByText('See that Ineza walks to school with an adult').waitFor();
      expect(await izuPage.getByText('defiled').count()).toBe(0); // nothing of the case's facts
      await izuPage.getByLabel("Ibyo wabonye n'ibyo wumvise").fill('Yajyanye ku ishuri na nyirasenge.');
      await izuPage.getByRole('group', { name: 'Ese umwana ari mu mutekano?' }).getByLabel('Yego').check();
      expect(await fitsWidth(izuPage)).toBe(true);
      await izuPage.getByRole('button', { name: 'Ohereza' }).click();
      await izuPage.getByText('Murakoze. Gusura kwanditswe').waitFor();
      await izuPage.screenshot({ path: `${SHOTS}/browser-case-izu.png`, fullPage: true });

      await page.reload();
      await page.getByText('visit by the IZU').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Emmanuel Habimana' }).getByText('done').waitFor();

      // The goal is achieved: the plan's next version says so.
      await section(page, 'Case plan');
      await page.getByRole('button', { name: 'Update the case plan' }).click();
      await page.getByLabel('Goal 1: status').selectOption('achieved');
      await page.getByLabel('Goal 1, action 1: status').selectOption('done');
      await page.getByRole('button', { name: 'Save the case plan' }).click();
      await page.getByRole('heading', { name: 'Case plan, version 2' }).waitFor();
      await page.getByText('Achieved', { exact: true }).waitFor();

      // The review: all seven benchmarks met, with evidence.
      await section(page, 'Reviews');
      await page.getByText('The case cannot close on its benchmarks yet.').waitFor();
      for (let i = 1; i <= 7; i++) {
        await page
          .getByRole('group', { name: new RegExp(`^${i}\\. `) })
          .getByLabel('Met', { exact: true })
          .check();
        await page.getByLabel(`Evidence for benchmark ${i}`).fill(`Seen at the visits and the conference (${i})`);
      }
      await page.getByRole('radio', { name: 'Ready for closure' }).check();
      await page.getByRole('button', { name: 'Record the review' }).click();
      await page.getByText('7 of 7 benchmarks met').first().waitFor();
      await page.getByText('The goals and all seven benchmarks are met: the case may be closed.').waitFor();

      // 9. Closure on the benchmarks, without anyone's approval.
      await section(page, 'Closure');
      expect(await page.getByRole('radio', { name: "The plan's goals and the benchmarks are met" }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Close the case' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Closed on .*: The plan's goals and the benchmarks are met\.$/ })
        .waitFor();
      await page.getByText('Closed', { exact: true }).first().waitFor();
      await section(page, 'Overview');
      const timeline = page.getByRole('list', { name: 'Timeline' });
      for (const event of [
        'Case opened (intake)',
        'Consent recorded',
        'Lead caseworker allocated',
        'Assessment recorded',
        'Case plan saved',
        'Monitoring visit',
        'Case review',
        'Case closed',
      ]) {
        await timeline.getByText(event, { exact: true }).first().waitFor();
      }
      await page.screenshot({ path: `${SHOTS}/browser-case-closed.png`, fullPage: true });
      // The case file and the register work on a phone too.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await fitsWidth(page)).toBe(true);
      await section(page, 'Reviews');
      await page.getByText('7 of 7 benchmarks met').first().waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await page.goto(`${base}/reports`);
      await page.getByLabel('Status').selectOption('');
      await page.getByRole('link', { name: reference }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await izuContext.close();
      await cpwoContext.close();
    }
  }, 300_000);

  it('takes a 116 call that is not VENA to early intervention, and the agent sees the report closed', async () => {
    const errors: string[] = [];
    const agentContext = await contextFor(await sessionFor(t, hotline));
    const agent = await openPage(agentContext, errors);
    const cpwoContext = await contextFor(await sessionFor(t, cpwo));
    const page = await openPage(cpwoContext, errors);
    try {
      await agent.goto(base);
      await agent.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: '116 call' }).click();
      await agent.getByRole('heading', { name: '116 call' }).waitFor();
      await agent.getByLabel("Caller's name").fill('Jean Bosco');
      await agent.getByLabel("Caller's relationship to the child").fill('Neighbour');
      await agent.getByLabel("Child's name").fill('Kwizera Eric');
      await agent.getByRole('radio', { name: 'Male', exact: true }).check();
      await agent.getByLabel('Approximate age (years)').fill('14');
      await agent.getByLabel(/^Where the child is/).fill(villageName);
      await agent
        .getByRole('button', { name: new RegExp(`^${villageName}`) })
        .first()
        .click();
      await agent.getByLabel(/^What happened/).fill('Since his parents died he lives alone with two younger sisters; they often go without food.');
      await agent.getByRole('button', { name: 'Send to the district CPWO' }).click();
      const sent = (await agent.getByText(/Sent to the district CPWO\. Reference /).textContent()) ?? '';
      const reference = /Reference (\S+):/.exec(sent)?.[1] ?? '';
      expect(reference).not.toBe('');
      expect(await agent.getByLabel("Caller's name").inputValue()).toBe(''); // ready for the next call

      await page.goto(`${base}/reports/`);
      await page.getByRole('link', { name: reference }).click();
      await page.getByRole('radio', { name: 'No, not VENA: early intervention' }).check();
      await page.getByRole('checkbox', { name: 'Child-headed household' }).check();
      await page.getByRole('checkbox', { name: 'Orphanhood' }).check();
      await page.getByRole('checkbox', { name: 'Ubudehe' }).check();
      await page.getByRole('checkbox', { name: 'IZU home visits' }).check();
      await page.getByRole('button', { name: 'Refer to early intervention and close the report' }).click();
      await page.getByText('Not VENA (early intervention)').first().waitFor();
      await page.getByText('Ubudehe, IZU home visits').waitFor();
      expect(await page.getByRole('link', { name: 'Open the case file (intake)' }).count()).toBe(0);

      // The agent sees the status of the call, nothing of the screening.
      await agent.getByRole('link', { name: 'Calls I recorded' }).click();
      const row = agent.getByRole('row').filter({ hasText: reference });
      await row.getByText('Early intervention').waitFor();
      await row.getByRole('link', { name: reference }).click();
      await agent.getByText('Referred to early intervention (support for the family); the report is closed.').waitFor();
      expect(await agent.getByText('Ubudehe').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await agentContext.close();
      await cpwoContext.close();
    }
  }, 180_000);

  it('works the rest of the file: conference, services, notes, feedback, attachment, paper file, PDF, a closure the supervisor approves, reopening, and a transfer the receiving district accepts', async () => {
    const errors: string[] = [];
    const bugeseraCpwo = await createUser(t, { role: 'cpwo', fullName: 'Eric Nshuti', jurisdictionId: PLACES.bugesera, trainingCompletedOn: '2024-06-01' });
    // Steps 1-6 through the API: a Tier 2 case in implementation, led by the CPWO.
    const cpwoApi = api(await sessionFor(t, cpwo));
    const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = [200, 201]) => {
      const r = await res;
      expect(status, r.body).toContain(r.statusCode);
      return r.json() as Record<string, string>;
    };
    const report = await ok(
      cpwoApi.post('/api/v1/reports', {
        channel: 'school',
        child: { name: 'Uwera Alice', sex: 'female', ageYears: 12 },
        placeId: PLACES.gasaboVillage,
        whatHappened: 'Sent to work in a bar at night.',
      }),
    );
    await ok(
      cpwoApi.post(`/api/v1/reports/${report.id}/screening`, {
        isVena: true,
        caseTypes: ['child_labour_exploitation'],
        tier: 2,
        tierReason: 'Not at work this week',
      }),
    );
    const opened = await ok(
      cpwoApi.post(`/api/v1/reports/${report.id}/intake`, {
        child: {
          givenName: 'Alice',
          familyName: 'Uwera',
          sex: 'female',
          ageYears: 12,
          placeId: PLACES.gasaboVillage,
          household: [{ fullName: 'Nyiraneza Josephine', relationship: 'mother', isCaregiver: true }],
        },
        confirmNotDuplicate: true,
      }),
    );
    const caseId = opened.caseId!;
    await ok(
      cpwoApi.post(`/api/v1/cases/${caseId}/consents`, {
        kind: 'caregiver_consent',
        decision: 'given',
        purposes: ['services', 'case_conference'],
        giverName: 'Nyiraneza Josephine',
        giverRelationship: 'mother',
      }),
    );
    await ok(cpwoApi.post(`/api/v1/cases/${caseId}/allocation`, { leadCaseworkerId: cpwo.id }));
    await ok(
      cpwoApi.post(`/api/v1/cases/${caseId}/assessments`, {
        incidentFacts: 'Worked nights in a bar for a month.',
        perpetratorRelationship: 'employer',
        domains: [{ domain: 'education', needLevel: 'high' }],
        siblingRisk: 'none',
      }),
    );
    await ok(
      cpwoApi.put(`/api/v1/cases/${caseId}/plan`, {
        reviewDate: '2027-01-15',
        goals: [
          {
            description: 'Back in school',
            measure: 'Attends every day',
            actions: [{ description: 'Enrol her', responsibleName: 'GS Kimironko', dueDate: '2026-11-20' }],
          },
        ],
      }),
    );

    const cpwoContext = await contextFor(await sessionFor(t, cpwo));
    const page = await openPage(cpwoContext, errors);
    const supervisorContext = await contextFor(await sessionFor(t, supervisor));
    const sup = await openPage(supervisorContext, errors);
    const bugeseraContext = await contextFor(await sessionFor(t, bugeseraCpwo));
    const receiver = await openPage(bugeseraContext, errors);
    try {
      await page.goto(`${base}/cases/${caseId}/conferences`);
      const caseCode = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('Case file ', '');

      // A family conference: the mother signed on paper, the supervisor signs in the app, a teacher's paper is recorded afterwards.
      await page.getByRole('button', { name: 'Record a case conference' }).click();
      await page.getByLabel(/^Participant 1: name/).fill('Nyiraneza Josephine');
      await page.getByLabel('Participant 1: role').fill('mother');
      await page.getByRole('checkbox', { name: 'Participant 1 signed the paper confidentiality agreement' }).check();
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await page.getByRole('group', { name: 'Participant 2 is' }).getByLabel('A Rinda user').check();
      await page.getByLabel(/^Participant 2: user/).fill('Jeanne');
      await page.getByRole('button', { name: /^Jeanne Mukamana/ }).click();
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await page.getByLabel(/^Participant 3: name/).fill('Mukeshimana Grace');
      await page.getByLabel('Participant 3: organisation').fill('GS Kimironko');
      await page.getByRole('button', { name: 'Add a decision' }).click();
      await page.getByLabel(/^Decision 1: what was decided/).fill('Enrol Alice at GS Kimironko next week');
      await page.getByRole('button', { name: 'Record the conference' }).click();
      const conference = page.getByRole('region', { name: /^Family conference/ });
      await conference.getByRole('listitem').filter({ hasText: 'Nyiraneza Josephine' }).getByText('agreement signed (on paper)').waitFor();
      await conference.getByRole('listitem').filter({ hasText: 'Jeanne Mukamana' }).getByText('agreement not signed: sees nothing yet').waitFor();
      await conference.getByRole('button', { name: "Record Mukeshimana Grace's signed paper agreement" }).click();
      await conference.getByRole('listitem').filter({ hasText: 'Mukeshimana Grace' }).getByText('agreement signed (on paper)').waitFor();
      await conference.getByRole('button', { name: 'Record the outcome' }).click();
      await conference.getByRole('button', { name: 'Add a decision' }).click();
      await conference.getByLabel(/^Decision 2: what was decided/).fill('The IZU visits every week');
      await conference.getByRole('button', { name: 'Save the outcome' }).click();
      await conference.getByRole('listitem').filter({ hasText: 'The IZU visits every week' }).waitFor();

      await sup.goto(`${base}/conferences/invitations`);
      await sup.getByRole('button', { name: 'Sign the confidentiality agreement' }).click();
      await sup.getByRole('heading', { name: `Case conference · ${caseCode}` }).waitFor();
      await sup.getByText('Enrol Alice at GS Kimironko next week').waitFor();

      // Services, notes, client feedback.
      await section(page, 'Services');
      await page.getByLabel(/^What was given/).fill('School fees and uniform');
      await page.getByLabel(/^Given by/).fill('Sector social affairs');
      await page.getByRole('button', { name: 'Record the service' }).click();
      await page.getByText('given by Sector social affairs').waitFor();
      await section(page, 'Notes');
      await page.getByLabel(/^Note/).fill('Mother agreed to stop sending her to work.');
      await page.getByRole('button', { name: 'Add the note' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Mother agreed to stop sending her to work.' }).waitFor();
      await section(page, 'Client feedback');
      await page.getByRole('radio', { name: '4 · satisfied' }).check();
      await page.getByRole('group', { name: 'Does the child feel better?' }).getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Record the feedback' }).click();
      await page.getByRole('listitem').filter({ hasText: 'A caregiver · 4 · satisfied' }).waitFor();

      // An attachment, uploaded and downloaded.
      await section(page, 'Attachments');
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      await page.getByLabel(/^File/).setInputFiles({ name: 'school-letter.png', mimeType: 'image/png', buffer: png });
      await page.getByLabel('Kind of document').selectOption('correspondence');
      await page.getByRole('button', { name: 'Upload' }).click();
      const link = page.getByRole('link', { name: 'school-letter.png' });
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const saved = await download.path();
      expect(saved && (await import('node:fs')).readFileSync(saved).equals(png)).toBe(true);

      // The paper file goes out and comes back; the PDF prints.
      await section(page, 'Paper file');
      await page.getByText('The paper file is in the cabinet.').waitFor();
      await page.getByLabel('Purpose').fill('Court hearing');
      await page.getByRole('button', { name: 'Sign the file out' }).click();
      await page.getByTestId('paper-file-holder').getByText('Aline Uwimana', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Sign the file back in' }).click();
      await page.getByText('The paper file is in the cabinet.').waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Court hearing' })
        .getByText(/^signed out by Aline Uwimana · back .* \(Aline Uwimana\)$/)
        .waitFor();
      await section(page, 'Overview');
      const pdf = await page.request.get(`${base}${await page.getByRole('link', { name: 'Print the case file (PDF)' }).getAttribute('href')}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      await page.goto(`${base}/cases`);
      const csv = await page.request.get(`${base}${await page.getByRole('link', { name: 'Download the list (CSV)' }).getAttribute('href')}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain(caseCode);
      await page.goto(`${base}/cases/${caseId}`);

      // Closing because contact is lost needs the supervisor, who approves it from the queue.
      await section(page, 'Closure');
      await page.getByRole('radio', { name: 'Contact lost' }).check();
      await page.getByLabel(/^Written reason/).fill('The family left the village; neighbours do not know where they went.');
      await page.getByRole('button', { name: 'Ask the supervisor to approve' }).click();
      await page.getByTestId('closure-pending').waitFor();
      await sup.goto(base);
      await sup.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Closures to approve' }).click();
      await sup.getByRole('link', { name: caseCode }).click();
      await sup.getByRole('button', { name: 'Approve the closure' }).click();
      await sup
        .getByRole('status')
        .filter({ hasText: /^Closed on .*: Contact lost\.$/ })
        .waitFor();

      // The family is found: the case is reopened and returns to assessment.
      await page.reload();
      await page
        .getByRole('status')
        .filter({ hasText: /^Closed on .*: Contact lost\.$/ })
        .waitFor();
      await page.getByLabel(/^Why the case is reopened/).fill('The family was found in Bugesera.');
      await page.getByRole('button', { name: 'Reopen', exact: true }).click();
      await page.getByText('Assessment', { exact: true }).first().waitFor();
      await page.getByText('Reopened by Aline Uwimana').waitFor();

      // The family now lives in Bugesera: the case moves there, and Bugesera's CPWO accepts it.
      await section(page, 'Transfer');
      await page.getByLabel(/^Receiving district/).fill('Bugesera');
      await page
        .getByRole('button', { name: /^Bugesera/ })
        .first()
        .click();
      await page.getByLabel(/^Why the case moves/).fill('The family moved to Bugesera.');
      await page.getByRole('button', { name: 'Send the transfer' }).click();
      await page.getByText('waiting for an answer').waitFor();
      await receiver.goto(base);
      await receiver.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Transfers in' }).click();
      const incoming = receiver.getByRole('article', { name: caseCode });
      await incoming.getByText('From Gasabo to Bugesera').waitFor();
      expect(await incoming.getByText(/Uwera|Alice/).count()).toBe(0); // codes and category only before accepting
      await incoming.getByRole('button', { name: 'Accept' }).click();
      await receiver.getByText('No transfer waiting for you.').waitFor();
      await receiver.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' }).click();
      await receiver.getByRole('link', { name: caseCode }).click();
      await receiver.getByRole('heading', { name: `Case file ${caseCode}` }).waitFor();
      await page.goto(`${base}/notifications`);
      await page.getByRole('link', { name: `The transfer of case ${caseCode} was accepted.` }).waitFor();
      await receiver.screenshot({ path: `${SHOTS}/browser-case-transfer.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await cpwoContext.close();
      await supervisorContext.close();
      await bugeseraContext.close();
    }
  }, 300_000);

  it('escalates an overdue Tier 2 assessment: the CPWO sees it overdue, the supervisor is notified', async () => {
    const errors: string[] = [];
    // The report and the intake through the API; the screening on screen.
    const cpwoApi = api(await sessionFor(t, cpwo));
    const report = await cpwoApi.post('/api/v1/reports', {
      channel: 'health_facility',
      child: { name: 'Mugisha Patrick', sex: 'male', ageYears: 7 },
      placeId: PLACES.gasaboVillage,
      whatHappened: 'Burns on both hands; the stepmother says he fell into the fire.',
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = report.json().id as string;

    let cpwoContext = await contextFor(await sessionFor(t, cpwo));
    let page = await openPage(cpwoContext, errors);
    try {
      await page.goto(`${base}/reports/${reportId}`);
      await page.getByRole('radio', { name: 'Yes, VENA: it becomes a case' }).check();
      await page.getByRole('checkbox', { name: 'Physical violence or abuse' }).check();
      await page.getByRole('radio', { name: /^Tier 2:/ }).check();
      await page.getByLabel('Reason for the tier').fill('Injuries treated; the father is at home and the child can stay for a week.');
      await page.getByRole('button', { name: 'Record the screening' }).click();
      await page.getByText('Tier 2 · within a week').first().waitFor();
      const intake = await cpwoApi.post(`/api/v1/reports/${reportId}/intake`, {
        child: { givenName: 'Patrick', familyName: 'Mugisha', sex: 'male', ageYears: 7, placeId: PLACES.gasaboVillage },
        confirmNotDuplicate: true,
      });
      expect(intake.statusCode, intake.body).toBe(201);
      const caseCode = intake.json().caseCode as string;
      const allocated = await cpwoApi.post(`/api/v1/cases/${intake.json().caseId}/allocation`, { leadCaseworkerId: cpwo.id });
      expect(allocated.statusCode, allocated.body).toBe(200);

      await page.goto(`${base}/worklist`);
      await page.getByRole('button', { name: /^All open/ }).click();
      const item = page.getByRole('listitem').filter({ hasText: `case ${caseCode}` });
      await item.getByText('Tier 2 assessment (within 7 days)').waitFor();
      expect(await item.getByText('Overdue', { exact: true }).count()).toBe(0);
      // The row says what triage needs: the child's first name, the case type, the village, the channel.
      await item.getByText('Patrick · Physical violence or abuse · Umudugudu Akakaza · Health facility').waitFor();
      expect(await item.textContent()).not.toContain('Mugisha');
      await cpwoContext.close();

      // Nine days pass with no assessment; the escalation runs.
      t.clock.advanceDays(9);
      const run = await runEscalation(t.ctx);
      expect(run.escalated).toBeGreaterThan(0);

      cpwoContext = await contextFor(await sessionFor(t, cpwo));
      page = await openPage(cpwoContext, errors);
      await page.goto(`${base}/worklist`);
      await page.getByRole('button', { name: /^Overdue \(\d+\)$/ }).click();
      const overdue = page.getByRole('listitem').filter({ hasText: `case ${caseCode}` });
      await overdue.getByText('Tier 2 assessment (within 7 days)').waitFor();
      await overdue.getByText('Overdue', { exact: true }).waitFor();
      await overdue.getByText(/^(the supervisor|district leadership|NCDA)$/).waitFor(); // how far up it has climbed
      await page.screenshot({ path: `${SHOTS}/browser-case-worklist.png`, fullPage: true });

      const supervisorContext = await contextFor(await sessionFor(t, supervisor));
      const sup = await openPage(supervisorContext, errors);
      try {
        await sup.goto(base);
        await sup.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Notifications' }).click();
        await sup.getByRole('heading', { name: 'Notifications' }).waitFor();
        const note = sup.getByRole('link', {
          name: new RegExp(`^Overdue: Tier 2 assessment \\(within 7 days\\) for ${caseCode} .*escalated to the supervisor\\.$`),
        });
        await note.waitFor();
        expect(await sup.getByText(/Mugisha|Patrick/).count()).toBe(0); // codes only, never the child's name
        await note.click();
        await sup.getByRole('heading', { name: `Case file ${caseCode}` }).waitFor();
        await sup.getByText("The child's and family's names are not shown to you").waitFor();
        expect(errors).toEqual([]);
      } finally {
        await supervisorContext.close();
      }
    } finally {
      await cpwoContext.close();
    }
  }, 180_000);

  it('lets an administrator change the deadline policy and run the escalation by hand', async () => {
    const errors: string[] = [];
    const admin = await createUser(t, { role: 'sysadmin', fullName: 'System Admin', jurisdictionId: PLACES.rwanda });
    const context = await contextFor(await sessionFor(t, admin));
    const page = await openPage(context, errors);
    try {
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Deadlines' }).click();
      await page.getByRole('heading', { name: 'Deadlines and escalation' }).waitFor();
      const tier2 = page.getByLabel(/^Tier 2 full assessment/);
      expect(await tier2.inputValue()).toBe('7'); // the framework's "within one week"
      expect(await page.getByRole('checkbox', { name: /^Tier 1 response the same day/ }).isChecked()).toBe(true);
      await tier2.fill('5');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The policy is saved.').waitFor();
      const policy = await client(t, await sessionFor(t, admin)).get('/api/v1/settings/deadline-policy');
      expect(policy.json().tier2AssessmentDays).toBe(5);
      await page.getByRole('button', { name: 'Run the escalation' }).click();
      await page.getByText(/^Escalated: \d+ · notifications: \d+ · SMS: \d+$/).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
