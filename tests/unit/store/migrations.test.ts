import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SPECS, type ItemSpec } from '@/lib/store/items';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { inspect, readItem } from '@/lib/store/read';
import { settingsV1 } from '@/lib/store/versions/settings-v1';
import { ALL_SITES_ON } from '@/lib/settings/schema';
import { ownSender, setup, sync, ZONE } from './support';

// Settings v1 is the shape before per-site switches; v2 (current) adds `sites`, all on.
const v1 = settingsV1.parse({
  userName: 'Maria Lopez',
  initials: 'ML',
  timeZone: 'America/Chicago',
  onboardingObject: 'Customer_Onboarding__c',
  labels: { 'opp.stage': 'Sales Stage' },
  disabledRules: ['UNR-DAILY-10'],
});

describe('storage migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates settings v1 (no per-site switches) with every site on, and records the current version (v4)', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const items = createStorageItems('writer');
    expect(await items.settings.item.getValue()).toEqual({ ...v1, sites: ALL_SITES_ON });
    expect(await sync('settings$')).toEqual({ v: 4 });
    expect(await readItem(items.settings)).toEqual({ status: 'ok', value: { ...v1, sites: ALL_SITES_ON } });
  });

  it('drops v1 thread choices: they do not say whom they were for, and may sit under a per-load key (issue 14)', async () => {
    const at = '2026-11-20T10:00:00.000Z';
    const v1Threads = { 'outreach-composer-1': { accountId: '001Hs00003ABCdeIAG', at }, 'thread-f:1789': { kind: 'welcome', at } };
    expect(inspect(SPECS.threads, v1Threads, 1)).toEqual({ status: 'ok', value: {} });
    await fakeBrowser.storage.local.set({ threads: v1Threads, threads$: { v: 1 } });
    const items = createStorageItems('writer');
    expect(await items.threads.item.getValue()).toEqual({});
    expect(await fakeBrowser.storage.local.get('threads$')).toEqual({ threads$: { v: 2 } });
    // Something that was never a v1 map is still set aside, not silently dropped.
    expect(inspect(SPECS.threads, 'not a map', 1)).toMatchObject({ status: 'repair' });
  });

  it('treats an unversioned value as v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const items = createStorageItems('writer');
    expect(await items.settings.item.getValue()).toEqual({ ...v1, sites: ALL_SITES_ON });
    expect(await sync('settings$')).toEqual({ v: 4 });
  });

  it('carries a v2 value into v3 unchanged (the switches became an open map)', async () => {
    const v2 = { ...v1, sites: { ...ALL_SITES_ON, gmail: false } };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const items = createStorageItems('writer');
    expect(await items.settings.item.getValue()).toEqual(v2);
  });

  it('readers migrate in memory only: the background (single writer) persists the migration', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const reader = createStorageItems('reader');
    expect(await readItem(reader.settings)).toEqual({ status: 'ok', value: { ...v1, sites: ALL_SITES_ON } });
    expect(await sync('settings')).toEqual(v1);
    expect(await sync('settings$')).toEqual({ v: 1 });
  });

  it('records the current version with the first value written on a fresh install', async () => {
    const { writer } = setup();
    await writer.handle({ type: 'settings/set', patch: { initials: 'ML' } }, ownSender());
    await writer.handle({ type: 'ui/set', patch: { sidebarCollapsed: true } }, ownSender());
    expect(await sync('settings$')).toEqual({ v: 4 });
    expect((await fakeBrowser.storage.local.get('ui$'))['ui$']).toEqual({ v: 3 });
    expect(await sync('settings')).toMatchObject({ initials: 'ML', timeZone: ZONE, sites: ALL_SITES_ON });
  });

  it('moves the v1 sidebar side (one for every site) to each site (ui v2)', async () => {
    await fakeBrowser.storage.local.set({ ui: { sidebarCollapsed: true, sidebarSide: 'left' }, ui$: { v: 1 } });
    const { writer } = setup();
    await writer.checkAll();
    expect(await readItem(createStorageItems('reader').ui)).toEqual({
      status: 'ok',
      value: { sidebarCollapsed: true, sidebarSides: { salesforce: 'left', gmail: 'left', outreach: 'left', medtrainer: 'left' } },
    });
  });

  it('never overwrites a value saved by a newer version (another device on sync)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // WXT logs the downgrade it refuses
    const fromV5 = { ...v1, sites: ALL_SITES_ON, theme: 'dark' };
    await fakeBrowser.storage.sync.set({ settings: fromV5, settings$: { v: 5 } });
    const { writer } = setup();
    const found = await readItem(createStorageItems('reader').settings);
    expect(found).toEqual({ status: 'newer', value: null, version: 5 });
    const response = await writer.handle({ type: 'settings/set', patch: { initials: 'X' } }, ownSender());
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
    expect(await writer.checkAll()).toBe(0);
    expect(await sync('settings')).toEqual(fromV5);
    expect(await sync('settings$')).toEqual({ v: 5 });
  });

  it('sets aside a value whose migration fails, with the version it was in', () => {
    const spec: ItemSpec<{ n: number } | null> = {
      ...(SPECS.settings as unknown as ItemSpec<{ n: number } | null>),
      migrations: {
        2: () => {
          throw new Error('boom');
        },
      },
    };
    expect(inspect(spec, { old: true }, 1)).toEqual({
      status: 'repair',
      value: null,
      rejected: [{ value: { old: true }, version: 1, reason: 'migration-failed', issues: ['migration from v1 failed: boom'] }],
    });
  });

  it('reads every item as its fallback when nothing is stored', async () => {
    const items = createStorageItems('reader');
    const values = await Promise.all(Object.values(items).map(async (si) => [si.name, (await readItem(si)).value]));
    expect(Object.fromEntries(values)).toEqual({
      events: [],
      profiles: {},
      threads: {},
      settings: null,
      playbook: null,
      ui: { sidebarCollapsed: false },
      quarantine: [],
      setup: {},
    });
  });
});
