import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0005_case_work.sql (framework steps 4-6).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type ConsentKind = 'caregiver_consent' | 'child_consent' | 'child_assent' | 'vital_interest';
export type ConsentDecision = 'given' | 'refused' | 'withdrawn';

export interface CaseConsentsTable {
  id: Generated<string>;
  case_id: string;
  kind: ConsentKind;
  giver_name: string | null;
  giver_relationship: string | null;
  household_member_id: string | null;
  child_age_years: number | null;
  capacity_note: string | null;
  purposes: TextArray;
  share_with: TextArray;
  decision: ConsentDecision;
  reason: string | null;
  decided_at: Timestamp;
  recorded_by: string;
  recorded_at: Timestamp;
}

type DomainAssessment = { domain: string; strengths: string | null; needs: string | null; needLevel: 'none' | 'low' | 'medium' | 'high' };
type SiblingRisk = 'none' | 'possible' | 'confirmed' | 'no_siblings' | 'unknown';

export interface AssessmentsTable {
  id: Generated<string>;
  case_id: string;
  version: number;
  incident_facts: string;
  incident_date: DateOnly | null;
  incident_place: string | null;
  perpetrator_relationship: string;
  perpetrator_sex: 'female' | 'male' | 'unknown' | null;
  perpetrator_age_group: 'child' | 'adult' | 'unknown' | null;
  perpetrator_has_access: boolean | null;
  domains: Json<DomainAssessment[]>;
  disability: TextArray;
  disability_note: string | null;
  sibling_risk: SiblingRisk;
  sibling_risk_note: string | null;
  summary: string | null;
  assessed_by: string;
  assessed_at: Timestamp;
}

export interface CasePlansTable {
  id: Generated<string>;
  case_id: string;
  version: number;
  review_date: DateOnly;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}

export type GoalStatus = 'open' | 'achieved' | 'not_achieved' | 'dropped';
export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

export interface CasePlanGoalsTable {
  id: Generated<string>;
  plan_id: string;
  goal_key: string;
  position: number;
  domain: string | null;
  description: string;
  measure: string;
  target_date: DateOnly | null;
  status: GoalStatus;
}

export interface CasePlanActionsTable {
  id: Generated<string>;
  goal_id: string;
  action_key: string;
  position: number;
  description: string;
  responsible_user_id: string | null;
  responsible_name: string | null;
  due_date: DateOnly;
  status: ActionStatus;
  referral_id: string | null;
}

export type ConferenceType = 'family' | 'internal' | 'inter_agency';
export type Participation = 'attended' | 'views_represented' | 'not_participating';
export type ConferenceDecision = { description: string; responsible: string | null; dueDate: string | null };

export interface CaseConferencesTable {
  id: Generated<string>;
  case_id: string;
  type: ConferenceType;
  held_at: Timestamp;
  location: string | null;
  purpose: string | null;
  child_participation: Participation;
  child_participation_note: string | null;
  caregiver_participation: Participation;
  caregiver_participation_note: string | null;
  decisions: Json<ConferenceDecision[]>;
  consent_basis: 'consent' | 'vital_interest';
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceParticipantsTable {
  id: Generated<string>;
  conference_id: string;
  user_id: string | null;
  name: string | null;
  organisation: string | null;
  role: string | null;
  agreement_signed_at: Timestamp | null;
  agreement_method: 'in_app' | 'paper' | null;
  agreement_recorded_by: string | null;
}

export interface CaseWorkTables {
  case_consents: CaseConsentsTable;
  assessments: AssessmentsTable;
  case_plans: CasePlansTable;
  case_plan_goals: CasePlanGoalsTable;
  case_plan_actions: CasePlanActionsTable;
  case_conferences: CaseConferencesTable;
  conference_participants: ConferenceParticipantsTable;
}
