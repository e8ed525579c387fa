import { describe, expect, it } from 'vitest';
import { districtOf, lineageOf, normalisePlaceName, PLACE_ID_PATTERN, placeSearchVariants } from './place-name.js';

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

describe('placeSearchVariants', () => {
  it('searches Arabic and Roman numerals as one another', () => {
    expect(placeSearchVariants('Rweru 2')).toEqual(['rweru 2', 'rweru ii']);
    expect(placeSearchVariants('rweru II')).toEqual(['rweru ii', 'rweru 2']);
    expect(placeSearchVariants('Rutagara x')).toEqual(['rutagara x', 'rutagara 10']);
  });
  it('leaves the first word and numbers above ten alone', () => {
    expect(placeSearchVariants('Vi')).toEqual(['vi']);
    expect(placeSearchVariants('Kabeza 12')).toEqual(['kabeza 12']);
  });
  it('has nothing to search in punctuation alone', () => {
    expect(placeSearchVariants(' -- ')).toEqual([]);
  });
});

describe('lineageOf', () => {
  it('lists the root, every ancestor code and the code itself', () => {
    expect(lineageOf('57010509')).toEqual(['RW', '5', '57', '5701', '570105', '57010509']);
    expect(lineageOf('12')).toEqual(['RW', '1', '12']);
    expect(lineageOf('RW')).toEqual(['RW']);
  });
});

describe('PLACE_ID_PATTERN', () => {
  it('accepts codes of every level and nothing else', () => {
    for (const ok of ['RW', '5', '57', '5701', '570105', '57010509']) expect(PLACE_ID_PATTERN.test(ok)).toBe(true);
    for (const bad of ['rw', '6', '0', '570', '5701050', '570105091', '5a', '']) expect(PLACE_ID_PATTERN.test(bad)).toBe(false);
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
