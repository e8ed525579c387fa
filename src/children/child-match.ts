import { sameWords } from './child-name.js';
import { yearsApart } from './child-age.js';

// Ranking likely existing children before a new one is created (framework
// step 4: one child has one file). The database finds candidates by name
// (trigram similarity on the search key, within ±2 years of age); this
// scores each and says why, so the caseworker can judge.

export const MATCH_REASONS = [
  'name_same', // the same names (any order)
  'name_spelling_variant', // the same names once spelling variants are forgiven
  'name_similar', // similar names
  'sex_same',
  'sex_different',
  'birth_date_same',
  'age_within_1_year',
  'age_within_2_years',
  'same_village',
  'same_cell',
  'same_sector',
] as const;
type MatchReason = (typeof MATCH_REASONS)[number];

/** Scores at or above this count as a likely duplicate: intake then needs confirmNotDuplicate. */
export const LIKELY_MATCH_SCORE = 70;
/** Candidates scoring below this are not shown. */
export const MIN_MATCH_SCORE = 30;
/** The widest age gap between a sought child and a candidate (years). */
export const MATCH_AGE_WINDOW_YEARS = 2;

export type MatchTarget = {
  /** Normalised names (normaliseName) and search key (nameSearchKey) of the sought child. */
  plainName: string;
  nameKey: string;
  sex?: 'female' | 'male';
  birthDate?: string;
  birthDateEstimated?: boolean;
  placeId?: string;
};

export type MatchCandidate = {
  plainName: string;
  nameKey: string;
  /** pg_trgm similarity(search_name, target key), 0..1. */
  nameSimilarity: number;
  sex: 'female' | 'male';
  dateOfBirth: string | null;
  birthDateEstimated: boolean;
  placeId: string;
};

type MatchScore = { score: number; reasons: MatchReason[]; likely: boolean };

/** The score (0-100) of one candidate and its reasons; null when out of the age window. */
export function scoreMatch(target: MatchTarget, c: MatchCandidate): MatchScore | null {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (sameWords(target.plainName, c.plainName)) {
    score += 60;
    reasons.push('name_same');
  } else if (sameWords(target.nameKey, c.nameKey)) {
    score += 60;
    reasons.push('name_spelling_variant');
  } else {
    score += Math.round(Math.min(1, Math.max(0, c.nameSimilarity)) * 55);
    reasons.push('name_similar');
  }
  if (target.sex) {
    if (target.sex === c.sex) {
      score += 10;
      reasons.push('sex_same');
    } else {
      score -= 25;
      reasons.push('sex_different');
    }
  }
  if (target.birthDate && c.dateOfBirth) {
    const gap = yearsApart(target.birthDate, c.dateOfBirth);
    if (gap > MATCH_AGE_WINDOW_YEARS) return null;
    if (gap === 0 && !target.birthDateEstimated && !c.birthDateEstimated) {
      score += 15;
      reasons.push('birth_date_same');
    } else if (gap <= 1) {
      score += 10;
      reasons.push('age_within_1_year');
    } else {
      score += 5;
      reasons.push('age_within_2_years');
    }
  }
  if (target.placeId && target.placeId.length >= 4) {
    const t = target.placeId;
    if (t.length === 8 && c.placeId === t) {
      score += 15;
      reasons.push('same_village');
    } else if (t.length >= 6 && c.placeId.slice(0, 6) === t.slice(0, 6)) {
      score += 10;
      reasons.push('same_cell');
    } else if (c.placeId.slice(0, 4) === t.slice(0, 4)) {
      score += 5;
      reasons.push('same_sector');
    }
  }
  score = Math.max(0, Math.min(100, score));
  return { score, reasons, likely: score >= LIKELY_MATCH_SCORE };
}
