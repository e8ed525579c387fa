import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError, invalidField } from '../errors/app-error.js';

// Lists kept in spreadsheets (volunteers, attendance at trainings): one
// header row, then one record per row, in CSV or XLSX (the first
// worksheet). Headers are matched loosely, in English, French or
// Kinyarwanda; every importer checks each row and writes nothing unless all
// rows are good.

export const headerKey = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

const malformed = (detail: string) => invalidField('body.content', `Not a readable file: ${detail}`, 'errors.import_malformed');

export const MAX_IMPORT_ROWS = 5000;

/** What a kind of list expects: its columns, those it needs, the headers that name each, and what a row is called. */
export type TableSpec<C extends string> = { columns: readonly C[]; required: readonly C[]; aliases: Record<string, C>; rowName: string };
export type TableRow<C extends string> = { row: number } & Record<C, string | null>;
export type ParsedTable<C extends string> = { rows: TableRow<C>[]; ignoredColumns: string[] };

/**
 * A list in CSV or XLSX (the first worksheet): one header row naming the
 * columns loosely (any alias of the spec, in any case or accent), then one
 * record per row. Refuses a file it cannot read, without the needed columns,
 * empty, or over MAX_IMPORT_ROWS, with 400 naming body.content.
 */
export async function parseTableFile<C extends string>(input: { format: 'csv' | 'xlsx'; content: string }, spec: TableSpec<C>): Promise<ParsedTable<C>> {
  const { columns, required } = spec;
  const records = input.format === 'csv' ? readCsv(input.content) : await readXlsx(input.content);
  const [header, ...data] = records;
  const names = (header ?? []).map((h) => spec.aliases[headerKey(h)] ?? null);
  const missing = required.filter((c) => !names.includes(c));
  const seen = names.filter((n): n is C => n !== null);
  if (missing.length || new Set(seen).size !== seen.length) {
    throw new AppError(
      'validation',
      `The first row must name the columns (at least ${required.join(', ')}; also ${columns.filter((c) => !required.includes(c)).join(', ')}), each once`,
      'errors.import_bad_header',
      [{ field: 'body.content', message: missing.length ? `missing: ${missing.join(', ')}` : 'a column is named twice' }],
      { missing },
    );
  }
  const rows = data.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw invalidField('body.content', `The file has no ${spec.rowName}`, 'errors.import_empty');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      'validation',
      `A file may hold at most ${MAX_IMPORT_ROWS} rows; this one has ${rows.length}. Split it.`,
      'errors.import_too_large',
      [{ field: 'body.content', message: `more than ${MAX_IMPORT_ROWS} rows` }],
      { maxRows: MAX_IMPORT_ROWS, rows: rows.length },
    );
  }
  return {
    ignoredColumns: (header ?? []).filter((_, i) => names[i] === null && header![i]!.trim() !== ''),
    rows: rows.map(({ cells, row }) => {
      const out: Record<string, string | number | null> = { row };
      for (const c of columns) {
        const at = names.indexOf(c);
        const value = at >= 0 ? (cells[at] ?? '').trim() : '';
        out[c] = value === '' ? null : value;
      }
      return out as TableRow<C>;
    }),
  };
}

function readCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    throw malformed((err as Error).message);
  }
}

/** The first worksheet's cells as text: dates as YYYY-MM-DD, formulas as their results. */
async function readXlsx(base64: string): Promise<string[][]> {
  const bytes = Buffer.from(base64, 'base64');
  // An XLSX file is a zip archive: refuse anything else before unpacking it.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw malformed('not an XLSX file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw malformed((err as Error).message);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw malformed('the workbook has no worksheet');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) {
    throw new AppError(
      'validation',
      `A file may hold at most ${MAX_IMPORT_ROWS} rows; split it.`,
      'errors.import_too_large',
      [{ field: 'body.content', message: `more than ${MAX_IMPORT_ROWS} rows` }],
      { maxRows: MAX_IMPORT_ROWS, rows: sheet.rowCount - 1 },
    );
  }
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    out[n - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
