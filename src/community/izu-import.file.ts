import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError, invalidField } from '../errors/app-error.js';

// The volunteer lists districts keep: one header row, then one volunteer per
// row, in CSV or XLSX (the first worksheet). Headers are matched loosely, in
// English, French or Kinyarwanda ("Village", "Umudugudu", "Date selected").

export const IMPORT_COLUMNS = ['district', 'sector', 'cell', 'village', 'name', 'sex', 'phone', 'status', 'selected_on', 'trainings'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['village', 'name', 'sex', 'phone'];

const ALIASES: Record<string, ImportColumn> = {
  district: 'district',
  akarere: 'district',
  district_name: 'district',
  sector: 'sector',
  umurenge: 'sector',
  secteur: 'sector',
  cell: 'cell',
  akagari: 'cell',
  cellule: 'cell',
  village: 'village',
  umudugudu: 'village',
  name: 'name',
  names: 'name',
  full_name: 'name',
  fullname: 'name',
  amazina: 'name',
  nom: 'name',
  noms: 'name',
  sex: 'sex',
  gender: 'sex',
  igitsina: 'sex',
  sexe: 'sex',
  phone: 'phone',
  telephone: 'phone',
  phone_number: 'phone',
  tel: 'phone',
  telefoni: 'phone',
  mobile: 'phone',
  status: 'status',
  statut: 'status',
  uko_ahagaze: 'status',
  selected_on: 'selected_on',
  date_selected: 'selected_on',
  selected: 'selected_on',
  date_of_selection: 'selected_on',
  yatowe: 'selected_on',
  trainings: 'trainings',
  training: 'trainings',
  trainings_taken: 'trainings',
  formations: 'trainings',
  amahugurwa: 'trainings',
};

export const MAX_IMPORT_ROWS = 5000;

export type FileRow = { row: number } & Record<ImportColumn, string | null>;
export type ParsedFile = { rows: FileRow[]; ignoredColumns: string[] };

const headerKey = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

const malformed = (detail: string) => invalidField('body.content', `Not a readable file: ${detail}`, 'errors.import_malformed');

export async function parseVolunteerFile(input: { format: 'csv' | 'xlsx'; content: string }): Promise<ParsedFile> {
  const records = input.format === 'csv' ? readCsv(input.content) : await readXlsx(input.content);
  const [header, ...data] = records;
  const names = (header ?? []).map((h) => ALIASES[headerKey(h)] ?? null);
  const missing = REQUIRED.filter((c) => !names.includes(c));
  const seen = names.filter((n): n is ImportColumn => n !== null);
  if (missing.length || new Set(seen).size !== seen.length) {
    throw new AppError(
      'validation',
      `The first row must name the columns (at least ${REQUIRED.join(', ')}; also ${IMPORT_COLUMNS.filter((c) => !REQUIRED.includes(c)).join(', ')}), each once`,
      'errors.import_bad_header',
      [{ field: 'body.content', message: missing.length ? `missing: ${missing.join(', ')}` : 'a column is named twice' }],
      { missing },
    );
  }
  const rows = data.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw invalidField('body.content', 'The file has no volunteers', 'errors.import_empty');
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
      const out = { row } as FileRow;
      for (const c of IMPORT_COLUMNS) {
        const at = names.indexOf(c);
        const value = at >= 0 ? (cells[at] ?? '').trim() : '';
        out[c] = value === '' ? null : value;
      }
      return out;
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
