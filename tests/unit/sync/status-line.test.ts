import { describe, expect, it } from 'vitest';
import { sidebarSyncLine, syncSummary } from '@/components/common/use-team-sync';
import { emptySyncState, type SyncState } from '@/lib/sync/schema';

const state = (over: Partial<SyncState>): SyncState => ({ ...emptySyncState(), configured: true, signedIn: true, user: 'maria', ...over });
const at = '2026-11-27T15:00:00.000Z';

describe('team sync status where the CSM works', () => {
  it('says nothing in the sidebar when sync is off or everything is sent', () => {
    expect(sidebarSyncLine(null)).toBeNull();
    expect(sidebarSyncLine(emptySyncState())).toBeNull();
    expect(sidebarSyncLine(state({ lastSyncAt: at }))).toBeNull();
  });

  it('says signed out (with a way to sign in again), offline, or how many changes wait', () => {
    expect(sidebarSyncLine(state({ signedIn: false, pending: 2 }))).toEqual({ text: 'Team sync: signed out · 2 changes waiting', kind: 'signed-out', signIn: true });
    expect(sidebarSyncLine(state({ lastError: { kind: 'signed-out', message: 'x', at } }))).toMatchObject({ kind: 'signed-out', signIn: true });
    expect(sidebarSyncLine(state({ pending: 1, lastError: { kind: 'offline', message: 'x', at } }))).toEqual({
      text: 'Team sync: offline · 1 change waiting',
      kind: 'offline',
      signIn: false,
    });
    expect(sidebarSyncLine(state({ pending: 3 }))).toMatchObject({ text: 'Team sync: 3 changes waiting', kind: 'waiting' });
    expect(sidebarSyncLine(state({ lastError: { kind: 'mismatch', message: 'x', at } }))).toMatchObject({ kind: 'error', signIn: true });
  });

  it('beside an error, calls the last sync the last good one', () => {
    const now = Date.parse(at) + 5 * 60_000;
    expect(syncSummary(state({ lastSyncAt: at, lastError: { kind: 'offline', message: 'Can’t reach the team server.', at } }), now)).toBe(
      'Team sync: Can’t reach the team server. (last good sync 5 min ago)',
    );
  });
});
