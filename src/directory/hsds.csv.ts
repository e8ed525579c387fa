import { parse } from 'csv-parse/sync';
import { csvRows } from '../exports/csv.js';

// The Open Referral HSDS 3.0 tables Rinda exchanges, as CSV files (one per
// table, in a ZIP). Column names are HSDS's own; what HSDS has no field for
// is in an `x_` column (HSDS allows extra fields), so a partner's tool reads
// the standard columns and ignores the rest. The mapping:
//
//   organization.csv   id, name, alternate_name, description, email, website;
//                      x_kind (agency kind: rib, isange, ngo, …), x_seat_place_id
//                      (the map code of its seat), x_active (true/false),
//                      x_quality_rating (1-5, the annual review), x_quality_reviewed_on
//                      (YYYY-MM-DD), x_quality_note
//   service.csv        id, organization_id, name, alternate_name, description, email,
//                      status (active/inactive), eligibility_description (written from
//                      the ages and sexes; not read back), minimum_age, maximum_age;
//                      x_service_type (the shared list's code), x_sexes ("female",
//                      "male", "female male"; empty: any), x_capacity_available (empty:
//                      not counted), x_capacity_updated_at (ISO 8601)
//   location.csv       id, organization_id, location_type (physical), name, description,
//                      latitude, longitude; x_place_id (map code), x_address
//   service_at_location.csv  id (service_id/location_id), service_id, location_id, description
//   service_area.csv   id (service_id/extent), service_id, name (the place's name),
//                      description, extent (the map code of a node: a district covers
//                      all below it), extent_type ("rinda_place_code")
//   phone.csv          id, location_id, service_id, organization_id, contact_id,
//                      service_at_location_id, number (E.164), extension, type, description
//   schedule.csv       id, service_id, location_id, service_at_location_id, freq (WEEKLY),
//                      byday (MO,TU,…), opens_at, closes_at (HH:MM), description
//
// Focal persons are Rinda accounts, not directory data: they are not exported.
// Cells pass through src/exports/csv.ts (formula injection); the import
// reads back the apostrophe it adds.

export const HSDS_COLUMNS = {
  'organization.csv': [
    'id',
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'x_kind',
    'x_seat_place_id',
    'x_active',
    'x_quality_rating',
    'x_quality_reviewed_on',
    'x_quality_note',
  ],
  'service.csv': [
    'id',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'email',
    'status',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'x_service_type',
    'x_sexes',
    'x_capacity_available',
    'x_capacity_updated_at',
  ],
  'location.csv': ['id', 'organization_id', 'location_type', 'name', 'description', 'latitude', 'longitude', 'x_place_id', 'x_address'],
  'service_at_location.csv': ['id', 'service_id', 'location_id', 'description'],
  'service_area.csv': ['id', 'service_id', 'name', 'description', 'extent', 'extent_type'],
  'phone.csv': ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  'schedule.csv': ['id', 'service_id', 'location_id', 'service_at_location_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description'],
} as const;
export type HsdsFile = keyof typeof HSDS_COLUMNS;
export const HSDS_FILES = Object.keys(HSDS_COLUMNS) as HsdsFile[];

export type Cell = string | number | boolean | null;

/** One file's text: the header and the rows, in the given order. */
export function writeHsdsFile(file: HsdsFile, rows: Record<string, Cell>[]): string {
  const columns = HSDS_COLUMNS[file];
  return csvRows([columns, ...rows.map((r) => columns.map((c) => r[c] ?? null))]);
}

/** A file's data rows as column → text (header line is row 1, so the first data row is row 2). */
export function readHsdsFile(text: string): { row: number; cells: Record<string, string> }[] {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  return records.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, unneutralise(v.trim())])),
  }));
}

/** Reverses spreadsheetCell: "'+250…" was written for "+250…". */
const unneutralise = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);
