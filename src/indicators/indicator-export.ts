import ExcelJS from 'exceljs';
import { csvRows, spreadsheetCell } from '../exports/csv.js';
import type { Figures } from './indicator.schemas.js';

// An indicator table as CSV or XLSX: one line per indicator (and per row of
// its breakdown), hidden counts written as the label the screen shows ("<5").
// Every cell passes through spreadsheetCell (formula neutralisation).

const HEADER = ['indicator', 'title', 'place', 'period', 'breakdown', 'key', 'label', 'numerator', 'denominator', 'value'];

function tableRows(f: Figures): (string | number | null)[][] {
  const shown = (v: number | null, suppressed: boolean) => (v === null ? (suppressed ? f.suppressedLabel : null) : v);
  const out: (string | number | null)[][] = [];
  for (const x of f.figures) {
    if (!x.available) continue;
    out.push([
      x.id,
      x.title,
      f.place.id,
      f.period,
      '',
      '',
      'total',
      shown(x.numerator, x.suppressed),
      shown(x.denominator, x.suppressed && x.denominator === null && x.kind !== 'count'),
      shown(x.value, x.suppressed),
    ]);
    for (const r of x.rows ?? []) {
      out.push([
        x.id,
        x.title,
        f.place.id,
        f.period,
        f.by ?? '',
        r.key,
        r.label ?? r.key,
        shown(r.numerator, r.suppressed),
        shown(r.denominator, r.suppressed && r.denominator === null && x.kind !== 'count'),
        shown(r.value, r.suppressed),
      ]);
    }
  }
  return out;
}

export function figuresCsv(f: Figures): string {
  return csvRows([HEADER, ...tableRows(f)]);
}

export async function figuresXlsx(f: Figures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Rinda';
  const ws = wb.addWorksheet('Indicators');
  ws.addRow(HEADER);
  ws.getRow(1).font = { bold: true };
  for (const row of tableRows(f)) ws.addRow(row.map((c) => spreadsheetCell(c)));
  ws.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const exportFileName = (f: Figures, ext: 'csv' | 'xlsx') => `rinda-indicators-${f.place.id}-${f.period}${f.by ? `-by-${f.by}` : ''}.${ext}`;
