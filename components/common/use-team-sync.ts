import type { SyncState } from '../../lib/sync/schema';
import { getCsmStore } from '../../lib/store/csm-store';
import type { CsmStore } from '../../lib/store/state';
import { useCsmStore } from '../../lib/store/use-csm-store';

/**
 * The team sync state as the worker last wrote it, read through the page's store (which mirrors
 * it from chrome.storage.local); null until read. The setter shows a state a `sync/*` answer
 * carried at once, before its storage change arrives. Pages only read it; the worker writes it.
 */
export function useTeamSyncState(store: CsmStore = getCsmStore()): [SyncState | null, (state: SyncState) => void] {
  const state = useCsmStore((s) => s.syncState, store);
  return [state, store.getState().actions.showSyncState];
}

/** "just now", "2 min ago", "3 h ago", or a date: how long ago an ISO instant was. */
export const ago = (at: string, now: number = Date.now()): string => {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(at).toLocaleDateString();
};

/**
 * A pull under way, in words: "Bringing in the team's history: 120,000 of 300,000" while this
 * browser's first pull from the team database runs (the count is the server's, taken when it
 * started), "Bringing in the team's latest: 4,000 of 6,000" for a large catch-up later ("your
 * accounts'" on a CSM's browser, which pulls their book). null
 * when no pull runs, or a routine one (a few changes) does.
 */
export const pullProgress = (state: SyncState | null): { text: string; received: number; total: number | null } | null => {
  const pull = state?.pull;
  if (!pull) return null;
  const n = (value: number) => value.toLocaleString('en-US');
  const of = pull.total !== null && pull.total >= pull.received ? ` of ${n(pull.total)}` : ' so far';
  // A CSM's browser takes their accounts, not the team (background/sync/scope.ts).
  const whose = state.scope === 'book' ? 'your accounts’' : 'the team’s';
  if (pull.first) return { text: `Bringing in ${whose} history: ${n(pull.received)}${of}`, received: pull.received, total: pull.total };
  if (pull.received < LARGE_CATCH_UP) return null;
  return { text: `Bringing in ${whose} latest: ${n(pull.received)}${of}`, received: pull.received, total: pull.total };
};
/** A later pull this large is shown as progress too (a browser that was away for weeks). */
const LARGE_CATCH_UP = 2_000;

/** One line for the dashboard header: "Team data synced 2 min ago · 0 waiting", or what went wrong. */
export const syncSummary = (state: SyncState, now?: number): string => {
  if (!state.configured) return 'Team sync is off: this dashboard shows this browser’s progress and imported bundles.';
  if (state.lastError)
    return `Team sync: ${state.lastError.message}${state.lastSyncAt ? ` (last good sync ${ago(state.lastSyncAt, now)})` : ''}`;
  const progress = pullProgress(state);
  // A CSM's browser holds their accounts, not the team (background/sync/scope.ts): the dashboard says whose data it is.
  const data = state.scope === 'book' ? 'Your accounts’ data' : 'Team data';
  const synced = progress ? progress.text : state.lastSyncAt ? `${data} synced ${ago(state.lastSyncAt, now)}` : `${data} not synced yet`;
  return `${synced} · ${state.pending} waiting${state.refused.length ? ` · ${state.refused.length} refused` : ''}`;
};

/**
 * The sidebar's one quiet line about team sync, or null when sync is off. `signIn`: the line
 * offers a way to sign in again (Settings).
 */
export const sidebarSyncLine = (
  state: SyncState | null,
): { text: string; kind: 'signed-out' | 'offline' | 'waiting' | 'error' | 'synced' | 'not-yet'; signIn: boolean } | null => {
  if (!state?.configured) return null;
  const waiting = state.pending ? ` · ${state.pending} ${state.pending === 1 ? 'change' : 'changes'} waiting` : '';
  const kind = state.lastError?.kind;
  if (!state.signedIn || kind === 'signed-out') return { text: `Team sync: signed out${waiting}`, kind: 'signed-out', signIn: true };
  if (kind === 'offline') return { text: `Team sync: offline${waiting}`, kind: 'offline', signIn: false };
  if (kind === 'mismatch') return { text: 'Team sync: signed in as someone else, nothing is sent', kind: 'error', signIn: true };
  if (kind) return { text: `Team sync: not sending${waiting}`, kind: 'error', signIn: true };
  if (state.pending) return { text: `Team sync: ${state.pending} ${state.pending === 1 ? 'change' : 'changes'} waiting`, kind: 'waiting', signIn: false };
  // The line stays while sync is set up, so a tick's few seconds of "1 change waiting" never move
  // the checklist under the CSM's pointer; "sent" only once a sync has succeeded.
  if (!state.lastSyncAt) return { text: 'Team sync: not synced yet', kind: 'not-yet', signIn: false };
  return { text: 'Team sync: all your changes sent', kind: 'synced', signIn: false };
};
