import { runRetentionDryRunCli } from './retention-dry-run-command.js';

// `npm run retention:dry-run`: what the retention rules would change now; changes nothing.
process.exitCode = await runRetentionDryRunCli(process.env, {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
