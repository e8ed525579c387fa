import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_CONCERNS } from '../src/community/izu-visit-vocabulary.js';

// The volunteer's visit and flag screens speak Kinyarwanda, English and
// French: every message in all three with the same placeholders, every key the
// screens ask for, every concern code and every error key the IZU's services send.

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
const mine = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/izu-visits/${l}.json`))]));
const all = Object.fromEntries(
  LANGS.map((l) => [l, new Map([...flatten(load(`web/src/i18n/${l}.json`)), ...flatten(load(`web/src/i18n/cases/${l}.json`)), ...mine[l]!])]),
);
const read = (dir: string, names: string[]) => names.map((f) => readFileSync(join(root, dir, f), 'utf8')).join('\n');

describe('IZU visit and flag messages', () => {
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

  it('has every key the screens ask for, and a name for every concern code', () => {
    const code = read('web/src/izu', ['izu-work.tsx', 'household-visits.tsx']) + read('web/src/screens', ['home-work.tsx', 'home.tsx']);
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(30);
    for (const key of [...used, ...HOUSEHOLD_CONCERNS.map((c) => `izuWork.concerns.${c}`)]) {
      for (const lang of LANGS) expect(all[lang]!.has(key), `${lang} ${key}`).toBe(true);
    }
  });

  it('translates every error key the IZU services send', () => {
    const dir = join(root, 'src/community');
    const code = readdirSync(dir)
      .filter((f) => /^(izu-flags|household-visits|izu-visit-vocabulary)\./.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const keys = new Set([...code.matchAll(/'(errors\.[a-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(keys).toContain('errors.household_code_invalid');
    for (const key of keys) for (const lang of LANGS) expect(all[lang]!.has(key), `${lang} ${key}`).toBe(true);
  });
});
