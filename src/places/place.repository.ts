import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB, PlacesTable } from '../db/schema.js';

// SQL for the map only. The map is the same for every user (it holds no
// personal data), so these queries carry no scope filter.

export type PlaceRef = { id: string; name: string; level: number };

/** The given places by code, in one query (a place's lineage, or the ancestors of many). */
export async function findPlacesByIds(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('places')
    .select(['id', 'name', 'level', 'parent_id as parentId'])
    .where('id', 'in', ids)
    .execute();
}

export async function placeExists(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db.selectFrom('places').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** A place's children with how many children each has, in name order. */
export async function findChildren(db: Kysely<DB>, parentId: string) {
  return db
    .selectFrom('places as p')
    .select([
      'p.id',
      'p.name',
      'p.level',
      (eb) =>
        eb
          .selectFrom('places as c')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('c.parent_id', '=', 'p.id')
          .as('childCount'),
    ])
    .where('p.parent_id', '=', parentId)
    // search_name in byte order sorts case- and accent-blind, the same on every server.
    .orderBy(sql`p.search_name collate "C"`)
    .orderBy('p.id')
    .execute();
}

type PlaceSearch = {
  /** Normalised forms of the query (see placeSearchVariants); at least one. */
  variants: string[];
  level?: number;
  within?: string;
  limit: number;
};

/**
 * Name search on the trigram index (places_search_trgm_idx): `like 'q%'` and
 * `%` (similarity above pg_trgm.similarity_threshold, 0.3 by default) are both
 * answered by the GIN index. Exact matches rank first, then prefixes, then
 * the most similar.
 */
export function placeSearchQuery(db: Kysely<DB>, search: PlaceSearch) {
  const { variants } = search;
  const anyOf = (f: (v: string) => ReturnType<typeof sql>) => sql.join(variants.map(f), sql` or `);
  const exact = anyOf((v) => sql`p.search_name = ${v}`);
  const prefix = anyOf((v) => sql`p.search_name like ${v + '%'}`);
  const similar = anyOf((v) => sql`p.search_name % ${v}`);
  const similarity = sql.join(variants.map((v) => sql`similarity(p.search_name, ${v})`));
  let query = db
    .selectFrom('places as p')
    .select([
      'p.id',
      'p.name',
      'p.level',
      sql<number>`case when ${exact} then 0 when ${prefix} then 1 else 2 end`.as('rank'),
      sql<number>`greatest(${similarity})`.as('score'),
    ])
    .where(sql<boolean>`(${prefix} or ${similar})`);
  if (search.level !== undefined) query = query.where('p.level', '=', search.level);
  // Place codes are digits, so the subtree prefix needs no escaping.
  if (search.within !== undefined) query = query.where('p.id', 'like', search.within + '%');
  return query
    .orderBy('rank')
    .orderBy('score', 'desc')
    .orderBy(sql`p.search_name collate "C"`)
    .orderBy('p.id')
    .limit(search.limit);
}

export async function searchPlaces(db: Kysely<DB>, search: PlaceSearch) {
  return placeSearchQuery(db, search).execute();
}

/**
 * After the map is bulk-loaded: move the trigram index's pending entries into
 * the index proper and gather statistics. Until then the planner prefers a
 * sequential scan and each search reads the whole pending list. PostgreSQL's
 * autovacuum does this in time; the embedded database has no autovacuum.
 * Safe to run at any time, inside or outside a transaction.
 */
export async function prepareMapSearch(db: Kysely<DB>): Promise<void> {
  await sql`select gin_clean_pending_list('places_search_trgm_idx')`.execute(db);
  await sql`analyze places`.execute(db);
}

// Loading the map (load-map.ts).

const MAP_LOAD_LOCK = 727_004;

export async function countPlaces(db: Kysely<DB>): Promise<number> {
  return (await db.selectFrom('places').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

/** Servers starting together on an empty database take turns here (until the transaction ends). */
export async function lockMapLoad(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${MAP_LOAD_LOCK})`.execute(trx);
}

/** Inserts places in chunks, in the order given (parents before children). */
export async function insertPlaces(trx: Transaction<DB>, values: Insertable<PlacesTable>[]): Promise<void> {
  for (let i = 0; i < values.length; i += 2000) {
    await trx.insertInto('places').values(values.slice(i, i + 2000)).execute();
  }
}
