import { accountRange } from '../../lib/events/doc';
import { LEAD_ROLE, SERVER_ADMIN_ROLE } from '../../lib/sync/roles';
import { CARD_PREFIX } from './card';

/**
 * What a browser pulls from the team database, decided by the roles the server vouches for:
 *
 * - `team`: a lead's browser (or a server admin's) takes every event and card of the team — the
 *   dashboard audits all of it.
 * - `book`: a CSM's browser takes the accounts that CSM works: their own documents wherever they
 *   recorded them, and every document of an account they work — one this browser has opened
 *   (its profile) or one their own events name. A 500-CSM company then puts each CSM's book on
 *   their laptop, not the company's history.
 *
 * The filter decides what is read, not what may be written: the validation function is the same
 * for both, and a CSM may still read any document of the team database (CouchDB has no
 * per-document read rights); this is about what a laptop holds.
 */
export type PullScope = 'team' | 'book';

export const pullScopeOf = (roles: readonly string[]): PullScope =>
  roles.includes(LEAD_ROLE) || roles.includes(SERVER_ADMIN_ROLE) ? 'team' : 'book';

/**
 * The change feed's server-side selector for a CSM's book (`POST _changes?filter=_selector`,
 * CouchDB 2+ and Cloudant): their own documents, and every document of their accounts.
 */
export const bookSelector = (owner: string, accounts: readonly string[]): Record<string, unknown> => ({
  $or: [{ owner }, { accountId: { $in: [...accounts] } }],
});

/** The key ranges holding one account's documents on the server: its events and its cards. */
export const accountKeyRanges = (accountId: string): Array<{ startkey: string; endkey: string }> => [
  accountRange(accountId),
  { startkey: `${CARD_PREFIX}${accountId}/`, endkey: `${CARD_PREFIX}${accountId}/\uffff` },
];
