import type { Config } from '../config.js';
import type { DataValueSet } from './dhis2.schemas.js';

// POST {url}/api/dataValueSets with retries: a try that gets no answer, or a
// 5xx, is tried again after a wait that doubles, up to maxAttempts. A 2xx or
// 4xx is DHIS2's answer (a 409 carries the import summary and its conflicts)
// and is kept as it came.

export type Dhis2Answer = {
  attempts: number;
  httpStatus: number | null;
  /** SUCCESS, WARNING or ERROR as DHIS2 said; FAILED when no usable answer came. */
  status: string;
  importCount: { imported: number; updated: number; ignored: number; deleted: number } | null;
  conflicts: { object: string; value: string }[];
  error: string | null;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The import summary, whether DHIS2 sent it bare (before 2.36) or inside a web message's `response`. */
export function readImportSummary(body: unknown): Pick<Dhis2Answer, 'status' | 'importCount' | 'conflicts'> | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const s = (b.response && typeof b.response === 'object' ? b.response : b) as Record<string, unknown>;
  // A web message without an import summary (a 500, a 401) is not one.
  if (typeof s.status !== 'string' || (s.responseType !== 'ImportSummary' && (!s.importCount || typeof s.importCount !== 'object'))) return null;
  const ic = (s.importCount ?? {}) as Record<string, unknown>;
  const conflicts = Array.isArray(s.conflicts)
    ? s.conflicts.slice(0, 1000).map((c: Record<string, unknown>) => ({ object: String(c?.object ?? ''), value: String(c?.value ?? '') }))
    : [];
  return {
    status: s.status.slice(0, 20),
    importCount: { imported: num(ic.imported), updated: num(ic.updated), ignored: num(ic.ignored), deleted: num(ic.deleted) },
    conflicts,
  };
}

export async function postDataValueSet(cfg: Config['dhis2'], set: DataValueSet): Promise<Dhis2Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (cfg.token) headers.authorization = `ApiToken ${cfg.token}`;
  else if (cfg.username) headers.authorization = `Basic ${Buffer.from(`${cfg.username}:${cfg.password ?? ''}`).toString('base64')}`;
  const url = `${cfg.url!.replace(/\/+$/, '')}/api/dataValueSets`;
  let last: Dhis2Answer = { attempts: 0, httpStatus: null, status: 'FAILED', importCount: null, conflicts: [], error: null };
  for (let attempt = 1; attempt <= cfg.maxAttempts; attempt++) {
    if (attempt > 1) await sleep(cfg.retryMs * 2 ** (attempt - 2));
    try {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(set), signal: AbortSignal.timeout(cfg.timeoutMs) });
      const text = await res.text();
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      const summary = readImportSummary(body);
      last = {
        attempts: attempt,
        httpStatus: res.status,
        status: summary?.status ?? 'FAILED',
        importCount: summary?.importCount ?? null,
        conflicts: summary?.conflicts ?? [],
        error: res.ok && summary ? null : `HTTP ${res.status}${summary ? '' : ': ' + text.slice(0, 500)}`,
      };
      if (res.status < 500) return last;
    } catch (e) {
      last = {
        attempts: attempt,
        httpStatus: null,
        status: 'FAILED',
        importCount: null,
        conflicts: [],
        error: String((e as Error).message ?? e).slice(0, 500),
      };
    }
  }
  return last;
}
