import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import type { AppContext } from '../context.js';
import { invalidField, notFound } from '../errors/app-error.js';
import type { Db } from '../db/database.js';
import { levelName, lineageOf, NATIONAL_PLACE_ID, PLACE_LEVELS, placeQueryReadings, type PlaceQueryReading } from './place-name.js';
import { findChildren, findPlacesByIds, placeExists, searchPlaces, type PlaceRef, type RankedPlace } from './place.repository.js';
import type { PlaceSearchQuery } from './place.schemas.js';

// The map of Rwanda is read-only here and the same for every user: it holds
// no personal data, so reads are neither scoped nor audited.

/** The place's path from the root, from rows that hold at least its lineage. */
function pathOf(placeId: string, byId: Map<string, PlaceRef>): PlaceRef[] {
  return lineageOf(placeId).flatMap((id) => {
    const p = byId.get(id);
    return p ? [{ id: p.id, name: p.name, level: p.level }] : [];
  });
}

/** "Rweru II, Ramiro, Gashora, Bugesera, Eastern Province": the place up to its province. */
function labelOf(path: PlaceRef[]): string {
  const named = path.length > 1 ? path.slice(1) : path;
  return named
    .map((p) => p.name)
    .reverse()
    .join(', ');
}

export async function getPlace(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'places:read');
  const rows = await findPlacesByIds(ctx.database.db, lineageOf(id));
  const place = rows.find((r) => r.id === id);
  if (!place) throw notFound('place');
  const path = pathOf(id, new Map(rows.map((r) => [r.id, r])));
  return { id: place.id, name: place.name, level: place.level, levelName: levelName(place.level), parentId: place.parentId, path };
}

export async function listPlaceChildren(ctx: AppContext, actor: Actor, id: string) {
  assertCan(actor, 'places:read');
  const { db } = ctx.database;
  const children = await findChildren(db, id);
  if (children.length === 0 && !(await placeExists(db, id))) throw notFound('place');
  return {
    items: children.map((c) => ({ id: c.id, name: c.name, level: c.level, levelName: levelName(c.level), childCount: c.childCount ?? 0 })),
  };
}

export async function findPlaces(ctx: AppContext, actor: Actor, query: PlaceSearchQuery) {
  assertCan(actor, 'places:read');
  const { db } = ctx.database;
  const readings = placeQueryReadings(query.q);
  if (readings.length === 0) throw invalidField('querystring.q', 'must contain letters or digits');
  const level = typeof query.level === 'string' ? PLACE_LEVELS.indexOf(query.level) : query.level;
  const within = query.within === NATIONAL_PLACE_ID ? undefined : query.within;
  if (within !== undefined && !(await placeExists(db, within))) throw notFound('place');
  const found = await rankedSearch(db, readings, { level, within, limit: query.limit, near: actor.jurisdictionId });
  return { items: await withPaths(db, found) };
}

type SearchOptions = { level?: number; within?: string; limit: number; near?: string };

/**
 * Every reading of the query searched, the results merged in rank order: a
 * place found by several readings keeps its best; on a tie the first reading
 * (the whole query as one name) wins.
 */
export async function rankedSearch(db: Db, readings: PlaceQueryReading[], options: SearchOptions) {
  const results = await Promise.all(readings.map((r) => searchPlaces(db, { ...r.name, ancestors: r.ancestors, ...options })));
  const best = new Map<string, { place: RankedPlace; order: number[] }>();
  results.forEach((rows, reading) => {
    for (const p of rows) {
      const order = [p.rank, p.ancestorRank, p.nearness, p.level, -p.score, reading];
      const seen = best.get(p.id);
      if (!seen || compareOrder(order, seen.order) < 0) best.set(p.id, { place: p, order });
    }
  });
  return [...best.values()]
    .sort((a, b) => compareOrder(a.order, b.order) || (a.place.id < b.place.id ? -1 : 1))
    .slice(0, options.limit)
    .map((b) => b.place);
}

const compareOrder = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** Each place with its path from the root and its label; every ancestor read in one query. */
export async function withPaths(db: Db, found: { id: string; name: string; level: number }[]) {
  // Codes start with their ancestors' codes.
  const lineages = new Set(found.flatMap((p) => lineageOf(p.id)));
  const byId = new Map((await findPlacesByIds(db, [...lineages])).map((r) => [r.id, r]));
  return found.map((p) => {
    const path = pathOf(p.id, byId);
    return { id: p.id, name: p.name, level: p.level, levelName: levelName(p.level), path, label: labelOf(path) };
  });
}

/** Each place's name, level and label, for places named by code (e.g. the volunteers' villages). */
export async function placeLabels(db: Db, ids: string[]): Promise<Map<string, { id: string; name: string; level: number; label: string }>> {
  const lineages = new Set(ids.flatMap((id) => lineageOf(id)));
  const byId = new Map((await findPlacesByIds(db, [...lineages])).map((r) => [r.id, r]));
  const out = new Map<string, { id: string; name: string; level: number; label: string }>();
  for (const id of new Set(ids)) {
    const p = byId.get(id);
    if (p) out.set(id, { id, name: p.name, level: p.level, label: labelOf(pathOf(id, byId)) });
  }
  return out;
}
