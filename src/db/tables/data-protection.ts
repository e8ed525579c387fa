import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0040_data_protection_rights.sql.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonOrNull = ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;

export type DataRight = 'access' | 'rectification' | 'objection' | 'restriction' | 'erasure';
export type DpRequestStatus = 'open' | 'granted' | 'refused' | 'executed';
export type RequesterRelationship = 'self' | 'parent_or_caregiver' | 'legal_representative' | 'other';

export interface DpRequestsTable {
  id: Generated<string>;
  reference: string;
  district_id: string;
  child_id: string;
  household_member_id: string | null;
  right_kind: DataRight;
  requester_name: string;
  requester_relationship: RequesterRelationship;
  identity_check: string;
  details: string | null;
  rectification: JsonOrNull;
  received_at: Timestamp;
  due_at: Timestamp;
  recorded_by: string;
  status: Generated<DpRequestStatus>;
  decision_reason: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  executed_at: Timestamp | null;
  executed_by: string | null;
  execution: JsonOrNull;
  created_at: TimestampDefault;
}

export interface DpRectificationsTable {
  id: Generated<string>;
  request_id: string;
  entity: 'child' | 'household_member';
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  at: Timestamp;
  by_user: string;
}

export interface EmergencyAccessTable {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  reason: string;
  purpose: 'read' | 'act_to_protect';
  allows_work: boolean;
  opened_at: Timestamp;
  expires_at: Timestamp;
  finding: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
}

export interface DataProtectionTables {
  dp_requests: DpRequestsTable;
  dp_rectifications: DpRectificationsTable;
  emergency_access: EmergencyAccessTable;
}
