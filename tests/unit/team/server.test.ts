/**
 * Team sync's server side against a real CouchDB-protocol server: pouchdb-server started by
 * tests/support/couch-server.ts, or Apache CouchDB when CSM_GUIDE_COUCHDB_URL is set (docs/team-sync.md).
 * Names get a random suffix and are removed afterwards, so a shared CouchDB is left as found.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESIGN_DOC_ID, DESIGN_DOC_VERSION, LEAD_ROLE, CSM_ROLE } from '@/tools/team/design-doc';
import { setupTeamDb, TeamSetupError, type Credentials } from '@/tools/team/setup';
import { startCouchServer, type CouchServer } from '../../support/couch-server';

/**
 * PouchDB loaded without its type packages: @types/pouchdb-core declares a global `Buffer` interface
 * that breaks Node's Buffer typings elsewhere (scripts/bench/sizes.ts fails tsc). This is all we use.
 */
interface PouchHttpDb {
  bulkDocs(docs: object[]): Promise<unknown>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
interface PouchStatic {
  new (name: string, options: { auth: { username: string; password: string } }): PouchHttpDb;
  plugin(plugin: unknown): PouchStatic;
  replicate(source: PouchHttpDb, target: PouchHttpDb): Promise<Record<string, unknown>>;
}
const require = createRequire(import.meta.url);
const PouchDB = (require('pouchdb-core') as PouchStatic)
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

const suffix = randomBytes(4).toString('hex');
const db = `csm-guide-test-${suffix}`;
const maria: Credentials = { name: `maria-${suffix}`, password: 'maria-pw' };
const sam: Credentials = { name: `sam-${suffix}`, password: 'sam-pw' };
const lee: Credentials = { name: `lee-${suffix}`, password: 'lee-pw' };
const outsider: Credentials = { name: `outsider-${suffix}`, password: 'outsider-pw' };
const ACCOUNT = '001AB000003xYzQAAU';

let server: CouchServer;
const basic = ({ name, password }: Credentials) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** One request as `as` (a user, a cookie, or nobody); the parsed JSON body comes back with the status. */
async function call(
  method: string,
  path: string,
  as: Credentials | { cookie: string } | null,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (as && 'cookie' in as) headers.cookie = as.cookie;
  else if (as) headers.authorization = basic(as);
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const docPath = (id: string) => `/${db}/${encodeURIComponent(id)}`;
let counter = 0;
const event = (owner: string, over: Record<string, unknown> = {}) => {
  const id = `2026-01-31T09:30:00.000Z-${suffix}${++counter}`;
  return {
    _id: `ev/${ACCOUNT}/@${encodeURIComponent(owner)}/${id}`,
    id,
    accountId: ACCOUNT,
    by: 'Maria Lopez',
    at: '2026-01-31T09:30:00.000Z',
    owner,
    type: 'item',
    ruleId: 'ONB-KICKOFF',
    done: true,
    ...over,
  };
};
const setup = () =>
  setupTeamDb({ url: server.url, admin: server.admin, db, csms: [maria, sam], leads: [lee] });

beforeAll(async () => {
  server = await startCouchServer();
  await setup();
  // An account the team never added: signed in, but no CSM Guide role.
  const id = `org.couchdb.user:${outsider.name}`;
  await call('PUT', `/_users/${encodeURIComponent(id)}`, server.admin, { _id: id, name: outsider.name, password: outsider.password, roles: [], type: 'user' });
}, 120_000); // a fresh clone installs pouchdb-server first

afterAll(async () => {
  if (!server) return;
  if (server.external) {
    await call('DELETE', `/${db}`, server.admin);
    for (const user of [maria, sam, lee, outsider]) {
      const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
      const current = await call('GET', path, server.admin);
      if (current.status === 200) await call('DELETE', `${path}?rev=${String(current.body._rev)}`, server.admin);
    }
  }
  await server.stop();
});

describe('team-db setup', () => {
  it('is idempotent: a second run changes nothing', async () => {
    const again = await setup();
    expect(again.map((step) => step.result)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const security = await call('GET', `/${db}/_security`, server.admin);
    expect(security.body).toEqual({ members: { names: [], roles: [CSM_ROLE, LEAD_ROLE] }, admins: { names: [], roles: [] } });
  });

  it('rewrites the design document only when its version differs', async () => {
    const current = await call('GET', `/${db}/${DESIGN_DOC_ID}`, server.admin);
    await call('PUT', `/${db}/${DESIGN_DOC_ID}`, server.admin, { ...current.body, csmGuideVersion: '0' });
    const steps = await setupTeamDb({ url: server.url, admin: server.admin, db });
    expect(steps.find((step) => step.subject.includes(DESIGN_DOC_ID))?.result).toBe('updated');
    const after = await call('GET', `/${db}/${DESIGN_DOC_ID}`, server.admin);
    expect(after.body.csmGuideVersion).toBe(DESIGN_DOC_VERSION);
  });

  it('takes the database URL Settings asks for, as well as the server URL with --db', async () => {
    const steps = await setupTeamDb({ url: `${server.url}/${db}`, admin: server.admin });
    expect(steps.map((step) => step.subject)).toContain(`database ${db}`);
    expect(steps.map((step) => step.result)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    // A new database named by its URL is created there.
    const other = `${db}-by-url`;
    const created = await setupTeamDb({ url: `${server.url}/${other}/`, admin: server.admin });
    expect(created[0]).toEqual({ subject: `database ${other}`, result: 'created' });
    expect((await call('GET', `/${other}/${DESIGN_DOC_ID}`, server.admin)).status).toBe(200);
    await call('DELETE', `/${other}`, server.admin);
  });

  it('gives the accounts their team roles', async () => {
    const session = await call('GET', '/_session', lee);
    expect((session.body.userCtx as { roles: string[] }).roles).toEqual([LEAD_ROLE]);
  });

  it('says clearly when the admin password is wrong or the server is unreachable', async () => {
    const wrong = setupTeamDb({ url: server.url, admin: { name: server.admin.name, password: 'nope' }, db });
    await expect(wrong).rejects.toThrow(TeamSetupError);
    await expect(wrong).rejects.toThrow(/refused the admin/);
    await expect(setupTeamDb({ url: server.url, admin: maria, db })).rejects.toThrow(/not a server admin/);
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    await expect(setupTeamDb({ url: `http://127.0.0.1:${closed}`, admin: server.admin })).rejects.toThrow(
      /Cannot reach CouchDB at http:\/\/127\.0\.0\.1:\d+: connection refused/,
    );
  });
});

describe('writes', () => {
  it('lets a CSM, and a lead, record an event in their own name', async () => {
    const mine = event(maria.name);
    expect((await call('PUT', docPath(mine._id), maria, mine)).status).toBe(201);
    const leads = event(lee.name);
    expect((await call('PUT', docPath(leads._id), lee, leads)).status).toBe(201);
  });

  it('refuses an event forged in another CSM’s name, with a reason the CSM can read', async () => {
    const forged = event(sam.name);
    const response = await call('PUT', docPath(forged._id), maria, forged);
    expect(response).toEqual({ status: 403, body: { error: 'forbidden', reason: expect.stringMatching(/only record events in your own name/) } });
  });

  it('refuses edits and deletes, also by the event’s owner', async () => {
    const mine = event(maria.name);
    const created = await call('PUT', docPath(mine._id), maria, mine);
    const rev = String(created.body.rev);
    const edit = await call('PUT', docPath(mine._id), maria, { ...mine, _rev: rev, done: false });
    expect(edit.status).toBe(403);
    expect(edit.body.reason).toMatch(/immutable/);
    const deleted = await call('DELETE', `${docPath(mine._id)}?rev=${rev}`, maria);
    expect(deleted.status).toBe(403);
    expect(deleted.body.reason).toMatch(/cannot be deleted/);
    expect((await call('GET', docPath(mine._id), lee)).body.done).toBe(true);
  });

  it('refuses fields beyond the event’s own, such as a free-text note', async () => {
    const noted = event(maria.name, { note: 'called her, she was upset' });
    const response = await call('PUT', docPath(noted._id), maria, noted);
    expect(response.status).toBe(403);
    expect(response.body.reason).toMatch(/Field "note" is not synced/);
  });

  it('keeps members away from the design document and _security', async () => {
    const design = await call('GET', `/${db}/${DESIGN_DOC_ID}`, maria);
    const rewrite = await call('PUT', `/${db}/${DESIGN_DOC_ID}`, maria, { ...design.body, validate_doc_update: 'function () {}' });
    expect([401, 403]).toContain(rewrite.status);
    const security = await call('PUT', `/${db}/_security`, maria, { members: { names: [maria.name] } });
    expect([401, 403]).toContain(security.status);
  });
});

describe('reads', () => {
  it('lets a lead read every CSM’s events', async () => {
    const sams = event(sam.name);
    expect((await call('PUT', docPath(sams._id), sam, sams)).status).toBe(201);
    const all = await call('GET', `/${db}/_all_docs?include_docs=true&startkey=%22ev%2F%22&endkey=%22ev0%22`, lee);
    expect(all.status).toBe(200);
    const owners = new Set((all.body.rows as { doc: { owner: string } }[]).map((row) => row.doc.owner));
    expect(owners).toEqual(new Set([maria.name, sam.name, lee.name]));
  });

  it('keeps out anonymous users and accounts without a team role', async () => {
    expect((await call('GET', `/${db}/_all_docs`, null)).status).toBe(401);
    // pouchdb-server answers 401 to a signed-in non-member; Apache CouchDB answers 403.
    expect([401, 403]).toContain((await call('GET', `/${db}/_all_docs`, outsider)).status);
    const theirs = event(outsider.name);
    expect([401, 403]).toContain((await call('PUT', docPath(theirs._id), outsider, theirs)).status);
  });

  it('lets a CSM sign in with a cookie session and use it', async () => {
    const response = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ name: maria.name, password: maria.password }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { roles: string[] }).roles).toEqual([CSM_ROLE]);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);
    const mine = event(maria.name);
    expect((await call('PUT', docPath(mine._id), { cookie }, mine)).status).toBe(201);
    expect((await call('GET', docPath(mine._id), { cookie })).body.owner).toBe(maria.name);
  });
});

describe('replication', () => {
  it('pushes a CSM’s events; a forged one becomes a doc_write_failure while replication reports ok', async () => {
    // The source stands in for the extension's local database: an admin-only scratch database.
    const sourceName = `${db}-local`;
    const auth = (user: Credentials) => ({ auth: { username: user.name, password: user.password } });
    const source = new PouchDB(`${server.url}/${sourceName}`, auth(server.admin));
    const target = new PouchDB(`${server.url}/${db}`, auth(maria));
    try {
      const good = event(maria.name);
      const forged = event(sam.name);
      await source.bulkDocs([good, forged]);
      const result = await PouchDB.replicate(source, target);
      expect(result).toMatchObject({ ok: true, docs_written: 1, doc_write_failures: 1 });
      expect((await call('GET', docPath(good._id), lee)).status).toBe(200);
      expect((await call('GET', docPath(forged._id), lee)).status).toBe(404);
      // Pushing again is harmless: the accepted event is not rewritten (no edit to refuse).
      const again = await PouchDB.replicate(source, target);
      expect(again).toMatchObject({ ok: true, docs_written: 0 });
    } finally {
      await source.destroy();
      await target.close();
    }
  });
});
