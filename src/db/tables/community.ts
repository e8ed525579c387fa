import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0032_izu_registry.sql: the trainings volunteers have
// taken (their other registry fields are columns of users, in schema.ts).

type TimestampNow = ColumnType<Date, Date | string | undefined, Date | string>;

export type IzuStatus = 'active' | 'inactive' | 'replaced';
export type Sex = 'female' | 'male';

export interface UserTrainingsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  taken_on: ColumnType<string, string, string>;
  created_at: TimestampNow;
}

export interface CommunityTables extends IzuVisitTables {
  user_trainings: UserTrainingsTable;
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
