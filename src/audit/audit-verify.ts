import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { auditHash, GENESIS_HASH, type AuditContent } from './audit-hash.js';

export type AuditProblemKind = 'altered' | 'missing' | 'broken_link';

export type AuditChainReport = {
  ok: boolean;
  /** Entries read and checked (up to and including the first problem). */
  checked: number;
  firstProblem?: { seq: number; kind: AuditProblemKind; message: string };
};

const DEFAULT_BATCH = 1000;

/**
 * Recomputes the audit hash chain from the first entry to the last, reading
 * `batchSize` rows at a time in seq order (keyset pagination: memory stays
 * bounded however long the audit grows). Stops at the first problem:
 * - 'missing': a seq number is skipped (an entry was deleted);
 * - 'broken_link': an entry's prev_hash is not the hash of the entry before it;
 * - 'altered': an entry's content no longer matches its own hash.
 * Deleting the newest entries leaves a shorter chain that still verifies; only
 * a copy of a recent hash kept elsewhere shows that.
 */
export async function verifyAuditChain(db: Kysely<DB>, opts: { batchSize?: number } = {}): Promise<AuditChainReport> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      checked++;
      if (seq !== expectedSeq) {
        const missing = seq - expectedSeq === 1 ? `entry ${expectedSeq} is missing` : `entries ${expectedSeq} to ${seq - 1} are missing`;
        return problem(checked, expectedSeq, 'missing', `${missing} (deleted from the audit)`);
      }
      if (row.prev_hash !== prevHash) {
        return problem(checked, seq, 'broken_link', `entry ${seq} does not link to the entry before it (its previous hash differs)`);
      }
      const content: AuditContent = {
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
      if (auditHash(row.prev_hash, seq, content) !== row.hash) {
        return problem(checked, seq, 'altered', `entry ${seq} was altered (its content no longer matches its hash)`);
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < batchSize) return { ok: true, checked };
  }
}

function problem(checked: number, seq: number, kind: AuditProblemKind, message: string): AuditChainReport {
  return { ok: false, checked, firstProblem: { seq, kind, message } };
}
