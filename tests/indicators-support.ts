import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { TestApp } from './support/test-app.js';

// A small country whose indicator figures are counted by hand (see the
// comments): cases, assessments, plans, reviews, closures, referrals, client
// feedback and reports written straight into the tables, each with the date
// it happened, so every period rule can be checked.

let n = 0;
const ref = () => `IND${process.pid}-${++n}-${randomBytes(2).toString('hex')}`;

type CaseSpec = {
  village: string;
  sex: 'female' | 'male';
  dob: string;
  disability?: string[];
  refugee?: string;
  tier: 1 | 2;
  types: string[];
  openedAt: string;
  relationship?: string;
  planReview?: string;
  reviews?: { at: string; met: number }[];
  closed?: { at: string; reason: string };
};

export async function insertFixtureCase(t: TestApp, userId: string, s: CaseSpec) {
  const db = t.database.db;
  const district = s.village.slice(0, 2);
  const reportId = (
    await sql<{ id: string }>`
    insert into incident_reports (reference, district_id, place_id, channel, child_name, child_sex, child_age_years, what_happened, received_at,
      recorded_by, status, screened_at, screened_by, is_vena, case_types, tier, tier_reason)
    values (${ref()}, ${district}, ${s.village}, 'izu', 'Fixture Child', ${s.sex}, 9, 'fixture', ${s.openedAt}::timestamptz - interval '6 hours',
      ${userId}, 'case_opened', ${s.openedAt}::timestamptz - interval '2 hours', ${userId}, true, ${s.types}, ${s.tier}, 'fixture')
    returning id`.execute(db)
  ).rows[0]!.id;
  const childId = (
    await sql<{ id: string }>`
    insert into children (child_code, district_id, place_id, given_name, family_name, search_name, sex, date_of_birth, disability, refugee_status, created_by)
    values (${`${district}-F${randomBytes(3).toString('hex').toUpperCase()}`}, ${district}, ${s.village}, 'Ineza', 'Mugisha', 'ineza mugisha',
      ${s.sex}, ${s.dob}, ${s.disability ?? []}, ${s.refugee ?? 'national'}, ${userId})
    returning id`.execute(db)
  ).rows[0]!.id;
  const stage = s.closed ? 'closed' : 'implementation';
  const caseId = (
    await sql<{ id: string }>`
    insert into cases (case_code, child_id, report_id, district_id, place_id, stage, tier, case_types, lead_caseworker_id, opened_at, opened_by)
    values (${ref()}, ${childId}, ${reportId}, ${district}, ${s.village}, ${stage}, ${s.tier}, ${s.types}, ${userId}, ${s.openedAt}, ${userId})
    returning id`.execute(db)
  ).rows[0]!.id;
  await sql`update incident_reports set case_id = ${caseId}, child_id = ${childId} where id = ${reportId}`.execute(db);
  if (s.relationship) {
    await sql`insert into assessments (case_id, version, incident_facts, perpetrator_relationship, sibling_risk, assessed_by, assessed_at)
      values (${caseId}, 1, 'fixture', ${s.relationship}, 'none', ${userId}, ${s.openedAt}::timestamptz + interval '1 day')`.execute(db);
  }
  if (s.planReview) {
    await sql`insert into case_plans (case_id, version, review_date, created_by, created_at)
      values (${caseId}, 1, ${s.planReview}, ${userId}, ${s.openedAt}::timestamptz + interval '2 days')`.execute(db);
  }
  for (const r of s.reviews ?? []) {
    await sql`insert into case_reviews (case_id, reviewed_by, reviewed_at, met_count, outcome) values (${caseId}, ${userId}, ${r.at}, ${r.met}, 'continue')`.execute(
      db,
    );
  }
  if (s.closed) {
    await sql`insert into case_closures (case_id, reason, closed_by, closed_at) values (${caseId}, ${s.closed.reason}, ${userId}, ${s.closed.at})`.execute(db);
    await sql`update cases set closed_at = ${s.closed.at}, closure_reason = ${s.closed.reason} where id = ${caseId}`.execute(db);
  }
  return { caseId, childId, reportId };
}

export async function insertReferral(
  t: TestApp,
  userId: string,
  r: { caseId: string; district: string; village: string; sentAt: string; completedAt?: string; status?: string },
) {
  const db = t.database.db;
  const org = (await sql<{ id: string }>`insert into organisations (name, kind, place_id) values (${ref()}, 'ngo', ${r.district}) returning id`.execute(db))
    .rows[0]!.id;
  const service = (
    await sql<{
      id: string;
    }>`insert into provider_services (organisation_id, service_type, name) values (${org}, 'psychosocial_support', 'Counselling') returning id`.execute(db)
  ).rows[0]!.id;
  const status = r.completedAt ? 'completed' : (r.status ?? 'sent');
  await sql`insert into referrals (reference, case_id, organisation_id, service_id, service_type, urgency, due_date, reason, consent_basis, status,
      district_id, place_id, sent_by, sent_at, decline_reason, accessed_on, outcome, feedback, completed_by, completed_at)
    values (${ref()}, ${r.caseId}, ${org}, ${service}, 'psychosocial_support', 'routine', '2026-12-31', 'fixture', 'consent', ${status},
      ${r.district}, ${r.village}, ${userId}, ${r.sentAt}, ${status === 'declined' ? 'full' : null},
      ${r.completedAt ? '2026-11-20' : null}, ${r.completedAt ? 'yes' : null}, ${r.completedAt ? 'done' : null},
      ${r.completedAt ? userId : null}, ${r.completedAt ?? null})`.execute(db);
}

export async function insertFeedback(
  t: TestApp,
  userId: string,
  f: { caseId: string; respondent: 'child' | 'caregiver'; satisfaction: number; wellbeing?: boolean; at: string },
) {
  await sql`insert into client_feedback (case_id, respondent, satisfaction, wellbeing_improved, collected_by, collected_at)
    values (${f.caseId}, ${f.respondent}, ${f.satisfaction}, ${f.wellbeing ?? null}, ${userId}, ${f.at})`.execute(t.database.db);
}

export async function insertPlainReport(t: TestApp, userId: string, r: { village: string; receivedAt: string; screenedNonVena?: boolean }) {
  await sql`insert into incident_reports (reference, district_id, place_id, channel, child_sex, child_age_years, what_happened, received_at, recorded_by,
      status, screened_at, screened_by, is_vena)
    values (${ref()}, ${r.village.slice(0, 2)}, ${r.village}, 'school', 'male', 4, 'fixture', ${r.receivedAt}, ${userId},
      ${r.screenedNonVena ? 'early_intervention' : 'new'}, ${r.screenedNonVena ? r.receivedAt : null}, ${r.screenedNonVena ? userId : null},
      ${r.screenedNonVena ? false : null})`.execute(t.database.db);
}

/**
 * The hand-counted country. Gasabo (12), November 2026:
 *   enrolled 3 (G1, G2, G3; G4 opened in October); female 2, male 1;
 *   0-4: 1 (G1), 5-9: 1 (G2), 10-14: 1 (G3); disability 1 (G2); refugee 1 (G2);
 *   by type: physical_violence 2, emotional_violence 1, sexual_violence 1;
 *   tier 1: 1 (G1), tier 2: 2;
 *   assessed 2 of 3 (G1 neighbour, G2 parent; G3 not assessed);
 *   reviewed 2 (G1 3→5, G2 7): progressing 2;
 *   resolved 2 (G2 goals_and_benchmarks_met, G4 lost_contact, both closed in November);
 *   referred 3 (two of G1, one of G2), completed 1;
 *   feedback 3: satisfied 1 (G2 caregiver 5); the child asked about wellbeing 1, better 1;
 *   reports received 5 (G1, G2, G3 and two plain ones), screened 4 (3 VENA, 1 not);
 *   open cases now 2 (G1 plan review 2026-12-31: up to date; G3 plan review 2026-11-30: not).
 * Sector 1201 (Gasabo): G1, G2 enrolled in November. Bugesera (57): B1 enrolled in November.
 */
export async function buildIndicatorCountry(t: TestApp, userId: string) {
  const g1 = await insertFixtureCase(t, userId, {
    village: '12010101',
    sex: 'female',
    dob: '2023-06-01',
    tier: 1,
    types: ['sexual_violence'],
    openedAt: '2026-11-10T08:00:00+02:00',
    relationship: 'neighbour',
    planReview: '2026-12-31',
    reviews: [
      { at: '2026-11-20T10:00:00+02:00', met: 3 },
      { at: '2026-11-28T10:00:00+02:00', met: 5 },
    ],
  });
  const g2 = await insertFixtureCase(t, userId, {
    village: '12010101',
    sex: 'male',
    dob: '2019-01-15',
    disability: ['physical'],
    refugee: 'refugee',
    tier: 2,
    types: ['physical_violence', 'emotional_violence'],
    openedAt: '2026-11-02T09:00:00+02:00',
    relationship: 'parent',
    reviews: [{ at: '2026-11-22T10:00:00+02:00', met: 7 }],
    closed: { at: '2026-11-25T12:00:00+02:00', reason: 'goals_and_benchmarks_met' },
  });
  await insertFixtureCase(t, userId, {
    village: '12020101',
    sex: 'female',
    dob: '2014-03-01',
    tier: 2,
    types: ['physical_violence'],
    openedAt: '2026-11-18T09:00:00+02:00',
    planReview: '2026-11-30',
  });
  await insertFixtureCase(t, userId, {
    village: '12010101',
    sex: 'female',
    dob: '2010-05-01',
    tier: 2,
    types: ['child_labour_exploitation'],
    openedAt: '2026-10-05T09:00:00+02:00',
    relationship: 'employer',
    closed: { at: '2026-11-03T12:00:00+02:00', reason: 'lost_contact' },
  });
  const b1 = await insertFixtureCase(t, userId, {
    village: '57010101',
    sex: 'male',
    dob: '2016-02-01',
    tier: 1,
    types: ['sexual_violence'],
    openedAt: '2026-11-15T09:00:00+02:00',
    relationship: 'other_relative',
  });
  await insertReferral(t, userId, {
    caseId: g1.caseId,
    district: '12',
    village: '12010101',
    sentAt: '2026-11-11T09:00:00+02:00',
    completedAt: '2026-11-21T09:00:00+02:00',
  });
  await insertReferral(t, userId, { caseId: g1.caseId, district: '12', village: '12010101', sentAt: '2026-11-12T09:00:00+02:00' });
  await insertReferral(t, userId, { caseId: g2.caseId, district: '12', village: '12010101', sentAt: '2026-11-05T09:00:00+02:00', status: 'declined' });
  await insertReferral(t, userId, { caseId: b1.caseId, district: '57', village: '57010101', sentAt: '2026-11-16T09:00:00+02:00' });
  await insertFeedback(t, userId, { caseId: g2.caseId, respondent: 'caregiver', satisfaction: 5, at: '2026-11-26T09:00:00+02:00' });
  await insertFeedback(t, userId, { caseId: g2.caseId, respondent: 'child', satisfaction: 3, wellbeing: true, at: '2026-11-26T09:00:00+02:00' });
  await insertFeedback(t, userId, { caseId: g1.caseId, respondent: 'caregiver', satisfaction: 2, at: '2026-11-27T09:00:00+02:00' });
  await insertFeedback(t, userId, { caseId: b1.caseId, respondent: 'child', satisfaction: 4, wellbeing: false, at: '2026-11-27T09:00:00+02:00' });
  await insertPlainReport(t, userId, { village: '12010101', receivedAt: '2026-11-06T09:00:00+02:00', screenedNonVena: true });
  await insertPlainReport(t, userId, { village: '12020101', receivedAt: '2026-11-29T09:00:00+02:00' });
  return { g1, g2, b1 };
}
