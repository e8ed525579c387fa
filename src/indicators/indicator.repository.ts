import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { NATIONAL_PLACE_ID } from '../places/place-name.js';
import type { Disaggregation } from './indicator-registry.js';

// The SQL of the indicators. Each reader filters by the place node (the
// nation, a province, a district or a sector) and groups by one
// disaggregation (its key; '' when none). The kept counts are read from
// indicator_counts; `raw` reads the same figures aggregated from the records
// (the view indicator_counts_live), for the benchmark's baseline and checks.

/** A figure's sums for one key: n events (or rows), and the sum of their values. */
export type KeyedSum = { indicator: string; key: string; n: number; total: number };

/** How a node filters rows with a district column and a sector column. */
function placeFilter(placeId: string, district: string, sector: string): RawBuilder<boolean> {
  const d = sql.ref(district);
  if (placeId === NATIONAL_PLACE_ID) return sql<boolean>`true`;
  if (placeId.length === 1) return sql<boolean>`${d} like ${placeId + '%'}`;
  if (placeId.length === 2) return sql<boolean>`${d} = ${placeId}`;
  return sql<boolean>`(${d} = ${placeId.slice(0, 2)} and ${sql.ref(sector)} = ${placeId})`;
}

/** The key of the 'place' breakdown: the node's children (a province, a district, a sector). */
function placeKey(placeId: string, district: string, sector: string): RawBuilder<string> {
  const d = sql.ref(district);
  if (placeId === NATIONAL_PLACE_ID) return sql<string>`left(${d}, 1)`;
  if (placeId.length === 1) return sql<string>`${d}`;
  return sql<string>`${sql.ref(sector)}`;
}

/** The group key of a disaggregation over a table with the kept columns (alias f). */
function keyOf(by: Disaggregation | null, placeId: string, opts: { monthColumn?: string; caseType?: string } = {}): RawBuilder<string> {
  switch (by) {
    case null:
      return sql<string>`''`;
    case 'place':
      return placeKey(placeId, 'f.district_id', 'f.sector_id');
    case 'month':
      return opts.monthColumn ? sql<string>`to_char(${sql.ref(opts.monthColumn)}, 'YYYY-MM')` : sql<string>`''`;
    case 'tier':
      return sql<string>`f.tier::text`;
    case 'case_type':
      return sql<string>`${sql.ref(opts.caseType ?? 'f.case_type')}`;
    case 'sex':
    case 'age_band':
    case 'disability':
    case 'refugee_status':
    case 'relationship':
    case 'detail':
      return sql<string>`${sql.ref(`f.${by}`)}`;
  }
}

/**
 * Where a figure is read from: the kept counts (false), the events of the
 * per-record fact rows summed as the query runs ('facts'), or the records
 * themselves (indicator_counts_live, 'records').
 */
export type RawSource = false | 'facts' | 'records';

const EVENTS_OF_FACTS = sql`(
  select e->>'i' as indicator, (e->>'m')::date as month, f.district_id, f.sector_id, f.tier, t.case_type, f.sex, f.age_band, f.disability,
    f.refugee_status, f.relationship, e->>'d' as detail, 1 as n, (e->>'v')::numeric as total
  from indicator_facts f
  cross join lateral jsonb_array_elements(f.contributions) e
  cross join lateral (select '*'::text as case_type union select distinct unnest(f.case_types)) t)`;

/**
 * The kept events of some indicators over some months under a node, by one
 * disaggregation. One grouped query for every panel of a dashboard. `raw`
 * reads the same from the records (indicator_counts_live).
 */
export async function countEvents(
  db: Db,
  q: { events: string[]; months: string[]; placeId: string; by: Disaggregation | null; raw?: RawSource },
): Promise<KeyedSum[]> {
  if (!q.events.length) return [];
  const table = q.raw === 'records' ? sql.table('indicator_counts_live') : q.raw === 'facts' ? EVENTS_OF_FACTS : sql.table('indicator_counts');
  const key = keyOf(q.by, q.placeId, { monthColumn: 'f.month' });
  const caseType = q.by === 'case_type' ? sql`f.case_type <> '*'` : sql`f.case_type = '*'`;
  const { rows } = await sql<KeyedSum>`
    select f.indicator, ${key} as key, sum(f.n)::int as n, sum(f.total)::float8 as total
    from ${table} f
    where f.indicator in (${sql.join(q.events)}) and f.month in (${sql.join(q.months.map((m) => sql`${m}::date`))})
      and ${caseType} and ${placeFilter(q.placeId, 'f.district_id', 'f.sector_id')}
    group by 1, 2`.execute(db);
  return rows;
}

/** Open cases under a node, and those whose current plan's review date is today or later (Kigali). */
export async function openCasePlans(
  db: Db,
  q: { placeId: string; by: Disaggregation | null; today: string; raw?: RawSource },
): Promise<{ key: string; open: number; upToDate: number }[]> {
  const source = q.raw === 'records' ? sql`(select * from indicator_facts_live)` : sql.table('indicator_facts');
  const types = q.by === 'case_type' ? sql`cross join lateral unnest(f.case_types) t(case_type)` : sql``;
  const key = keyOf(q.by === 'month' ? null : q.by, q.placeId, { caseType: 't.case_type' });
  const { rows } = await sql<{ key: string; open: number; upToDate: number }>`
    select ${key} as key, count(*)::int as open, (count(*) filter (where f.plan_review_date >= ${q.today}::date))::int as "upToDate"
    from ${source} f ${types}
    where f.subject = 'case' and f.open and ${placeFilter(q.placeId, 'f.district_id', 'f.sector_id')}
    group by 1`.execute(db);
  return rows;
}

/** Open deadlines past due under a node (district level and above: a deadline knows its district only). */
export async function overdueDeadlines(db: Db, q: { placeId: string; by: Disaggregation | null; now: Date }): Promise<{ key: string; n: number }[]> {
  const key =
    q.by === 'place'
      ? q.placeId === NATIONAL_PLACE_ID
        ? sql<string>`left(f.district_id, 1)`
        : sql<string>`f.district_id`
      : q.by === 'tier'
        ? sql<string>`coalesce(f.tier, 0)::text`
        : q.by === 'detail'
          ? sql<string>`f.kind`
          : sql<string>`''`;
  const place =
    q.placeId === NATIONAL_PLACE_ID ? sql`true` : q.placeId.length === 1 ? sql`f.district_id like ${q.placeId + '%'}` : sql`f.district_id = ${q.placeId}`;
  const { rows } = await sql<{ key: string; n: number }>`
    select ${key} as key, count(*)::int as n
    from deadlines f
    where f.met_at is null and f.due_at < ${q.now} and ${place}
    group by 1`.execute(db);
  return rows;
}

/** Scored files of the audits of some periods under a node, and those meeting the standards. */
export async function auditedFiles(
  db: Db,
  q: { placeId: string; periods: string[]; by: Disaggregation | null },
): Promise<{ key: string; scored: number; meeting: number }[]> {
  const key = q.by === 'place' ? (q.placeId === NATIONAL_PLACE_ID ? sql<string>`left(a.district_id, 1)` : sql<string>`a.district_id`) : sql<string>`''`;
  const place =
    q.placeId === NATIONAL_PLACE_ID ? sql`true` : q.placeId.length === 1 ? sql`a.district_id like ${q.placeId + '%'}` : sql`a.district_id = ${q.placeId}`;
  const { rows } = await sql<{ key: string; scored: number; meeting: number }>`
    select ${key} as key, (count(*) filter (where i.scored_at is not null))::int as scored, (count(*) filter (where i.meets_standards))::int as meeting
    from file_audits a join file_audit_items i on i.audit_id = a.id
    where a.period in (${sql.join(q.periods)}) and ${place}
    group by 1`.execute(db);
  return rows;
}

/** A place as the API names it, or undefined. */
export async function findPlace(db: Db, placeId: string) {
  return db.selectFrom('places').select(['id', 'name', 'level']).where('id', '=', placeId).executeTakeFirst();
}

/** Names of places, for the 'place' breakdown's labels. */
export async function placeNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('places').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
