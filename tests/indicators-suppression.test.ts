import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type CountTable, type SuppressionMask } from '../src/indicators/suppression.js';

// Small-number suppression: every count from 1 to threshold-1 is hidden, what
// is shown is unchanged, and no row or column (with its total) has exactly one
// hidden cell, so no hidden count can be worked out from a total and the
// other cells of its line.

function lines(t: CountTable, m: SuppressionMask): { values: number[]; hidden: boolean[] }[] {
  const out: { values: number[]; hidden: boolean[] }[] = [];
  const rows = t.cells.length;
  const cols = t.cells[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    out.push({ values: [...t.cells[r]!, t.rowTotals![r]!], hidden: [...m.cells[r]!, m.rowTotals[r]!] });
  }
  for (let c = 0; c < cols; c++) {
    out.push({ values: [...t.cells.map((row) => row[c]!), t.colTotals![c]!], hidden: [...m.cells.map((row) => row[c]!), m.colTotals[c]!] });
  }
  out.push({ values: [...t.rowTotals!, t.grand!], hidden: [...m.rowTotals, m.grand] });
  out.push({ values: [...t.colTotals!, t.grand!], hidden: [...m.colTotals, m.grand] });
  return out;
}

const additiveTable = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  )
  .map((cells): CountTable => {
    const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
    const colTotals = cells[0]!.map((_, c) => cells.reduce((a, r) => a + r[c]!, 0));
    return { cells, rowTotals, colTotals, grand: rowTotals.reduce((a, b) => a + b, 0) };
  });

describe('small-number suppression', () => {
  it('hides every small count and leaves no line with one hidden cell', () => {
    fc.assert(
      fc.property(additiveTable, fc.integer({ min: 2, max: 11 }), (t, threshold) => {
        const m = suppressTable(t, threshold);
        for (const line of lines(t, m)) {
          line.values.forEach((v, i) => {
            if (v > 0 && v < threshold) expect(line.hidden[i]).toBe(true);
          });
          expect(line.hidden.filter(Boolean).length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cannot be undone: no hidden cell equals its line total minus the shown cells of the line alone', () => {
    fc.assert(
      fc.property(additiveTable, fc.integer({ min: 2, max: 11 }), (t, threshold) => {
        const m = suppressTable(t, threshold);
        // In every line with hidden cells, at least two unknowns remain.
        for (const line of lines(t, m)) {
          const unknowns = line.hidden.filter(Boolean).length;
          expect(unknowns === 0 || unknowns >= 2).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hides nothing when every count is zero or at least the threshold', () => {
    const t: CountTable = {
      cells: [
        [5, 0],
        [7, 9],
      ],
      rowTotals: [5, 16],
      colTotals: [12, 9],
      grand: 21,
    };
    const m = suppressTable(t, 5);
    expect(m.cells.flat().some(Boolean)).toBe(false);
    expect(m.grand).toBe(false);
  });

  it('hides a second cell of a row whose total would give the first away', () => {
    // female 3, male 10, total 13: showing 10 and 13 gives 3 away.
    const m = suppressTable({ cells: [[3], [10]], colTotals: [13] }, 5);
    expect(m.cells).toEqual([[true], [true]]);
    expect(m.colTotals).toEqual([false]);
  });

  it('hides the total when the only other cell is zero', () => {
    const m = suppressTable({ cells: [[3], [0]], colTotals: [3] }, 5);
    expect(m.cells).toEqual([[true], [false]]);
    expect(m.colTotals).toEqual([true]);
  });
});
