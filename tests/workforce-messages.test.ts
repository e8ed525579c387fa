import { describe, expect, it } from 'vitest';
import { expectKnown, expectSameKeysAndPlaceholders, featureMessages, filesOf, keysUsed, sourcesOf } from './support/messages.js';

// The workforce screens speak Kinyarwanda, English and French: every message
// in all three with the same placeholders, every key the screens ask for,
// every training and theme named, every error key the workforce services send.

const { mine, all } = featureMessages('workforce');

describe('workforce messages', () => {
  it('has the same keys in the three languages, none empty, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(mine);
  });

  it('has every key the screens ask for, and a name for every training and theme', () => {
    const code = sourcesOf('web/src/workforce') + filesOf('web/src/cases', ['section-allocation.tsx']);
    const used = keysUsed(code);
    expect(used.size).toBeGreaterThan(40);
    const migrations = filesOf('migrations', ['0039_workforce.sql', '0044_workforce_actions_and_izu_trainings.sql']);
    const rows = [...migrations.matchAll(/^\s+\('([a-z_]+)', '(caseworker|supervisor|izu|local_leader)', (?:true|false)/gm)];
    const trainings = rows.map((m) => `workforce.trainings.${m[1]}`);
    expect(trainings).toHaveLength(10);
    // The IZU registry's screens offer exactly the register's IZU modules.
    const izuScreen = filesOf('web/src/izu', ['izu-volunteer.tsx']);
    const offered = [.../IZU_MODULES = \[([^\]]*)\]/.exec(izuScreen)![1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(offered).toEqual(
      rows
        .filter((m) => m[2] === 'izu')
        .map((m) => m[1])
        .sort(),
    );
    const themes = ['accountability', 'quality', 'reflective_practice', 'wellbeing', 'skills'].map((th) => `workforce.themes.${th}`);
    expectKnown(all, [
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
    ]);
  });

  it('translates every error key the workforce services send', () => {
    const keys = new Set([...sourcesOf('src/workforce').matchAll(/'(errors\.[a-z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(keys).toContain('errors.caseload_over_threshold');
    expectKnown(all, keys);
  });
});
