import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { benchHttp } from '../harness/http.js';
import { districtsByOpenCases, staffOf } from '../harness/samples.js';
import type { Benchmark, BenchContext, Figure } from '../harness/types.js';

// A streamed CSV of one district's full case list (issue 5: peak RSS ≤ 256 MB
// whatever the size). On PostgreSQL the server runs in a process of its own
// and its resident memory is read from /proc while the largest and the
// smallest district stream; the embedded database lives in the server's
// process, so there the whole process is measured.

const MB = 1024 * 1024;

/** Resident memory of a process in bytes (Linux), or of this process. */
function rss(pid: number | null): number {
  if (pid === null) return process.memoryUsage.rss();
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : Number.NaN;
}

/**
 * Rinda as `npm start` runs it (build/src/main.js, compiled first when its
 * sources changed) in a process of its own on the benchmark's database, so its
 * resident memory can be read from /proc.
 */
async function startServerProcess(ctx: BenchContext): Promise<{ baseUrl: string; pid: number; stop(): Promise<void> }> {
  const url = ctx.raw.url;
  if (!url) throw new Error('the PostgreSQL URL is not known');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs'), 'server'], { stdio: 'inherit', cwd: root });
  const child = spawn(process.execPath, [join(root, 'build/src/main.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'warn', RINDA_SECRET_KEY: randomBytes(32).toString('hex') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      const m = /Rinda is running at (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return {
    baseUrl,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const benchmark: Benchmark = {
  name: 'csv-export',
  description: "A district's full case list as a streamed CSV: the server's peak resident memory",
  async run(ctx) {
    const districts = await districtsByOpenCases(ctx);
    const pickDistricts = [districts[0]!, districts[districts.length - 1]!];
    const separate = ctx.kind === 'postgres' && ctx.raw.url && process.platform === 'linux';
    const server = separate ? await startServerProcess(ctx) : null;
    const http = server ? benchHttp(server.baseUrl) : ctx.http;
    const pid = server?.pid ?? null;
    const figures: Figure[] = [];
    try {
      for (const [i, d] of pickDistricts.entries()) {
        const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
        if (!cpwo) continue;
        const session = await ctx.app.signIn(cpwo.id);
        // Warm the server (routes, plans), then measure from its resting memory.
        await http.get(session, '/api/v1/cases?stage=review');
        const before = rss(pid);
        let peak = before;
        const timer = setInterval(() => {
          peak = Math.max(peak, rss(pid));
        }, 20);
        let lines = 0;
        const r = await http.stream(session, '/api/v1/exports/cases.csv', () => {
          peak = Math.max(peak, rss(pid));
        });
        clearInterval(timer);
        peak = Math.max(peak, rss(pid));
        if (r.status !== 200) throw new Error(`export answered ${r.status}`);
        const counted = await ctx.raw.query<{ n: number }>(`select count(*)::int as n from cases where district_id = $1`, [d.districtId]);
        lines = counted[0]!.n;
        const where = server ? 'server process' : 'bench process (server and embedded database)';
        ctx.log(
          `  CSV ${d.districtId}: ${lines.toLocaleString('en')} cases, ${(r.bytes / MB).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s; ${where} RSS ${(before / MB).toFixed(0)} → peak ${(peak / MB).toFixed(0)} MB`,
        );
        figures.push({
          name: `CSV export of district ${d.districtId} (${i === 0 ? 'largest' : 'smallest'}), peak RSS of the ${where}`,
          value: peak / MB,
          unit: 'MB',
          target: { op: '<=', value: 256 },
          baseline: { name: 'RSS at rest before the export', value: before / MB, unit: 'MB' },
          ratio: peak / before,
          detail: `${lines} cases, ${(r.bytes / MB).toFixed(1)} MB streamed in ${(r.ms / 1000).toFixed(1)} s (${Math.round(lines / (r.ms / 1000))} rows/s)`,
        });
      }
    } finally {
      await server?.stop();
    }
    return figures;
  },
};
