import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0003_cases_core.sql.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export type ReportChannel =
  'izu' | 'school' | 'health_facility' | 'police' | 'rib' | 'local_leader' | 'hotline_116' | 'child' | 'family_member' | 'community_member' | 'ngo' | 'other';
export type ReportStatus = 'new' | 'screened' | 'early_intervention' | 'case_opened' | 'closed';
export type CaseStage = 'intake' | 'assessment' | 'planning' | 'implementation' | 'review' | 'closed' | 'transferred';
export type RiskTier = 1 | 2;

export interface IncidentReportsTable {
  id: Generated<string>;
  reference: string;
  district_id: string;
  place_id: string;
  channel: ReportChannel;
  reporter_user_id: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_relationship: string | null;
  child_name: string | null;
  child_sex: 'female' | 'male' | 'unknown' | null;
  child_age_years: number | null;
  child_description: string | null;
  what_happened: string;
  incident_date: DateOnly | null;
  incident_place: string | null;
  received_at: Timestamp;
  recorded_by: string;
  status: Generated<ReportStatus>;
  screened_at: Timestamp | null;
  screened_by: string | null;
  is_vena: boolean | null;
  case_types: TextArray;
  tier: RiskTier | null;
  tier_reason: string | null;
  non_vena_needs: TextArray;
  early_intervention: TextArray;
  screening_note: string | null;
  child_id: string | null;
  case_id: string | null;
  closed_at: Timestamp | null;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  /** Retention (migrations/0041): when the identity of a non-VENA report was minimised, and when the reporter's phone was removed. */
  identity_minimised_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reporter_phone_removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ChildrenTable {
  id: Generated<string>;
  child_code: string;
  district_id: string;
  place_id: string;
  given_name: string;
  family_name: string | null;
  other_names: string | null;
  search_name: string;
  sex: 'female' | 'male';
  date_of_birth: DateOnly | null;
  birth_date_estimated: Generated<boolean>;
  disability: TextArray;
  disability_note: string | null;
  refugee_status: Generated<'national' | 'refugee' | 'asylum_seeker' | 'returnee' | 'stateless' | 'unknown'>;
  created_by: string;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  /** Processing restricted (Law 058/2021 Art. 21, migrations/0040): stored, used for nothing else. */
  restricted_at: Generated<Date | null>;
  restricted_by_request: Generated<string | null>;
  /** Identity replaced by a pseudonym on an erasure request (migrations/0040). */
  pseudonymised_at: Generated<Date | null>;
}

export interface HouseholdMembersTable {
  id: Generated<string>;
  child_id: string;
  full_name: string;
  relationship: string;
  sex: 'female' | 'male' | null;
  age_years: number | null;
  phone: string | null;
  is_caregiver: Generated<boolean>;
  lives_with_child: Generated<boolean>;
  sibling_child_id: string | null;
  created_at: TimestampDefault;
  restricted_at: Generated<Date | null>;
  pseudonymised_at: Generated<Date | null>;
}

export interface CasesTable {
  id: Generated<string>;
  case_code: string;
  child_id: string;
  report_id: string;
  district_id: string;
  place_id: string;
  stage: CaseStage;
  tier: RiskTier;
  case_types: ColumnType<string[], string[], string[]>;
  lead_caseworker_id: string | null;
  supervisor_id: string | null;
  opened_at: Timestamp;
  opened_by: string;
  closed_at: Timestamp | null;
  closure_reason: string | null;
  next_due_at: Timestamp | null;
  /** The child's children.search_name, kept by triggers (migrations/0009) for the caseload's name search. */
  child_search_name: Generated<string>;
  /** The child's children.district_id, kept by triggers (migrations/0020): an open case whose child lives elsewhere keeps the child in its district's scope. */
  child_district_id: Generated<string>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

/** Where a child moved, when, by whom, and the transfer that moved them (migrations/0020). */
export interface ChildPlaceMovesTable {
  id: Generated<string>;
  child_id: string;
  from_district_id: string;
  from_place_id: string;
  to_district_id: string;
  to_place_id: string;
  moved_at: Timestamp;
  moved_by: string;
  case_id: string | null;
  transfer_id: string | null;
}

export interface DeadlinesTable {
  id: Generated<string>;
  kind: string;
  report_id: string | null;
  case_id: string | null;
  district_id: string;
  due_at: Timestamp;
  met_at: Timestamp | null;
  escalation_level: Generated<number>;
  last_escalated_at: Timestamp | null;
  /** Set by a trigger when the clock starts (migrations/0009): null for screening, else the report's or case's tier. */
  tier: Generated<RiskTier | null>;
  /** The IZU visit task a 'monitoring_visit' deadline times (migrations/0011). */
  visit_task_id: Generated<string | null>;
  /** The referral a 'referral_answer' or 'referral_completion' deadline times (migrations/0030). */
  referral_id: Generated<string | null>;
  /** The caseworker a 'supervision_session' deadline is of (migrations/0039): their supervisor holds the session. */
  supervisee_id: Generated<string | null>;
  /** The data protection request a 'dp_request' deadline times (migrations/0040). */
  dp_request_id: Generated<string | null>;
  created_at: TimestampDefault;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  message_key: string;
  params: Json;
  report_id: string | null;
  case_id: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface CaseEventsTable {
  id: Generated<string>;
  case_id: string;
  at: Timestamp;
  actor_id: string | null;
  kind: string;
  ref_table: string | null;
  ref_id: string | null;
  summary: Json;
}

export interface CasesCoreTables {
  incident_reports: IncidentReportsTable;
  children: ChildrenTable;
  household_members: HouseholdMembersTable;
  child_place_moves: ChildPlaceMovesTable;
  cases: CasesTable;
  deadlines: DeadlinesTable;
  notifications: NotificationsTable;
  case_events: CaseEventsTable;
}
