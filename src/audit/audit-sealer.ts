import type { Kysely, Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import type { AuditEventsTable, DB } from '../db/schema.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import { auditMac, type AuditContent } from './audit-hash.js';
import { chainEnd, insertSeals, lockSealing, queuedEntries, unqueue, type ChainEnd, type Seal } from './audit-seal.repository.js';

const DEFAULT_LIMIT = 5000;

export type AuditEventRow = Selectable<AuditEventsTable>;

/** What a seal's hash covers, as the database gives the entry back (what the verifier reads too). */
export function auditContentOf(row: AuditEventRow): AuditContent {
  return {
    at: new Date(row.at),
    actorId: row.actor_id,
    actorRole: row.actor_role,
    ip: row.ip,
    requestId: row.request_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    fields: row.fields,
    outcome: row.outcome,
    // jsonb comes back parsed; a driver that returns text is parsed here.
    details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details,
  };
}

/**
 * Seals up to `limit` queued entries, lowest seq first, after the last seal,
 * in one transaction: the seals are written and the entries leave the queue
 * together. An entry that committed late with a lower seq than some already
 * sealed simply gets the next position. Returns how many were sealed.
 */
export async function sealAudit(db: Kysely<DB>, key: Buffer, opts: { limit?: number } = {}): Promise<number> {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  return db.transaction().execute(async (trx) => {
    await lockSealing(trx);
    const end = await chainEnd(trx);
    const rows = await queuedEntries(trx, limit);
    if (rows.length === 0) return 0;
    const seals = chainAfter(key, end, rows);
    await insertSeals(trx, seals);
    await unqueue(
      trx,
      seals.map((s) => s.seq),
    );
    return seals.length;
  });
}

/** Seals every queued entry, a batch (one transaction) at a time. Returns how many were sealed. */
export async function sealAllAudit(db: Kysely<DB>, key: Buffer, opts: { limit?: number } = {}): Promise<number> {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  let total = 0;
  for (;;) {
    const sealed = await sealAudit(db, key, { limit });
    total += sealed;
    if (sealed < limit) return total;
  }
}

/**
 * Seals the queue every RINDA_AUDIT_SEAL_INTERVAL_MS in this process: the
 * longest an entry stays unsealed. Several servers may each run it; the lock
 * makes them take turns. Errors go to `onError` and the next tick tries again.
 */
export function startAuditSealer(ctx: AppContext, onError: (err: unknown) => void): BackgroundWorker {
  return startWorker({ name: 'audit-sealer', everyMs: ctx.config.auditSealIntervalMs, run: () => sealAllAudit(ctx.database.db, ctx.auditKey), onError });
}

function chainAfter(key: Buffer, end: ChainEnd, rows: AuditEventRow[]): Seal[] {
  const seals: Seal[] = [];
  let { position, hash: prevHash } = end;
  for (const row of rows) {
    const seq = Number(row.seq);
    const hash = auditMac(key, prevHash, seq, auditContentOf(row));
    seals.push({ position: ++position, seq, prevHash, hash });
    prevHash = hash;
  }
  return seals;
}
