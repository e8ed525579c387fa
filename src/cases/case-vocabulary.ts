// The fixed lists of the framework (NCDA 2023). They feed the national
// statistics, so values are stable codes; the UI translates them.

/** The seven case types (framework Table 4); each decides the lead and supporting agencies. */
export const CASE_TYPES = [
  'sexual_violence',
  'physical_violence',
  'emotional_violence',
  'abandonment_neglect',      // incl. unaccompanied and separated children, trafficking, emergencies
  'child_labour_exploitation',
  'street_connected',
  'harmful_practices',        // e.g. a child cohabiting
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** Needs that are not VENA: recorded, referred to early intervention, report closed (step 3). */
export const NON_VENA_NEEDS = [
  'poverty', 'disability', 'orphanhood', 'child_headed_household', 'teenage_pregnancy', 'school_dropout', 'health', 'other',
] as const;

/** Early intervention a non-VENA report is referred to. */
export const EARLY_INTERVENTIONS = [
  'ubudehe', 'vup', 'ejo_heza', 'cash_transfer', 'parenting_support', 'izu_home_visits', 'health_insurance', 'school_support', 'other',
] as const;

/** Relationship between the child and the alleged perpetrator (CRC Committee disaggregation). */
export const PERPETRATOR_RELATIONSHIPS = [
  'parent', 'step_parent', 'sibling', 'other_relative', 'caregiver_guardian', 'intimate_partner', 'neighbour',
  'teacher', 'employer', 'peer', 'religious_leader', 'other_known_adult', 'stranger', 'unknown',
] as const;

/** Assessment domains (step 5). */
export const ASSESSMENT_DOMAINS = ['safety', 'health', 'psychosocial', 'education', 'shelter_care', 'legal', 'economic'] as const;

/** The seven benchmarks scored at each case review (framework 3.8). */
export const BENCHMARKS = [
  'plan_goals_achieved',
  'no_household_violence',
  'mitigation_in_place',
  'safe_permanent_care',
  'justice_process_concluded',
  'child_coping_and_hope',
  'safe_person_known',
] as const;

export const REPORT_CHANNELS = [
  'izu', 'school', 'health_facility', 'police', 'rib', 'local_leader', 'hotline_116', 'child', 'family_member', 'community_member', 'ngo', 'other',
] as const;

/** Closure reasons: only 'goals_and_benchmarks_met' closes without the supervisor's approval. */
export const CLOSURE_REASONS = [
  'goals_and_benchmarks_met', 'turned_18', 'moved_abroad', 'died', 'transferred', 'lost_contact', 'other',
] as const;
