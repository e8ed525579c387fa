import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The workforce screens speak Kinyarwanda, English and French: every message
// in all three with the same placeholders, every key the screens ask for,
// every training and theme named, every error key the workforce services send.

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
const mine = Object.fromEntries(LANGS.map((l) => [l, flatten(load(`web/src/i18n/workforce/${l}.json`))]));
const all = Object.fromEntries(
  LANGS.map((l) => [l, new Map([...flatten(load(`web/src/i18n/${l}.json`)), ...flatten(load(`web/src/i18n/cases/${l}.json`)), ...mine[l]!])]),
);
const read = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') || f.endsWith('.tsx'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'))
    .join('\n');

describe('workforce messages', () => {
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

  it('has every key the screens ask for, and a name for every training and theme', () => {
    const code = read('web/src/workforce') + readFileSync(join(root, 'web/src/cases/section-allocation.tsx'), 'utf8');
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(40);
    const migrations = ['0039_workforce.sql', '0044_workforce_actions_and_izu_trainings.sql']
      .map((f) => readFileSync(join(root, 'migrations', f), 'utf8'))
      .join('\n');
    const rows = [...migrations.matchAll(/^\s+\('([a-z_]+)', '(caseworker|supervisor|izu|local_leader)', (?:true|false)/gm)];
    const trainings = rows.map((m) => `workforce.trainings.${m[1]}`);
    expect(trainings).toHaveLength(10);
    // The IZU registry's screens offer exactly the register's IZU modules.
    const izuScreen = readFileSync(join(root, 'web/src/izu/izu-volunteer.tsx'), 'utf8');
    const offered = [.../IZU_MODULES = \[([^\]]*)\]/.exec(izuScreen)![1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(offered).toEqual(
      rows
        .filter((m) => m[2] === 'izu')
        .map((m) => m[1])
        .sort(),
    );
    const themes = ['accountability', 'quality', 'reflective_practice', 'wellbeing', 'skills'].map((th) => `workforce.themes.${th}`);
    for (const key of [
      ...used,
      ...trainings,
      ...themes,
      'nav.supervision',
      'nav.caseload',
      'nav.training',
      'nav.mySessions',
      'nav.myTraining',
      'nav.supervisionSchedule',
      'nav.workforcePolicy',
      'vocab.deadlineKinds.supervision_session',
    ]) {
      for (const lang of LANGS) expect(all[lang]!.has(key), `${lang} ${key}`).toBe(true);
    }
  });

  it('translates every error key the workforce services send', () => {
    const keys = new Set([...read('src/workforce').matchAll(/'(errors\.[a-z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(keys).toContain('errors.caseload_over_threshold');
    for (const key of keys) for (const lang of LANGS) expect(all[lang]!.has(key), `${lang} ${key}`).toBe(true);
  });
});
