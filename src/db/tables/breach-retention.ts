import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0041_breach_answers_retention_encryption.sql: the breach
// register, the record of retention runs, the data keys of text encrypted at rest.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Ids = ColumnType<string[], string[] | undefined, string[]>;

export type BreachKind = 'confidentiality' | 'integrity' | 'availability';

export interface BreachesTable {
  id: Generated<string>;
  reference: string;
  found_at: Timestamp;
  recorded_by: string;
  recorded_at: Timestamp;
  kind: BreachKind;
  summary: string;
  child_ids: Ids;
  user_ids: Ids;
  addresses: Ids;
  notice_due_at: Timestamp;
  notice_sent_at: Timestamp | null;
  notice_reference: string | null;
  report_due_at: Timestamp;
  report_sent_at: Timestamp | null;
  report_reference: string | null;
  escalation_level: Generated<number>;
  last_escalated_at: Timestamp | null;
  closed_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface RetentionRunsTable {
  id: Generated<string>;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  dry_run: boolean;
  actor_id: string | null;
  counts: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface RetentionActionsTable {
  id: Generated<number>;
  run_id: string;
  rule: string;
  entity_type: string;
  entity_id: string;
  action: string;
  at: Timestamp;
}

export interface DataKeysTable {
  id: Generated<number>;
  sealed_key: string;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface BreachRetentionTables {
  breaches: BreachesTable;
  retention_runs: RetentionRunsTable;
  retention_actions: RetentionActionsTable;
  data_keys: DataKeysTable;
}
