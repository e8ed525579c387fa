import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The case screens speak Kinyarwanda, English and French: every message exists
// in all three, every key the screens use exists, and every error and
// notification key the case APIs send has a translation.

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
const cases = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/cases/${l}.json`))]));
const shell = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/${l}.json`))]));
// Every feature's own bundle (web/src/i18n/<feature>/), as web/src/i18n.ts loads them into the one namespace.
const features = readdirSync(join(root, 'web/src/i18n'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const bundles = Object.fromEntries(LANGS.map((l) => [l, features.map((f) => flatten(load(`web/src/i18n/${f}/${l}.json`)))]));
const known = (lang: (typeof LANGS)[number], key: string) => cases[lang]!.has(key) || shell[lang]!.has(key) || bundles[lang]!.some((b) => b.has(key));

function sources(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name), ext) : ext.test(e.name) && !e.name.endsWith('.test.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('case screen messages', () => {
  it('has the same keys in Kinyarwanda, English and French, none empty', () => {
    const en = [...cases.en!.keys()].sort();
    expect([...cases.rw!.keys()].sort()).toEqual(en);
    expect([...cases.fr!.keys()].sort()).toEqual(en);
    for (const lang of LANGS) for (const [k, v] of cases[lang]!) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of cases.en!) {
      expect(holes(cases.rw!.get(k)!), `rw ${k}`).toEqual(holes(v));
      expect(holes(cases.fr!.get(k)!), `fr ${k}`).toEqual(holes(v));
    }
  });

  it('has every literal key the case screens ask for', () => {
    const code = sources(join(root, 'web/src/cases'), /\.tsx?$/).join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(100);
    for (const key of used) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });

  it('translates every error and notification key the case APIs send', () => {
    const dirs = ['reports', 'deadlines', 'notifications', 'children', 'cases', 'attachments', 'paper-files', 'case-pdf'];
    const code = dirs.flatMap((d) => sources(join(root, 'src', d), /\.ts$/)).join('\n');
    const keys = new Set([...code.matchAll(/'((?:errors|notifications)\.[a-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) for (const lang of LANGS) expect(known(lang, key), `${lang} ${key}`).toBe(true);
  });
});
