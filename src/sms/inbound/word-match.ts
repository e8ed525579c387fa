// Reading a typed word the way a volunteer meant it: case, accents and
// apostrophes do not count, and a word of five letters or more is still read
// with one slip (a letter missing, added, changed, or two neighbours swapped:
// the Damerau, "optimal string alignment", distance 1). Shorter words must be
// exact: at four letters one slip already makes another word.

export const TYPO_MIN_LENGTH = 5;

/** 'Ménages' → 'MENAGES'; "URUGO'" → 'URUGO'. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`´]/g, '')
    .toUpperCase();
}

/** The optimal-string-alignment distance between two words (transpositions of neighbours count one). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const up = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** A word list: each written word and what it means. */
export type Lexicon<M> = readonly { word: string; meaning: M }[];

/**
 * What a typed word means in this lexicon: an exact match first, else the one
 * meaning within one slip (words of TYPO_MIN_LENGTH letters or more); none if
 * nothing is close, or if two different meanings are equally close. `same`
 * says when two meanings count as one (the same keyword in two languages).
 */
export function matchWord<M>(lexicon: Lexicon<M>, typed: string, same: (a: M, b: M) => boolean = (a, b) => a === b): M | undefined {
  const word = normaliseWord(typed);
  const exact = lexicon.find((entry) => entry.word === word);
  if (exact) return exact.meaning;
  if (word.length < TYPO_MIN_LENGTH - 1 || !/^[A-Z]+$/.test(word)) return undefined;
  const near = lexicon.filter(
    (entry) => entry.word.length >= TYPO_MIN_LENGTH && Math.abs(entry.word.length - word.length) <= 1 && editDistance(entry.word, word) <= 1,
  );
  const first = near[0];
  return first && near.every((entry) => same(entry.meaning, first.meaning)) ? first.meaning : undefined;
}
