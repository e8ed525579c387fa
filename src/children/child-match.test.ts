import { describe, expect, it } from 'vitest';
import { LIKELY_MATCH_SCORE, scoreMatch, type MatchCandidate, type MatchTarget } from './child-match.js';
import { nameSearchKey, normaliseName } from './child-name.js';

const target = (name: string, extra: Partial<MatchTarget> = {}): MatchTarget => ({
  plainName: normaliseName(name),
  nameKey: nameSearchKey(name),
  ...extra,
});
const candidate = (name: string, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  plainName: normaliseName(name),
  nameKey: nameSearchKey(name),
  nameSimilarity: 0.5,
  sex: 'female',
  dateOfBirth: '2017-05-02',
  birthDateEstimated: false,
  placeId: '12010101',
  ...extra,
});

describe('scoreMatch', () => {
  it('finds the same child under a spelling variant, in the same village', () => {
    const s = scoreMatch(
      target('Aline Uwasse', { sex: 'female', birthDate: '2017-05-02', birthDateEstimated: true, placeId: '12010101' }),
      candidate('Uwase Aline'),
    )!;
    expect(s.reasons).toEqual(['name_spelling_variant', 'sex_same', 'age_within_1_year', 'same_village']);
    expect(s.score).toBe(95);
    expect(s.likely).toBe(true);
  });

  it('scores exact names with the same birth date highest', () => {
    const s = scoreMatch(target('Aline Uwase', { sex: 'female', birthDate: '2017-05-02', placeId: '12010102' }), candidate('Aline Uwase'))!;
    expect(s.reasons).toEqual(['name_same', 'sex_same', 'birth_date_same', 'same_cell']);
    expect(s.score).toBe(95);
  });

  it('leaves out a candidate more than two years apart in age', () => {
    expect(scoreMatch(target('Aline Uwase', { birthDate: '2014-01-01' }), candidate('Aline Uwase'))).toBeNull();
  });

  it('counts a different sex against the match', () => {
    const s = scoreMatch(target('Aline Uwase', { sex: 'male' }), candidate('Aline Uwase'))!;
    expect(s.reasons).toContain('sex_different');
    expect(s.likely).toBe(false);
  });

  it('does not call a merely similar name likely without more', () => {
    const s = scoreMatch(target('Aline Uwera'), candidate('Aline Uwase', { nameSimilarity: 0.55 }))!;
    expect(s.reasons).toEqual(['name_similar']);
    expect(s.score).toBeLessThan(LIKELY_MATCH_SCORE);
  });
});
