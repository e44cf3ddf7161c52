import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { NOTICE_TEXT } from '@/lib/store/notices';
import { readItem } from '@/lib/store/read';
import type { QuarantineEntry } from '@/lib/store/items/quarantine';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { emptyProfile } from '@/lib/core/profile/schema';
import { ACCOUNT_A, ACCOUNT_B, local, ownSender, RECIPIENTS, setup, sync } from './support';

const event = (n: number): ProgressEvent => ({
  type: 'item',
  id: `2026-11-27T10:00:0${n}.000Z-abc${n}`,
  accountId: ACCOUNT_A,
  by: 'Maria Lopez',
  at: `2026-11-27T10:00:0${n}.000Z`,
  ruleId: 'OB-SAME-DAY-CALL',
  done: n % 2 === 0,
});

const quarantine = async () => ((await local('quarantine')) ?? []) as QuarantineEntry[];

describe('unreadable data is set aside, never dropped', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('moves a corrupt settings value to quarantine with key, time and reason, and uses the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { userName: 42, initials: 'ML' }, settings$: { v: 4 } });
    const { writer } = setup();
    expect(await writer.checkAll()).toBe(1);

    const [entry, ...rest] = await quarantine();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      key: 'sync:settings',
      reason: 'unreadable',
      version: 4,
      value: { userName: 42, initials: 'ML' },
      at: expect.stringMatching(/^2026-11-27T15:00/),
    });
    expect(entry?.issues.join('\n')).toMatch(/userName/);
    expect(entry?.path).toBeUndefined();
    expect(await sync('settings')).toBeUndefined(); // fallback: defaults with the browser's zone
    expect(await sync('settings$')).toEqual({ v: 4 });
  });

  it('keeps the readable entries of a collection and sets aside only the bad ones', async () => {
    const foreign = { type: 'item', id: 'x', accountId: 'not-an-id', at: 'yesterday' };
    await fakeBrowser.storage.local.set({ events: [event(1), foreign, event(2)], events$: { v: 1 } });
    const { writer } = setup();

    // The v1 log is read once, by its move into IndexedDB (background/events/migrate.ts).
    expect(await writer.readLegacyEvents()).toEqual([event(1), event(2)]);
    expect(await local('events')).toEqual([event(1), event(2)]);
    expect(await quarantine()).toEqual([
      expect.objectContaining({ key: 'local:events', path: '[1]', value: foreign, reason: 'unreadable' }),
    ]);
  });

  it('sets aside a profile filed under another account’s ID', async () => {
    const good = emptyProfile(ACCOUNT_A, '2026-11-20T15:00:00.000Z');
    const misfiled = emptyProfile(ACCOUNT_B, '2026-11-20T15:00:00.000Z');
    await fakeBrowser.storage.local.set({ profiles: { [ACCOUNT_A]: good, '001Hs00003ZZZzzIAA': misfiled } });
    const { writer } = setup();
    await writer.checkAll();
    expect(Object.keys((await local('profiles')) as object)).toEqual([ACCOUNT_A]);
    expect(await quarantine()).toEqual([
      expect.objectContaining({ key: 'local:profiles', path: '001Hs00003ZZZzzIAA', value: misfiled }),
    ]);
  });

  it('sets aside bad data the writer meets while handling a message, before it writes', async () => {
    await fakeBrowser.storage.local.set({ threads: 'not a map' });
    const { writer } = setup();
    const at = '2026-11-27T10:00:00.000Z';
    const response = await writer.handle({ type: 'threads/set', key: 'thread-1', kind: 'welcome', recipients: RECIPIENTS, at }, ownSender());
    expect(response).toEqual({ ok: true });
    expect(await local('threads')).toEqual({ 'thread-1': { kind: 'welcome', recipients: RECIPIENTS, at } });
    expect(await quarantine()).toEqual([expect.objectContaining({ key: 'local:threads', value: 'not a map' })]);
  });

  it('keeps a corrupt quarantine inside the new quarantine', async () => {
    await fakeBrowser.storage.local.set({ quarantine: { oops: true } });
    const { writer } = setup();
    await writer.checkAll();
    expect(await quarantine()).toEqual([
      expect.objectContaining({ key: 'local:quarantine', value: { oops: true }, reason: 'unreadable' }),
    ]);
  });

  it('does not set the same value aside twice', async () => {
    const { writer } = setup();
    for (let i = 0; i < 2; i++) {
      await fakeBrowser.storage.local.set({ ui: { sidebarCollapsed: 'yes' } });
      await writer.checkAll();
    }
    expect(await quarantine()).toHaveLength(1);
    expect(await local('ui')).toEqual({ sidebarCollapsed: false });
  });

  it('a tab shows the defaults with a notice at once, asks the background, and nothing is lost', async () => {
    const corrupt = { userName: 'Maria', initials: 'TOOLONG', timeZone: 'America/Chicago' };
    await fakeBrowser.storage.sync.set({ settings: corrupt, settings$: { v: 4 } });
    const { tab, sent } = setup();
    const store = tab();
    await store.idle();

    const state = store.getState();
    expect(state.settings.initials).toBe('');
    expect(state.notices).toEqual([
      { id: 'set-aside', level: 'warning', text: NOTICE_TEXT['set-aside'], details: ['settings'] },
    ]);
    expect(sent).toContainEqual({ type: 'storage/check', items: ['settings'] });
    expect(state.quarantine.map((e) => e.value)).toEqual([corrupt]);
    expect(await readItem(createStorageItems('reader').settings)).toEqual({ status: 'ok', value: null });

    await state.actions.dismissNotices();
    await store.idle();
    expect(store.getState().notices).toEqual([]);
    expect((await quarantine()).map((e) => [e.value, e.dismissed])).toEqual([[corrupt, true]]);
    store.destroy();
  });

  it('keeps the quarantine within its bounds on every write: a long-dismissed entry goes when something new is set aside', async () => {
    const old: QuarantineEntry = { id: 'old-1', key: 'local:threads', at: '2026-09-01T10:00:00.000Z', reason: 'unreadable', version: 1, issues: ['x'], value: 1, dismissed: true };
    const kept: QuarantineEntry = { ...old, id: 'kept-1', dismissed: false };
    await fakeBrowser.storage.local.set({ quarantine: [old, kept], quarantine$: { v: 1 } });
    const { writer } = setup();
    await writer.setAside('outbox', [{ path: 'outbox:bad', value: 'junk', issues: ['not an event'] }]);
    expect((await quarantine()).map((e) => e.id === 'kept-1' || e.path === 'outbox:bad')).toEqual([true, true]);
  });
});
