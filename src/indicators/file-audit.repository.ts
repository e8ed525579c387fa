import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';

// File audit sampling: the sample is drawn in SQL, reproducibly: the district's
// case files opened before the period ended, ordered by md5(seed || case id).

export async function drawSample(trx: Transaction<DB>, q: { districtId: string; periodEnd: string; seed: string; size: number }): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select c.id from cases c
    where c.district_id = ${q.districtId} and c.opened_at < (${q.periodEnd}::date::timestamp at time zone 'Africa/Kigali')
    order by md5(${q.seed} || c.id::text), c.id
    limit ${q.size}`.execute(trx);
  return rows.map((r) => r.id);
}

export async function insertAudit(
  trx: Transaction<DB>,
  a: { districtId: string; period: string; seed: string; sampleSize: number; drawnBy: string; drawnAt: Date; caseIds: string[] },
): Promise<string> {
  const { id } = await trx
    .insertInto('file_audits')
    .values({ district_id: a.districtId, period: a.period, seed: a.seed, sample_size: a.sampleSize, drawn_by: a.drawnBy, drawn_at: a.drawnAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (a.caseIds.length) {
    await trx
      .insertInto('file_audit_items')
      .values(a.caseIds.map((caseId, i) => ({ audit_id: id, case_id: caseId, position: i + 1, checks: null, meets_standards: null, score: null })))
      .execute();
  }
  return id;
}

export async function findAuditByPeriod(db: Db, districtId: string, period: string) {
  return db.selectFrom('file_audits').select('id').where('district_id', '=', districtId).where('period', '=', period).executeTakeFirst();
}

export async function findAudit(db: Db, id: string) {
  return db.selectFrom('file_audits').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAuditItems(db: Db, auditId: string) {
  return db
    .selectFrom('file_audit_items as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .select(['i.position', 'i.case_id', 'c.case_code', 'i.checks', 'i.meets_standards', 'i.score', 'i.note', 'i.scored_by', 'i.scored_at'])
    .where('i.audit_id', '=', auditId)
    .orderBy('i.position')
    .execute();
}

export async function updateItemScore(
  trx: Transaction<DB>,
  k: { auditId: string; caseId: string },
  s: { checks: Record<string, string>; meetsStandards: boolean; score: number | null; note: string | null; scoredBy: string; scoredAt: Date },
): Promise<boolean> {
  const r = await trx
    .updateTable('file_audit_items')
    .set({
      checks: JSON.stringify(s.checks),
      meets_standards: s.meetsStandards,
      score: s.score,
      note: s.note,
      scored_by: s.scoredBy,
      scored_at: s.scoredAt,
    })
    .where('audit_id', '=', k.auditId)
    .where('case_id', '=', k.caseId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
