// The codes of family tracing, reintegration and care leavers
// (migrations/0038_reintegration.sql holds the same lists as checks).

/**
 * The stages of reintegration, in order (Guidelines on Children's
 * Reintegration, 2016; the workforce brief: "family tracing, assessment and
 * planning, preparation of the child and family, supporting the child's
 * initial contact with their family, supporting the act of reunification,
 * post reunification support and family strengthening, and case closure").
 */
export const REINTEGRATION_STAGES = ['tracing', 'assessment', 'planning', 'first_contact', 'reunification', 'post_support', 'closure'] as const;
export type ReintegrationStage = (typeof REINTEGRATION_STAGES)[number];

export const REINTEGRATION_STATUSES = ['in_progress', 'completed', 'failed'] as const;
export type ReintegrationStatus = (typeof REINTEGRATION_STATUSES)[number];

export const FAILURE_REASONS = [
  'family_not_found',
  'family_not_safe',
  'family_refuses',
  'child_refuses',
  'not_in_best_interests',
  'placement_broke_down',
  'other',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const LEAD_RELATIONSHIPS = [
  'mother',
  'father',
  'grandparent',
  'aunt_uncle',
  'sibling',
  'other_relative',
  'neighbour',
  'community_leader',
  'other',
] as const;
export type LeadRelationship = (typeof LEAD_RELATIONSHIPS)[number];

export const TRACING_METHODS = ['home_visit', 'phone_call', 'izu_enquiry', 'local_leader', 'radio_announcement', 'other'] as const;
export type TracingMethod = (typeof TRACING_METHODS)[number];

export const TRACING_OUTCOMES = ['family_found', 'family_moved', 'not_known_there', 'no_answer', 'family_refuses_contact', 'other'] as const;
export type TracingOutcome = (typeof TRACING_OUTCOMES)[number];

/** The two parts of the assessment of child and family, and the areas each covers (TMM: the social worker and psychologist pair). */
export const ASSESSMENT_PARTS = ['social', 'psychological'] as const;
export type AssessmentPart = (typeof ASSESSMENT_PARTS)[number];
export const ASSESSMENT_AREAS = {
  social: ['social', 'economic', 'community'],
  psychological: ['emotional', 'attachment', 'behaviour'],
} as const satisfies Record<AssessmentPart, readonly string[]>;

// A caseworker's profession is part of their account (src/people): the list lives there.
export { PROFESSIONS, type Profession } from '../people/people-vocabulary.js';

export const SUPPORT_AREAS = ['housing', 'work', 'education', 'safe_adult', 'other'] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

export const REINTEGRATION_EVENTS = {
  started: 'reintegration.started',
  stageCompleted: 'reintegration.stage_completed',
  failed: 'reintegration.failed',
  completed: 'reintegration.completed',
  leadAdded: 'tracing.lead_added',
  attemptRecorded: 'tracing.attempt_recorded',
  izuAsked: 'tracing.izu_asked',
  assessmentRecorded: 'reintegration.assessment_recorded',
  transitionPlanRecorded: 'transition_plan.recorded',
  transitionSupportRecorded: 'transition_plan.support_recorded',
  transitionPlanClosed: 'transition_plan.closed',
} as const;
