import type { ColumnType, Generated } from 'kysely';

// Types of migrations/0050_dhis2.sql (the DHIS2 mapping and pushes, issue 17).

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type Dhis2ImportCount = { imported: number; updated: number; ignored: number; deleted: number };
export type Dhis2Conflict = { object: string; value: string };

export interface Dhis2SettingsTable {
  id: Generated<number>;
  data_set: string;
  updated_by: string;
  updated_at: Timestamp;
}

export interface Dhis2ElementMapTable {
  indicator_id: string;
  disaggregation: string;
  disaggregation_key: string;
  part: 'numerator' | 'denominator' | 'value';
  data_element: string;
  category_option_combo: string;
}

export interface Dhis2OrgUnitMapTable {
  place_id: string;
  org_unit: string;
}

export interface Dhis2PushesTable {
  id: Generated<string>;
  place_id: string;
  period: string;
  payload: Json<unknown>;
  attempts: number;
  http_status: number | null;
  status: string;
  import_count: Json<Dhis2ImportCount | null>;
  conflicts: Json<Dhis2Conflict[]>;
  error: string | null;
  pushed_by: string;
  pushed_at: Timestamp;
}

export interface Dhis2Tables {
  dhis2_settings: Dhis2SettingsTable;
  dhis2_element_map: Dhis2ElementMapTable;
  dhis2_org_unit_map: Dhis2OrgUnitMapTable;
  dhis2_pushes: Dhis2PushesTable;
}
