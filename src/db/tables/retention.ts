import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0047_retention_rules_and_holds.sql.

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type RetentionKind = 'report_identity_non_vena' | 'reporter_phone' | 'closed_case_attachments' | 'audit' | 'paper_files';

export interface RetentionRulesTable {
  kind: RetentionKind;
  enabled: boolean;
  period_days: number;
  updated_by: string;
  updated_at: Timestamp;
}

export interface RetentionHoldsTable {
  id: Generated<string>;
  child_id: string | null;
  report_id: string | null;
  reason: string;
  placed_by: string;
  placed_at: Timestamp;
  released_by: string | null;
  released_at: Timestamp | null;
}

export interface RetentionTables {
  retention_rules: RetentionRulesTable;
  retention_holds: RetentionHoldsTable;
}
