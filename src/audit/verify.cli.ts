import { runVerifyCli } from './audit-verify-command.js';

// `npm run audit:verify [-- --head position:hash]`, `npm run audit:head`:
// see runVerifyCli for what they do and their exit codes.
process.exitCode = await runVerifyCli(
  process.env,
  {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  },
  process.argv.slice(2),
);
