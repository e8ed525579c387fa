import { describe, expect, it } from 'vitest';
import { normaliseDirectoryPhone } from './provider-rules.js';
import { levelOfCode } from './suggestions.repository.js';
import { readHsdsFile, writeHsdsFile } from './hsds.csv.js';

describe('directory phones', () => {
  it('stores E.164: Rwandan mobiles in any spelling, other numbers with their +, short codes only for a hotline', () => {
    expect(normaliseDirectoryPhone('0788 123 456', 'voice')).toBe('+250788123456');
    expect(normaliseDirectoryPhone('+250 252 580 000', 'voice')).toBe('+250252580000');
    expect(normaliseDirectoryPhone('116', 'hotline')).toBe('116');
    expect(normaliseDirectoryPhone('116', 'voice')).toBeNull();
    expect(normaliseDirectoryPhone('12345', 'voice')).toBeNull();
    expect(normaliseDirectoryPhone('+0123456789', 'voice')).toBeNull();
  });
});

describe('map levels of a covering code', () => {
  it('reads the level from the code length', () => {
    expect(['RW', '1', '12', '1201', '120101', '12010101'].map(levelOfCode)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('HSDS CSV cells', () => {
  it('reads back what it writes, formula-looking text included', () => {
    const text = writeHsdsFile('phone.csv', [{ id: 'a', number: '+250788123456', description: '=HYPERLINK("x")', type: 'voice' }]);
    expect(text).toContain("'+250788123456");
    expect(readHsdsFile(text)).toEqual([
      { row: 2, cells: expect.objectContaining({ id: 'a', number: '+250788123456', description: '=HYPERLINK("x")', type: 'voice', service_id: '' }) },
    ]);
  });
});
