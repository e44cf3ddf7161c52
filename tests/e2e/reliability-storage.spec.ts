/**
 * What is already in chrome.storage when the extension starts: data written by an older CSM
 * Guide is migrated; corrupt entries and data that is not CSM Guide's are set aside (kept, with
 * where and why) with a visible notice in the sidebar, and nothing crashes; more than the default
 * 10 MB in chrome.storage no longer stops a tick (IndexedDB log, unlimitedStorage).
 *
 * Storage is seeded from the service worker, then the worker is stopped, so the background
 * starts again over the seeded data (its migrations and check run at start) when the page loads.
 */
import { expect, test } from '@playwright/test';
import type { ProgressEvent } from '../../lib/core/progress/events';
import {
  launchSession,
  noticeOf,
  openRecord,
  readAll,
  ruleOf,
  seed,
  sidebarOf,
  stopServiceWorker,
  SUNRISE_ID,
  URLS,
  watchErrors,
  type Session,
} from './reliability-support';

test.describe.configure({ mode: 'serial' });

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

const AT = '2026-11-20T15:00:00.000Z';
const tick: ProgressEvent = { type: 'item', id: `${AT}-old1`, accountId: SUNRISE_ID, by: 'Maria Lopez', at: AT, ruleId: 'OB-PREP-REVIEW', done: true };
/** Settings as CSM Guide v1 stored them: no per-site switches yet. */
const SETTINGS_V1 = { userName: 'Maria Lopez', initials: 'ML', timeZone: 'America/Chicago', onboardingObject: 'Customer_Onboarding__c', labels: {}, disabledRules: [] };
const FOREIGN = { hello: 'from another tool' };

test('older settings migrate, corrupt and foreign entries are set aside with a notice, and the sidebar works', async () => {
  await seed(s, {
    sync: { settings: SETTINGS_V1, settings$: { v: 1 } },
    local: {
      events: [tick, FOREIGN, { ...tick, id: `${AT}-bad`, accountId: 'not-an-account' }],
      events$: { v: 1 },
      profiles: { 'not-an-account-id': { foo: 1 } },
      profiles$: { v: 1 },
      ui: 'collapsed',
      ui$: { v: 1 },
      'another-tool:cache': { keep: true },
    },
  });
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await stopServiceWorker(s, page);

  await openRecord(page, URLS.opportunity); // the loader's request starts the background again
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
  const notice = noticeOf(page, 'set-aside');
  await expect(notice).toContainText('Some saved data could not be read and was set aside.');
  for (const what of ['checklist progress', 'account profiles', 'sidebar layout']) await expect(notice).toContainText(what);
  // The readable tick still counts.
  await expect(ruleOf(page, 'OB-PREP-REVIEW')).toHaveAttribute('data-state', 'done');

  const stored = await readAll(s);
  // Migrated to the current version (v4) and persisted: every site switched on, the rest as the user saved it.
  expect(stored.sync.settings$).toEqual({ v: 4 });
  expect(stored.sync.settings).toEqual({ ...SETTINGS_V1, sites: { salesforce: true, gmail: true, outreach: true, medtrainer: true } });
  expect(stored.local.events).toEqual([tick]);
  // Nothing was dropped: each bad part is kept with its key, path and reason.
  const quarantine = stored.local.quarantine as Array<{ key: string; path?: string; value: unknown; reason: string; dismissed?: boolean }>;
  expect(quarantine).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: 'local:events', path: '[1]', value: FOREIGN, reason: 'unreadable' }),
      expect.objectContaining({ key: 'local:events', path: '[2]', reason: 'unreadable' }),
      expect.objectContaining({ key: 'local:profiles', path: 'not-an-account-id', value: { foo: 1 } }),
      expect.objectContaining({ key: 'local:ui', value: 'collapsed' }),
    ]),
  );
  // Keys that are not CSM Guide's are left alone.
  expect(stored.local['another-tool:cache']).toEqual({ keep: true });

  // A lead sees the same notice on the dashboard, without opening a sidebar.
  const dashboard = await s.context.newPage();
  await dashboard.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
  await expect(dashboard.getByTestId('store-notices').locator('[data-notice="set-aside"]')).toContainText('could not be read and was set aside');
  await dashboard.close();

  // Dismissing hides the notice; the set-aside values stay.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect
    .poll(async () => ((await readAll(s)).local.quarantine as Array<{ dismissed?: boolean }>).every((entry) => entry.dismissed === true))
    .toBe(true);
  expect(((await readAll(s)).local.quarantine as unknown[]).length).toBe(quarantine.length);
  expect(errors).toEqual([]);
  await page.close();
});

test('more than chrome.storage’s default 10 MB quota is in use: a tick is still saved and stored in the log', async () => {
  // The first version lost ticks silently past the 10 MB quota. The log is now in IndexedDB and
  // the extension holds unlimitedStorage, so no cap below the disk's own applies to either the log
  // or the outbox. (A disk that is really full is answered in words: tests/unit/reliability/quota.test.ts.)
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);
  const manual = sidebarOf(page).locator('[data-rule]:has([data-action="toggle-done"])').first();
  const ruleId = (await manual.getAttribute('data-rule'))!;
  const stateBefore = await manual.getAttribute('data-state');

  const own = await s.extensionPage();
  const used = await own.evaluate(async () => {
    type Local = { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number>; set(items: object): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    // Another tool's 12 MB: past what chrome.storage.local allows an extension without unlimitedStorage.
    await local.set({ 'another-tool:filler': 'x'.repeat(local.QUOTA_BYTES + 2 * 1024 * 1024) });
    return local.getBytesInUse(null);
  });
  expect(used).toBeGreaterThan(10 * 1024 * 1024);

  await manual.locator('[data-action="toggle-done"]').click();
  await expect(ruleOf(page, ruleId)).not.toHaveAttribute('data-state', stateBefore!);
  await expect.poll(async () => ((await readAll(s)).local.events as ProgressEvent[]).some((e) => e.type === 'item' && e.ruleId === ruleId)).toBe(true);
  await expect(noticeOf(page, 'storage-full')).toHaveCount(0);
  await expect(sidebarOf(page).locator('[data-result="error"]')).toHaveCount(0);
  await own.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('another-tool:filler'));
  expect(errors).toEqual([]);
  await page.close();
});
