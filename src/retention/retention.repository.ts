import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { RetentionKind } from '../db/tables/retention.js';

// The SQL of retention: the records each rule reaches, and the change each
// makes. A record is never reached while it is restricted (Art. 21: stored,
// used for nothing else), held (retention_holds), or its child has an open
// case; a report is not reached while a referral made from it is still open.

/** The pseudonym that takes the place of a name (as erasure does: src/data-protection/dp-execution.service.ts). */
export const PSEUDONYM = 'Pseudonymised';

const OPEN_REFERRAL = ['sent', 'accepted', 'service_given'];

/** The child is restricted, held, or has an open case: none of their records is touched. */
function childKept(childColumn: string): Expression<SqlBool> {
  const child = sql.ref(childColumn);
  return sql<SqlBool>`(${child} is not null and (
    exists (select 1 from children kept_c where kept_c.id = ${child} and kept_c.restricted_at is not null)
    or exists (select 1 from retention_holds kept_h where kept_h.child_id = ${child} and kept_h.released_at is null)
    or exists (select 1 from cases kept_k where kept_k.child_id = ${child} and kept_k.stage not in ('closed', 'transferred'))))`;
}

/** The report is held, still has an open referral, or its child is kept. */
function reportKept(): Expression<SqlBool> {
  return sql<SqlBool>`(exists (select 1 from retention_holds kept_h where kept_h.report_id = r.id and kept_h.released_at is null)
    or exists (select 1 from referrals kept_f where kept_f.report_id = r.id and kept_f.status in (${sql.join(OPEN_REFERRAL)}))
    or ${childKept('r.child_id')})`;
}

export type Candidate = { id: string; label: string };

export async function nonVenaIdentityDue(db: Db, cutoff: Date, limit: number): Promise<Candidate[]> {
  return db
    .selectFrom('incident_reports as r')
    .select(['r.id', 'r.reference as label'])
    .where('r.is_vena', '=', false)
    .where('r.identity_minimised_at', 'is', null)
    .where('r.closed_at', '<=', cutoff)
    .where(sql<SqlBool>`not ${reportKept()}`)
    .orderBy('r.closed_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function countNonVenaIdentityDue(db: Db, cutoff: Date): Promise<number> {
  const r = await db
    .selectFrom('incident_reports as r')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('r.is_vena', '=', false)
    .where('r.identity_minimised_at', 'is', null)
    .where('r.closed_at', '<=', cutoff)
    .where(sql<SqlBool>`not ${reportKept()}`)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Pseudonymises the identity of the reports still due (the guard makes a second run change nothing); the ids changed. */
export async function minimiseReportIdentity(trx: Transaction<DB>, ids: string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('incident_reports')
    .set({
      child_name: PSEUDONYM,
      child_description: null,
      reporter_name: null,
      reporter_phone: null,
      reporter_phone_removed_at: sql`coalesce(reporter_phone_removed_at, ${at})`,
      identity_minimised_at: at,
      updated_at: at,
    })
    .where('id', 'in', ids)
    .where('identity_minimised_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

function phoneDueQuery(db: Db, cutoff: Date) {
  return db
    .selectFrom('incident_reports as r')
    .where('r.reporter_phone', 'is not', null)
    .where('r.status', 'in', ['closed', 'early_intervention'])
    .where('r.closed_at', '<=', cutoff)
    .where(sql<SqlBool>`not ${reportKept()}`);
}

export async function reporterPhoneDue(db: Db, cutoff: Date, limit: number): Promise<Candidate[]> {
  return phoneDueQuery(db, cutoff).select(['r.id', 'r.reference as label']).orderBy('r.closed_at').orderBy('r.id').limit(limit).execute();
}

export async function countReporterPhoneDue(db: Db, cutoff: Date): Promise<number> {
  return (
    await phoneDueQuery(db, cutoff)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

export async function removeReporterPhone(trx: Transaction<DB>, ids: string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('incident_reports')
    .set({ reporter_phone: null, reporter_phone_removed_at: at, updated_at: at })
    .where('id', 'in', ids)
    .where('reporter_phone', 'is not', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

function attachmentsDueQuery(db: Db, cutoff: Date) {
  return db
    .selectFrom('case_attachments as a')
    .innerJoin('cases as k', 'k.id', 'a.case_id')
    .where('a.content_removed_at', 'is', null)
    .where('k.stage', '=', 'closed')
    .where('k.closed_at', '<=', cutoff)
    .where(sql<SqlBool>`not exists (select 1 from retention_holds kept_h where kept_h.report_id = k.report_id and kept_h.released_at is null)`)
    .where(sql<SqlBool>`not ${childKept('k.child_id')}`);
}

export async function attachmentsDue(db: Db, cutoff: Date, limit: number): Promise<Candidate[]> {
  return attachmentsDueQuery(db, cutoff)
    .select(['a.id', sql<string>`k.case_code || ' / ' || a.file_name`.as('label')])
    .orderBy('k.closed_at')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

export async function countAttachmentsDue(db: Db, cutoff: Date): Promise<number> {
  return (
    await attachmentsDueQuery(db, cutoff)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

/** Empties the content of the attachments (the row, its name, size and audit stay). */
export async function removeAttachmentContent(trx: Transaction<DB>, ids: string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .updateTable('case_attachments')
    .set({ content: Buffer.alloc(0), content_removed_at: at })
    .where('id', 'in', ids)
    .where('content_removed_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function countAuditPastPeriod(db: Db, cutoff: Date): Promise<number> {
  return (
    await db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('at', '<', cutoff)
      .executeTakeFirstOrThrow()
  ).n;
}

/** Children whose cases are all closed since before the cutoff, not yet reminded since their last closure. */
function paperFilesDueQuery(db: Db, cutoff: Date) {
  return db
    .selectFrom('children as ch')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('cases')
          .select(['child_id', sql<Date>`max(closed_at)`.as('last_closed')])
          .groupBy('child_id')
          .having(sql<SqlBool>`bool_and(stage = 'closed')`)
          .as('k'),
      (j) => j.onRef('k.child_id', '=', 'ch.id'),
    )
    .where('k.last_closed', '<=', cutoff)
    .where(sql<SqlBool>`not ${childKept('ch.id')}`)
    .where(
      sql<SqlBool>`not exists (select 1 from retention_actions ra join retention_runs rr on rr.id = ra.run_id
        where ra.rule = 'paper_files' and ra.entity_id = ch.id and rr.dry_run = false and ra.at >= k.last_closed)`,
    );
}

export async function paperFilesDue(db: Db, cutoff: Date, limit: number): Promise<(Candidate & { placeId: string; holderUserId: string | null })[]> {
  return paperFilesDueQuery(db, cutoff)
    .leftJoin('paper_file_movements as m', (j) => j.onRef('m.child_id', '=', 'ch.id').on('m.checked_in_at', 'is', null))
    .select(['ch.id', 'ch.child_code as label', 'ch.place_id as placeId', 'm.holder_user_id as holderUserId'])
    .orderBy('k.last_closed')
    .orderBy('ch.id')
    .limit(limit)
    .execute();
}

export async function countPaperFilesDue(db: Db, cutoff: Date): Promise<number> {
  return (
    await paperFilesDueQuery(db, cutoff)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

// --- the rules, the runs and their record, the holds ---

export async function changedRules(db: Db) {
  return db.selectFrom('retention_rules').select(['kind', 'enabled', 'period_days', 'updated_at', 'updated_by']).execute();
}

export async function saveRule(trx: Transaction<DB>, rule: { kind: RetentionKind; enabled: boolean; periodDays: number }, by: string, at: Date) {
  await trx
    .insertInto('retention_rules')
    .values({ kind: rule.kind, enabled: rule.enabled, period_days: rule.periodDays, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('kind').doUpdateSet({ enabled: rule.enabled, period_days: rule.periodDays, updated_by: by, updated_at: at }))
    .execute();
}

export async function startRun(db: Kysely<DB> | Transaction<DB>, dryRun: boolean, actorId: string | null, at: Date): Promise<string> {
  const r = await db.insertInto('retention_runs').values({ started_at: at, dry_run: dryRun, actor_id: actorId }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function finishRun(db: Kysely<DB>, id: string, counts: Record<string, number>, at: Date) {
  await db
    .updateTable('retention_runs')
    .set({ finished_at: at, counts: JSON.stringify(counts) })
    .where('id', '=', id)
    .execute();
}

export async function recordActions(
  trx: Transaction<DB>,
  runId: string,
  rule: RetentionKind,
  entityType: string,
  ids: string[],
  action: string,
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .insertInto('retention_actions')
    .values(ids.map((id) => ({ run_id: runId, rule, entity_type: entityType, entity_id: id, action, at })))
    .execute();
}

export async function listRuns(db: Db, limit: number) {
  return db
    .selectFrom('retention_runs as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select(['r.id', 'r.started_at', 'r.finished_at', 'r.dry_run', 'r.counts', 'u.full_name as actor_name'])
    .orderBy('r.started_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

export async function findRun(db: Db, id: string) {
  return db
    .selectFrom('retention_runs as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select(['r.id', 'r.started_at', 'r.finished_at', 'r.dry_run', 'r.counts', 'u.full_name as actor_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function runActions(db: Db, runId: string, limit: number, offset: number) {
  return db
    .selectFrom('retention_actions')
    .select(['rule', 'entity_type', 'entity_id', 'action', 'at'])
    .where('run_id', '=', runId)
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countRunActions(db: Db, runId: string): Promise<number> {
  return (
    await db
      .selectFrom('retention_actions')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow()
  ).n;
}

export async function insertHold(trx: Transaction<DB>, v: { childId: string | null; reportId: string | null; reason: string; by: string; at: Date }) {
  return (
    await trx
      .insertInto('retention_holds')
      .values({ child_id: v.childId, report_id: v.reportId, reason: v.reason, placed_by: v.by, placed_at: v.at })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

const holdColumns = [
  'h.id',
  'h.child_id',
  'h.report_id',
  'h.reason',
  'h.placed_at',
  'h.released_at',
  'ch.child_code',
  'r.reference as report_reference',
  'p.full_name as placed_by_name',
] as const;

export async function listHolds(db: Db, active: boolean | undefined) {
  let q = db
    .selectFrom('retention_holds as h')
    .leftJoin('children as ch', 'ch.id', 'h.child_id')
    .leftJoin('incident_reports as r', 'r.id', 'h.report_id')
    .innerJoin('users as p', 'p.id', 'h.placed_by')
    .select(holdColumns)
    .orderBy('h.placed_at', 'desc')
    .orderBy('h.id')
    .limit(500);
  if (active !== undefined) q = q.where('h.released_at', active ? 'is' : 'is not', null);
  return q.execute();
}

export async function findHold(db: Db, id: string) {
  return db
    .selectFrom('retention_holds as h')
    .leftJoin('children as ch', 'ch.id', 'h.child_id')
    .leftJoin('incident_reports as r', 'r.id', 'h.report_id')
    .innerJoin('users as p', 'p.id', 'h.placed_by')
    .select(holdColumns)
    .where('h.id', '=', id)
    .executeTakeFirst();
}

export async function releaseHold(trx: Transaction<DB>, id: string, by: string, at: Date): Promise<boolean> {
  const r = await trx
    .updateTable('retention_holds')
    .set({ released_by: by, released_at: at })
    .where('id', '=', id)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
