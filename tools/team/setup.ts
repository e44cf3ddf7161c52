/**
 * Prepares the team database on Apache CouchDB 3.x: the database, who may read it (`_security`),
 * who may write what (the design document's validate_doc_update), and optionally the CSM and lead
 * accounts. Idempotent: every step reads first and writes only what differs, so running it again
 * (or after a new DESIGN_DOC_VERSION) is safe. Used by scripts/team-db-setup.ts and the tests.
 */
import { couchRequest, errorReason, TeamSetupError, type CouchContext, type Credentials } from './couch-request';
import { CSM_ROLE, DESIGN_DOC_ID, DESIGN_DOC_VERSION, LEAD_ROLE, TEAM_DB_DEFAULT, TEAM_ROLES, teamDesignDoc } from './design-doc';

export { TeamSetupError, type Credentials } from './couch-request';

export interface SetupOptions {
  /** Server base URL; credentials in it (http://admin:pw@host:5984) are used when `admin` is absent. */
  url: string;
  admin?: Credentials;
  db?: string;
  csms?: Credentials[];
  leads?: Credentials[];
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export type StepResult = 'created' | 'updated' | 'unchanged';
export interface SetupStep {
  /** What the step is about, e.g. `database csm-guide-team` or `user maria (csm-guide)`; no secrets. */
  subject: string;
  result: StepResult;
}

export interface SecurityObject {
  members: { names: string[]; roles: string[] };
  admins: { names: string[]; roles: string[] };
}

/**
 * Readers and writers are the two team roles; no database admins besides server admins, because a
 * database admin could replace the design document and with it every write rule.
 */
export const teamSecurity = (): SecurityObject => ({
  members: { names: [], roles: [...TEAM_ROLES] },
  admins: { names: [], roles: [] },
});

/** CouchDB's rule for database names. */
export const isValidDbName = (name: string): boolean => /^[a-z][a-z0-9_$()+/-]*$/.test(name);

/** The URL without credentials, query or trailing slash, plus any credentials it carried. */
export const splitServerUrl = (raw: string): { url: string; admin?: Credentials } => {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new TeamSetupError(`"${redactUrl(raw)}" is not a URL: expected something like http://127.0.0.1:5984`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TeamSetupError(`The CouchDB URL must start with http:// or https://, not ${parsed.protocol}`);
  }
  const admin = parsed.username
    ? { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) }
    : undefined;
  const url = `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
  return admin ? { url, admin } : { url };
};

/** For messages: a URL with any password replaced, also when it does not parse. */
export const redactUrl = (raw: string): string => raw.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');

const sameSet = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

const sameSecurity = (current: unknown, wanted: SecurityObject): boolean => {
  const sec = (current ?? {}) as Partial<SecurityObject>;
  return (
    sameSet(sec.members?.names, wanted.members.names) &&
    sameSet(sec.members?.roles, wanted.members.roles) &&
    sameSet(sec.admins?.names, wanted.admins.names) &&
    sameSet(sec.admins?.roles, wanted.admins.roles)
  );
};

/** Fails early, with one clear sentence, when the URL is not CouchDB or the admin is not an admin. */
async function checkServer(ctx: CouchContext): Promise<void> {
  // 401: a server that requires a valid user even for its welcome; the session check below tells.
  const welcome = await couchRequest(ctx, 'GET', '/', { auth: false, expect: [401, 404] });
  const body = (welcome.body ?? {}) as Record<string, unknown>;
  // Apache CouchDB and Cloudant say {"couchdb":"Welcome"}; pouchdb-server says {"express-pouchdb":"Welcome!"}.
  if (welcome.status === 404 || (welcome.status === 200 && !('couchdb' in body) && !('express-pouchdb' in body))) {
    throw new TeamSetupError(`${ctx.url} answers, but not like a CouchDB server root: check the URL (no database name in it).`);
  }
  const session = await couchRequest(ctx, 'GET', '/_session');
  const roles = ((session.body as { userCtx?: { roles?: unknown } } | null)?.userCtx?.roles ?? []) as unknown[];
  if (!roles.includes('_admin')) {
    throw new TeamSetupError(`"${ctx.admin.name}" signed in but is not a server admin: setup needs one.`);
  }
}

async function ensureDatabase(ctx: CouchContext, db: string): Promise<StepResult> {
  const created = await couchRequest(ctx, 'PUT', `/${encodeURIComponent(db)}`, { expect: [412] });
  return created.status === 412 ? 'unchanged' : 'created';
}

async function ensureSecurity(ctx: CouchContext, db: string): Promise<StepResult> {
  const path = `/${encodeURIComponent(db)}/_security`;
  const wanted = teamSecurity();
  const current = await couchRequest(ctx, 'GET', path);
  if (sameSecurity(current.body, wanted)) return 'unchanged';
  await couchRequest(ctx, 'PUT', path, { body: wanted });
  return 'updated';
}

async function ensureDesignDoc(ctx: CouchContext, db: string): Promise<StepResult> {
  const path = `/${encodeURIComponent(db)}/${DESIGN_DOC_ID}`;
  const current = await couchRequest(ctx, 'GET', path, { expect: [404] });
  if (current.status === 404) {
    await couchRequest(ctx, 'PUT', path, { body: teamDesignDoc() });
    return 'created';
  }
  const stored = current.body as { _rev?: string; csmGuideVersion?: unknown };
  if (stored.csmGuideVersion === DESIGN_DOC_VERSION) return 'unchanged';
  await couchRequest(ctx, 'PUT', path, { body: { ...teamDesignDoc(), _rev: stored._rev } });
  return 'updated';
}

interface UserDoc {
  _id: string;
  _rev?: string;
  name: string;
  type: 'user';
  roles: string[];
  password?: string;
  [field: string]: unknown;
}

/** Whether CouchDB accepts this name and password (a cookie session that is then dropped). */
async function passwordWorks(ctx: CouchContext, user: Credentials): Promise<boolean> {
  const session = await couchRequest(ctx, 'POST', '/_session', {
    auth: false,
    form: { name: user.name, password: user.password },
    expect: [401],
  });
  return session.status === 200;
}

/**
 * Creates the account, or brings its team roles and password in line. Roles other apps gave the
 * account are kept; only the CSM Guide roles are set from the command line.
 */
async function ensureUser(ctx: CouchContext, user: Credentials, teamRoles: string[]): Promise<StepResult> {
  const id = `org.couchdb.user:${user.name}`;
  const path = `/_users/${encodeURIComponent(id)}`;
  const current = await couchRequest(ctx, 'GET', path, { expect: [404] });
  if (current.status === 404) {
    if (/database/i.test(errorReason(current.body))) {
      throw new TeamSetupError(
        'The server has no _users database: finish CouchDB’s single-node setup (it creates _users) first.',
      );
    }
    const doc: UserDoc = { _id: id, name: user.name, type: 'user', roles: teamRoles, password: user.password };
    await couchRequest(ctx, 'PUT', path, { body: doc });
    return 'created';
  }
  const existing = current.body as UserDoc;
  const others = (existing.roles ?? []).filter((role) => !(TEAM_ROLES as readonly string[]).includes(role));
  const roles = [...others, ...teamRoles];
  if (sameSet(existing.roles, roles) && (await passwordWorks(ctx, user))) return 'unchanged';
  await couchRequest(ctx, 'PUT', path, { body: { ...existing, roles, password: user.password } });
  return 'updated';
}

const isWelcome = (body: unknown): boolean => {
  const b = (body ?? {}) as Record<string, unknown>;
  return 'couchdb' in b || 'express-pouchdb' in b;
};

/**
 * The server and the database a URL names. Settings asks for the database URL
 * (`https://couch.example.com/csm-guide-team`), and setup takes the same; a server URL (with
 * `--db`, or alone for the default database) keeps working. Without `--db`, a URL with a path is
 * asked whether it is a server root (a server behind a proxy path answers with its welcome);
 * otherwise its last segment is the database.
 */
export async function resolveTarget(
  url: string,
  admin: Credentials,
  db: string | undefined,
  fetcher: typeof fetch,
): Promise<{ server: string; db: string }> {
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (db !== undefined || !segments.length) return { server: url, db: db ?? TEAM_DB_DEFAULT };
  const probe = await couchRequest({ url, admin, fetch: fetcher }, 'GET', '/', { expect: [400, 401, 403, 404] }).catch(() => null);
  if (probe?.status === 200 && isWelcome(probe.body)) return { server: url, db: TEAM_DB_DEFAULT };
  return { server: `${parsed.origin}/${segments.slice(0, -1).join('/')}`.replace(/\/+$/, ''), db: decodeURIComponent(segments[segments.length - 1]!) };
}

/** Runs every step in order and reports what each did. Throws TeamSetupError on the first failure. */
export async function setupTeamDb(options: SetupOptions): Promise<SetupStep[]> {
  const { url: given, admin: fromUrl } = splitServerUrl(options.url);
  const admin = options.admin ?? fromUrl;
  if (!admin) throw new TeamSetupError('No admin credentials: pass --admin user:password or set COUCHDB_ADMIN.');
  const { server: url, db } = await resolveTarget(given, admin, options.db, options.fetch ?? globalThis.fetch);
  if (!isValidDbName(db)) {
    throw new TeamSetupError(`"${db}" is not a valid CouchDB database name (lowercase letter first, then a-z 0-9 _$()+-/).`);
  }
  const ctx: CouchContext = { url, admin, fetch: options.fetch ?? globalThis.fetch };

  await checkServer(ctx);
  const steps: SetupStep[] = [];
  steps.push({ subject: `database ${db}`, result: await ensureDatabase(ctx, db) });
  steps.push({ subject: `${db}/_security (members: ${TEAM_ROLES.join(', ')})`, result: await ensureSecurity(ctx, db) });
  steps.push({ subject: `${db}/${DESIGN_DOC_ID} v${DESIGN_DOC_VERSION}`, result: await ensureDesignDoc(ctx, db) });

  // One account may be named as CSM and as lead; it then gets both roles in one write.
  const wanted = new Map<string, { user: Credentials; roles: string[] }>();
  const add = (users: Credentials[] | undefined, role: string) => {
    for (const user of users ?? []) {
      const entry = wanted.get(user.name) ?? { user, roles: [] };
      if (entry.user.password !== user.password) {
        throw new TeamSetupError(`User "${user.name}" is listed twice with different passwords.`);
      }
      entry.roles.push(role);
      wanted.set(user.name, entry);
    }
  };
  add(options.csms, CSM_ROLE);
  add(options.leads, LEAD_ROLE);
  for (const { user, roles } of wanted.values()) {
    steps.push({ subject: `user ${user.name} (${roles.join(', ')})`, result: await ensureUser(ctx, user, roles) });
  }
  return steps;
}
