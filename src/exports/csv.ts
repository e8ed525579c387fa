import { stringify } from 'csv-stringify/sync';

// The one way Rinda writes CSV (and any spreadsheet): every cell passes
// through spreadsheetCell, so a value typed by a user (a child's name, a
// note) can never become a live formula when the file is opened in a
// spreadsheet program (CSV formula injection, CWE-1236).

type CellValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (or, tab and CR, shift it to one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it is safe to write: text that starts like a formula gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate.
 * Numbers and booleans written by Rinda itself stay as they are.
 */
export function spreadsheetCell(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows as CSV text, every cell neutralised (spreadsheetCell). */
export function csvRows(rows: readonly (readonly CellValue[])[]): string {
  return stringify(rows.map((row) => row.map(spreadsheetCell)));
}
