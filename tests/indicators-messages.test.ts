import { describe, expect, it } from 'vitest';
import { DISAGGREGATIONS, INDICATORS } from '../src/indicators/indicator-registry.js';
import { expectKnown, expectSameKeysAndPlaceholders, featureMessages, keysUsed, sourcesOf } from './support/messages.js';

// The dashboards speak Kinyarwanda, English and French: every message in all
// three with the same placeholders, every key the screens ask for, a title
// for every indicator of the registry and a name for every disaggregation,
// kind and source it uses.

const { mine, all } = featureMessages('indicators');
const code = sourcesOf('web/src/indicators');

describe('indicator dashboard messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(mine);
  });

  it('has every key the screens ask for, and names for every indicator, disaggregation, kind and source', () => {
    const used = keysUsed(code);
    expect(used.size).toBeGreaterThan(40);
    const named = [
      ...INDICATORS.map((d) => `indicators.titles.${d.id}`),
      ...INDICATORS.map((d) => `indicators.kinds.${d.kind}`),
      ...INDICATORS.map((d) => `indicators.sources.${d.source}`),
      ...DISAGGREGATIONS.map((d) => `indicators.by.${d}`),
      ...['framework', 'operational'].map((g) => `indicators.groups.${g}`),
      ...['month', 'quarter', 'year'].map((k) => `indicators.period.${k}`),
      ...Array.from({ length: 12 }, (_, i) => [`indicators.months.m${i + 1}`, `indicators.monthsShort.m${i + 1}`]).flat(),
      ...['vena', 'non_vena', 'not_assessed'].map((v) => `indicators.values.${v}`),
      ...['yes', 'partly', 'no'].map((v) => `indicators.outcomes.${v}`),
      'nav.indicators',
    ];
    expectKnown(all, [...used, ...named]);
  });
});
