import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Database } from '../db/database.js';
import { projectPath } from '../project-root.js';
import { districtOf, NATIONAL_PLACE_ID, normalisePlaceName, placeSearchKey, placeSearchSkeleton } from './place-name.js';
import { countPlaces, findPlacesWithoutKeys, insertPlaces, lockMapLoad, prepareMapSearch, setPlaceKeys } from './place.repository.js';

const csvPath = projectPath('src/places/data/places.csv');

type PlaceCsvRow = { code: string; parent_code: string; level: string; name: string };

/**
 * Loads the map of Rwanda (5 provinces → 14,837 villages) from the committed
 * code list, once. Existing codes are never changed; a later official list is
 * mapped onto these codes, not renumbered.
 */
export async function loadMap(database: Database): Promise<number> {
  const { db } = database;
  if ((await countPlaces(db)) > 0) {
    await fillSearchKeys(database);
    return 0;
  }
  const rows = parse(await readFile(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as PlaceCsvRow[];
  const values = [
    { id: NATIONAL_PLACE_ID, parent_id: null, level: 0, name: 'Rwanda', search_name: 'rwanda', district_id: null, ...keysOf('Rwanda') },
    ...rows.map((r) => ({
      id: r.code,
      parent_id: r.parent_code || NATIONAL_PLACE_ID,
      level: Number(r.level),
      name: r.name,
      search_name: normalisePlaceName(r.name),
      district_id: Number(r.level) >= 2 ? districtOf(r.code) : null,
      ...keysOf(r.name),
    })),
  ];
  const loaded = await db.transaction().execute(async (trx) => {
    // Servers starting together on an empty database: one loads, the others
    // wait for it here and then find the map there.
    await lockMapLoad(trx);
    if ((await countPlaces(trx)) > 0) return false;
    await insertPlaces(trx, values);
    return true;
  });
  if (!loaded) return 0;
  // Without this the planner ignores the fresh trigram index (PGlite has no autovacuum).
  await prepareMapSearch(db);
  return values.length;
}

const keysOf = (name: string) => ({ search_key: placeSearchKey(name), search_skeleton: placeSearchSkeleton(name) });

/** A map loaded before migrations/0031 gets its search keys (once; a no-op when all are there). */
async function fillSearchKeys(database: Database): Promise<void> {
  const missing = await findPlacesWithoutKeys(database.db);
  if (missing.length === 0) return;
  await database.db.transaction().execute((trx) =>
    setPlaceKeys(
      trx,
      missing.map((p) => ({ id: p.id, ...keysOf(p.name) })),
    ),
  );
  await prepareMapSearch(database.db);
}
