import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Transport } from '@/lib/messages/client';
import { messageSchema } from '@/lib/messages/protocol';
import { BUILTIN_PLAYBOOK } from '@/lib/core/playbook/builtin';
import type { ServiceLevel } from '@/lib/core/model/vocab';
import { observed } from '@/lib/core/profile/merge';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { createCsmStore } from '@/lib/store/csm-store';
import { NOTICE_TEXT } from '@/lib/store/notices';
import { selectAdapterSettings, selectEngineSettings, selectPlaybook, selectProfile, selectProgress } from '@/lib/store/selectors';
import { ACCOUNT_A, clock, local, RECIPIENTS, setup, ZONE } from './support';

const page = { kind: 'sf.opportunity' as const, recordId: '006Hs00001ABCdeIAG' };

describe('the store mirror', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults with the zone it was given and the built-in playbook', async () => {
    const { tab } = setup();
    const store = tab({ timeZone: 'America/Denver' });
    await store.ready;
    const state = store.getState();
    expect(state.loaded).toBe(true);
    expect(state.savedSettings).toBeNull();
    expect(state.settings.timeZone).toBe('America/Denver');
    expect(state.playbook.source).toBe('builtin');
    expect(selectPlaybook(state).name).toBe(BUILTIN_PLAYBOOK.name);
    expect(state.notices).toEqual([]);
    store.destroy();
  });

  it('mirrors what the worker keeps for pages to show: the team sync state and the morning reminder', async () => {
    await fakeBrowser.storage.local.set({ myDayReminder: { enabled: true, hour: 7 } });
    const { tab } = setup();
    const store = tab();
    await store.ready;
    expect(store.getState().reminder).toEqual({ enabled: true, hour: 7 });
    expect(store.getState().syncState).toMatchObject({ pending: 0 });
    await fakeBrowser.storage.local.set({ teamSyncState: { ...store.getState().syncState, pending: 3 } });
    await fakeBrowser.storage.local.set({ myDayReminder: { enabled: false, hour: 7 } });
    await vi.waitFor(() => expect(store.getState().syncState).toMatchObject({ pending: 3 }));
    expect(store.getState().reminder).toEqual({ enabled: false, hour: 7 });
    // A sync answer shows at once, before its storage change.
    store.getState().actions.showSyncState({ ...store.getState().syncState!, pending: 9 });
    expect(store.getState().syncState).toMatchObject({ pending: 9 });
    store.destroy();
  });

  it('toggles an item with a new event stamped with the user, time and `<at>-<random>` id', async () => {
    const { tab, storedEvents } = setup();
    const store = tab({ now: () => '2026-11-27T15:30:00.000Z', random: () => 'r4nd0m' });
    await store.getState().actions.saveSettings({ userName: 'Maria Lopez' });
    await store.idle();
    expect(await store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true)).toEqual({ ok: true, added: 1 });
    expect(await storedEvents()).toEqual([
      {
        type: 'item',
        id: '2026-11-27T15:30:00.000Z-r4nd0m',
        accountId: ACCOUNT_A,
        by: 'Maria Lopez',
        at: '2026-11-27T15:30:00.000Z',
        ruleId: 'OB-SAME-DAY-CALL',
        done: true,
      },
    ]);
    await store.idle();
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']).toEqual({
      done: true,
      by: 'Maria Lopez',
      at: '2026-11-27T15:30:00.000Z',
    });
    store.destroy();
  });

  it('shows a tick at once as pending; a background that cannot store it (disk full) leaves it kept in the outbox and says so', async () => {
    let answer: ((value: unknown) => void) | null = null;
    const transport: Transport = (message) =>
      message.type === 'events/flush' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({ ok: true, events: [] });
    const store = createCsmStore({ items: createStorageItems('reader'), transport, now: clock(), loadManaged: async () => ({}), retryDelays: [] });
    await store.ready;
    const sending = store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    const [id] = [...store.getState().pending];
    expect(id).toBeDefined();
    // The flush is asked for only once the tick is durable in the outbox.
    await vi.waitFor(() => expect(answer).not.toBeNull());
    expect(await local(`outbox:${id}`)).toMatchObject({ ruleId: 'OB-SAME-DAY-CALL' });
    answer!({ ok: false, reason: 'disk-full', error: NOTICE_TEXT['disk-full'] });
    expect(await sending).toEqual({ ok: false, reason: 'disk-full', error: NOTICE_TEXT['disk-full'] });
    // Still acknowledged: pending here, kept in the outbox for the background's next try.
    expect(selectProgress(store.getState(), ACCOUNT_A).items['OB-SAME-DAY-CALL']?.done).toBe(true);
    expect(store.getState().pending.has(id!)).toBe(true);
    expect(store.getState().notices.map((n) => n.id)).toContain('disk-full');
    store.destroy();
  });

  it('takes a tick back, and says why, when chrome.storage refuses the outbox write', async () => {
    const transport = vi.fn<Transport>(async () => ({ ok: true, events: [] }));
    const area = {
      get: async () => ({}),
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
      remove: async () => undefined,
    };
    const store = createCsmStore({ items: createStorageItems('reader'), transport, area, loadManaged: async () => ({}) });
    await store.ready;
    const response = await store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    expect(response).toMatchObject({ ok: false, error: NOTICE_TEXT['storage-full'] });
    expect(selectProgress(store.getState(), ACCOUNT_A).items).toEqual({});
    expect(store.getState().pending.size).toBe(0);
    expect(transport.mock.calls.some(([m]) => m.type === 'events/flush')).toBe(false);
    expect(store.getState().notices.map((n) => n.id)).toContain('storage-full');
    store.destroy();
  });

  it('refuses an event that would not validate, without sending it', async () => {
    const transport = vi.fn<Transport>();
    const store = createCsmStore({ items: createStorageItems('reader'), transport, loadManaged: async () => ({}) });
    await store.ready;
    expect(await store.getState().actions.toggleItem('001-too-short', 'OB-SAME-DAY-CALL', true)).toMatchObject({ ok: false });
    expect(transport).not.toHaveBeenCalled();
    expect(store.getState().events).toEqual([]);
    store.destroy();
  });

  it('in a tab checks its messages against a tab\'s only: a settings change never leaves it; an extension page\'s store sends it', async () => {
    const transport = vi.fn<Transport>(async () => ({ ok: true }));
    const tab = createCsmStore({ items: createStorageItems('reader'), transport, loadManaged: async () => ({}) });
    await tab.ready;
    const refused = await tab.getState().actions.saveSettings({ userName: 'Ana' });
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', error: 'Not a CSM Guide message (settings/set)' });
    expect(transport.mock.calls.some(([m]) => m.type === 'settings/set')).toBe(false);
    tab.destroy();

    const options = createCsmStore({ items: createStorageItems('reader'), transport, loadManaged: async () => ({}), messages: messageSchema });
    await options.ready;
    expect(await options.getState().actions.saveSettings({ userName: 'Ana' })).toEqual({ ok: true });
    expect(transport).toHaveBeenCalledWith({ type: 'settings/set', patch: { userName: 'Ana' } });
    options.destroy();
  });

  it('logs contacts and branches through the same log', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const { actions } = store.getState();
    await actions.logContact(ACCOUNT_A, '2026-11-27', 'call', true);
    await actions.setBranch(ACCOUNT_A, 'unresponsive', '2026-11-27');
    await store.idle();
    const progress = selectProgress(store.getState(), ACCOUNT_A);
    expect(progress.contacts['2026-11-27']?.call?.done).toBe(true);
    expect(progress.branch).toMatchObject({ value: 'unresponsive', since: '2026-11-27' });
    store.destroy();
  });

  it('returns the same derived objects while their inputs are unchanged (safe for React)', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    await store.getState().actions.toggleItem(ACCOUNT_A, 'OB-SAME-DAY-CALL', true);
    await store.idle();
    const state = store.getState();
    expect(selectProgress(state, ACCOUNT_A)).toBe(selectProgress(store.getState(), ACCOUNT_A));
    expect(selectEngineSettings(state)).toBe(selectEngineSettings(store.getState()));
    expect(selectAdapterSettings(state)).toEqual({ labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: ZONE });
    await store.getState().actions.setUi({ sidebarCollapsed: true });
    await store.idle();
    expect(store.getState().ui).toEqual({ sidebarCollapsed: true });
    expect(selectProgress(store.getState(), ACCOUNT_A)).toBe(selectProgress(state, ACCOUNT_A));
    store.destroy();
  });

  it('sends observed facts only when they would change the profile', async () => {
    const { tab, sent } = setup();
    const store = tab();
    await store.ready;
    const facts = { serviceLevel: observed<ServiceLevel>('Premium', page, '2026-11-27T10:00:00.000Z') };
    expect(await store.getState().actions.observeFacts(ACCOUNT_A, facts, 'acme.my.salesforce.com')).toEqual({ ok: true, changed: true });
    await store.idle();
    expect(selectProfile(store.getState(), ACCOUNT_A)?.facts.serviceLevel).toEqual(facts.serviceLevel);
    const before = sent.length;
    expect(await store.getState().actions.observeFacts(ACCOUNT_A, facts, 'acme.my.salesforce.com')).toEqual({ ok: true, changed: false });
    expect(await store.getState().actions.observeFacts(ACCOUNT_A, {})).toEqual({ ok: true, changed: false });
    expect(sent.length).toBe(before);
    store.destroy();
  });

  it('remembers thread choices for every tab', async () => {
    const { tab } = setup();
    const gmail1 = tab();
    const gmail2 = tab();
    await Promise.all([gmail1.ready, gmail2.ready]);
    await gmail1.getState().actions.setThreadChoice('thread-f:1789', { accountId: ACCOUNT_A, kind: 'recap' }, RECIPIENTS);
    await gmail2.idle();
    expect(gmail2.getState().threads['thread-f:1789']).toMatchObject({ accountId: ACCOUNT_A, kind: 'recap' });
    gmail1.destroy();
    gmail2.destroy();
  });

  it('falls back to the built-in playbook, with a notice, when the stored one no longer validates', async () => {
    const retired = { ...BUILTIN_PLAYBOOK, rules: [{ ...BUILTIN_PLAYBOOK.rules[0], check: { evaluator: 'retired-evaluator' } }] };
    await fakeBrowser.storage.local.set({ playbook: { playbook: retired, importedAt: '2026-11-01T12:00:00.000Z', source: 'old.json' } });
    const { tab } = setup();
    const store = tab();
    await store.idle();
    const state = store.getState();
    expect(state.playbook).toMatchObject({ source: 'builtin', imported: { importedAt: '2026-11-01T12:00:00.000Z', source: 'old.json' } });
    expect(selectPlaybook(state).name).toBe(BUILTIN_PLAYBOOK.name);
    expect(state.notices).toEqual([
      { id: 'playbook-invalid', level: 'error', text: NOTICE_TEXT['playbook-invalid'], details: [expect.stringContaining('retired-evaluator')] },
    ]);
    // The user's import is not thrown away: it is still stored, for a later version that knows it.
    expect(await local('playbook')).toMatchObject({ source: 'old.json' });
    store.destroy();
  });

  it('uses an imported playbook once the background accepted it', async () => {
    const { tab } = setup();
    const store = tab();
    await store.ready;
    const mine = { ...BUILTIN_PLAYBOOK, name: 'Team West SOPs' };
    expect(await store.getState().actions.importPlaybook(mine, 'west.json')).toMatchObject({ ok: true });
    await store.idle();
    expect(store.getState().playbook.source).toBe('imported');
    expect(selectPlaybook(store.getState()).name).toBe('Team West SOPs');
    store.destroy();
  });

  it('applies the enterprise policy over saved settings and reports what is locked', async () => {
    const { tab } = setup();
    const store = tab({ loadManaged: async () => ({ timeZone: 'America/Chicago', disabledRules: ['OB-ROSTERS'] }) });
    await store.ready;
    await store.getState().actions.saveSettings({ timeZone: 'Europe/Madrid', initials: 'ML' });
    await store.idle();
    const state = store.getState();
    expect(state.savedSettings).toMatchObject({ timeZone: 'Europe/Madrid', initials: 'ML' });
    expect(state.settings).toMatchObject({ timeZone: 'America/Chicago', initials: 'ML', disabledRules: ['OB-ROSTERS'] });
    expect(state.locked).toEqual(['timeZone', 'disabledRules.OB-ROSTERS']);
    expect(selectEngineSettings(state).disabledRules).toEqual(['OB-ROSTERS']);
    store.destroy();
  });

  it('reports a value from a newer version without overwriting it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ ui: { sidebarCollapsed: true, sidebarWidth: 400 }, ui$: { v: 4 } });
    const { tab } = setup();
    const store = tab();
    await store.idle();
    expect(store.getState().ui).toEqual({ sidebarCollapsed: true, sidebarWidth: 400 }); // still fits: shown read-only
    expect(store.getState().notices.map((n) => n.id)).toEqual(['newer-version']);
    expect(await store.getState().actions.setUi({ sidebarCollapsed: false })).toMatchObject({ ok: false });
    expect(await local('ui')).toEqual({ sidebarCollapsed: true, sidebarWidth: 400 });
    store.destroy();
  });
});
