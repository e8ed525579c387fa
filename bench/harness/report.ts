import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchmarkResult } from './runner.js';
import type { Figure, Target } from './types.js';

// The results as a table (for people) and as JSON (for the next run to compare).

export type TargetRun = {
  database: 'postgres' | 'pglite';
  scale: number;
  counts: Record<string, number>;
  seed: { seconds: number; steps: { name: string; rows: number; seconds: number }[] } | null;
  results: BenchmarkResult[];
};

export function machine() {
  const c = cpus();
  return { cpus: c.length, cpu: c[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg() };
}

const num = (v: number, unit: Figure['unit']) =>
  !Number.isFinite(v)
    ? '-'
    : unit === 'ms'
      ? v.toFixed(v < 10 ? 2 : 1)
      : unit === 's'
        ? v.toFixed(3)
        : unit === 'ratio'
          ? v.toFixed(2)
          : v.toFixed(v < 100 ? 1 : 0);
const target = (t: Target | undefined, unit: string) => (t ? `${t.op} ${t.value}${unit === 'ratio' ? '×' : ' ' + unit}` : '');
const yes = (m: boolean | undefined) => (m === undefined ? '' : m ? 'yes' : 'NO');

export function table(runs: TargetRun[]): string {
  const rows: string[][] = [['db', 'figure', 'value', 'target', 'met', 'baseline', 'ratio', 'ratio target', 'met']];
  for (const run of runs) {
    for (const r of run.results) {
      if (r.skipped || r.error) {
        rows.push([run.database, `${r.name}: ${r.skipped ? 'skipped, ' + r.skipped : 'FAILED, ' + r.error}`, '', '', '', '', '', '', '']);
        continue;
      }
      for (const f of r.figures) {
        rows.push([
          run.database,
          f.name,
          `${num(f.value, f.unit)} ${f.unit}`,
          target(f.target, f.unit),
          yes(f.met),
          f.baseline ? `${num(f.baseline.value, f.baseline.unit)} ${f.baseline.unit} (${f.baseline.name})` : '',
          f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '',
          f.ratioTarget ? target(f.ratioTarget, 'ratio') : '',
          yes(f.ratioMet),
        ]);
      }
    }
  }
  const widths = rows[0]!.map((_, i) => Math.min(70, Math.max(...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + '…' : c.padEnd(widths[i]!))).join(' | ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}
