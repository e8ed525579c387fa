import type { TFunction } from 'i18next';
import {
  ACTION_STATUSES,
  ASSESSMENT_DOMAINS,
  BENCHMARKS,
  CASE_TYPES,
  CLOSURE_REASONS,
  CONFERENCE_TYPES,
  CONSENT_DECISIONS,
  CONSENT_KINDS,
  CONSENT_PURPOSES,
  DISABILITY_KINDS,
  EARLY_INTERVENTIONS,
  GOAL_STATUSES,
  HOUSEHOLD_RELATIONSHIPS,
  NEED_LEVELS,
  NON_VENA_NEEDS,
  PARTICIPATION,
  PERPETRATOR_RELATIONSHIPS,
  REFUGEE_STATUSES,
  REPORT_CHANNELS,
  SHARING_AGENCY_KINDS,
  SIBLING_RISKS,
  OPEN_STAGES as OPEN_STAGE_CODES,
  ATTACHMENT_CATEGORIES,
  CASE_STAGES,
  CHILD_SEXES,
  REPORT_STATUSES,
  REVIEW_OUTCOMES,
} from '../../../src/cases/case-vocabulary.js';
import type { Option } from './fields.js';

// The server's own lists of stages, statuses and categories (the same file its schemas use).
export { ATTACHMENT_CATEGORIES, CASE_STAGES, CHILD_SEXES, REPORT_STATUSES, REVIEW_OUTCOMES };
export const OPEN_STAGES: readonly string[] = OPEN_STAGE_CODES;

// The framework's fixed lists come from the server's own file (plain
// constants, no server code), so the screens offer exactly the codes the API
// accepts; their names are translated under `vocab.<list>.<code>`.

export const LISTS = {
  caseTypes: CASE_TYPES,
  nonVenaNeeds: NON_VENA_NEEDS,
  earlyInterventions: EARLY_INTERVENTIONS,
  perpetratorRelationships: PERPETRATOR_RELATIONSHIPS,
  domains: ASSESSMENT_DOMAINS,
  benchmarks: BENCHMARKS,
  channels: REPORT_CHANNELS,
  closureReasons: CLOSURE_REASONS,
  disabilities: DISABILITY_KINDS,
  refugeeStatuses: REFUGEE_STATUSES,
  relationships: HOUSEHOLD_RELATIONSHIPS,
  consentPurposes: CONSENT_PURPOSES,
  agencyKinds: SHARING_AGENCY_KINDS,
  consentKinds: CONSENT_KINDS,
  consentDecisions: CONSENT_DECISIONS,
  siblingRisks: SIBLING_RISKS,
  needLevels: NEED_LEVELS,
  goalStatuses: GOAL_STATUSES,
  actionStatuses: ACTION_STATUSES,
  conferenceTypes: CONFERENCE_TYPES,
  participation: PARTICIPATION,
  reportStatuses: REPORT_STATUSES,
  stages: CASE_STAGES,
  reviewOutcomes: REVIEW_OUTCOMES,
  sexes: ['female', 'male', 'unknown'],
  deadlineKinds: ['screening', 'tier1_response', 'tier2_assessment', 'case_plan', 'case_review'],
  matchReasons: [
    'name_same',
    'name_spelling_variant',
    'name_similar',
    'sex_same',
    'sex_different',
    'birth_date_same',
    'age_within_1_year',
    'age_within_2_years',
    'same_village',
    'same_cell',
    'same_sector',
  ],
} as const satisfies Record<string, readonly string[]>;

export type ListName = keyof typeof LISTS;

/** The translated name of a code of one of the lists. */
export const term = (t: TFunction, list: ListName | 'escalationLevels' | 'respondents', code: string | number) =>
  t(`vocab.${list}.${code}`, { defaultValue: String(code) });

export const options = (t: TFunction, list: ListName, only?: readonly string[]): Option[] =>
  (only ?? LISTS[list]).map((value) => ({ value, label: term(t, list, value) }));

export const terms = (t: TFunction, list: ListName, codes: readonly string[]) => codes.map((c) => term(t, list, c)).join(', ');

/** "Tier 1 · same day". */
export const tierName = (t: TFunction, tier: number | null) => (tier ? t(`cases.tier.${tier}`) : '—');
