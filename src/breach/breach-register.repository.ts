import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { BreachKind } from '../db/tables/breach-retention.js';

// SQL of the breach register.

const columns = [
  'b.id',
  'b.reference',
  'b.found_at',
  'b.recorded_at',
  'b.recorded_by',
  'u.full_name as recorded_by_name',
  'b.kind',
  'b.summary',
  'b.child_ids',
  'b.user_ids',
  'b.addresses',
  'b.notice_due_at',
  'b.notice_sent_at',
  'b.notice_reference',
  'b.report_due_at',
  'b.report_sent_at',
  'b.report_reference',
  'b.escalation_level',
  'b.last_escalated_at',
  'b.closed_at',
] as const;

function select(db: Kysely<DB>) {
  return db
    .selectFrom('breaches as b')
    .innerJoin('users as u', 'u.id', 'b.recorded_by')
    .select([...columns]);
}

export type BreachRow = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;

export async function insertBreach(
  trx: Transaction<DB>,
  b: {
    foundAt: Date;
    recordedBy: string;
    at: Date;
    kind: BreachKind;
    summary: string;
    childIds: string[];
    userIds: string[];
    addresses: string[];
    noticeDueAt: Date;
    reportDueAt: Date;
  },
): Promise<string> {
  // BR-<year>-<n>: the year's count, under a lock so two recordings do not take one number.
  await sql`lock table breaches in share row exclusive mode`.execute(trx);
  const year = b.at.getUTCFullYear();
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from breaches where reference like ${`BR-${year}-%`}`.execute(trx);
  const reference = `BR-${year}-${String(rows[0]!.n + 1).padStart(4, '0')}`;
  const row = await trx
    .insertInto('breaches')
    .values({
      reference,
      found_at: b.foundAt,
      recorded_by: b.recordedBy,
      recorded_at: b.at,
      kind: b.kind,
      summary: b.summary,
      child_ids: b.childIds,
      user_ids: b.userIds,
      addresses: b.addresses,
      notice_due_at: b.noticeDueAt,
      report_due_at: b.reportDueAt,
      updated_at: b.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findBreach(db: Kysely<DB>, id: string) {
  return select(db).where('b.id', '=', id).executeTakeFirst();
}

export function listBreaches(db: Kysely<DB>, open?: boolean) {
  let q = select(db);
  if (open === true) q = q.where('b.closed_at', 'is', null);
  if (open === false) q = q.where('b.closed_at', 'is not', null);
  return q.orderBy('b.found_at', 'desc').limit(500).execute();
}

export async function lockBreach(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('breaches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function recordStep(trx: Transaction<DB>, id: string, step: 'notice' | 'report', sentAt: Date, reference: string, at: Date) {
  const values =
    step === 'notice'
      ? { notice_sent_at: sentAt, notice_reference: reference, updated_at: at }
      : { report_sent_at: sentAt, report_reference: reference, updated_at: at, closed_at: at };
  await trx.updateTable('breaches').set(values).where('id', '=', id).execute();
}

/** Open breaches whose notice or report is due and not sent. */
export async function breachesOverdue(db: Kysely<DB>, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('breaches')
    .select('id')
    .where('closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('notice_sent_at', 'is', null), eb('notice_due_at', '<=', now)]),
        eb.and([eb('report_sent_at', 'is', null), eb('report_due_at', '<=', now)]),
      ]),
    )
    .orderBy('found_at')
    .limit(500)
    .execute();
  return rows.map((r) => r.id);
}

export async function recordBreachEscalation(trx: Transaction<DB>, id: string, level: number, at: Date) {
  await trx.updateTable('breaches').set({ escalation_level: level, last_escalated_at: at, updated_at: at }).where('id', '=', id).execute();
}

/** Who hears of an overdue breach deadline at a level: the data protection officers, then NCDA officers and administrators. */
export async function breachRecipients(trx: Transaction<DB>, level: number): Promise<{ id: string; phone: string | null }[]> {
  const roles = level <= 1 ? ['dpo'] : ['dpo', 'ncda_officer', 'sysadmin'];
  return trx
    .selectFrom('users')
    .select(['id', 'phone'])
    .where('active', '=', true)
    .where('role', 'in', roles as never[])
    .execute();
}
