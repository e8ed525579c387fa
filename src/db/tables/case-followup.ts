import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0006_case_followup.sql (framework steps 7-9, attachments, paper files).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Date columns are selected as text (`::text`), so they are strings in and out. */
type DateOnly = ColumnType<string, string, string>;
type Bytes = ColumnType<Uint8Array, Buffer | Uint8Array, Buffer | Uint8Array>;

export type ReviewOutcome = 'continue' | 'reassess' | 'ready_for_closure';
type ClosureRequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
type TransferStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';
type VisitTaskStatus = 'open' | 'done' | 'cancelled';

export interface CaseServicesTable {
  id: Generated<string>;
  case_id: string;
  domain: string | null;
  description: string;
  provided_by_user_id: string | null;
  provided_by_name: string | null;
  provided_on: DateOnly;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface VisitTasksTable {
  id: Generated<string>;
  case_id: string;
  izu_user_id: string;
  requested_by: string;
  requested_at: Timestamp;
  due_date: DateOnly;
  purpose: string;
  /** The place the visit was asked for (migrations/0019): the IZU reads this village, never the child's place now. */
  place_id: string;
  /** The short number an IZU answers the task with by SMS or USSD (migrations/0034; a national sequence). */
  task_number: Generated<number>;
  status: Generated<VisitTaskStatus>;
  closed_at: Timestamp | null;
}

export interface MonitoringVisitsTable {
  id: Generated<string>;
  case_id: string;
  visit_task_id: string | null;
  visited_by: string;
  companions: string | null;
  visited_at: Timestamp;
  observations: string;
  child_safe: boolean;
  concerns: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface CaseReviewsTable {
  id: Generated<string>;
  case_id: string;
  reviewed_by: string;
  reviewed_at: Timestamp;
  met_count: number;
  outcome: ReviewOutcome;
  new_concerns: string | null;
  note: string | null;
  plan_goals_total: number | null;
  plan_goals_done: number | null;
}

export interface CaseReviewBenchmarksTable {
  review_id: string;
  benchmark: string;
  met: boolean;
  evidence: string;
}

export interface ClosureRequestsTable {
  id: Generated<string>;
  case_id: string;
  reason: string;
  note: string;
  requested_by: string;
  requested_at: Timestamp;
  status: Generated<ClosureRequestStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
}

export interface CaseClosuresTable {
  id: Generated<string>;
  case_id: string;
  reason: string;
  note: string | null;
  review_id: string | null;
  closure_request_id: string | null;
  closed_by: string;
  closed_at: Timestamp;
  reopened_at: Timestamp | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export interface CaseTransfersTable {
  id: Generated<string>;
  case_id: string;
  from_district_id: string;
  from_place_id: string;
  to_district_id: string | null;
  to_place_id: string | null;
  to_organisation_id: string | null;
  reason: string;
  requested_by: string;
  requested_at: Timestamp;
  status: Generated<TransferStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
}

export interface CaseNotesTable {
  id: Generated<string>;
  case_id: string;
  body: string;
  written_by: string;
  written_at: Timestamp;
}

export interface ClientFeedbackTable {
  id: Generated<string>;
  case_id: string;
  respondent: 'child' | 'caregiver';
  satisfaction: number;
  wellbeing_improved: boolean | null;
  comments: string | null;
  collected_by: string;
  collected_at: Timestamp;
}

export interface CaseAttachmentsTable {
  id: string;
  case_id: string;
  category: string;
  description: string | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Bytes;
  uploaded_by: string;
  uploaded_at: Timestamp;
  /** Set when retention emptied the content of a closed case's attachment (migrations/0041); the row stays. */
  content_removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface PaperFileMovementsTable {
  id: Generated<string>;
  child_id: string;
  holder_user_id: string | null;
  holder_name: string | null;
  permanent: boolean;
  purpose: string | null;
  checked_out_at: Timestamp;
  checked_out_by: string;
  checked_in_at: Timestamp | null;
  checked_in_by: string | null;
}

export interface CaseFollowupTables {
  case_services: CaseServicesTable;
  visit_tasks: VisitTasksTable;
  monitoring_visits: MonitoringVisitsTable;
  case_reviews: CaseReviewsTable;
  case_review_benchmarks: CaseReviewBenchmarksTable;
  closure_requests: ClosureRequestsTable;
  case_closures: CaseClosuresTable;
  case_transfers: CaseTransfersTable;
  case_notes: CaseNotesTable;
  client_feedback: ClientFeedbackTable;
  case_attachments: CaseAttachmentsTable;
  paper_file_movements: PaperFileMovementsTable;
}
