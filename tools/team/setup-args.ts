/**
 * The command line of `npm run team-db:setup`, parsed into SetupOptions. Separate from the script
 * so the parsing is unit-tested; errors name the flag but never echo a password.
 */
import { TeamSetupError, type Credentials } from './couch-request';
import { splitServerUrl, type SetupOptions } from './setup';

export const SETUP_USAGE = `Usage: npm run team-db:setup -- <database-url> [options]

  <database-url>          the team database URL, as Settings asks for it
                          (https://couch.example.com/csm-guide-team), or the server URL with --db
  --admin user:password   a server admin (or set COUCHDB_ADMIN=user:password, or put it in the URL)
  --db name               the team database, when the URL is the server's (default csm-guide-team)
  --csm user:password     create or update a CSM account (role csm-guide); repeatable
  --lead user:password    create or update a team lead account (role csm-guide-lead); repeatable
  --help                  this text

Creates the database, its _security and the design document when missing or outdated; safe to re-run.`;

/** `user:password`, split at the first colon (passwords may contain colons, names may not). */
export const parseCredentials = (text: string, flag: string): Credentials => {
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const password = colon < 0 ? '' : text.slice(colon + 1);
  if (!name || !password) throw new TeamSetupError(`${flag} expects user:password (got a value without ${name ? 'a password' : 'a user name'}).`);
  return { name, password };
};

export type ParsedArgs = { help: true } | { help: false; options: SetupOptions };

export function parseSetupArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedArgs {
  const options: SetupOptions = { url: '', csms: [], leads: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    // Both `--flag value` and `--flag=value`.
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    if (value === undefined) {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new TeamSetupError(`${flag} needs a value.\n\n${SETUP_USAGE}`);
    if (flag === '--admin') options.admin = parseCredentials(value, flag);
    else if (flag === '--db') options.db = value;
    else if (flag === '--csm') options.csms?.push(parseCredentials(value, flag));
    else if (flag === '--lead') options.leads?.push(parseCredentials(value, flag));
    else throw new TeamSetupError(`Unknown option ${flag}.\n\n${SETUP_USAGE}`);
  }
  if (positional.length !== 1) {
    throw new TeamSetupError(`Expected exactly one CouchDB URL, got ${positional.length}.\n\n${SETUP_USAGE}`);
  }
  options.url = positional[0] ?? '';
  // Precedence: --admin, then credentials in the URL, then COUCHDB_ADMIN.
  if (!options.admin && !splitServerUrl(options.url).admin && env.COUCHDB_ADMIN) options.admin = parseCredentials(env.COUCHDB_ADMIN, 'COUCHDB_ADMIN');
  return { help: false, options };
}
