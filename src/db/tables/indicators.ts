import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0043_indicators.sql (monitoring and evaluation, issue 17).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;

/** One indicator event of a fact row: indicator, month (YYYY-MM-01, Kigali), detail, value. */
export type IndicatorEvent = { i: string; m: string; d: string; v: number };

/** One subject's disaggregation and indicator events, recomputed by triggers from the records. */
export interface IndicatorFactsTable {
  subject: 'case' | 'referral' | 'feedback' | 'report';
  id: string;
  district_id: string;
  sector_id: string;
  tier: number;
  case_types: string[];
  sex: string;
  age_band: string;
  disability: string;
  refugee_status: string;
  relationship: string;
  open: boolean;
  plan_review_date: DateOnly | null;
  contributions: ColumnType<IndicatorEvent[], string, string>;
}

/** The indicator events summed by month, place and every disaggregation; kept by the trigger on indicator_facts. */
export interface IndicatorCountsTable {
  indicator: string;
  month: DateOnly;
  district_id: string;
  sector_id: string;
  tier: number;
  case_type: string;
  sex: string;
  age_band: string;
  disability: string;
  refugee_status: string;
  relationship: string;
  detail: string;
  n: number;
  total: ColumnType<string, string | number, string | number>;
}

export interface FileAuditsTable {
  id: Generated<string>;
  district_id: string;
  period: string;
  seed: string;
  sample_size: number;
  drawn_by: string;
  drawn_at: Timestamp;
}

export interface FileAuditItemsTable {
  audit_id: string;
  case_id: string;
  position: number;
  checks: ColumnType<Record<string, 'yes' | 'no' | 'na'> | null, string | null, string | null>;
  meets_standards: boolean | null;
  score: ColumnType<string | null, number | null, number | null>;
  note: string | null;
  scored_by: string | null;
  scored_at: Timestamp | null;
}

export interface IndicatorTables {
  indicator_facts: IndicatorFactsTable;
  indicator_counts: IndicatorCountsTable;
  /** The same counts aggregated from the records (a view): the raw figure the kept counts are checked against. */
  indicator_counts_live: IndicatorCountsTable;
  file_audits: FileAuditsTable;
  file_audit_items: FileAuditItemsTable;
}
