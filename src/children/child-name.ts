import { normalisePlaceName } from '../places/place-name.js';

// Names for matching one child to one file (framework step 4: one child, one
// case file). Names are written down by ear, in Kinyarwanda, English and
// French spellings, so a name's search key forgives what varies between
// writers: case, accents and punctuation; doubled letters (Uwasse/Uwase,
// Mugiisha/Mugisha); l and r, which Kinyarwanda does not tell apart
// (Claudine/Kalodine, Alice/Arise); ph and f; a hard c or q and k.

/** Lower case, accents removed, letters and digits in single-spaced words. */
export function normaliseName(name: string): string {
  return normalisePlaceName(name);
}

function wordKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?![eiyh])/g, 'k') // a hard c (Claude, Clementine), not ce/ci or ch
    .replace(/l/g, 'r')
    .replace(/([a-z])\1+/g, '$1');
}

/** The search key of a full name (stored as children.search_name; trigram-indexed). */
export function nameSearchKey(...parts: (string | null | undefined)[]): string {
  return normaliseName(parts.filter(Boolean).join(' ')).split(' ').filter(Boolean).map(wordKey).join(' ');
}

/** The same words in any order (given and family names are often swapped). */
export function sameWords(a: string, b: string): boolean {
  const sorted = (s: string) => s.split(' ').filter(Boolean).sort().join(' ');
  return sorted(a) === sorted(b);
}
