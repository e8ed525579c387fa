import { runVerifyCli } from './audit-verify-command.js';

// `npm run audit:verify`: see runVerifyCli for what it checks and its exit codes.
process.exitCode = await runVerifyCli(process.env, {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
