import type { ColumnType } from 'kysely';

// Types of migrations/0035_ussd_sessions.sql (and 0042: the tasks a session starts with): USSD sessions and the monthly reports being answered through the menu.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** JSON written as text (JSON.stringify) and read back parsed. */
type Json = ColumnType<unknown, string, string>;

export interface UssdSessionsTable {
  session_id: string;
  phone: string;
  user_id: string;
  started_at: Timestamp;
  last_seen_at: Timestamp;
  /** The volunteer's draft as the session found it (every request replays from it). */
  start_draft: ColumnType<unknown, string | null, string | null>;
  /** The volunteer's open visit tasks when the session began ([{ taskNumber, dueDate }]); null in sessions from before. */
  start_tasks: ColumnType<unknown, string | null | undefined, string | null>;
  /** The session's last answer ('END …') once it ended. */
  final_reply: string | null;
  finished_at: Timestamp | null;
}

export interface UssdReportDraftsTable {
  user_id: string;
  month: string;
  answers: Json;
  updated_at: Timestamp;
}

export interface UssdTables {
  ussd_sessions: UssdSessionsTable;
  ussd_report_drafts: UssdReportDraftsTable;
}
