import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { permissionsOf } from '../src/access/policy.js';
import { dpDocs, DP_DOC_FILE } from '../src/data-protection/dp-docs.js';
import { projectPath } from '../src/project-root.js';
import { RETENTION_RULES } from '../src/retention/retention-rules.js';

// The record of processing is written from the code's lists; this fails when
// someone changed a grant, a field group or a retention rule without
// regenerating the page.
test(`${DP_DOC_FILE} matches the code`, () => {
  const fresh = dpDocs();
  const checkedIn = readFileSync(projectPath(DP_DOC_FILE), 'utf8');
  if (checkedIn !== fresh) {
    const a = checkedIn.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(`${DP_DOC_FILE} is stale: run npm run gen:dp-docs and commit the result (first difference at line ${line + 1})`);
  }
});

test('the page names every retention rule and what the data protection officer may do', () => {
  const page = dpDocs();
  for (const r of RETENTION_RULES) expect(page).toContain(`| \`${r.kind}\` |`);
  for (const p of permissionsOf('dpo')) expect(page).toContain(`\`${p}\``);
  expect(page).toMatch(/\| `supervisor` \| — \|/); // a supervisor reviews the work without the child's identity
});
