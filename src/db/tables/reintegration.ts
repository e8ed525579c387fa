import type { ColumnType, Generated } from 'kysely';
import type {
  AssessmentPart,
  FailureReason,
  ReintegrationStage,
  ReintegrationStatus,
  TracingMethod,
  TracingOutcome,
  LeadRelationship,
  SupportArea,
} from '../../reintegration/reintegration-vocabulary.js';

// Types of migrations/0038_reintegration.sql: family tracing, the stages of
// reintegration, and care leavers' transition plans.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;

export interface ReintegrationsTable {
  id: Generated<string>;
  case_id: string;
  status: Generated<ReintegrationStatus>;
  started_on: DateText;
  started_by: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  failed_stage: ReintegrationStage | null;
  failure_reason: FailureReason | null;
  failure_note: string | null;
  failed_by: string | null;
}

export interface ReintegrationStagesTable {
  id: Generated<string>;
  reintegration_id: string;
  stage: ReintegrationStage;
  completed_on: DateText;
  done_by: string;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface TracingLeadsTable {
  id: Generated<string>;
  reintegration_id: string;
  case_id: string;
  person_name: string;
  relationship: LeadRelationship;
  phone: string | null;
  place_id: string;
  district_id: string;
  directions: string | null;
  source: string | null;
  visit_task_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface TracingAttemptsTable {
  id: Generated<string>;
  lead_id: string;
  reintegration_id: string;
  attempted_on: DateText;
  attempted_by: string;
  method: TracingMethod;
  outcome: TracingOutcome;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ReintegrationAssessmentsTable {
  id: Generated<string>;
  reintegration_id: string;
  part: AssessmentPart;
  assessed_on: DateText;
  assessor_id: string;
  social: string | null;
  economic: string | null;
  community: string | null;
  emotional: string | null;
  attachment: string | null;
  behaviour: string | null;
  family_safe: boolean;
  recommendation: string;
  recorded_at: Timestamp;
}

export interface TransitionPlansTable {
  id: Generated<string>;
  case_id: string;
  status: Generated<'open' | 'closed'>;
  housing: string;
  work: string;
  education: string;
  safe_adult_name: string;
  safe_adult_phone: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
  closed_on: ColumnType<string | null, string | null | undefined, string | null>;
  closed_by: string | null;
  closure_note: string | null;
}

export interface TransitionSupportTable {
  id: Generated<string>;
  plan_id: string;
  area: SupportArea;
  given_on: DateText;
  given_by: string;
  note: string;
  recorded_at: Timestamp;
}

export interface ReintegrationTables {
  reintegrations: ReintegrationsTable;
  reintegration_stages: ReintegrationStagesTable;
  tracing_leads: TracingLeadsTable;
  tracing_attempts: TracingAttemptsTable;
  reintegration_assessments: ReintegrationAssessmentsTable;
  transition_plans: TransitionPlansTable;
  transition_support: TransitionSupportTable;
}
