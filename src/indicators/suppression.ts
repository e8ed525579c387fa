// Small-number suppression for figures shown to people who may not see the
// children's identities (issue 17): a count from 1 to threshold-1 is hidden
// ("<5"), and where a hidden cell could be worked out from a total and the
// other cells of its row or column, one more cell of that line is hidden
// (complementary suppression), until no line has exactly one hidden cell.
// Zero is shown: it identifies no one.

/**
 * A table: cells[row][column], each row's total and each column's total (not
 * necessarily the sums: a case of two types counts under each type and once
 * in the total), and the grand total. A one-column table passes no row totals.
 */
export type CountTable = {
  cells: number[][];
  rowTotals?: number[];
  colTotals?: number[];
  grand?: number;
};

export type SuppressionMask = {
  cells: boolean[][];
  rowTotals: boolean[];
  colTotals: boolean[];
  grand: boolean;
};

type Pos = { kind: 'cell'; r: number; c: number } | { kind: 'row'; r: number } | { kind: 'col'; c: number } | { kind: 'grand' };

export function suppressTable(table: CountTable, threshold: number): SuppressionMask {
  const rows = table.cells.length;
  const cols = rows ? table.cells[0]!.length : 0;
  const mask: SuppressionMask = {
    cells: table.cells.map((r) => r.map(() => false)),
    rowTotals: (table.rowTotals ?? []).map(() => false),
    colTotals: (table.colTotals ?? []).map(() => false),
    grand: false,
  };
  const value = (p: Pos): number =>
    p.kind === 'cell' ? table.cells[p.r]![p.c]! : p.kind === 'row' ? table.rowTotals![p.r]! : p.kind === 'col' ? table.colTotals![p.c]! : table.grand!;
  const hidden = (p: Pos): boolean =>
    p.kind === 'cell' ? mask.cells[p.r]![p.c]! : p.kind === 'row' ? mask.rowTotals[p.r]! : p.kind === 'col' ? mask.colTotals[p.c]! : mask.grand;
  const hide = (p: Pos) => {
    if (p.kind === 'cell') mask.cells[p.r]![p.c] = true;
    else if (p.kind === 'row') mask.rowTotals[p.r] = true;
    else if (p.kind === 'col') mask.colTotals[p.c] = true;
    else mask.grand = true;
  };
  const small = (v: number) => v > 0 && v < threshold;

  // The lines: each row with its total, each column with its total, the row totals with the grand total, the column totals with it.
  const lines: Pos[][] = [];
  const hasRowTotals = table.rowTotals !== undefined;
  const hasColTotals = table.colTotals !== undefined;
  const hasGrand = table.grand !== undefined;
  for (let r = 0; r < rows; r++) {
    const line: Pos[] = [];
    for (let c = 0; c < cols; c++) line.push({ kind: 'cell', r, c });
    if (hasRowTotals) line.push({ kind: 'row', r });
    if (hasRowTotals || cols > 1) lines.push(line);
  }
  for (let c = 0; c < cols; c++) {
    const line: Pos[] = [];
    for (let r = 0; r < rows; r++) line.push({ kind: 'cell', r, c });
    if (hasColTotals) line.push({ kind: 'col', c });
    lines.push(line);
  }
  if (hasRowTotals) {
    const line: Pos[] = table.rowTotals!.map((_, r) => ({ kind: 'row', r }) as Pos);
    if (hasGrand) line.push({ kind: 'grand' });
    lines.push(line);
  }
  if (hasColTotals && cols > 1) {
    const line: Pos[] = table.colTotals!.map((_, c) => ({ kind: 'col', c }) as Pos);
    if (hasGrand) line.push({ kind: 'grand' });
    lines.push(line);
  }

  // Primary: every small count.
  for (const line of lines) for (const p of line) if (small(value(p))) hide(p);
  if (hasGrand && small(table.grand!)) mask.grand = true;

  // Complementary: a line with one hidden cell hides its smallest other shown
  // cell (a count above zero first, an inner cell before a total), until stable.
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const hiddenCount = line.filter(hidden).length;
      if (hiddenCount !== 1) continue;
      const candidates = line.filter((p) => !hidden(p)).sort((a, b) => rank(a, value(a)) - rank(b, value(b)));
      const pick = candidates[0];
      if (!pick) continue;
      hide(pick);
      changed = true;
    }
  }
  return mask;
}

/** Which shown cell to hide next: positive counts before zeros, inner cells before totals, then the smallest. */
function rank(p: Pos, v: number): number {
  const zero = v === 0 ? 2e12 : 0;
  const total = p.kind === 'cell' ? 0 : 1e12;
  return zero + total + v;
}

/** How a hidden count reads ("<5"). */
export const suppressedLabel = (threshold: number) => `<${threshold}`;
