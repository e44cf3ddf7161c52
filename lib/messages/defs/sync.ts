import { z } from '../../core/zod';
import { couchUserSchema, teamDbUrlSchema } from '../../sync/config';
import type { SyncState } from '../../sync/schema';
import { defineMessage, PAGES_ONLY } from '../define';

type WithState = { ok: true; state: SyncState };

/**
 * Team sync, from the options page and the dashboard only. Each answers with the sync state after
 * it ran, so the page can show the outcome of the click; errors are part of that state.
 */
export const SYNC_MESSAGES = [
  /** The team database URL (ignored when policy sets it) and the CSM's CouchDB user name. */
  defineMessage<WithState>()('sync/configure', { from: PAGES_ONLY, queued: false, fields: { url: teamDbUrlSchema, user: couchUserSchema } }),
  /** Opens a CouchDB cookie session. The password is only in transit: never stored, never logged. */
  defineMessage<WithState>()('sync/sign-in', { from: PAGES_ONLY, queued: false, fields: { password: z.string().check(z.minLength(1), z.maxLength(1024)) } }),
  /** Closes the session (DELETE /_session) and forgets an SSO token. */
  defineMessage<WithState>()('sync/sign-out', { from: PAGES_ONLY, queued: false, fields: {} }),
  /** An SSO token (JWT) to send as Authorization: Bearer, kept in session storage; null forgets it. */
  defineMessage<WithState>()('sync/token', {
    from: PAGES_ONLY,
    queued: false,
    fields: { token: z.nullable(z.string().check(z.minLength(1), z.maxLength(8192), z.regex(/^[A-Za-z0-9._~+/=-]+$/))) },
  }),
  /** Push and pull now. */
  defineMessage<WithState>()('sync/now', { from: PAGES_ONLY, queued: false, fields: {} }),
  /** The sync state with a fresh pending count (it is also in chrome.storage.local). */
  defineMessage<WithState>()('sync/status', { from: PAGES_ONLY, queued: false, fields: {} }),
] as const;
