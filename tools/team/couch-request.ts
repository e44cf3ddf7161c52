/**
 * One CouchDB request as an admin, for setup: Basic auth, JSON in and out, and the failures an
 * operator can act on (unreachable server, wrong admin password, not an admin) turned into
 * sentences. Status codes a step expects (404, 412) are returned, not thrown.
 */

export interface Credentials {
  name: string;
  password: string;
}

/** A setup failure with a message meant for the person running setup; never holds a password. */
export class TeamSetupError extends Error {
  override name = 'TeamSetupError';
}

export interface CouchContext {
  /** Server base URL without credentials or trailing slash; may have a path (behind a proxy). */
  url: string;
  admin: Credentials;
  fetch: typeof fetch;
}

export interface CouchResponse {
  status: number;
  body: unknown;
}

const basic = ({ name, password }: Credentials): string =>
  `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${name}:${password}`)))}`;

/** Why fetch failed, from Node's `cause` (ECONNREFUSED, ENOTFOUND, ...) when it has one. */
const networkReason = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is CouchDB running on that port?)';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code) return cause.code;
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer within 30 s';
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
};

export const errorReason = (body: unknown): string => {
  const { error, reason } = (body ?? {}) as { error?: unknown; reason?: unknown };
  return [error, reason].filter((part) => typeof part === 'string' && part).join(': ') || 'no reason given';
};

/**
 * `auth: false` sends no Authorization header (used to check a user's own password).
 * 401 and 403 throw unless `expect` lists them: for an admin call they mean wrong credentials.
 */
export async function couchRequest(
  ctx: CouchContext,
  method: string,
  path: string,
  options: { body?: unknown; expect?: number[]; auth?: Credentials | false; form?: Record<string, string> } = {},
): Promise<CouchResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const auth = options.auth === undefined ? ctx.admin : options.auth;
  if (auth) headers.authorization = basic(auth);
  let body: string | undefined;
  if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.url}${path}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new TeamSetupError(`Cannot reach CouchDB at ${ctx.url}: ${networkReason(error)}.`);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    throw new TeamSetupError(
      `${ctx.url}${path} answered ${response.status} with something other than JSON: is this a CouchDB server URL?`,
    );
  }

  const expected = options.expect ?? [];
  if (response.ok || expected.includes(response.status)) return { status: response.status, body: parsed };
  if (response.status === 401) {
    throw new TeamSetupError(
      `CouchDB refused the admin "${ctx.admin.name}" (401 ${errorReason(parsed)}): check --admin user:password or COUCHDB_ADMIN.`,
    );
  }
  if (response.status === 403) {
    throw new TeamSetupError(
      `"${ctx.admin.name}" is not allowed to ${method} ${path} (403 ${errorReason(parsed)}): setup needs a server admin.`,
    );
  }
  throw new TeamSetupError(`${method} ${path} failed: ${response.status} ${errorReason(parsed)}.`);
}
