// `npm run gen:indicator-docs`: writes docs/indicators.md from the indicator registry.
import { writeFileSync } from 'node:fs';
import { indicatorDocs, INDICATOR_DOC_FILE } from '../src/indicators/indicator-docs.js';
import { projectPath } from '../src/project-root.js';

writeFileSync(projectPath(INDICATOR_DOC_FILE), indicatorDocs());
console.log(`Wrote ${INDICATOR_DOC_FILE}`);
