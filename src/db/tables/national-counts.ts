import type { ColumnType } from 'kysely';
import type { RiskTier } from './cases-core.js';

// Types of migrations/0007_national_scale.sql.

/** Cases by district, tier, case type and month opened (Kigali), kept by a trigger on cases. */
export interface CaseMonthCountsTable {
  district_id: string;
  tier: RiskTier;
  case_type: string;
  /** first day of the month, YYYY-MM-DD */
  month: ColumnType<string, string, string>;
  cases: number;
}

export interface NationalCountTables {
  case_month_counts: CaseMonthCountsTable;
}
