import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The directory's screens speak Kinyarwanda, English and French: every message
// exists in all three with the same placeholders, every key the screens ask
// for exists, and every error key the directory's API sends is translated.

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
const directory = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/directory/${l}.json`))]));
const others = Object.fromEntries(
  LANGS.map((l) => [l, new Map([...flatten(load(`web/src/i18n/${l}.json`)), ...flatten(load(`web/src/i18n/cases/${l}.json`))])]),
);
const known = (lang: (typeof LANGS)[number], key: string) => [key, `${key}_one`].some((k) => directory[lang]!.has(k) || others[lang]!.has(k));
const sources = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'))
    .join('\n');

describe('directory messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    const en = [...directory.en!.keys()].sort();
    expect([...directory.rw!.keys()].sort()).toEqual(en);
    expect([...directory.fr!.keys()].sort()).toEqual(en);
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of directory.en!) {
      for (const lang of ['rw', 'fr'] as const) {
        expect(directory[lang]!.get(k)!.trim(), `${lang} ${k}`).not.toBe('');
        expect(holes(directory[lang]!.get(k)!), `${lang} ${k}`).toEqual(holes(v));
      }
    }
  });

  it('has every literal key the directory screens ask for', () => {
    const used = new Set([...sources('web/src/directory').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(60);
    for (const key of used) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });

  it('translates every error key the directory API sends', () => {
    const keys = new Set([...sources('src/directory').matchAll(/'(errors\.[a-z_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(8);
    for (const key of keys) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });
});
