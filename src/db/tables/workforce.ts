import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0039_workforce.sql (and 0044): supervision sessions and their
// schedule, and the training register.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export type SupervisionTheme = 'accountability' | 'quality' | 'reflective_practice' | 'wellbeing' | 'skills';
export type TrainingAudience = 'caseworker' | 'supervisor' | 'izu' | 'local_leader';

export interface SupervisionSchedulesTable {
  district_id: string;
  interval_days: number;
  first_year_interval_days: number;
  updated_by: string;
  updated_at: Timestamp;
}

export interface SupervisionSessionsTable {
  id: Generated<string>;
  supervisor_id: string;
  caseworker_id: string;
  district_id: string;
  held_on: DateOnly;
  themes: ColumnType<SupervisionTheme[], SupervisionTheme[], SupervisionTheme[]>;
  notes: string | null;
  recorded_at: Timestamp;
  acknowledged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  acknowledgement_note: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SupervisionSessionCasesTable {
  session_id: string;
  case_id: string;
}

export interface SupervisionActionsTable {
  id: Generated<string>;
  session_id: string;
  description: string;
  due_on: DateOnly;
  /** Marked done (migrations/0044): when, by whom (the supervisee or the supervisor), recorded when. */
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
  done_by: ColumnType<string | null, string | null | undefined, string | null>;
  done_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface TrainingsTable {
  code: string;
  audience: TrainingAudience;
  gates_lead_caseworker: Generated<boolean>;
  refresher_months: number | null;
  sort: number;
}

export interface TrainingRecordsTable {
  id: Generated<string>;
  user_id: string;
  training_code: string;
  completed_on: DateOnly;
  provider: string | null;
  certificate_ref: string | null;
  expires_on: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface WorkforceTables {
  supervision_schedules: SupervisionSchedulesTable;
  supervision_sessions: SupervisionSessionsTable;
  supervision_session_cases: SupervisionSessionCasesTable;
  supervision_actions: SupervisionActionsTable;
  trainings: TrainingsTable;
  training_records: TrainingRecordsTable;
}
