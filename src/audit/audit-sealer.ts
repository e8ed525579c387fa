import { sql, type Kysely, type Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import type { AuditEventsTable, DB } from '../db/schema.js';
import { startWorker, type BackgroundWorker } from '../workers/background-worker.js';
import { auditMac, GENESIS_HASH, type AuditContent } from './audit-hash.js';

// One sealer at a time, across server processes: each seal links to the one
// before it. Writers never take this lock (the key is the one they used to).
const AUDIT_SEAL_LOCK = 727_001;
const DEFAULT_LIMIT = 5000;

export type AuditEventRow = Selectable<AuditEventsTable>;

type ChainEnd = { position: number; hash: string };
type Seal = { position: number; seq: number; prevHash: string; hash: string };

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
    await sql`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`.execute(trx);
    const end = await chainEnd(trx);
    const rows = await trx
      .selectFrom('audit_pending as p')
      .innerJoin('audit_events as e', 'e.seq', 'p.seq')
      .selectAll('e')
      .orderBy('p.seq')
      .limit(limit)
      .execute();
    if (rows.length === 0) return 0;
    const seals = chainAfter(key, end, rows);
    await insertSeals(trx, seals);
    await trx
      .deleteFrom('audit_pending')
      .where(sql<boolean>`seq = any(${seals.map((s) => s.seq)}::bigint[])`)
      .execute();
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

async function chainEnd(db: Kysely<DB>): Promise<ChainEnd> {
  const last = await db.selectFrom('audit_seals').select(['position', 'hash']).orderBy('position', 'desc').limit(1).executeTakeFirst();
  return last ? { position: Number(last.position), hash: last.hash } : { position: 0, hash: GENESIS_HASH };
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

// Four array parameters, whatever the batch size (a row per parameter set
// would run into the protocol's limit of 65535 parameters).
async function insertSeals(db: Kysely<DB>, seals: Seal[]): Promise<void> {
  await sql`
    insert into audit_seals (position, seq, prev_hash, hash)
    select * from unnest(
      ${seals.map((s) => s.position)}::bigint[], ${seals.map((s) => s.seq)}::bigint[],
      ${seals.map((s) => s.prevHash)}::text[], ${seals.map((s) => s.hash)}::text[])`.execute(db);
}
