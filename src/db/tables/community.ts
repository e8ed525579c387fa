import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0032_izu_registry.sql (the trainings volunteers have
// taken; their other registry fields are columns of users, in schema.ts) and
// migrations/0033_izu_monthly_reports.sql (the pairs' monthly reports).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampNow = ColumnType<Date, Date | string | undefined, Date | string>;

export type IzuStatus = 'active' | 'inactive' | 'replaced';
export type Sex = 'female' | 'male';
export type MonthlyReportChannel = 'web' | 'paper' | 'sms' | 'ussd';

export interface UserTrainingsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  taken_on: ColumnType<string, string, string>;
  created_at: TimestampNow;
}

/** A counts-by-category object ({ poverty: 2 }); written as JSON text. */
type CountsColumn = ColumnType<Record<string, number>, string | undefined, string>;

export interface IzuMonthlyReportsTable {
  id: Generated<string>;
  village_id: string;
  /** 'YYYY-MM' */
  month: string;
  channel: MonthlyReportChannel;
  submitted_by: string | null;
  entered_by: string;
  received_at: Timestamp;
  households_visited: number;
  children_at_risk: CountsColumn;
  incidents: CountsColumn;
  resolved_in_community: number;
  referrals_made: number;
  follow_up_visits: number;
  concerns: string | null;
  superseded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  superseded_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface IzuReportRemindersTable {
  month: string;
  place_id: string;
  kind: 'pair' | 'coordinator';
  sent_at: Timestamp;
}

export interface CommunityTables extends IzuVisitTables {
  user_trainings: UserTrainingsTable;
  izu_monthly_reports: IzuMonthlyReportsTable;
  izu_report_reminders: IzuReportRemindersTable;
}

// Types of migrations/0034_izu_household_visits.sql: household visits and
// incident flags of the IZU (visit_tasks.task_number is in case-followup.ts).

export type IzuInputChannel = 'web' | 'sms' | 'ussd';

export interface IzuHouseholdVisitsTable {
  id: Generated<string>;
  izu_user_id: string;
  village_id: string;
  district_id: string;
  household_code: string;
  visited_on: ColumnType<string, string, string>;
  children_seen: number;
  concerns: ColumnType<string[], string[] | undefined, string[]>;
  note: string | null;
  received_via: IzuInputChannel;
  recorded_at: TimestampNow;
}

export interface IzuIncidentFlagsTable {
  report_id: string;
  izu_user_id: string;
  incident_type: string;
  urgent: boolean;
  received_via: IzuInputChannel;
  flagged_at: TimestampNow;
}

export interface IzuVisitTables {
  izu_household_visits: IzuHouseholdVisitsTable;
  izu_incident_flags: IzuIncidentFlagsTable;
}
