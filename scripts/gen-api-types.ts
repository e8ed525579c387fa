// `npm run gen:api`: writes the web app's API types from the server's routes.
import { writeFileSync } from 'node:fs';
import { projectPath } from '../src/project-root.js';
import { apiTypesSource, SCHEMA_FILE } from './openapi-types.js';

writeFileSync(projectPath(SCHEMA_FILE), await apiTypesSource());
console.log(`Wrote ${SCHEMA_FILE}`);
