import { describe, expect, it } from 'vitest';
import { districtOf, normalisePlaceName } from './place-name.js';

describe('normalisePlaceName', () => {
  it('treats case, spacing and punctuation variants as one name', () => {
    expect(normalisePlaceName('Rweru II')).toBe('rweru ii');
    expect(normalisePlaceName('  Rweru   Ii ')).toBe('rweru ii');
    expect(normalisePlaceName('rweru-ii')).toBe('rweru ii');
  });
  it('removes accents', () => {
    expect(normalisePlaceName('Kigalí')).toBe('kigali');
  });
});

describe('districtOf', () => {
  it('reads the district from any code at or below district level', () => {
    expect(districtOf('57010101')).toBe('57');
    expect(districtOf('12')).toBe('12');
    expect(districtOf('1')).toBeNull();
    expect(districtOf('RW')).toBeNull();
  });
});
