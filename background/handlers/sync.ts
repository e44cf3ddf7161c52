import { failure } from '../../lib/messages/protocol';
import type { Handlers } from '../router';
import { ANSWER_WAIT_MS, type TeamSync } from '../sync/team-sync';

type SyncHandlers = Pick<Handlers, 'sync/configure' | 'sync/sign-in' | 'sync/sign-out' | 'sync/token' | 'sync/now' | 'sync/status'>;

const NO_SYNC = () => Promise.resolve(failure('unavailable', 'Team sync is not available here'));

/**
 * The answers to the `sync/*` messages. Each answers with the sync state after it ran, so the
 * options page can show the outcome of the click; errors are part of that state, not failures.
 * Without team sync (a test's worker) each says it is unavailable.
 */
export const syncHandlers = (sync: TeamSync | undefined): SyncHandlers =>
  sync
    ? {
        'sync/configure': async ({ url, user }) => ({ ok: true, state: await sync.configure({ url, user }) }),
        'sync/sign-in': async ({ password }) => ({ ok: true, state: await sync.signIn(password) }),
        'sync/sign-out': async () => ({ ok: true, state: await sync.signOut() }),
        'sync/token': async ({ token }) => ({ ok: true, state: await sync.setToken(token) }),
        // A long pull goes on after the answer: the page follows its progress in the state.
        'sync/now': async () => ({ ok: true, state: await sync.run({ waitMs: ANSWER_WAIT_MS }) }),
        'sync/status': async () => ({ ok: true, state: await sync.status() }),
      }
    : { 'sync/configure': NO_SYNC, 'sync/sign-in': NO_SYNC, 'sync/sign-out': NO_SYNC, 'sync/token': NO_SYNC, 'sync/now': NO_SYNC, 'sync/status': NO_SYNC };
