import type { ResponseTo, SyncMessage } from '../../lib/messages/protocol';
import type { TeamSync } from './team-sync';

/**
 * The background's answers to the `sync/*` messages (the writer parses them and checks the
 * sender first, as for every message). Each answers with the sync state after it ran, so the
 * options page can show the outcome of the click; errors are part of that state, not failures.
 */
export const syncMessageHandler =
  (sync: TeamSync) =>
  async (message: SyncMessage): Promise<ResponseTo<SyncMessage['type']>> => {
    switch (message.type) {
      case 'sync/configure':
        return { ok: true, state: await sync.configure({ url: message.url, user: message.user }) };
      case 'sync/sign-in':
        return { ok: true, state: await sync.signIn(message.password) };
      case 'sync/sign-out':
        return { ok: true, state: await sync.signOut() };
      case 'sync/token':
        return { ok: true, state: await sync.setToken(message.token) };
      case 'sync/now':
        return { ok: true, state: await sync.run() };
      case 'sync/status':
        return { ok: true, state: await sync.status() };
    }
  };
