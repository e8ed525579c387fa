// The fixed lists of the framework (NCDA 2023). They feed the national
// statistics, so values are stable codes; the UI translates them.

/** The seven case types (framework Table 4); each decides the lead and supporting agencies. */
export const CASE_TYPES = [
  'sexual_violence',
  'physical_violence',
  'emotional_violence',
  'abandonment_neglect', // incl. unaccompanied and separated children, trafficking, emergencies
  'child_labour_exploitation',
  'street_connected',
  'harmful_practices', // e.g. a child cohabiting
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** Needs that are not VENA: recorded, referred to early intervention, report closed (step 3). */
export const NON_VENA_NEEDS = [
  'poverty',
  'disability',
  'orphanhood',
  'child_headed_household',
  'teenage_pregnancy',
  'school_dropout',
  'health',
  'other',
] as const;

/** Early intervention a non-VENA report is referred to. */
export const EARLY_INTERVENTIONS = [
  'ubudehe',
  'vup',
  'ejo_heza',
  'cash_transfer',
  'parenting_support',
  'izu_home_visits',
  'health_insurance',
  'school_support',
  'other',
] as const;

/** Relationship between the child and the alleged perpetrator (CRC Committee disaggregation). */
export const PERPETRATOR_RELATIONSHIPS = [
  'parent',
  'step_parent',
  'sibling',
  'other_relative',
  'caregiver_guardian',
  'intimate_partner',
  'neighbour',
  'teacher',
  'employer',
  'peer',
  'religious_leader',
  'other_known_adult',
  'stranger',
  'unknown',
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
  'izu',
  'school',
  'health_facility',
  'police',
  'rib',
  'local_leader',
  'hotline_116',
  'child',
  'family_member',
  'community_member',
  'ngo',
  'other',
] as const;

/** Closure reasons: only 'goals_and_benchmarks_met' closes without the supervisor's approval. */
export const CLOSURE_REASONS = ['goals_and_benchmarks_met', 'turned_18', 'moved_abroad', 'died', 'transferred', 'lost_contact', 'other'] as const;

/** Kinds of disability recorded for a child (functional domains, for disaggregation). */
export const DISABILITY_KINDS = ['physical', 'visual', 'hearing', 'speech_communication', 'intellectual', 'psychosocial', 'multiple', 'other'] as const;

export const REFUGEE_STATUSES = ['national', 'refugee', 'asylum_seeker', 'returnee', 'stateless', 'unknown'] as const;

/** A household member's relationship to the child (household_members.relationship). */
export const HOUSEHOLD_RELATIONSHIPS = [
  'mother',
  'father',
  'stepmother',
  'stepfather',
  'sibling',
  'grandparent',
  'aunt_uncle',
  'other_relative',
  'foster_carer',
  'guardian',
  'other',
] as const;

/** What a consent covers besides sharing with agencies (step 4, tool 6). */
export const CONSENT_PURPOSES = ['services', 'case_conference'] as const;
export type ConsentPurposeCode = (typeof CONSENT_PURPOSES)[number];

/**
 * Kinds of agency information may be shared with under a consent (the same
 * codes as organisations.kind, so a referral to an organisation asks for the
 * consent of its kind).
 */
export const SHARING_AGENCY_KINDS = [
  'rib',
  'rnp',
  'isange',
  'health_facility',
  'school',
  'nrs',
  'ncpd',
  'labour_inspection',
  'minema',
  'ngo',
  'community_group',
  'faith_group',
  'youth_group',
  'government_agency',
  'other',
] as const;
export type SharingAgencyKind = (typeof SHARING_AGENCY_KINDS)[number];

export const CONSENT_KINDS = ['caregiver_consent', 'child_consent', 'child_assent', 'vital_interest'] as const;
export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;

export const SIBLING_RISKS = ['none', 'possible', 'confirmed', 'no_siblings', 'unknown'] as const;
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;

export const GOAL_STATUSES = ['open', 'achieved', 'not_achieved', 'dropped'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** Case conferences (framework 3.6): family, internal to the caseworker's agency, inter-agency. */
export const CONFERENCE_TYPES = ['family', 'internal', 'inter_agency'] as const;
export const PARTICIPATION = ['attended', 'views_represented', 'not_participating'] as const;

// Lists the server owns and the web app offers as they are (it imports this
// file: plain constants, no server code).

/** The steps a case moves through, and where it ends (closed, or transferred to another district or agency). */
export const CASE_STAGES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed', 'transferred'] as const;
/** Stages in which a case is still being worked (not closed, not handed to another agency). */
export const OPEN_STAGES = ['intake', 'assessment', 'planning', 'implementation', 'review'] as const satisfies readonly (typeof CASE_STAGES)[number][];
export const REPORT_STATUSES = ['new', 'screened', 'early_intervention', 'case_opened', 'closed'] as const;
export const CHILD_SEXES = ['female', 'male', 'unknown'] as const;
export const REVIEW_OUTCOMES = ['continue', 'reassess', 'ready_for_closure'] as const;
export const ATTACHMENT_CATEGORIES = ['scanned_form', 'evidence', 'medical', 'legal', 'photo', 'correspondence', 'other'] as const;
