import { describe, expect, it } from 'vitest';
import { expectKnown, expectSameKeysAndPlaceholders, featureMessages, filesOf, keysUsed, sourcesOf } from './support/messages.js';

// The data protection screens speak Kinyarwanda, English and French: every
// message exists in all three with the same placeholders, every key the
// screens ask for exists, and every error and notification key the rights
// and emergency access APIs send has a translation.

const { mine, all } = featureMessages('data-protection');

describe('data protection messages', () => {
  it('has the same keys and placeholders in Kinyarwanda, English and French, none empty', () => {
    expectSameKeysAndPlaceholders(mine);
  });

  it('has every literal key the screens ask for', () => {
    const code = sourcesOf('web/src/data-protection');
    const used = keysUsed(code);
    expect(used.size).toBeGreaterThan(40);
    expectKnown(all, used);
  });

  it('translates every error and notification key the APIs send', () => {
    const code = [sourcesOf('src/data-protection'), sourcesOf('src/retention'), filesOf('src/access', ['case-access.ts'])].join('\n');
    const keys = new Set([...code.matchAll(/'((?:errors|notifications)\.[a-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(10);
    expectKnown(all, keys);
  });
});
