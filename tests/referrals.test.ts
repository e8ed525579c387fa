import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseActionsOf } from '../src/access/case-access.js';
import { permissionsOf } from '../src/access/policy.js';
import { ROUTE_ACCESS } from '../src/access/route-access.js';
import { runEscalation } from '../src/deadlines/escalation.service.js';
import { assessmentBody, consentGiven } from './cases-support.js';
import { auditActions, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';
import { insertReport } from './support/case-factories.js';
import { insertProvider } from './support/directory-fixtures.js';
import { client, PLACES, sessionFor, signedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Referrals (framework step 7, issue 11): the consent gate and its override,
// only the shared groups of the child's data reaching the provider through
// any endpoint it can call, the provider's answers, completion only with the
// three criteria, withdrawal ending access at once, and bad input refused
// with nothing written.

let t: TestApp;
let w: World;
let isange: Awaited<ReturnType<typeof insertProvider>>;
let rib: Awaited<ReturnType<typeof insertProvider>>;
let bugeseraOnly: Awaited<ReturnType<typeof insertProvider>>;
let toddlers: Awaited<ReturnType<typeof insertProvider>>;
let closed: Awaited<ReturnType<typeof insertProvider>>;

// What the case holds beyond identity and the incident: none may reach a provider sent identity and incident only.
const UNSHARED = {
  caregiverName: 'Nyiramana Speciose',
  caregiverPhone: '+250788555777',
  assessment: 'Ibanga-ry-isuzuma: the child fears the uncle',
  plan: 'Ibanga-rya-gahunda: move to the aunt',
  disability: 'Ibanga-ry-ubuzima',
};
const SHARED = { givenName: 'Umutoni', familyName: 'Kamikazi', whatHappened: 'Byabaye: defiled on the way to the well' };
const OTHER_CASE = ['Siriwanyuma', 'Bwiherero'];

beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
  isange = await insertProvider(t, { name: 'Isange Kacyiru', kind: 'isange', serviceType: 'forensic_examination' });
  rib = await insertProvider(t, { name: 'RIB Gasabo', kind: 'rib', serviceType: 'investigation', focalPhone: null });
  bugeseraOnly = await insertProvider(t, { name: 'Bugesera Clinic', kind: 'isange', serviceType: 'forensic_examination', covers: [PLACES.bugesera] });
  toddlers = await insertProvider(t, { name: 'Toddlers NGO', kind: 'isange', serviceType: 'forensic_examination', maxAge: 5 });
  closed = await insertProvider(t, { name: 'Closed Centre', kind: 'isange', serviceType: 'forensic_examination', active: false });
});
afterAll(() => t.close());

/** A Tier 1 case with everything a provider must not see unless shared, and consent to share with Isange only. */
async function referableCase() {
  const made = await openCase(t, w, {});
  await t.database.db
    .updateTable('children')
    .set({ given_name: SHARED.givenName, family_name: SHARED.familyName, disability_note: UNSHARED.disability })
    .where('id', '=', made.child.id)
    .execute();
  await t.database.db.updateTable('incident_reports').set({ what_happened: SHARED.whatHappened }).where('id', '=', made.report.id).execute();
  await t.database.db
    .updateTable('cases')
    .set({ tier: 1, case_types: ['sexual_violence'] })
    .where('id', '=', made.case.id)
    .execute();
  await t.database.db
    .insertInto('household_members')
    .values({ child_id: made.child.id, full_name: UNSHARED.caregiverName, relationship: 'aunt_uncle', is_caregiver: true, phone: UNSHARED.caregiverPhone })
    .execute();
  const cso = client(t, w.cso.session);
  const id = made.case.id;
  expect((await cso.post(`/api/v1/cases/${id}/consents`, consentGiven(['services'], ['isange']))).statusCode).toBe(201);
  expect((await cso.post(`/api/v1/cases/${id}/assessments`, assessmentBody({ summary: UNSHARED.assessment }))).statusCode).toBe(201);
  const plan = await cso.put(`/api/v1/cases/${id}/plan`, {
    reviewDate: '2027-01-15',
    goals: [
      {
        description: UNSHARED.plan,
        measure: 'Lives with the aunt',
        domain: 'safety',
        actions: [{ description: 'Forensic examination at Isange', responsibleName: 'Isange', dueDate: '2026-11-20' }],
      },
    ],
  });
  expect(plan.statusCode, plan.body).toBeLessThan(300);
  return { ...made, actionKey: plan.json().goals[0].actions[0].key as string };
}

const referral = (p: typeof isange, extra: Record<string, unknown> = {}) => ({
  organisationId: p.organisation.id,
  serviceId: p.service.id,
  urgency: 'immediate',
  reason: 'Forensic examination within 72 hours',
  sharedGroups: ['identity', 'incident'],
  ...extra,
});
const referralCount = async (caseId: string) => (await t.database.db.selectFrom('referrals').select('id').where('case_id', '=', caseId).execute()).length;

describe('making a referral', () => {
  it('refuses a provider that does not offer the service, cover the village or fit the child, and an unknown field group, writing nothing', async () => {
    const { case: kase } = await referableCase();
    const url = `/api/v1/cases/${kase.id}/referrals`;
    const cso = client(t, w.cso.session);
    const tries: [Record<string, unknown>, number, string][] = [
      [referral(isange, { serviceId: rib.service.id }), 400, 'errors.referral_service_not_offered'],
      [referral(bugeseraOnly), 400, 'errors.referral_service_not_covering'],
      [referral(toddlers), 400, 'errors.referral_service_not_eligible'],
      [referral(closed), 400, 'errors.referral_service_inactive'],
      [referral(isange, { planActionKey: '00000000-0000-4000-8000-000000000000' }), 400, 'errors.referral_plan_action_not_found'],
    ];
    for (const [body, status, key] of tries) {
      const res = await cso.post(url, body);
      expect(res.statusCode, `${key}: ${res.body}`).toBe(status);
      expect(res.json().error.messageKey).toBe(key);
    }
    const unknownGroup = await cso.post(url, referral(isange, { sharedGroups: ['identity', 'diary'] }));
    expect(unknownGroup.statusCode).toBe(400);
    expect(unknownGroup.json().error.fields[0]).toMatchObject({ field: 'body.sharedGroups.1', messageKey: expect.stringMatching(/^errors\./) });
    expect(await referralCount(kase.id)).toBe(0);
    expect(await timelineKinds(t, kase.id)).not.toContain('referral.sent');
    // Roles that do not refer.
    expect((await client(t, w.supervisor.session).post(url, referral(isange))).statusCode).toBe(403);
    expect((await client(t, isange.focal[0]!.session).post(url, referral(isange))).statusCode).toBe(403);
    expect((await client(t, w.bugeseraCpwo.session).post(url, referral(isange))).statusCode).toBe(404);
  });

  it('sends with the consent on record, links the plan action, tells the focal person by SMS without details', async () => {
    const { case: kase, actionKey } = await referableCase();
    const sent = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange, { planActionKey: actionKey }));
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({
      status: 'sent',
      consentBasis: 'consent',
      urgency: 'immediate',
      dueDate: '2026-11-02',
      sharedGroups: ['identity', 'incident'],
      planActionKey: actionKey,
    });
    const reference = sent.json().reference as string;
    expect(reference).toMatch(/^RF-26-\d{6}$/);
    const action = await t.database.db.selectFrom('case_plan_actions').select('referral_id').where('action_key', '=', actionKey).execute();
    expect(action.map((a) => a.referral_id)).toContain(sent.json().id);
    const sms = t.sms.sent.filter((m) => m.to === '+250788300400' && m.text.includes(reference));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).not.toContain(SHARED.givenName);
    expect(await timelineKinds(t, kase.id)).toContain('referral.sent');
    expect(await auditActions(t, kase.id)).toContain('referral.send');
    const deadline = await t.database.db.selectFrom('deadlines').select(['kind', 'met_at']).where('referral_id', '=', sent.json().id).execute();
    expect(deadline).toEqual([{ kind: 'referral_answer', met_at: null }]);
    const options = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/referral-providers?serviceType=forensic_examination`);
    expect(options.statusCode, options.body).toBe(200);
    // Isange leads forensics for sexual violence (Table 4); the Bugesera-only, closed and toddlers' services are not offered.
    expect(
      options.json().items.map((o: { organisationName: string; lead: boolean; consentCovers: boolean }) => [o.organisationName, o.lead, o.consentCovers]),
    ).toEqual([['Isange Kacyiru', true, true]]);
    const list = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/referrals`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([sent.json().id]);
  });
});

describe('the consent gate', () => {
  it('refuses a kind of agency the consent does not cover; a CPWO overrides with a reason and a vital-interest basis, audited, the supervisor told', async () => {
    const { case: kase } = await referableCase();
    const url = `/api/v1/cases/${kase.id}/referrals`;
    const toRib = referral(rib, { urgency: 'urgent', reason: 'Investigation of the defilement' });
    const refused = await client(t, w.cso.session).post(url, toRib);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ messageKey: 'errors.referral_consent_required', details: { purpose: 'share:rib', mayOverride: false } });
    const override = { reason: 'Evidence is lost after 72 hours', basis: 'forensic_evidence' };
    const notAllowed = await client(t, w.cso.session).post(url, { ...toRib, override });
    expect(notAllowed.statusCode).toBe(403);
    expect(notAllowed.json().error.messageKey).toBe('errors.referral_override_not_allowed');
    const noBasis = await client(t, w.cpwo.session).post(url, { ...toRib, override: { reason: 'Urgent' } });
    expect(noBasis.statusCode).toBe(400);
    const noReason = await client(t, w.cpwo.session).post(url, { ...toRib, override: { reason: ' ', basis: 'forensic_evidence' } });
    expect(noReason.statusCode).toBe(400);
    expect(await referralCount(kase.id)).toBe(0);
    expect(
      await client(t, w.cpwo.session)
        .post(url, toRib)
        .then((r) => r.json().error.details.mayOverride),
    ).toBe(true);

    const sent = await client(t, w.cpwo.session).post(url, { ...toRib, override });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ consentBasis: 'override', overrideReason: override.reason, overrideBasis: 'forensic_evidence', dueDate: '2026-11-04' });
    expect(await auditActions(t, kase.id)).toContain('referral.send_override');
    const told = await t.database.db
      .selectFrom('notifications')
      .select(['message_key', 'params'])
      .where('user_id', '=', w.supervisor.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toContain('notifications.referral_consent_override');
  });

  it('tells the district supervisors when the case has no supervisor', async () => {
    const { case: kase } = await referableCase();
    await t.database.db.updateTable('cases').set({ supervisor_id: null }).where('id', '=', kase.id).execute();
    const leader = await signedIn(t, { role: 'supervisor', jurisdictionId: PLACES.gasabo });
    const sent = await client(t, w.cpwo.session).post(
      `/api/v1/cases/${kase.id}/referrals`,
      referral(rib, { override: { reason: 'Danger', basis: 'immediate_danger' } }),
    );
    expect(sent.statusCode).toBe(201);
    const told = await t.database.db
      .selectFrom('notifications')
      .select('message_key')
      .where('user_id', '=', leader.user.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(told.map((n) => n.message_key)).toEqual(['notifications.referral_consent_override']);
  });
});

describe("the provider's side", () => {
  it('sees only the shared groups, through every endpoint it can reach', async () => {
    const { case: kase, child, report } = await referableCase();
    const other = await referableCase();
    await t.database.db.updateTable('children').set({ given_name: OTHER_CASE[0]!, family_name: OTHER_CASE[1]! }).where('id', '=', other.child.id).execute();
    const sent = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange));
    const id = sent.json().id as string;
    const focal = client(t, isange.focal[0]!.session);

    const view = await focal.get(`/api/v1/referrals/${id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().child).toMatchObject({
      identity: { givenName: SHARED.givenName, familyName: SHARED.familyName },
      incident: { whatHappened: SHARED.whatHappened, caseTypes: ['sexual_violence'], tier: 1 },
      contact: null,
      health: null,
      assessment: null,
      plan: null,
    });
    const inbox = await focal.get('/api/v1/referrals/inbox');
    expect(inbox.json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect(await auditActions(t, kase.id)).toContain('referral.read');

    // Every GET route the role may call, with every id it could know or guess.
    const ids = [id, kase.id, child.id, report.id, other.case.id, other.child.id, child.child_code, isange.organisation.id, isange.focal[0]!.user.id];
    const role = 'service_provider';
    const mayCall = (rule: (typeof ROUTE_ACCESS)[string]) =>
      rule.access === 'self' || (rule.access === 'permission' && ([...permissionsOf(role), ...caseActionsOf(role)] as string[]).includes(rule.permission));
    const gets = Object.entries(ROUTE_ACCESS).filter(([key, rule]) => key.startsWith('GET /api/v1/') && mayCall(rule));
    expect(gets.map(([k]) => k)).toEqual(expect.arrayContaining(['GET /api/v1/referrals/:id', 'GET /api/v1/referrals/inbox', 'GET /api/v1/notifications']));
    const leaks: string[] = [];
    let tried = 0;
    for (const [key] of gets) {
      const pattern = key.slice(4);
      const urls = pattern.includes(':') ? ids.map((x) => pattern.replace(/:[a-zA-Z]+/g, x)) : [pattern];
      for (const url of urls) {
        const res = await focal.get(url);
        tried += 1;
        for (const secret of [...Object.values(UNSHARED), ...OTHER_CASE]) if (res.body.includes(secret)) leaks.push(`${url} shows ${secret}`);
        if (res.statusCode === 200 && url !== `/api/v1/referrals/${id}`) {
          for (const s of Object.values(SHARED)) if (res.body.includes(s)) leaks.push(`${url} shows ${s} outside the referral`);
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
    // No case file, no other case.
    expect([403, 404]).toContain((await focal.get(`/api/v1/cases/${kase.id}`)).statusCode);
    expect([403, 404]).toContain((await focal.get(`/api/v1/cases/${kase.id}/referrals`)).statusCode);
    // Another organisation's focal person does not reach it.
    expect((await client(t, rib.focal[0]!.session).get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
  });

  it('accepts, records the service and feedback; the caseworker records access and outcome and completes only with all three', async () => {
    const { case: kase, report } = await referableCase();
    await t.database.db.updateTable('incident_reports').set({ reporter_phone: '+250788123123' }).where('id', '=', report.id).execute();
    const sent = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange));
    const id = sent.json().id as string;
    const focal = client(t, isange.focal[0]!.session);
    const cso = client(t, w.cso.session);

    // Only the organisation's focal persons act.
    const byCaseworker = await cso.post(`/api/v1/referrals/${id}/feedback`, { feedback: 'Not mine to give' });
    expect(byCaseworker.statusCode).toBe(403);
    expect(byCaseworker.json().error.messageKey).toBe('errors.referral_focal_person_only');
    const colleague = await signedIn(t, { role: 'service_provider', organisationId: isange.organisation.id, jurisdictionId: PLACES.gasabo });
    const byColleague = await client(t, colleague.session).post(`/api/v1/referrals/${id}/feedback`, { feedback: 'Not a focal person' });
    expect(byColleague.statusCode).toBe(403);
    expect(byColleague.json().error.messageKey).toBe('errors.referral_focal_person_only');
    expect((await client(t, colleague.session).get(`/api/v1/referrals/${id}`)).statusCode).toBe(404);
    expect((await client(t, rib.focal[0]!.session).post(`/api/v1/referrals/${id}/accept`, {})).statusCode).toBe(404);

    const accepted = await focal.post(`/api/v1/referrals/${id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect((await focal.post(`/api/v1/referrals/${id}/accept`, {})).json().error.messageKey).toBe('errors.referral_wrong_status');
    expect(
      t.sms.sent
        .filter((m) => m.to === '+250788123123')
        .map((m) => m.text)
        .join(),
    ).toContain('a service has been arranged');
    expect((await focal.post(`/api/v1/referrals/${id}/service`, { givenOn: '2026-11-02', note: 'Examined; samples taken' })).statusCode).toBe(200);

    const early = await cso.post(`/api/v1/referrals/${id}/complete`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      messageKey: 'errors.referral_completion_incomplete',
      details: { missing: ['accessedOn', 'outcome', 'feedback'] },
    });
    expect((await focal.post(`/api/v1/referrals/${id}/feedback`, { feedback: 'Examination done; report sent to RIB' })).statusCode).toBe(200);
    const noOutcome = await cso.post(`/api/v1/referrals/${id}/complete`, {});
    expect(noOutcome.json().error.details.missing).toEqual(['accessedOn', 'outcome']);
    expect((await cso.post(`/api/v1/referrals/${id}/outcome`, { accessedOn: '2026-11-02', outcome: 'bogus' })).statusCode).toBe(400);
    expect((await cso.post(`/api/v1/referrals/${id}/outcome`, { accessedOn: '2026-11-02', outcome: 'yes' })).statusCode).toBe(200);
    const done = await cso.post(`/api/v1/referrals/${id}/complete`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'completed',
      accessedOn: '2026-11-02',
      outcome: 'yes',
      feedback: 'Examination done; report sent to RIB',
      overdue: false,
    });
    expect(await timelineKinds(t, kase.id)).toEqual(
      expect.arrayContaining([
        'referral.sent',
        'referral.accepted',
        'referral.service_given',
        'referral.feedback',
        'referral.access_recorded',
        'referral.completed',
      ]),
    );
    const open = await t.database.db.selectFrom('deadlines').select('kind').where('referral_id', '=', id).where('met_at', 'is', null).execute();
    expect(open).toEqual([]);
  });

  it('a declined referral is replaced by a new one; the history stays', async () => {
    const { case: kase } = await referableCase();
    const cso = client(t, w.cso.session);
    const first = (await cso.post(`/api/v1/cases/${kase.id}/referrals`, referral(isange))).json();
    expect((await client(t, isange.focal[0]!.session).post(`/api/v1/referrals/${first.id}/decline`, {})).statusCode).toBe(400);
    const declined = await client(t, isange.focal[0]!.session).post(`/api/v1/referrals/${first.id}/decline`, { reason: 'No examiner this week' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'No examiner this week' });
    t.clock.advanceMinutes(1);
    const second = await cso.post(`/api/v1/cases/${kase.id}/referrals`, referral(isange, { replacesReferralId: first.id }));
    expect(second.statusCode).toBe(201);
    expect(second.json().replacesReferralId).toBe(first.id);
    const badReplace = await cso.post(`/api/v1/cases/${kase.id}/referrals`, referral(isange, { replacesReferralId: second.json().id }));
    expect(badReplace.json().error.messageKey).toBe('errors.referral_replaces_not_declined');
    const list = (await cso.get(`/api/v1/cases/${kase.id}/referrals`)).json().items;
    expect(list.map((r: { status: string }) => r.status)).toEqual(['sent', 'declined']);
  });

  it('withdrawal ends the provider access at once; accepting it then is refused', async () => {
    const { case: kase } = await referableCase();
    const sent = (await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange))).json();
    const focal = client(t, isange.focal[0]!.session);
    expect((await focal.get(`/api/v1/referrals/${sent.id}`)).statusCode).toBe(200);
    expect((await client(t, w.cso.session).post(`/api/v1/referrals/${sent.id}/withdraw`, {})).statusCode).toBe(400);
    const withdrawn = await client(t, w.cso.session).post(`/api/v1/referrals/${sent.id}/withdraw`, { reason: 'The family moved' });
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await focal.get(`/api/v1/referrals/${sent.id}`)).statusCode).toBe(404);
    expect((await focal.get('/api/v1/referrals/inbox')).json().items.map((i: { id: string }) => i.id)).not.toContain(sent.id);
    const accept = await focal.post(`/api/v1/referrals/${sent.id}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.messageKey).toBe('errors.referral_withdrawn');
    expect(await timelineKinds(t, kase.id)).toContain('referral.withdrawn');
  });
});

describe("a report's early intervention", () => {
  it('refers a non-VENA report with the consent noted at screening; a VENA report is referred from its case', async () => {
    const cpwo = client(t, w.cpwo.session);
    const report = await insertReport(t, { recordedBy: w.cpwo.user.id, childName: 'Mugisha Eric', status: 'new' });
    const parenting = await insertProvider(t, { name: 'Gasabo Parents Group', kind: 'community_group', serviceType: 'parenting_support' });
    const body = {
      organisationId: parenting.organisation.id,
      serviceId: parenting.service.id,
      urgency: 'routine',
      reason: 'Parenting support for the mother',
      sharedGroups: ['identity'],
    };
    const url = `/api/v1/reports/${report.id}/referrals`;
    const unscreened = await cpwo.post(url, { ...body, consentNote: 'The mother agreed' });
    expect(unscreened.json().error.messageKey).toBe('errors.referral_report_not_early_intervention');
    expect(
      (await cpwo.post(`/api/v1/reports/${report.id}/screening`, { isVena: false, needs: ['poverty'], earlyInterventions: ['parenting_support'] })).statusCode,
    ).toBe(200);
    const options = await cpwo.get(`/api/v1/reports/${report.id}/referral-providers?serviceType=parenting_support`);
    expect(options.json().items.map((o: { organisationName: string }) => o.organisationName)).toEqual(['Gasabo Parents Group']);
    const noConsent = await cpwo.post(url, body);
    expect(noConsent.statusCode).toBe(409);
    expect(noConsent.json().error.messageKey).toBe('errors.referral_consent_required');
    expect((await client(t, w.cso.session).post(url, { ...body, consentNote: 'x' })).statusCode).toBe(403);
    expect((await client(t, w.bugeseraCpwo.session).post(url, { ...body, consentNote: 'x' })).statusCode).toBe(404);
    const sent = await cpwo.post(url, { ...body, consentNote: 'The mother agreed at screening' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ caseId: null, reportId: report.id, consentBasis: 'consent', dueDate: '2026-11-09' });
    const view = await client(t, parenting.focal[0]!.session).get(`/api/v1/referrals/${sent.json().id}`);
    expect(view.json().child).toMatchObject({ identity: { givenName: 'Mugisha Eric' }, incident: null, contact: null, assessment: null });
    const listed = await client(t, w.supervisor.session).get(url);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((r: { id: string }) => r.id)).toEqual([sent.json().id]);
    expect((await client(t, w.bugeseraCpwo.session).get(url)).statusCode).toBe(404);
    expect((await client(t, w.cso.session).get(url)).statusCode).toBe(403);
    const worklist = await cpwo.get('/api/v1/worklist?due=all');
    expect(worklist.json().items.some((d: { kind: string; report: { id: string } | null }) => d.kind === 'referral_answer' && d.report?.id === report.id)).toBe(
      true,
    );
  });
});

describe('follow-up', () => {
  it('an unanswered referral is overdue after its due date and escalates to the caseworker and the focal persons', async () => {
    const { case: kase } = await referableCase();
    const sent = (await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange, { urgency: 'routine' }))).json();
    expect(sent.dueDate).toBe('2026-11-09');
    const worklist = await client(t, w.cso.session).get('/api/v1/worklist');
    expect(worklist.json().items.map((i: { kind: string }) => i.kind)).toContain('referral_answer');

    t.clock.set('2026-11-09T21:59:00Z'); // 23:59 in Kigali: still due
    await runEscalation(t.ctx);
    const overdueOf = async (userId: string) =>
      (
        await t.database.db
          .selectFrom('notifications')
          .select('params')
          .where('user_id', '=', userId)
          .where('message_key', '=', 'notifications.deadline_overdue')
          .execute()
      )
        .map((n) => (typeof n.params === 'string' ? JSON.parse(n.params) : n.params) as { kind: string; caseCode: string })
        .filter((p) => p.kind === 'referral_answer' && p.caseCode === kase.case_code);
    expect(await overdueOf(w.cso.user.id)).toEqual([]);
    t.clock.set('2026-11-09T22:01:00Z');
    await runEscalation(t.ctx);
    expect(await overdueOf(w.cso.user.id)).toHaveLength(1);
    // The provider hears by the referral's reference, not the case code.
    const providerNotes = (
      await t.database.db
        .selectFrom('notifications')
        .select('params')
        .where('user_id', '=', isange.focal[0]!.user.id)
        .where('message_key', '=', 'notifications.deadline_overdue')
        .execute()
    ).map((n) => (typeof n.params === 'string' ? JSON.parse(n.params) : n.params) as { reference: string; caseCode: string | null });
    expect(providerNotes.filter((p) => p.reference === sent.reference)).toEqual([
      expect.objectContaining({ caseCode: null, kind: 'referral_answer', level: 1 }),
    ]);
    expect(t.sms.sent.filter((m) => m.to === '+250788300400' && m.text.includes(`${sent.reference} is overdue`))).toHaveLength(1);
    const focal = await sessionFor(t, isange.focal[0]!.user);
    const inbox = await client(t, focal).get('/api/v1/referrals/inbox');
    expect(inbox.json().items.find((i: { id: string }) => i.id === sent.id)).toMatchObject({ overdue: true });
    // Accepted (on 10 November, Kigali time) and not completed: due 30 days later.
    expect((await client(t, focal).post(`/api/v1/referrals/${sent.id}/accept`, {})).statusCode).toBe(200);
    const completion = await t.database.db
      .selectFrom('deadlines')
      .select(['kind', 'due_at'])
      .where('referral_id', '=', sent.id)
      .where('met_at', 'is', null)
      .execute();
    expect(completion.map((d) => d.kind)).toEqual(['referral_completion']);
    expect(new Date(completion[0]!.due_at).toISOString()).toBe('2026-12-10T21:59:59.000Z');
  });
});

describe('the referral clocks', () => {
  it("follow the administrator's deadline policy", async () => {
    const admin = await signedIn(t, { role: 'sysadmin', jurisdictionId: PLACES.rwanda });
    const policy = (await client(t, admin.session).get('/api/v1/settings/deadline-policy')).json();
    expect(policy).toMatchObject({ referralImmediateDays: 0, referralUrgentDays: 2, referralRoutineDays: 7, referralCompletionDays: 30 });
    expect((await client(t, admin.session).put('/api/v1/settings/deadline-policy', { ...policy, referralRoutineDays: 0 })).statusCode).toBe(400);
    expect((await client(t, admin.session).put('/api/v1/settings/deadline-policy', { ...policy, referralRoutineDays: 3 })).statusCode).toBe(200);
    w = { ...w, cso: { ...w.cso, session: await sessionFor(t, w.cso.user) }, cpwo: { ...w.cpwo, session: await sessionFor(t, w.cpwo.user) } };
    const { case: kase } = await referableCase();
    const sent = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/referrals`, referral(isange, { urgency: 'routine' }));
    expect(sent.statusCode, sent.body).toBe(201);
    // Sent on 10 November (Kigali time): due 3 days later.
    expect(sent.json().dueDate).toBe('2026-11-13');
  });
});
