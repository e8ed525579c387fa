// `npm run gen:dp-docs`: writes docs/data-protection.md from the code's own lists (access, referral groups, retention rules).
import { writeFileSync } from 'node:fs';
import { dpDocs, DP_DOC_FILE } from '../src/data-protection/dp-docs.js';
import { projectPath } from '../src/project-root.js';

writeFileSync(projectPath(DP_DOC_FILE), dpDocs());
console.log(`Wrote ${DP_DOC_FILE}`);
