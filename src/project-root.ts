import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder that holds package.json, migrations/ and dist/web/. Rinda runs
// from its sources (src/, in tests and tools) and compiled (build/src/, what
// `npm start` runs), so files beside the code are found from here rather than
// relative to the module.
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

const PROJECT_ROOT = findProjectRoot();

/** A path inside the project, e.g. projectPath('migrations'). */
export const projectPath = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
