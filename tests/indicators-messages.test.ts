import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISAGGREGATIONS, INDICATORS } from '../src/indicators/indicator-registry.js';

// The dashboards speak Kinyarwanda, English and French: every message in all
// three with the same placeholders, every key the screens ask for, a title
// for every indicator of the registry and a name for every disaggregation,
// kind and source it uses.

const root = join(import.meta.dirname, '..');
type Tree = { [k: string]: string | Tree };
const load = (file: string): Tree => JSON.parse(readFileSync(join(root, file), 'utf8'));
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const LANGS = ['rw', 'en', 'fr'] as const;
const mine = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/indicators/${l}.json`))]));
const all = Object.fromEntries(
  LANGS.map((l) => [l, new Map([...flatten(load(`web/src/i18n/${l}.json`)), ...flatten(load(`web/src/i18n/cases/${l}.json`)), ...mine[l]!])]),
);
const code = readdirSync(join(root, 'web/src/indicators'))
  .filter((f) => f.endsWith('.ts') || f.endsWith('.tsx'))
  .map((f) => readFileSync(join(root, 'web/src/indicators', f), 'utf8'))
  .join('\n');

describe('indicator dashboard messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    const en = [...mine.en!.keys()].sort();
    expect([...mine.rw!.keys()].sort()).toEqual(en);
    expect([...mine.fr!.keys()].sort()).toEqual(en);
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of mine.en!) {
      for (const lang of ['rw', 'fr'] as const) {
        expect(mine[lang]!.get(k)!.trim(), `${lang} ${k}`).not.toBe('');
        expect(holes(mine[lang]!.get(k)!), `${lang} ${k}`).toEqual(holes(v));
      }
    }
  });

  it('has every key the screens ask for, and names for every indicator, disaggregation, kind and source', () => {
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
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
    for (const key of [...used, ...named]) for (const lang of LANGS) expect(all[lang]!.has(key), `${lang} ${key}`).toBe(true);
  });
});
