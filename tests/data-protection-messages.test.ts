import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The data protection screens speak Kinyarwanda, English and French: every
// message exists in all three with the same placeholders, every key the
// screens ask for exists, and every error and notification key the rights
// and emergency access APIs send has a translation.

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
const own = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/data-protection/${l}.json`))]));
const shell = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/${l}.json`))]));
const cases = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/cases/${l}.json`))]));
const known = (lang: (typeof LANGS)[number], key: string) => own[lang]!.has(key) || shell[lang]!.has(key) || cases[lang]!.has(key);
function sources(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name), ext) : ext.test(e.name) && !e.name.endsWith('.test.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('data protection messages', () => {
  it('has the same keys and placeholders in Kinyarwanda, English and French, none empty', () => {
    const en = [...own.en!.keys()].sort();
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const lang of ['rw', 'fr'] as const) expect([...own[lang]!.keys()].sort()).toEqual(en);
    for (const [k, v] of own.en!) {
      for (const lang of LANGS) expect(own[lang]!.get(k)!.trim(), `${lang} ${k}`).not.toBe('');
      expect(holes(own.rw!.get(k)!), `rw ${k}`).toEqual(holes(v));
      expect(holes(own.fr!.get(k)!), `fr ${k}`).toEqual(holes(v));
    }
  });

  it('has every literal key the screens ask for', () => {
    const code = sources(join(root, 'web/src/data-protection'), /\.tsx?$/).join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });

  it('translates every error and notification key the APIs send', () => {
    const code = [
      ...sources(join(root, 'src/data-protection'), /\.ts$/),
      ...sources(join(root, 'src/retention'), /\.ts$/),
      readFileSync(join(root, 'src/access/case-access.ts'), 'utf8'),
    ].join('\n');
    const keys = new Set([...code.matchAll(/'((?:errors|notifications)\.[a-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });
});
