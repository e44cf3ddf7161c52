import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANGES_KEY } from '@/lib/events/changes';
import { createEventService } from '@/background/events/service';
import type { Transport } from '@/lib/messages/client';
import { selectProgress } from '@/lib/store/selectors';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { createCsmStore } from '@/lib/store/csm-store';
import { ACCOUNT_A, ACCOUNT_B, clock, local, localArea, ownSender, setup, ZONE } from './support';

/** A background that stopped: every message fails as Chrome reports it. */
const deadBackground: Transport = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('the durable outbox', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps a tick whose service worker stopped at the click, and the next background stores it once', async () => {
    const now = clock();
    const tab = createCsmStore({
      items: createStorageItems('reader'),
      transport: deadBackground,
      now,
      timeZone: ZONE,
      loadManaged: async () => ({}),
      retryDelays: [],
    });
    await tab.ready;
    // Acknowledged: the sidebar shows it (as pending) though no background answered.
    expect(await tab.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true)).toEqual({ ok: true, added: 0 });
    expect(selectProgress(tab.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']).toMatchObject({ done: true, pending: true });
    expect(tab.getState().pending.size).toBe(1);
    tab.destroy();

    // The worker starts again (a reload, a browser restart): the outbox is drained.
    const { events, storedEvents, tab: reopen } = setup({ now });
    expect(await events.flush()).toEqual({ added: 1 });
    expect((await storedEvents()).map((e) => (e.type === 'item' ? e.ruleId : e.type))).toEqual(['OB-SAME-DAY-CALL']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('outbox:'))).toEqual([]);
    // A replay (the same entry drained again) changes nothing.
    const [stored] = await storedEvents();
    await fakeBrowser.storage.local.set({ [`outbox:${stored!.id}`]: stored });
    expect(await events.flush()).toEqual({ added: 0 });
    expect(await storedEvents()).toHaveLength(1);

    // The reloaded tab shows it stored.
    const again = reopen();
    await again.ready;
    await again.getState().actions.watchAccounts([ACCOUNT_A]);
    await again.idle();
    expect(selectProgress(again.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    expect(selectProgress(again.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.pending).toBeUndefined();
    expect(again.getState().pending.size).toBe(0);
    again.destroy();
  });

  it('shows a reloaded tab the ticks still waiting in the outbox as pending, and asks the background to store them', async () => {
    const { tab, sent, storedEvents } = setup();
    const event = { type: 'item' as const, id: '2026-11-27T15:00:00.000Z-left', accountId: ACCOUNT_A, by: 'Maria', at: '2026-11-27T15:00:00.000Z', ruleId: 'OB-SAME-DAY-CALL', done: true };
    await fakeBrowser.storage.local.set({ [`outbox:${event.id}`]: event });
    const store = tab();
    await store.ready;
    await store.getState().actions.watchAccounts([ACCOUNT_A]);
    expect(store.getState().events.map((e) => e.id)).toContain(event.id);
    await store.idle();
    expect(sent).toContainEqual({ type: 'events/flush' });
    await expect.poll(async () => (await storedEvents()).map((e) => e.id)).toEqual([event.id]);
    store.destroy();
  });

  it('says an account’s ticks have arrived only once its stored events and its outbox are read', async () => {
    const { writer, tab } = setup();
    const stored = { type: 'item' as const, id: '2026-11-27T14:00:00.000Z-kept', accountId: ACCOUNT_A, by: 'Maria', at: '2026-11-27T14:00:00.000Z', ruleId: 'OB-PREP-REVIEW', done: true };
    await writer.handle({ type: 'progress/append', events: [stored] }, ownSender());
    const store = tab();
    await store.ready;
    expect(store.getState().eventsLoaded(ACCOUNT_A)).toBe(false);
    const watching = store.getState().actions.watchAccounts([ACCOUNT_A]);
    // Asked for, not arrived: a sidebar showing "todo" now could be wrong.
    expect(store.getState().eventsLoaded(ACCOUNT_A)).toBe(false);
    await watching;
    expect(store.getState().eventsLoaded(ACCOUNT_A)).toBe(true);
    expect(store.getState().eventsLoaded(ACCOUNT_B)).toBe(false);
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-PREP-REVIEW']?.done).toBe(true);
    store.destroy();
  });

  it('sets aside an outbox entry that is not an event, keeping its value', async () => {
    const { events, storedEvents } = setup();
    await fakeBrowser.storage.local.set({ 'outbox:junk': { type: 'item', id: 'junk' } });
    expect(await events.flush()).toEqual({ added: 0 });
    expect(await storedEvents()).toEqual([]);
    expect(await local('outbox:junk')).toBeUndefined();
    expect(await local('quarantine')).toEqual([expect.objectContaining({ key: 'outbox', path: 'outbox:junk', value: { type: 'item', id: 'junk' } })]);
  });

  it('leaves the outbox as it was when the store refuses the write (a full disk)', async () => {
    const { store } = setup();
    const failing = createEventService({
      store: { ...store, append: () => Promise.reject(new Error('QuotaExceededError')) },
      area: localArea(),
    });
    const event = { type: 'item' as const, id: 'e1', accountId: ACCOUNT_A, by: 'M', at: '2026-11-27T15:00:00.000Z', ruleId: 'R-1', done: true };
    await fakeBrowser.storage.local.set({ 'outbox:e1': event });
    await expect(failing.flush()).rejects.toThrow();
    expect(await local('outbox:e1')).toEqual(event);
  });

  it('tells a tab only about the accounts it follows, with the events inline for a small batch', async () => {
    const { tab } = setup();
    const a = tab();
    const b = tab();
    await Promise.all([a.ready, b.ready]);
    await a.getState().actions.watchAccounts([ACCOUNT_A]);
    await b.getState().actions.watchAccounts([ACCOUNT_B]);
    await a.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    await b.getState().actions.toggleItem(ACCOUNT_B, 'OB-SAME-DAY-CALL', true);
    await Promise.all([a.idle(), b.idle()]);
    expect(a.getState().events.map((e) => e.accountId)).toEqual([ACCOUNT_A]);
    expect(b.getState().events.map((e) => e.accountId)).toEqual([ACCOUNT_B]);
    const notice = (await local(CHANGES_KEY)) as { accounts: string[]; events: unknown[] };
    expect(notice.accounts).toEqual([ACCOUNT_B]);
    expect(notice.events).toHaveLength(1);
    a.destroy();
    b.destroy();
  });

  it('shows another tab’s tick as soon as it reaches the outbox, then as stored', async () => {
    const { tab } = setup();
    const a = tab();
    const b = tab();
    await Promise.all([a.ready, b.ready]);
    await Promise.all([a.getState().actions.watchAccounts([ACCOUNT_A]), b.getState().actions.watchAccounts([ACCOUNT_A])]);
    await a.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    await b.idle();
    expect(selectProgress(b.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    expect(b.getState().pending.size).toBe(0);
    a.destroy();
    b.destroy();
  });

  it('gives the dashboard (every account) each stored event, paging through a large log', async () => {
    const { events, tab } = setup();
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      type: 'item' as const,
      id: `2026-11-27T15:00:00.000Z-${String(i).padStart(5, '0')}`,
      accountId: i % 2 ? ACCOUNT_A : ACCOUNT_B,
      by: 'Maria',
      at: '2026-11-27T15:00:00.000Z',
      ruleId: `R-${i % 45}`,
      done: true,
    }));
    expect(await events.append(many)).toEqual({ added: 2_500 });
    const dashboard = tab();
    await dashboard.ready;
    await dashboard.getState().actions.watchAccounts('all');
    await dashboard.idle();
    expect(dashboard.getState().events).toHaveLength(2_500);
    dashboard.destroy();
  }, 30_000);
});
