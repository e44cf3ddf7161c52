import type { SyncErrorKind } from './schema';

export type Fetcher = (url: string | Request, init?: RequestInit) => Promise<Response>;

/**
 * The CouchDB server root of a database URL: `https://couch.example.com/csm-guide-team` →
 * `https://couch.example.com` (a server behind a path prefix keeps it: `/couch/team` → `/couch`).
 */
export const serverRoot = (dbUrl: string): string => {
  const url = new URL(dbUrl);
  const parts = url.pathname.replace(/\/+$/, '').split('/');
  parts.pop();
  return `${url.origin}${parts.join('/')}`;
};

/**
 * Every request to the team server goes through this: the browser's cookie jar holds the
 * AuthSession cookie (`credentials: 'include'`), and an SSO token, when one is set, goes as
 * `Authorization: Bearer`. (A leftover AuthSession cookie wins over the header on CouchDB, which
 * is why sign-out deletes the session.)
 */
export const teamFetch = (base: Fetcher, token: () => string | undefined): Fetcher => (input, init = {}) => {
  const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  const bearer = token();
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  return base(input, { ...init, headers, credentials: 'include' });
};

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The reason a CouchDB error body gives (`reason`, else `error`), or ''. */
export const reasonOf = (body: unknown): string => {
  const b = body as { reason?: unknown; error?: unknown } | null;
  return typeof b?.reason === 'string' ? b.reason : typeof b?.error === 'string' ? b.error : '';
};

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json();
  } catch {
    return null;
  }
};

/** Opens a cookie session: the browser keeps the AuthSession cookie; the password goes nowhere else. */
export async function signIn(fetcher: Fetcher, dbUrl: string, name: string, password: string): Promise<{ name: string; roles: string[] }> {
  let response: Response;
  try {
    response = await fetcher(`${serverRoot(dbUrl)}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
  } catch (error) {
    throw new SyncError('offline', `The team server at ${new URL(dbUrl).origin} could not be reached (${errorText(error)}).`);
  }
  const body = (await readJson(response)) as { name?: unknown; roles?: unknown } | null;
  if (response.status === 401) throw new SyncError('unauthorized', 'The user name or password is not right (the server said 401).');
  if (!response.ok) throw new SyncError('server', `The team server refused the sign-in (${response.status} ${reasonOf(body)}).`.replace(' )', ')'));
  return {
    name: typeof body?.name === 'string' ? body.name : name,
    roles: Array.isArray(body?.roles) ? (body.roles as unknown[]).filter((r): r is string => typeof r === 'string') : [],
  };
}

/** Ends the cookie session (the server clears the cookie). Errors are ignored: signing out must always work locally. */
export async function signOut(fetcher: Fetcher, dbUrl: string): Promise<void> {
  try {
    await fetcher(`${serverRoot(dbUrl)}/_session`, { method: 'DELETE', headers: { Accept: 'application/json' } });
  } catch {
    // Offline: the local state still says signed out; the cookie expires on its own (10 minutes by default).
  }
}

/** Who the server says this browser is: its user name (null: anonymous) and roles. */
export interface SessionContext {
  name: string | null;
  roles: string[];
}

/** The server's `_session` answer, or undefined when it cannot be asked (a 401 is an anonymous session). */
export async function sessionContext(fetcher: Fetcher, dbUrl: string): Promise<SessionContext | undefined> {
  try {
    const response = await fetcher(`${serverRoot(dbUrl)}/_session`, { headers: { Accept: 'application/json' } });
    if (!response.ok) return response.status === 401 ? { name: null, roles: [] } : undefined;
    const body = (await readJson(response)) as { userCtx?: { name?: unknown; roles?: unknown } } | null;
    const roles = Array.isArray(body?.userCtx?.roles) ? (body.userCtx.roles as unknown[]).filter((r): r is string => typeof r === 'string') : [];
    return { name: typeof body?.userCtx?.name === 'string' ? body.userCtx.name : null, roles };
  } catch {
    return undefined;
  }
}

/** Who the server thinks we are: a name, null (anonymous), or undefined when it cannot be asked. */
export async function sessionUser(fetcher: Fetcher, dbUrl: string): Promise<string | null | undefined> {
  return (await sessionContext(fetcher, dbUrl))?.name;
}

export const errorText = (error: unknown): string => {
  const e = error as { message?: unknown; reason?: unknown; name?: unknown } | null;
  if (typeof e?.reason === 'string' && e.reason) return e.reason;
  if (typeof e?.message === 'string' && e.message) return e.message;
  return String(error);
};

/** An HTTP status on a PouchDB / fetch error, if it has one. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/** Network failures (no answer at all) as opposed to an answer that says no. */
export const isNetworkError = (error: unknown): boolean => {
  const status = statusOf(error);
  if (error instanceof TypeError) return true;
  const text = `${(error as { name?: unknown })?.name ?? ''} ${errorText(error)}`;
  return (status === undefined || status === 500) && /fetch failed|failed to fetch|network|ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN|timed? ?out|blockedbyclient|internet/i.test(text);
};
