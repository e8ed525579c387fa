import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { apiTypesSource, SCHEMA_FILE } from '../scripts/openapi-types.js';
import { projectPath } from '../src/project-root.js';

// The web app's API types are generated from the server's routes and checked
// in, so a server schema change shows in review and breaks the web build. This
// fails when someone changed a route's schema without regenerating them.
test(`${SCHEMA_FILE} matches the server's OpenAPI document`, async () => {
  const fresh = await apiTypesSource();
  const checkedIn = readFileSync(projectPath(SCHEMA_FILE), 'utf8');
  if (checkedIn !== fresh) {
    const a = checkedIn.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(
      `${SCHEMA_FILE} is stale: run npm run gen:api and commit the result ` +
        `(first difference at line ${line + 1}: checked in ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])})`,
    );
  }
});
