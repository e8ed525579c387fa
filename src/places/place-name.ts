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
type PlaceLevel = (typeof PLACE_LEVELS)[number];

export function levelName(level: number): PlaceLevel {
  const name = PLACE_LEVELS[level];
  if (!name) throw new Error(`no place level ${level}`);
  return name;
}

/** The district code of a place code (codes start with their ancestors' codes). */
export function districtOf(placeId: string): string | null {
  return placeId !== NATIONAL_PLACE_ID && placeId.length >= 2 ? placeId.slice(0, 2) : null;
}

// Names carry numerals both ways ("Rweru II", "Kamonyi 2"): a query may use
// either form. Only 1–10 occur in the official lists.
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/**
 * The normalised forms a search query stands for: the query itself and, when
 * a word after the first is a numeral, the same with Arabic and Roman numerals
 * swapped ("rweru 2" also searches "rweru ii"). Empty when nothing searchable is left.
 */
export function placeSearchVariants(query: string): string[] {
  const normalised = normalisePlaceName(query);
  if (!normalised) return [];
  const words = normalised.split(' ');
  const swapped = words.map((w, i) => {
    if (i === 0) return w;
    const roman = ROMAN.indexOf(w);
    if (roman >= 0) return String(roman + 1);
    const n = /^\d+$/.test(w) ? Number(w) : 0;
    return n >= 1 && n <= ROMAN.length ? ROMAN[n - 1]! : w;
  });
  const other = swapped.join(' ');
  return other === normalised ? [normalised] : [normalised, other];
}

/** Length of a place code at each level below the root (province 1 … village 8). */
const CODE_LENGTHS = [1, 2, 4, 6, 8];

/** Codes of a place and all its ancestors, root first: '570105' → RW, 5, 57, 5701, 570105. */
export function lineageOf(placeId: string): string[] {
  if (placeId === NATIONAL_PLACE_ID) return [NATIONAL_PLACE_ID];
  return [NATIONAL_PLACE_ID, ...CODE_LENGTHS.filter((n) => n <= placeId.length).map((n) => placeId.slice(0, n))];
}

/** A place code's form: 'RW', or a province digit 1–5 followed by 0, 1, 3, 5 or 7 digits. */
export const PLACE_ID_PATTERN = /^(RW|[1-5](\d{1}|\d{3}|\d{5}|\d{7})?)$/;

/**
 * The spelling-blind key of a place name, stored in places.search_key
 * (migrations/0031): the normalised name with numerals after the first word
 * as digits ("Rweru II", "Rweru Ii", "Rweru 2" → "lwelu2"), no spaces, r and
 * l as one letter (Kinyarwanda writes either for the same sound) and repeated
 * letters collapsed ("Rweeru" → "lwelu"). A name with nothing but
 * punctuation keys as itself, so no non-blank name has an empty key.
 */
export function placeSearchKey(name: string): string {
  const normalised = normalisePlaceName(name);
  if (!normalised) return name.normalize('NFKD').toLowerCase().replace(/\s+/g, ' ').trim();
  const words = normalised.split(' ').map((w, i) => {
    const roman = i === 0 ? -1 : ROMAN.indexOf(w);
    return roman >= 0 ? String(roman + 1) : w;
  });
  return collapseRepeats(words.join('').replace(/r/g, 'l'));
}

/**
 * The key without its vowels after the first letter, in places.search_skeleton:
 * finds a name typed with vowels dropped or changed ("Nyrgng", "Kacyru").
 * A key of vowels only is its own skeleton.
 */
export function placeSearchSkeleton(name: string): string {
  const key = placeSearchKey(name);
  const skeleton = collapseRepeats(key.slice(0, 1) + key.slice(1).replace(/[aeiou]/g, ''));
  return skeleton || key;
}

const collapseRepeats = (s: string) => s.replace(/(.)\1+/g, '$1');

/** One name a search looks for: its normalised forms, its key and its skeleton. */
export type PlaceNameQuery = { variants: string[]; key: string; skeleton: string };

export function placeNameQuery(text: string): PlaceNameQuery | null {
  const variants = placeSearchVariants(text);
  if (variants.length === 0) return null;
  return { variants, key: placeSearchKey(text), skeleton: placeSearchSkeleton(text) };
}

/**
 * What a search query may mean. "Kabuga, Shaki": the village Kabuga inside a
 * place named Shaki (each part after a comma names an ancestor). Without a
 * comma, "Kabuga Shaki" is read both as one name and as a name followed by
 * an ancestor's name (the last words), so a common village name is found by
 * adding its cell or sector. The first reading is the preferred one.
 */
export type PlaceQueryReading = { name: PlaceNameQuery; ancestors: PlaceNameQuery[] };

export function placeQueryReadings(query: string): PlaceQueryReading[] {
  const parts = query
    .split(',')
    .map((p) => p.trim())
    .filter((p) => normalisePlaceName(p) !== '');
  if (parts.length === 0) return [];
  const [first, ...rest] = parts.map(placeNameQuery) as PlaceNameQuery[];
  if (rest.length > 0) return [{ name: first!, ancestors: rest }];
  const readings: PlaceQueryReading[] = [{ name: first!, ancestors: [] }];
  const words = normalisePlaceName(parts[0]!).split(' ');
  // The last word(s) as an ancestor: a real name (3+ letters), not a numeral ("Rweru II").
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const tail = words.slice(cut).join(' ');
    if (!/[a-z]{3,}/.test(tail) || ROMAN.includes(tail)) continue;
    readings.push({ name: placeNameQuery(words.slice(0, cut).join(' '))!, ancestors: [placeNameQuery(tail)!] });
  }
  return readings;
}
