/**
 * `npm run team-db:setup -- <database-url> [--admin user:pass] [--csm user:pass ...] [--lead user:pass ...]`
 * (or the server URL with `--db name`)
 * Prepares the team-sync database on CouchDB (see docs/team-sync.md). The work is in
 * tools/team/setup.ts; this only parses the command line and prints one line per step.
 */
import { parseSetupArgs, SETUP_USAGE } from '../tools/team/setup-args';
import { redactUrl, setupTeamDb, TeamSetupError } from '../tools/team/setup';

try {
  const parsed = parseSetupArgs(process.argv.slice(2), process.env);
  if (parsed.help) {
    console.log(SETUP_USAGE);
  } else {
    console.log(`Setting up team sync on ${redactUrl(parsed.options.url)}`);
    for (const step of await setupTeamDb(parsed.options)) console.log(`  ${step.result.padEnd(9)} ${step.subject}`);
    console.log('Done.');
  }
} catch (error) {
  // Setup errors are sentences for the operator; anything else is a bug, so keep its stack.
  console.error(error instanceof TeamSetupError ? `team-db:setup: ${error.message}` : error);
  process.exitCode = 1;
}
