import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, SYNTHETIC_MARKER } from '../national-profile.js';
import type { SeedStep } from '../seed-plan.js';
import { quote, TAG, textArray, weighted, WORK } from '../seed-sql.js';
import { ASSESSED, assessedAt, IMPLEMENTED, PLANNED, plannedAt, withEvents } from './case-clock.js';

// Case work, framework steps 4-6 (migrations/0005_case_work.sql): the
// caregiver's consent, the first assessment, the case plan with its goals and
// actions, and case conferences, each with its line on the timeline.

const U = `${WORK}.u`;
const K = `${WORK}.kase k`;
const sid = (tag: number, n: string) => `${WORK}.sid(${tag}, ${n})`;

/**
 * What may be shared, by case type: the kinds of agency that lead and support
 * it (framework Table 4, migrations/0028's referral_pathways), so the
 * referrals the seed sends (referrals.steps.ts) are covered by this consent.
 */
export const SHARE_WITH: Record<string, readonly string[]> = {
  sexual_violence: ['isange', 'rib', 'health_facility', 'ngo'],
  physical_violence: ['rib', 'rnp', 'health_facility', 'isange', 'ngo'],
  emotional_violence: ['ngo', 'health_facility', 'community_group'],
  abandonment_neglect: ['health_facility', 'rib', 'community_group', 'ngo'],
  child_labour_exploitation: ['labour_inspection', 'rib', 'school', 'ngo'],
  street_connected: ['nrs', 'school', 'ngo'],
  harmful_practices: ['rib', 'ngo', 'faith_group', 'school'],
};
export const shareWith = `(case k.primary_type ${Object.entries(SHARE_WITH)
  .map(([type, kinds]) => `when ${quote(type)} then ${textArray(kinds)}`)
  .join(' ')} else array['ngo', 'school']::text[] end)`;

/** The first household member's name and relationship, as the household step made them (same draws). */
const caregiverName = `${WORK}.pick(${textArray(GIVEN_NAMES_FEMALE)}, ${U}(k.c * 4 + 1, 61)) || ' ' || ${WORK}.pick(${textArray(FAMILY_NAMES)}, ${U}(k.c * 4 + 1, 62)) || ' ${SYNTHETIC_MARKER}'`;
const caregiverRelationship = `(case when ${U}(k.c * 4 + 1, 60) < 0.75 then 'mother' when ${U}(k.c * 4 + 1, 60) < 0.9 then 'grandparent' else 'aunt_uncle' end)`;

const PERPETRATORS = [
  ['parent', 0.2],
  ['step_parent', 0.08],
  ['other_relative', 0.15],
  ['neighbour', 0.18],
  ['caregiver_guardian', 0.05],
  ['teacher', 0.03],
  ['employer', 0.05],
  ['peer', 0.08],
  ['intimate_partner', 0.04],
  ['other_known_adult', 0.07],
  ['stranger', 0.04],
  ['unknown', 0.03],
] as const;
const perpetrator = weighted(
  `${U}(k.n, 201)`,
  PERPETRATORS.map(([value, share]) => ({ share, value: quote(value) })),
);

const DOMAINS = JSON.stringify([
  { domain: 'safety', strengths: 'Synthetic: a caregiver protects the child', needs: 'Synthetic: a safety plan at home', needLevel: 'high' },
  { domain: 'psychosocial', strengths: 'Synthetic: the child attends school', needs: 'Synthetic: counselling', needLevel: 'medium' },
]);

const consents: SeedStep = {
  name: 'consents',
  after: ['cases (staging)'],
  needs: ['case_consents'],
  async run(q) {
    return q.exec(
      withEvents(
        `insert into case_consents (id, case_id, kind, giver_name, giver_relationship, household_member_id, purposes, share_with, decision,
         decided_at, recorded_by, recorded_at)
       select ${sid(TAG.consent, 'k.n')}, k.id, 'caregiver_consent', ${caregiverName}, ${caregiverRelationship},
         ${sid(TAG.householdMember, 'k.c * 4 + 1')}, array['services', 'case_conference'], ${shareWith}, 'given',
         k.opened_at + interval '30 minutes', k.cpwo, k.opened_at + interval '30 minutes'
       from ${K}`,
        'recorded_at, recorded_by, purposes, share_with',
        {
          variant: TAG.consent,
          kind: 'consent.recorded',
          at: 'ins.recorded_at',
          actor: 'ins.recorded_by',
          refTable: 'case_consents',
          summary: `jsonb_build_object('kind', 'caregiver_consent', 'decision', 'given', 'purposes', to_jsonb(ins.purposes), 'shareWith', to_jsonb(ins.share_with))`,
        },
      ),
    );
  },
};

const assessments: SeedStep = {
  name: 'assessments',
  after: ['cases (staging)'],
  needs: ['assessments'],
  async run(q, plan) {
    return q.exec(
      withEvents(
        `insert into assessments (id, case_id, version, incident_facts, incident_date, perpetrator_relationship, perpetrator_sex,
         perpetrator_age_group, perpetrator_has_access, domains, sibling_risk, summary, assessed_by, assessed_at)
       select ${sid(TAG.assessment, 'k.n')}, k.id, 1, 'Synthetic assessment of a ' || replace(k.primary_type, '_', ' ') || ' case',
         (k.received_at - interval '2 days')::date, ${perpetrator},
         case when ${U}(k.n, 202) < 0.8 then 'male' when ${U}(k.n, 202) < 0.95 then 'female' else 'unknown' end,
         case when ${U}(k.n, 203) < 0.15 then 'child' else 'adult' end, ${U}(k.n, 204) < 0.3, '${DOMAINS}'::jsonb,
         case when ${U}(k.n, 205) < 0.6 then 'none' when ${U}(k.n, 205) < 0.8 then 'possible' when ${U}(k.n, 205) < 0.85 then 'confirmed' else 'no_siblings' end,
         'Synthetic summary', k.lead, ${assessedAt(plan.untilSql)}
       from ${K} where ${ASSESSED}`,
        'assessed_at, assessed_by, perpetrator_relationship, sibling_risk',
        {
          variant: TAG.assessment,
          kind: 'assessment.added',
          at: 'ins.assessed_at',
          actor: 'ins.assessed_by',
          refTable: 'assessments',
          summary: `jsonb_build_object('version', 1, 'perpetratorRelationship', ins.perpetrator_relationship, 'siblingRisk', ins.sibling_risk,
          'domains', '["safety", "psychosocial"]'::jsonb)`,
        },
      ),
    );
  },
};

/** Plans with two goals (safety, psychosocial), one action each; closed cases achieved them, open ones work on them. */
const plans: SeedStep = {
  name: 'case plans',
  after: ['cases (staging)'],
  needs: ['case_plans', 'case_plan_goals', 'case_plan_actions'],
  async run(q, plan) {
    const planned = `from ${K} where ${PLANNED}`;
    const plannedGoals = `from ${K} cross join generate_series(1, 2) as g where ${PLANNED}`;
    let rows = await q.exec(
      withEvents(
        `insert into case_plans (id, case_id, version, review_date, note, created_by, created_at)
       select ${sid(TAG.plan, 'k.n')}, k.id, 1, (k.opened_at + interval '90 days')::date, 'Synthetic plan', k.lead, ${plannedAt(plan.untilSql)} ${planned}`,
        'created_at, created_by, review_date',
        {
          variant: TAG.plan,
          kind: 'plan.updated',
          at: 'ins.created_at',
          actor: 'ins.created_by',
          refTable: 'case_plans',
          summary: `jsonb_build_object('version', 1, 'goals', 2, 'actions', 2, 'reviewDate', ins.review_date::text)`,
        },
      ),
    );
    const goalStatus = `case when k.idx < 5 then 'open' when k.closure_reason = 'goals_and_benchmarks_met' then 'achieved' else 'not_achieved' end`;
    rows += await q.exec(`insert into case_plan_goals (id, plan_id, goal_key, position, domain, description, measure, target_date, status)
      select ${sid(TAG.goal, 'k.n * 2 + g')}, ${sid(TAG.plan, 'k.n')}, ${sid(TAG.goalKey, 'k.n * 2 + g')}, g,
        case g when 1 then 'safety' else 'psychosocial' end,
        case g when 1 then 'Synthetic goal: the child is safe at home' else 'Synthetic goal: the child copes and is back at school' end,
        case g when 1 then 'No new incident in three months' else 'Attends school every week' end,
        (k.opened_at + interval '90 days')::date, ${goalStatus}
      ${plannedGoals}`);
    rows += await q.exec(`insert into case_plan_actions (id, goal_id, action_key, position, description, responsible_user_id, due_date, status)
      select ${sid(TAG.action, 'k.n * 2 + g')}, ${sid(TAG.goal, 'k.n * 2 + g')}, ${sid(TAG.actionKey, 'k.n * 2 + g')}, 1,
        case g when 1 then 'Synthetic action: agree a safety plan with the family' else 'Synthetic action: counselling sessions' end,
        k.lead, (k.opened_at + interval '60 days')::date, case when k.idx = 5 then 'done' when ${IMPLEMENTED} then 'in_progress' else 'planned' end
      ${plannedGoals}`);
    return rows;
  },
};

/** About one case in ten has a conference (more of Tier 1), with the lead and a caregiver who signed on paper. */
const conferences: SeedStep = {
  name: 'case conferences',
  after: ['cases (staging)'],
  needs: ['case_conferences', 'conference_participants'],
  async run(q, plan) {
    const held = `least(${plan.untilSql}, coalesce(k.closed_at, ${plan.untilSql}), ${assessedAt(plan.untilSql)} + interval '2 days')`;
    const chosen = `from ${K} where ${ASSESSED} and ${U}(k.n, 210) < case when k.tier = 1 then 0.2 else 0.06 end`;
    let rows = await q.exec(
      withEvents(
        `insert into case_conferences (id, case_id, type, held_at, location, purpose, child_participation, caregiver_participation, decisions,
         consent_basis, created_by, created_at, updated_at)
       select ${sid(TAG.conference, 'k.n')}, k.id, case when k.tier = 1 then 'inter_agency' else 'family' end, ${held}, 'Synthetic sector office',
         'Synthetic: agree the plan', case when ${U}(k.n, 211) < 0.6 then 'views_represented' else 'attended' end, 'attended',
         '[{"description": "Synthetic: follow up at home", "responsible": "Lead caseworker", "dueDate": null}]'::jsonb, 'consent', k.lead, ${held}, ${held}
       ${chosen}`,
        'type, created_at, created_by',
        {
          variant: TAG.conference,
          kind: 'conference.recorded',
          at: 'ins.created_at',
          actor: 'ins.created_by',
          refTable: 'case_conferences',
          summary: `jsonb_build_object('type', ins.type, 'participants', 2, 'decisions', 1, 'consentBasis', 'consent')`,
        },
      ),
    );
    rows +=
      await q.exec(`insert into conference_participants (id, conference_id, user_id, name, organisation, role, agreement_signed_at, agreement_method, agreement_recorded_by)
      select ${sid(TAG.participant, 'k.n * 2')}, ${sid(TAG.conference, 'k.n')}, k.lead, null, null, 'lead caseworker', ${held}, 'in_app', k.lead ${chosen}
      union all
      select ${sid(TAG.participant, 'k.n * 2 + 1')}, ${sid(TAG.conference, 'k.n')}, null, ${caregiverName}, null, ${caregiverRelationship}, ${held}, 'paper', k.lead ${chosen}`);
    return rows;
  },
};

export const caseWorkSteps: SeedStep[] = [consents, assessments, plans, conferences];
