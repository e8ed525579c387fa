import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_CONCERNS } from '../src/community/izu-visit-vocabulary.js';
import { expectKnown, expectSameKeysAndPlaceholders, featureMessages, filesOf, keysUsed, ROOT } from './support/messages.js';

// The volunteer's visit and flag screens speak Kinyarwanda, English and
// French: every message in all three with the same placeholders, every key the
// screens ask for, every concern code and every error key the IZU's services send.

const { mine, all } = featureMessages('izu-visits');

describe('IZU visit and flag messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(mine);
  });

  it('has every key the screens ask for, and a name for every concern code', () => {
    const code = filesOf('web/src/izu', ['izu-work.tsx', 'household-visits.tsx']) + filesOf('web/src/screens', ['home-work.tsx', 'home.tsx']);
    const used = keysUsed(code);
    expect(used.size).toBeGreaterThan(30);
    expectKnown(all, [...used, ...HOUSEHOLD_CONCERNS.map((c) => `izuWork.concerns.${c}`)]);
  });

  it('translates every error key the IZU services send', () => {
    const code = filesOf(
      'src/community',
      readdirSync(join(ROOT, 'src/community')).filter((f) => /^(izu-flags|household-visits|izu-visit-vocabulary)\./.test(f)),
    );
    const keys = new Set([...code.matchAll(/'(errors\.[a-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(keys).toContain('errors.household_code_invalid');
    expectKnown(all, keys);
  });
});
