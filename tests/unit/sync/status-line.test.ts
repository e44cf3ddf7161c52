import { describe, expect, it } from 'vitest';
import { pullProgress, sidebarSyncLine, syncSummary } from '@/components/common/use-team-sync';
import { emptySyncState, type SyncState } from '@/lib/sync/schema';

const state = (over: Partial<SyncState>): SyncState => ({ ...emptySyncState(), configured: true, signedIn: true, user: 'maria', ...over });
const at = '2026-11-27T15:00:00.000Z';

describe('team sync status where the CSM works', () => {
  it('says nothing in the sidebar when sync is off; set up, one steady line: not synced yet, then all sent', () => {
    expect(sidebarSyncLine(null)).toBeNull();
    expect(sidebarSyncLine(emptySyncState())).toBeNull();
    expect(sidebarSyncLine(state({}))).toEqual({ text: 'Team sync: not synced yet', kind: 'not-yet', signIn: false });
    expect(sidebarSyncLine(state({ lastSyncAt: at }))).toEqual({ text: 'Team sync: all your changes sent', kind: 'synced', signIn: false });
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

describe('a pull under way, in words', () => {
  it('counts the first pull against what the server holds, with the waiting count beside it on the dashboard', () => {
    const pulling = state({ pending: 2, pull: { received: 120_000, total: 300_000, first: true, startedAt: at } });
    expect(pullProgress(pulling)).toMatchObject({ text: 'Bringing in the team’s history: 120,000 of 300,000', received: 120_000, total: 300_000 });
    expect(syncSummary(pulling)).toBe('Bringing in the team’s history: 120,000 of 300,000 · 2 waiting');
    expect(pullProgress(state({ pull: { received: 4_000, total: null, first: true, startedAt: at } }))?.text).toBe('Bringing in the team’s history: 4,000 so far');
    // A CSM's browser pulls their book: its size is not known ahead.
    expect(pullProgress(state({ scope: 'book', pull: { received: 2_000, total: null, first: true, startedAt: at } }))?.text).toBe('Bringing in your accounts’ history: 2,000 so far');
    expect(pullProgress(state({ scope: 'book', pull: { received: 3_000, total: null, first: false, startedAt: at } }))?.text).toBe('Bringing in your accounts’ latest: 3,000 so far');
    // The dashboard says whose data a browser holds.
    expect(syncSummary(state({ scope: 'book', lastSyncAt: at }), Date.parse(at) + 120_000)).toBe('Your accounts’ data synced 2 min ago · 0 waiting');
    expect(syncSummary(state({ scope: 'team', lastSyncAt: at }), Date.parse(at) + 120_000)).toBe('Team data synced 2 min ago · 0 waiting');
  });

  it('says nothing of a routine pull, and shows a large catch-up', () => {
    expect(pullProgress(state({}))).toBeNull();
    expect(pullProgress(state({ pull: { received: 40, total: 40, first: false, startedAt: at } }))).toBeNull();
    expect(pullProgress(state({ pull: { received: 4_000, total: 6_000, first: false, startedAt: at } }))?.text).toBe('Bringing in the team’s latest: 4,000 of 6,000');
  });
});
