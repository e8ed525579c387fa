import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { GENESIS_HASH } from './audit-hash.js';
import type { AuditEventRow } from './audit-sealer.js';

// SQL of the audit's hash chain: the queue of entries to seal (audit_pending),
// the seals (audit_seals), and what the verifier reads (audit-verify.ts).

// One sealer at a time, across server processes: each seal links to the one
// before it. Writers never take this lock (the key is the one they used to).
const AUDIT_SEAL_LOCK = 727_001;

export type ChainEnd = { position: number; hash: string };
export type Seal = { position: number; seq: number; prevHash: string; hash: string };
/** A seal and its entry; the entry's columns are null when the entry was deleted. */
export type SealedRow = { position: number; sealedSeq: number; prevHash: string; hash: string; event: AuditEventRow | null };

export async function lockSealing(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`.execute(trx);
}

/** Up to `limit` queued entries, lowest seq first. */
export async function queuedEntries(trx: Transaction<DB>, limit: number): Promise<AuditEventRow[]> {
  return trx.selectFrom('audit_pending as p').innerJoin('audit_events as e', 'e.seq', 'p.seq').selectAll('e').orderBy('p.seq').limit(limit).execute();
}

/** Takes sealed entries out of the queue. */
export async function unqueue(trx: Transaction<DB>, seqs: number[]): Promise<void> {
  await trx
    .deleteFrom('audit_pending')
    .where(sql<boolean>`seq = any(${seqs}::bigint[])`)
    .execute();
}

export async function chainEnd(db: Kysely<DB>): Promise<ChainEnd> {
  const last = await db.selectFrom('audit_seals').select(['position', 'hash']).orderBy('position', 'desc').limit(1).executeTakeFirst();
  return last ? { position: Number(last.position), hash: last.hash } : { position: 0, hash: GENESIS_HASH };
}

// Four array parameters, whatever the batch size (a row per parameter set
// would run into the protocol's limit of 65535 parameters).
export async function insertSeals(db: Kysely<DB>, seals: Seal[]): Promise<void> {
  await sql`
    insert into audit_seals (position, seq, prev_hash, hash)
    select * from unnest(
      ${seals.map((s) => s.position)}::bigint[], ${seals.map((s) => s.seq)}::bigint[],
      ${seals.map((s) => s.prevHash)}::text[], ${seals.map((s) => s.hash)}::text[])`.execute(db);
}

/** The newest seal with the time of its entry (null time: the entry was deleted). */
export async function newestSeal(db: Kysely<DB>) {
  return db
    .selectFrom('audit_seals as s')
    .leftJoin('audit_events as e', 'e.seq', 's.seq')
    .select(['s.position', 's.seq', 's.hash', 'e.at'])
    .orderBy('s.position', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function sealAt(db: Kysely<DB>, position: number) {
  return db.selectFrom('audit_seals').select(['seq', 'hash']).where('position', '=', position).executeTakeFirst();
}

export async function sealsFrom(db: Kysely<DB>, position: number, limit: number): Promise<SealedRow[]> {
  const rows = await db
    .selectFrom('audit_seals as s')
    .leftJoin('audit_events as e', 'e.seq', 's.seq')
    .selectAll('e')
    .select(['s.position', 's.seq as sealed_seq', 's.prev_hash', 's.hash'])
    .where('s.position', '>=', position)
    .orderBy('s.position')
    .limit(limit)
    .execute();
  return rows.map(({ position, sealed_seq, prev_hash, hash, ...event }) => ({
    position: Number(position),
    sealedSeq: Number(sealed_seq),
    prevHash: prev_hash,
    hash,
    event: event.seq === null ? null : (event as AuditEventRow),
  }));
}

/** A queued entry that is gone (deleted before it was sealed). */
export async function firstQueuedButGone(db: Kysely<DB>) {
  return db
    .selectFrom('audit_pending as p')
    .leftJoin('audit_events as e', 'e.seq', 'p.seq')
    .select('p.seq')
    .where('e.seq', 'is', null)
    .orderBy('p.seq')
    .limit(1)
    .executeTakeFirst();
}

// An anti-join over the whole audit; the verification reads all of it anyway.
// One statement, one snapshot: an entry being sealed is either queued or sealed in it.
export async function firstOrphanSeq(db: Kysely<DB>): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_events as e')
    .leftJoin('audit_seals as s', 's.seq', 'e.seq')
    .leftJoin('audit_pending as p', 'p.seq', 'e.seq')
    .select('e.seq')
    .where('s.seq', 'is', null)
    .where('p.seq', 'is', null)
    .orderBy('e.seq')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.seq);
}
