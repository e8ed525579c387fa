import { lineageOf, placeNameQuery, type PlaceNameQuery } from '../places/place-name.js';

// Finds the village a row of a district's list means, with the spelling-blind
// keys of place search (src/places/place-name.ts): the exact name first, then
// the same key (r/l, numerals, doubled letters), then the same skeleton
// (vowels dropped), narrowed by the cell, sector and district the row gives.
// The places come from the importer's jurisdiction only, held in memory for
// the file (a district is about 600 places, the whole map 17,000).

export type MapPlace = { id: string; name: string; level: number; searchName: string; searchKey: string | null; searchSkeleton: string | null };

export type VillageWanted = { village: string; cell?: string | null; sector?: string | null; district?: string | null };

export type VillageMatch = { kind: 'found'; village: MapPlace } | { kind: 'ambiguous'; candidates: MapPlace[] } | { kind: 'unknown' };

const ANCESTOR_LEVELS = [
  ['district', 2],
  ['sector', 3],
  ['cell', 4],
] as const;

/** 0 the exact name, 1 the same key, 2 the same skeleton; null for no match. */
function nameRank(p: MapPlace, q: PlaceNameQuery): number | null {
  if (q.variants.includes(p.searchName)) return 0;
  if (p.searchKey === q.key) return 1;
  if (p.searchSkeleton === q.skeleton) return 2;
  return null;
}

const CODE_LENGTH: Record<number, number> = { 2: 2, 3: 4, 4: 6 };
const MAX_SUGGESTED = 200;

export class VillageMatcher {
  private readonly byId: Map<string, MapPlace>;
  private readonly villages: MapPlace[];

  constructor(places: MapPlace[]) {
    this.byId = new Map(places.map((p) => [p.id, p]));
    this.villages = places.filter((p) => p.level === 5);
  }

  match(wanted: VillageWanted): VillageMatch {
    const name = placeNameQuery(wanted.village);
    if (!name) return { kind: 'unknown' };
    const ancestors = ANCESTOR_LEVELS.flatMap(([field, level]) => {
      const q = wanted[field] ? placeNameQuery(wanted[field]) : null;
      return q ? [{ level, q }] : [];
    });
    let best: { p: MapPlace; order: number }[] = [];
    let bestOrder = Infinity;
    for (const p of this.villages) {
      const rank = nameRank(p, name);
      if (rank === null) continue;
      let order = rank * 10;
      let fits = true;
      for (const a of ancestors) {
        const ancestor = this.byId.get(p.id.slice(0, CODE_LENGTH[a.level]));
        const r = ancestor ? nameRank(ancestor, a.q) : null;
        if (r === null) {
          fits = false;
          break;
        }
        order += r;
      }
      if (!fits || order > bestOrder) continue;
      if (order < bestOrder) {
        best = [];
        bestOrder = order;
      }
      best.push({ p, order });
    }
    if (best.length === 0) return { kind: 'unknown' };
    if (best.length === 1) return { kind: 'found', village: best[0]!.p };
    return { kind: 'ambiguous', candidates: best.map((b) => b.p).sort((a, b) => (a.id < b.id ? -1 : 1)) };
  }

  private readonly suggested = new Map<string, Promise<{ id: string; path: string }[]>>();

  /**
   * The places an unknown name may mean, found by `find` (a search of the
   * map) once per distinct name and ancestors, and for the first
   * MAX_SUGGESTED names only: a file of a wrong district is not thousands of searches.
   */
  suggest(wanted: VillageWanted, find: () => Promise<{ id: string; path: string }[]>): Promise<{ id: string; path: string }[]> {
    const key = [wanted.village, wanted.cell, wanted.sector, wanted.district].map((x) => (x ? (placeNameQuery(x)?.key ?? '') : '')).join('|');
    const known = this.suggested.get(key);
    if (known) return known;
    if (this.suggested.size >= MAX_SUGGESTED) return Promise.resolve([]);
    const found = find();
    this.suggested.set(key, found);
    return found;
  }

  /** "Western Province › Nyabihu › Shyira › Shaki › Kabuga": the place from its province down. */
  pathOf(id: string): string {
    return lineageOf(id)
      .slice(1)
      .map((c) => this.byId.get(c)?.name ?? c)
      .join(' › ');
  }
}
