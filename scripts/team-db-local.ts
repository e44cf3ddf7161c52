/**
 * `npm run team-db:local`: a team database to try team sync on this machine, with nothing to
 * install by hand. Starts the CouchDB-protocol test server (pouchdb-server, in memory, on
 * 127.0.0.1), prepares it exactly as `npm run team-db:setup` prepares a real CouchDB, with two
 * CSMs and a lead, prints what to enter in CSM Guide's settings, and runs until Ctrl+C.
 * In-memory: everything is gone when it stops.
 */
import { setupTeamDb } from '../tools/team/setup';
import { TEAM_DB_DEFAULT } from '../tools/team/design-doc';
import { startCouchServer } from '../tests/support/couch-server';

const ACCOUNTS = {
  csms: [
    { name: 'maria', password: 'maria-local' },
    { name: 'sam', password: 'sam-local' },
  ],
  leads: [{ name: 'lee', password: 'lee-local' }],
};

const server = await startCouchServer();
try {
  for (const step of await setupTeamDb({ url: server.url, admin: server.admin, csms: ACCOUNTS.csms, leads: ACCOUNTS.leads }))
    console.log(`  ${step.result.padEnd(9)} ${step.subject}`);
} catch (error) {
  await server.stop();
  throw error;
}
console.log(`
Team database: ${server.url}/${TEAM_DB_DEFAULT}
Sign in from CSM Guide's Settings → Team sync with one of (name / password):
${[...ACCOUNTS.csms.map((a) => `  CSM   ${a.name} / ${a.password}`), ...ACCOUNTS.leads.map((a) => `  lead  ${a.name} / ${a.password}`)].join('\n')}
Server admin (for npm run team-db:setup): ${server.admin.name} / ${server.admin.password}
In memory only: everything is gone when this stops. Press Ctrl+C to stop.`);

const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
