// `node scripts/ensure-build.mjs web server`: builds what is named when its
// output is missing or older than its sources, so `npm start` and `npm test`
// work from a clean clone without a separate step.
//   web:    the React app, web/ → dist/web/ (vite)
//   server: the server, src/ → build/src/ (tsc -p tsconfig.build.json), what `npm start` runs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
};

const targets = {
  web: {
    output: 'dist/web/index.html',
    sources: ['web', 'vite.config.ts'],
    message: 'Building the web app…',
    command: ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
  },
  server: {
    output: 'build/src/main.js',
    sources: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    message: 'Compiling the server…',
    command: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
  },
};

for (const name of process.argv.slice(2)) {
  const target = targets[name];
  if (!target) throw new Error(`ensure-build: unknown target ${name} (web, server)`);
  const output = join(root, target.output);
  const sources = Math.max(...target.sources.map((s) => newest(join(root, s))));
  if (!existsSync(output) || statSync(output).mtimeMs < sources) {
    // A production install (npm ci --omit=dev) has no build tools: it runs
    // what was built before it was installed (see the README, Production).
    if (!existsSync(join(root, target.command[0]))) {
      if (existsSync(output)) {
        console.warn(`${name}: not rebuilt (${target.command[0]} is not installed); using ${target.output}`);
        continue;
      }
      console.error(`${name}: ${target.output} is missing and the build tools are not installed: run \`npm ci && npm run build\` first`);
      process.exit(1);
    }
    console.log(target.message);
    execFileSync(
      process.execPath,
      target.command.map((c, i) => (i === 0 ? join(root, c) : c)),
      { stdio: 'inherit', cwd: root },
    );
  }
}
