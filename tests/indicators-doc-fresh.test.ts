import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { indicatorDocs, INDICATOR_DOC_FILE } from '../src/indicators/indicator-docs.js';
import { INDICATORS } from '../src/indicators/indicator-registry.js';
import { projectPath } from '../src/project-root.js';

// The indicators are defined once, in the registry; the page people read is
// written from it. This fails when someone changed a definition without
// regenerating the page.
test(`${INDICATOR_DOC_FILE} matches the indicator registry`, () => {
  const fresh = indicatorDocs();
  const checkedIn = readFileSync(projectPath(INDICATOR_DOC_FILE), 'utf8');
  if (checkedIn !== fresh) {
    const a = checkedIn.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(`${INDICATOR_DOC_FILE} is stale: run npm run gen:indicator-docs and commit the result (first difference at line ${line + 1})`);
  }
});

test('every indicator is defined once, with the parts a definition needs', () => {
  const ids = INDICATORS.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(INDICATORS.filter((i) => i.group === 'framework')).toHaveLength(10);
  for (const i of INDICATORS) {
    expect(i.numerator.text.length, i.id).toBeGreaterThan(10);
    expect(i.period.length, i.id).toBeGreaterThan(10);
    if (i.kind !== 'count') expect(i.denominator, i.id).toBeDefined();
    if (i.disaggregations.includes('detail')) expect(i.detail, i.id).toBeDefined();
  }
});
