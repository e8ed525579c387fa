import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeQueryReadings, placeSearchKey, placeSearchSkeleton } from './place-name.js';

// Names as districts type them: letters of either case, accents, digits, spaces and punctuation.
const nameChars = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèÉ0123456789 -.'’,".split(''));
const placeName = fc.array(nameChars, { minLength: 1, maxLength: 30 }).map((cs) => cs.join(''));
const hasLetterOrDigit = (s: string) => /[a-z0-9é]/i.test(s);

describe('placeSearchKey', () => {
  it('spells the variants of one name one way', () => {
    for (const n of ['Rweru II', 'Rweru Ii', 'rweru 2', 'RWELU-II', 'Lweru ii', 'Rweeru II']) expect(placeSearchKey(n)).toBe('lwelu2');
    expect(placeSearchKey('Nyarugenge')).toBe(placeSearchKey('Nyalugenge'));
    expect(placeSearchKey('Vi')).toBe('vi');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(placeName, (n) => placeSearchKey(placeSearchKey(n)) === placeSearchKey(n)));
  });

  it('does not see case', () => {
    fc.assert(fc.property(placeName, (n) => placeSearchKey(n.toUpperCase()) === placeSearchKey(n.toLowerCase())));
  });

  it('does not tell r from l', () => {
    fc.assert(fc.property(placeName, (n) => placeSearchKey(n.replace(/r/g, 'l').replace(/R/g, 'L')) === placeSearchKey(n)));
  });

  it('is never empty for a name that is not blank', () => {
    fc.assert(
      fc.property(
        placeName.filter((n) => n.trim() !== ''),
        (n) => placeSearchKey(n).length > 0,
      ),
    );
  });

  it('ignores spacing and punctuation between words', () => {
    fc.assert(fc.property(placeName.filter(hasLetterOrDigit), (n) => placeSearchKey(`  ${n.replace(/ /g, '  ')} `) === placeSearchKey(n)));
  });
});

describe('placeSearchSkeleton', () => {
  it('finds a name typed without its vowels', () => {
    expect(placeSearchSkeleton('Nyrgng')).toBe(placeSearchSkeleton('Nyarugenge'));
    expect(placeSearchSkeleton('Kacyru')).toBe(placeSearchSkeleton('Kacyiru'));
  });

  it('is idempotent, case- and r/l-blind, and never empty for a name that is not blank', () => {
    fc.assert(
      fc.property(
        placeName.filter((n) => n.trim() !== ''),
        (n) => {
          const s = placeSearchSkeleton(n);
          return s.length > 0 && placeSearchSkeleton(s) === s && placeSearchSkeleton(n.toUpperCase().replace(/R/g, 'L')) === placeSearchSkeleton(n);
        },
      ),
    );
  });
});

describe('placeQueryReadings', () => {
  it('reads the parts after a comma as ancestors', () => {
    const [only, ...rest] = placeQueryReadings('Kabuga, Shaki');
    expect(rest).toEqual([]);
    expect(only!.name.variants).toEqual(['kabuga']);
    expect(only!.ancestors.map((a) => a.variants[0])).toEqual(['shaki']);
  });

  it('reads a last word both as part of the name and as an ancestor, but never a numeral', () => {
    expect(placeQueryReadings('Kabuga Shaki').map((r) => [r.name.variants[0], r.ancestors.map((a) => a.variants[0])])).toEqual([
      ['kabuga shaki', []],
      ['kabuga', ['shaki']],
    ]);
    expect(placeQueryReadings('Rweru II')).toHaveLength(1);
    expect(placeQueryReadings('Rweru 2')).toHaveLength(1);
    expect(placeQueryReadings(' , ')).toEqual([]);
  });
});
