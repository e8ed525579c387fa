import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB, PlacesTable } from '../db/schema.js';
import { NATIONAL_PLACE_ID } from './place-name.js';

// SQL for the map only. The map is the same for every user (it holds no
// personal data), so these queries carry no scope filter.

export type PlaceRef = { id: string; name: string; level: number };

/** The given places by code, in one query (a place's lineage, or the ancestors of many). */
export async function findPlacesByIds(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('places').select(['id', 'name', 'level', 'parent_id as parentId']).where('id', 'in', ids).execute();
}

export async function placeExists(db: Kysely<DB>, id: string): Promise<boolean> {
  const row = await db.selectFrom('places').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** A place's children with how many children each has, in name order. */
export async function findChildren(db: Kysely<DB>, parentId: string) {
  return (
    db
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
      .execute()
  );
}

/** One name a search looks for (see placeNameQuery in place-name.ts). */
type NameMatch = { variants: string[]; key: string; skeleton: string };

type PlaceSearch = NameMatch & {
  level?: number;
  within?: string;
  limit: number;
  /** Names the place's ancestors must carry, each matched by one of them ("Kabuga, Shaki"). */
  ancestors?: (NameMatch & { level?: number })[];
  /** The searcher's jurisdiction: places inside it, or containing it, rank before others. */
  near?: string;
};

/** Code length of each level (country … village). */
const CODE_LENGTH = [2, 1, 2, 4, 6, 8];

/**
 * Name search, ranked: how well the name matches (0 the exact name, 1 the same
 * spelling-blind key, 2 a name starting with the query, 3 the same skeleton,
 * 4 a similar spelling by trigrams), then how well the ancestors named match,
 * then places inside (or containing) the searcher's jurisdiction, then the
 * higher level ("Gasabo" the district before the villages of that name), then
 * trigram similarity. Key and skeleton are answered by their b-tree indexes,
 * prefix and similarity (above pg_trgm.similarity_threshold, 0.3 by default)
 * by the trigram index (places_search_trgm_idx).
 */
export function placeSearchQuery(db: Kysely<DB>, search: PlaceSearch) {
  const { variants, key, skeleton } = search;
  const anyOf = (vs: string[], f: (v: string) => ReturnType<typeof sql>) => sql.join(vs.map(f), sql` or `);
  const exact = anyOf(variants, (v) => sql`p.search_name = ${v}`);
  const prefix = anyOf(variants, (v) => sql`p.search_name like ${v + '%'}`);
  const similar = anyOf(variants, (v) => sql`p.search_name % ${v}`);
  const similarity = sql.join(variants.map((v) => sql`similarity(p.search_name, ${v})`));
  const ancestorRanks = (search.ancestors ?? []).map((a) => {
    // The ancestor codes of p: its code cut at the given level, or at every level above its own.
    const codes =
      a.level !== undefined
        ? sql`a.id = left(p.id, ${CODE_LENGTH[a.level]!}) and a.level = ${a.level}`
        : sql`a.id in (left(p.id, 1), left(p.id, 2), left(p.id, 4), left(p.id, 6)) and a.level < p.level`;
    const match = anyOf(a.variants, (v) => sql`a.search_name % ${v}`);
    return sql<number | null>`(select min(case when a.search_key = ${a.key} then 0 when a.search_skeleton = ${a.skeleton} then 1 else 2 end)
      from places a where ${codes} and (a.search_key = ${a.key} or a.search_skeleton = ${a.skeleton} or ${match}))`;
  });
  const ancestorRank = ancestorRanks.length ? sql<number>`(${sql.join(ancestorRanks, sql` + `)})` : sql<number>`0`;
  const near = search.near;
  const nearness =
    near === undefined || near === NATIONAL_PLACE_ID
      ? sql<number>`0`
      : sql<number>`case when p.id like ${near + '%'} or ${near} like p.id || '%' then 0 else 1 end`;
  let query = db
    .selectFrom('places as p')
    .select([
      'p.id',
      'p.name',
      'p.level',
      sql<number>`case when ${exact} then 0 when p.search_key = ${key} then 1 when ${prefix} then 2
        when p.search_skeleton = ${skeleton} then 3 else 4 end`.as('rank'),
      ancestorRank.as('ancestorRank'),
      nearness.as('nearness'),
      sql<number>`greatest(${similarity})`.as('score'),
    ])
    .where(sql<boolean>`(p.search_key = ${key} or p.search_skeleton = ${skeleton} or ${prefix} or ${similar})`);
  if (ancestorRanks.length) query = query.where(sql<boolean>`${ancestorRank} is not null`);
  if (search.level !== undefined) query = query.where('p.level', '=', search.level);
  // Place codes are digits, so the subtree prefix needs no escaping.
  if (search.within !== undefined) query = query.where('p.id', 'like', search.within + '%');
  return query
    .orderBy('rank')
    .orderBy('ancestorRank')
    .orderBy('nearness')
    .orderBy('p.level')
    .orderBy('score', 'desc')
    .orderBy(sql`p.search_name collate "C"`)
    .orderBy('p.id')
    .limit(search.limit);
}

export type RankedPlace = Awaited<ReturnType<ReturnType<typeof placeSearchQuery>['execute']>>[number];

export async function searchPlaces(db: Kysely<DB>, search: PlaceSearch) {
  return placeSearchQuery(db, search).execute();
}

/** Places whose search keys are not filled in yet (a map loaded before migrations/0031). */
export async function findPlacesWithoutKeys(db: Kysely<DB>) {
  return db.selectFrom('places').select(['id', 'name']).where('search_key', 'is', null).execute();
}

export async function setPlaceKeys(trx: Transaction<DB>, keys: { id: string; search_key: string; search_skeleton: string }[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 2000) {
    const chunk = keys.slice(i, i + 2000);
    const rows = sql.join(chunk.map((k) => sql`(${k.id}, ${k.search_key}, ${k.search_skeleton})`));
    await sql`update places set search_key = v.k, search_skeleton = v.s from (values ${rows}) as v(id, k, s) where places.id = v.id`.execute(trx);
  }
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
  return (
    await db
      .selectFrom('places')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

/** Servers starting together on an empty database take turns here (until the transaction ends). */
export async function lockMapLoad(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${MAP_LOAD_LOCK})`.execute(trx);
}

/** Inserts places in chunks, in the order given (parents before children). */
export async function insertPlaces(trx: Transaction<DB>, values: Insertable<PlacesTable>[]): Promise<void> {
  for (let i = 0; i < values.length; i += 2000) {
    await trx
      .insertInto('places')
      .values(values.slice(i, i + 2000))
      .execute();
  }
}
