import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { auditMac, GENESIS_HASH } from './audit-hash.js';
import { auditContentOf, sealAllAudit } from './audit-sealer.js';
import { firstOrphanSeq, firstQueuedButGone, sealAt, sealsFrom, type SealedRow } from './audit-seal.repository.js';
import type { AuditHead } from './audit-head.js';

type AuditProblemKind = 'altered' | 'missing' | 'broken_link' | 'unsealed' | 'head_not_reached';

/** `seq` names the entry; null when no entry can be named (the chain stops short of a published head). */
type Problem = { seq: number | null; kind: AuditProblemKind; message: string };

type AuditChainReport = {
  ok: boolean;
  /** Seals read and checked (up to and including the first problem). */
  checked: number;
  firstProblem?: Problem;
};

const DEFAULT_BATCH = 1000;

/**
 * Seals what is queued (so a quiet system verifies every entry), then walks
 * the chain (audit_seals) in position order, `batchSize` seals at a time
 * (keyset pagination: memory stays bounded however long the audit grows), and
 * stops at the first problem:
 * - 'missing': a chain position is skipped (a seal was deleted), or a seal's
 *   entry is gone (an entry was deleted from the audit);
 * - 'broken_link': a seal's prev_hash is not the hash of the seal before it;
 * - 'altered': an entry's content no longer matches its seal's hash;
 * and then, over the whole audit:
 * - 'unsealed': an entry neither sealed nor queued (taken out of the queue);
 * - 'missing': a queued entry that is gone (deleted before it was sealed).
 * Problems name the entry's seq where there is one.
 * and, given a head published earlier (GET /api/v1/audit/head, `npm run
 * audit:head`) and kept outside the database:
 * - 'head_not_reached': the chain is shorter than that head, or its seal at
 *   that position differs (the tail was deleted, the audit truncated, or the
 *   chain rewritten from there).
 * Each seal is an HMAC under `key`: a seal recomputed without the key never
 * matches, so an edited entry shows as 'altered' or 'broken_link'.
 * Not detectable: an entry deleted together with its queue row before the
 * sealer ran (at most RINDA_AUDIT_SEAL_INTERVAL_MS after it committed), and,
 * without a published head, the newest entries deleted together with their
 * seals, which leaves a shorter chain that still verifies.
 */
export async function verifyAuditChain(db: Kysely<DB>, key: Buffer, opts: { batchSize?: number; head?: AuditHead } = {}): Promise<AuditChainReport> {
  await sealAllAudit(db, key);
  const walked = await walkChain(db, key, opts.batchSize ?? DEFAULT_BATCH);
  if (!walked.ok) return walked;
  const outside = await entryOutsideChain(db);
  if (outside) return { ok: false, checked: walked.checked, firstProblem: outside };
  const short = opts.head && (await headNotReached(db, opts.head));
  return short ? { ok: false, checked: walked.checked, firstProblem: short } : walked;
}

/** The chain (already walked and intact) must hold the published head's seal at its position. */
async function headNotReached(db: Kysely<DB>, head: AuditHead): Promise<Problem | undefined> {
  const seal = await sealAt(db, head.position);
  if (seal && seal.hash === head.hash) return undefined;
  const message = seal
    ? `the chain was rewritten: its seal at position ${head.position} is not the published head's`
    : `the chain no longer reaches the published head at position ${head.position} (entries were deleted from its end)`;
  return { seq: seal ? Number(seal.seq) : null, kind: 'head_not_reached', message };
}

async function walkChain(db: Kysely<DB>, key: Buffer, batchSize: number): Promise<AuditChainReport> {
  let expected = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await sealsFrom(db, expected, batchSize);
    for (const row of rows) {
      checked++;
      const found = row.position === expected ? checkSeal(key, row, prevHash) : await skippedPositions(db, expected, row);
      if (found) return { ok: false, checked, firstProblem: found };
      prevHash = row.hash;
      expected = row.position + 1;
    }
    if (rows.length < batchSize) return { ok: true, checked };
  }
}

function checkSeal(key: Buffer, row: SealedRow, prevHash: string): Problem | undefined {
  const seq = row.sealedSeq;
  if (row.event === null) {
    return { seq, kind: 'missing', message: `entry ${seq} is missing (deleted from the audit; its seal remains)` };
  }
  if (row.prevHash !== prevHash) {
    return { seq, kind: 'broken_link', message: `entry ${seq} does not link to the entry before it (its previous hash differs)` };
  }
  if (auditMac(key, row.prevHash, seq, auditContentOf(row.event)) !== row.hash) {
    return { seq, kind: 'altered', message: `entry ${seq} was altered (its content no longer matches its hash)` };
  }
  return undefined;
}

/**
 * Seals were deleted: positions `expected` to `row.position - 1` are gone. The
 * entry a deleted seal covered is left neither sealed nor queued, which names
 * it; if it was deleted too, the first entry after the gap is named.
 */
async function skippedPositions(db: Kysely<DB>, expected: number, row: SealedRow): Promise<Problem> {
  const gap = row.position - expected === 1 ? `chain position ${expected} is missing` : `chain positions ${expected} to ${row.position - 1} are missing`;
  const orphan = await firstOrphanSeq(db);
  if (orphan !== undefined) {
    return { seq: orphan, kind: 'missing', message: `the seal of entry ${orphan} was deleted (${gap})` };
  }
  return { seq: row.sealedSeq, kind: 'missing', message: `a seal before entry ${row.sealedSeq} was deleted with its entry (${gap})` };
}

/** Entries that can never be verified: out of the queue without a seal, or queued but gone. */
async function entryOutsideChain(db: Kysely<DB>): Promise<Problem | undefined> {
  const orphan = await firstOrphanSeq(db);
  if (orphan !== undefined) {
    return { seq: orphan, kind: 'unsealed', message: `entry ${orphan} was never sealed (it was taken out of the queue of entries to seal)` };
  }
  const gone = await firstQueuedButGone(db);
  if (gone) {
    const seq = Number(gone.seq);
    return { seq, kind: 'missing', message: `entry ${seq} is missing (deleted from the audit before it was sealed)` };
  }
  return undefined;
}
