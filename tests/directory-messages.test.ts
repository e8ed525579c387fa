import { describe, expect, it } from 'vitest';
import { expectKnown, expectSameKeysAndPlaceholders, featureMessages, keysUsed, sourcesOf } from './support/messages.js';

// The directory's screens speak Kinyarwanda, English and French: every message
// exists in all three with the same placeholders, every key the screens ask
// for exists, and every error key the directory's API sends is translated.

const { mine, all } = featureMessages('directory');

describe('directory messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(mine);
  });

  it('has every literal key the directory screens ask for', () => {
    const used = keysUsed(sourcesOf('web/src/directory'));
    expect(used.size).toBeGreaterThan(60);
    expectKnown(all, used);
  });

  it('translates every error key the directory API sends', () => {
    const keys = new Set([...sourcesOf('src/directory').matchAll(/'(errors\.[a-z_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(8);
    expectKnown(all, keys);
  });
});
