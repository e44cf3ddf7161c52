/**
 * Storage near its quota: chrome.storage refuses the write whole ("QUOTA_BYTES quota exceeded"
 * for local, "QUOTA_BYTES_PER_ITEM" / "MAX_WRITE_OPERATIONS_PER_MINUTE" for sync). The writer
 * must answer in words a CSM can act on, keep what was saved, and the tabs must show a notice
 * until a write succeeds again. fakeBrowser's storage is made to throw exactly as Chrome does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProgressEvent } from '@/lib/core/progress/events';
import { NOTICE_TEXT } from '@/lib/store/notices';
import { selectProgress } from '@/lib/store/selectors';
import { StoreFullError, type EventStore } from '@/background/events/event-store';
import { DISK_FULL, STORAGE_BUSY, STORAGE_FULL, quotaProblem } from '@/lib/store/quota';
import { ACCOUNT_A, eventStore, local, ownSender, setup, sync } from '../store/support';

const tick = (n: number): ProgressEvent => ({
  type: 'item',
  id: `2026-11-27T10:00:0${n}.000Z-q${n}`,
  accountId: ACCOUNT_A,
  by: 'Maria Lopez',
  at: `2026-11-27T10:00:0${n}.000Z`,
  ruleId: 'OB-SAME-DAY-CALL',
  done: true,
});

/** Makes one storage area refuse every write the way Chrome does when it is full. */
const fill = (area: 'local' | 'sync', message = 'QUOTA_BYTES quota exceeded') =>
  vi.spyOn(fakeBrowser.storage[area], 'set').mockRejectedValue(new Error(message));

describe('storage near its quota', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('names every quota error Chrome raises, and nothing else', () => {
    expect(quotaProblem(new Error('QUOTA_BYTES quota exceeded'))).toBe(STORAGE_FULL);
    expect(quotaProblem(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(STORAGE_FULL);
    expect(quotaProblem(new Error('MAX_ITEMS quota exceeded'))).toBe(STORAGE_FULL);
    expect(quotaProblem(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe(STORAGE_BUSY);
    expect(quotaProblem('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded')).toBe(STORAGE_BUSY);
    expect(quotaProblem(new Error('IO error: .../LOCK: File currently in use'))).toBeNull();
  });

  it('the writer answers a tick the disk cannot hold with a readable failure, keeping it in the outbox and what was stored', async () => {
    let full = false;
    const { writer, store, storedEvents } = setup({
      service: {
        store: {
          ...eventStore(),
          append: (events, owner) => (full ? Promise.reject(new StoreFullError('QuotaExceededError')) : store.append(events, owner)),
        } as EventStore,
      },
    });
    expect(await writer.handle({ type: 'progress/append', events: [tick(1)] }, ownSender())).toEqual({ ok: true, added: 1 });
    full = true;
    await fakeBrowser.storage.local.set({ [`outbox:${tick(2).id}`]: tick(2) });
    const refused = await writer.handle({ type: 'events/flush' }, ownSender());
    expect(refused).toEqual({ ok: false, reason: 'disk-full', error: DISK_FULL, details: ['QuotaExceededError'] });
    expect(await storedEvents()).toEqual([tick(1)]);
    expect(await local(`outbox:${tick(2).id}`)).toEqual(tick(2));
  });

  it('a sync item over its size or write rate says which, and settings stay as saved', async () => {
    const { writer } = setup();
    expect(await writer.handle({ type: 'settings/set', patch: { userName: 'Maria Lopez' } }, ownSender())).toEqual({ ok: true });
    const spy = fill('sync', 'QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(await writer.handle({ type: 'settings/set', patch: { initials: 'ML' } }, ownSender())).toMatchObject({ ok: false, error: STORAGE_FULL });
    spy.mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await writer.handle({ type: 'settings/set', patch: { initials: 'ML' } }, ownSender())).toMatchObject({ ok: false, error: STORAGE_BUSY });
    expect(await sync('settings')).toMatchObject({ userName: 'Maria Lopez', initials: '' });
  });

  it('the tab shows the storage-full notice while writes fail, drops the unsaved tick, and clears once a write succeeds', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const spy = fill('local');

    const result = await store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    expect(result).toMatchObject({ ok: false, error: STORAGE_FULL });
    await store.idle();
    expect(store.getState().notices).toContainEqual({ id: 'storage-full', level: 'error', text: NOTICE_TEXT['storage-full'] });
    // The tick is not shown as done: it was never saved.
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']).toBeUndefined();

    spy.mockRestore();
    expect(await store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true)).toMatchObject({ ok: true, added: 1 });
    await store.idle();
    expect(store.getState().notices.map((n) => n.id)).not.toContain('storage-full');
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    store.destroy();
  });

  it('a full storage at start-up never becomes an unhandled rejection in the service worker', async () => {
    await fakeBrowser.storage.local.set({ events: [tick(1), { broken: true }], events$: { v: 1 } });
    const { writer } = setup();
    fill('local');
    await expect(writer.checkAll()).resolves.toBe(0);
    // Nothing was half-written: the bad entry is still where it was, for the next start.
    expect(await local('events')).toEqual([tick(1), { broken: true }]);
  });
});
