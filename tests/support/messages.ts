import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

// The web app's message files, read as the tests of each feature's screens
// need them: a feature's own bundle (web/src/i18n/<feature>/), the shell and
// case bundles it also draws on, and the keys its code asks for.

export const ROOT = join(import.meta.dirname, '..', '..');
export const LANGS = ['rw', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export type Messages = Record<Lang, Map<string, string>>;

type Tree = { [k: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** One bundle in the three languages: `bundle('cases')` reads web/src/i18n/cases/{rw,en,fr}.json; `bundle()` the shell's. */
export function bundle(feature?: string): Messages {
  const file = (l: Lang) => join(ROOT, 'web/src/i18n', ...(feature ? [feature] : []), `${l}.json`);
  return Object.fromEntries(LANGS.map((l) => [l, flatten(JSON.parse(readFileSync(file(l), 'utf8')) as Tree)])) as Messages;
}

/** A feature's own bundle, and every key its screens can reach: the shell's, the cases', its own. */
export function featureMessages(feature: string): { mine: Messages; all: Messages } {
  const mine = bundle(feature);
  const shell = bundle();
  const cases = bundle('cases');
  const all = Object.fromEntries(LANGS.map((l) => [l, new Map([...shell[l], ...cases[l], ...mine[l]])])) as Messages;
  return { mine, all };
}

/** The TypeScript of a folder below the root, its subfolders included, tests left out. */
export function sourcesOf(dir: string): string {
  const walk = (abs: string): string[] =>
    !existsSync(abs)
      ? []
      : readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(abs, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [readFileSync(join(abs, e.name), 'utf8')] : [],
        );
  return walk(join(ROOT, dir)).join('\n');
}

/** Named files of a folder below the root. */
export function filesOf(dir: string, names: string[]): string {
  return names.map((f) => readFileSync(join(ROOT, dir, f), 'utf8')).join('\n');
}

/** The literal keys code asks `t(…)` for. */
export function keysUsed(code: string): Set<string> {
  return new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
}

/** The same keys in the three languages, none empty, each with the same {{placeholders}} as the English. */
export function expectSameKeysAndPlaceholders(messages: Messages): void {
  const en = [...messages.en.keys()].sort();
  expect([...messages.rw.keys()].sort()).toEqual(en);
  expect([...messages.fr.keys()].sort()).toEqual(en);
  const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const [k, v] of messages.en) {
    expect(v.trim(), `en ${k}`).not.toBe('');
    for (const lang of ['rw', 'fr'] as const) {
      expect(messages[lang].get(k)!.trim(), `${lang} ${k}`).not.toBe('');
      expect(holes(messages[lang].get(k)!), `${lang} ${k}`).toEqual(holes(v));
    }
  }
}

/** Every key has a message in every language (a plural key may be given as `key_one`). */
export function expectKnown(messages: Messages, keys: Iterable<string>): void {
  for (const key of keys)
    for (const lang of LANGS)
      expect(
        [key, `${key}_one`].some((k) => messages[lang].has(k)),
        `${lang} ${key}`,
      ).toBe(true);
}
