/**
 * The searchable form of a place name: lower case, accents removed, anything
 * that is not a letter or digit becomes a single space. "Rweru II", "Rweru Ii"
 * and "rweru-ii" all become "rweru ii".
 */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The root of the tree: a national user's jurisdiction. */
export const NATIONAL_PLACE_ID = 'RW';

export const PLACE_LEVELS = ['country', 'province', 'district', 'sector', 'cell', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export function levelName(level: number): PlaceLevel {
  const name = PLACE_LEVELS[level];
  if (!name) throw new Error(`no place level ${level}`);
  return name;
}

/** The district code of a place code (codes start with their ancestors' codes). */
export function districtOf(placeId: string): string | null {
  return placeId !== NATIONAL_PLACE_ID && placeId.length >= 2 ? placeId.slice(0, 2) : null;
}
