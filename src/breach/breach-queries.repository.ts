import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.js';

// SQL of the breach questions. Each is one range of an index on the audit
// (migrations/0041): entity_id for a child's records, with the GIN index on
// the ids a list showed (0027); (actor_id, at) for a user's period; (ip, seq)
// for an address. Pages are keyset on seq, newest first.

type Period = { from?: Date; to?: Date; before?: number; limit: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The child and the ids of every record of theirs the audit can name. */
export async function childRecordIds(db: Kysely<DB>, childId: string): Promise<{ childCode: string; ids: string[] } | null> {
  const child = await db.selectFrom('children').select(['id', 'child_code']).where('id', '=', childId).executeTakeFirst();
  if (!child) return null;
  const { rows } = await sql<{ id: string }>`
    with c as (select id from cases where child_id = ${childId})
    select id::text as id from c
    union all select id::text from incident_reports where child_id = ${childId} or case_id in (select id from c)
    union all select id::text from referrals where case_id in (select id from c)
    union all select id::text from visit_tasks where case_id in (select id from c)`.execute(db);
  return { childCode: child.child_code, ids: [...new Set([childId, ...rows.map((r) => r.id)])] };
}

export async function childOfCase(db: Kysely<DB>, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('cases').select('child_id').where('id', '=', caseId).executeTakeFirst();
  return row?.child_id ?? null;
}

function entries(db: Kysely<DB>) {
  return db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.seq',
      'a.at',
      'a.actor_id as actorId',
      'u.username',
      'u.full_name as fullName',
      'a.actor_role as actorRole',
      'a.ip',
      'a.action',
      'a.entity_type as entityType',
      'a.entity_id as entityId',
      'a.fields',
      'a.outcome',
      sql<number>`coalesce(jsonb_array_length(case when jsonb_typeof(a.details -> 'ids') = 'array' then a.details -> 'ids' end), 0)`.as('listed'),
    ]);
}

type Where = (eb: ExpressionBuilder<DB & { a: DB['audit_events'] }, 'a'>) => Expression<SqlBool>;

async function page(db: Kysely<DB>, where: Where, p: Period) {
  let q = entries(db).where(where);
  if (p.from !== undefined) q = q.where('a.at', '>=', p.from);
  if (p.to !== undefined) q = q.where('a.at', '<=', p.to);
  if (p.before !== undefined) q = q.where('a.seq', '<', p.before);
  const rows = await q
    .orderBy('a.seq', 'desc')
    .limit(p.limit + 1)
    .execute();
  const more = rows.length > p.limit;
  const items = more ? rows.slice(0, p.limit) : rows;
  return { items, nextBefore: more ? Number(items[items.length - 1]!.seq) : null };
}

export type EntryRow = Awaited<ReturnType<typeof page>>['items'][number];

/** Entries about any of these records, or lists that showed one of them. */
const aboutAny =
  (ids: string[]): Where =>
  (eb) =>
    eb.or([eb('a.entity_id', '=', sql<string>`any(${ids}::text[])`), sql<SqlBool>`a.details -> 'ids' ?| ${ids}::text[]`]);

export function childEntries(db: Kysely<DB>, ids: string[], p: Period) {
  return page(db, aboutAny(ids), p);
}

/** Who read or changed these records in the period: one row per person. */
export async function childReaders(db: Kysely<DB>, ids: string[], p: Pick<Period, 'from' | 'to'>) {
  let q = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where(aboutAny(ids))
    .select(['a.actor_id as actorId', 'u.username', 'u.full_name as fullName', 'a.actor_role as actorRole'])
    .select((eb) => [eb.fn.countAll<number>().as('entries'), eb.fn.max('a.at').as('last')])
    .groupBy(['a.actor_id', 'u.username', 'u.full_name', 'a.actor_role']);
  if (p.from !== undefined) q = q.where('a.at', '>=', p.from);
  if (p.to !== undefined) q = q.where('a.at', '<=', p.to);
  return q.orderBy('last', 'desc').execute();
}

export function userEntries(db: Kysely<DB>, userId: string, p: Period) {
  return page(db, (eb) => eb('a.actor_id', '=', userId), p);
}

/** What a user did in the period, in figures: entries, distinct records, records listed, field groups. */
export async function userSummary(db: Kysely<DB>, userId: string, p: Pick<Period, 'from' | 'to'>) {
  const from = p.from ?? new Date(0);
  const to = p.to ?? new Date('9999-12-31T00:00:00Z');
  const { rows } = await sql<{ entries: number; records: number; listed: number }>`
    select count(*)::int as entries, count(distinct entity_id)::int as records,
           coalesce(sum(case when jsonb_typeof(details -> 'ids') = 'array' then jsonb_array_length(details -> 'ids') end), 0)::int as listed
    from audit_events where actor_id = ${userId} and at >= ${from} and at <= ${to}`.execute(db);
  const groups = await sql<{ field: string; entries: number }>`
    select f as field, count(*)::int as entries
    from audit_events, unnest(fields) as f
    where actor_id = ${userId} and at >= ${from} and at <= ${to}
    group by f order by entries desc, f limit 100`.execute(db);
  return { ...rows[0]!, fieldGroups: groups.rows };
}

export function addressEntries(db: Kysely<DB>, ip: string, p: Period) {
  return page(db, (eb) => eb('a.ip', '=', ip), p);
}

export async function addressUsers(db: Kysely<DB>, ip: string, p: Pick<Period, 'from' | 'to'>) {
  let q = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where('a.ip', '=', ip)
    .select(['a.actor_id as actorId', 'u.username', 'u.full_name as fullName'])
    .select((eb) => eb.fn.countAll<number>().as('entries'))
    .groupBy(['a.actor_id', 'u.username', 'u.full_name']);
  if (p.from !== undefined) q = q.where('a.at', '>=', p.from);
  if (p.to !== undefined) q = q.where('a.at', '<=', p.to);
  return q.orderBy('entries', 'desc').limit(200).execute();
}

/** The child each case, report or child entry on a page belongs to. */
export async function childrenOfRecords(db: Kysely<DB>, rows: { entityType: string | null; entityId: string | null }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ofType = (t: string) => [...new Set(rows.filter((r) => r.entityType === t && r.entityId && UUID.test(r.entityId)).map((r) => r.entityId!))];
  for (const id of ofType('child')) out.set(id, id);
  const cases = ofType('case');
  if (cases.length > 0) {
    for (const r of await db.selectFrom('cases').select(['id', 'child_id']).where('id', 'in', cases).execute()) out.set(r.id, r.child_id);
  }
  const reports = ofType('incident_report');
  if (reports.length > 0) {
    const found = await db.selectFrom('incident_reports').select(['id', 'child_id']).where('id', 'in', reports).where('child_id', 'is not', null).execute();
    for (const r of found) out.set(r.id, r.child_id!);
  }
  return out;
}
