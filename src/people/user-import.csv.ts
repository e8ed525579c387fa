import { parse } from 'csv-parse/sync';
import { AppError, invalidField } from '../errors/app-error.js';

// The user import file: one header row, then one user per row.
export const IMPORT_COLUMNS = [
  'username',
  'full_name',
  'role',
  'organisation',
  'jurisdiction',
  'supervisor',
  'training_completed_on',
  'phone',
  'email',
  'language',
  'profession',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** Columns a file may leave out (files made before they existed still import). */
export const OPTIONAL_IMPORT_COLUMNS: readonly ImportColumn[] = ['profession'];

const MAX_IMPORT_ROWS = 5000;

/** One data row; blank cells are null. `row` is its row number in the file (the header is row 1). */
export type ImportRow = { row: number } & Record<ImportColumn, string | null>;

/** Parses the file and checks its shape (header, size); the rows' values are checked later. */
export function parseUserImport(csv: string): ImportRow[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw invalidField('body.csv', `Not a readable CSV file: ${(err as Error).message}`, 'errors.import_malformed');
  }
  const [header, ...rows] = records;
  const names = (header ?? []).map((h) => h.toLowerCase());
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c) && !OPTIONAL_IMPORT_COLUMNS.includes(c));
  const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
  if (missing.length || unknown.length || new Set(names).size !== names.length) {
    throw invalidField(
      'body.csv',
      `The first row must name the columns: ${IMPORT_COLUMNS.join(',')} (${OPTIONAL_IMPORT_COLUMNS.join(', ')} may be left out)`,
      'errors.import_bad_header',
    );
  }
  if (rows.length === 0) throw invalidField('body.csv', 'The file has no users', 'errors.import_empty');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      'validation',
      `A file may hold at most ${MAX_IMPORT_ROWS} users; this one has ${rows.length}. Split it.`,
      'errors.import_too_large',
      [{ field: 'body.csv', message: `more than ${MAX_IMPORT_ROWS} rows` }],
      { maxRows: MAX_IMPORT_ROWS, rows: rows.length },
    );
  }
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<ImportColumn, number>;
  return rows.map((cells, i) => {
    const row = { row: i + 2 } as ImportRow;
    for (const c of IMPORT_COLUMNS) row[c] = index[c] < 0 ? null : cells[index[c]] || null;
    return row;
  });
}
