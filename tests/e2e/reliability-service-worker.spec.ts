/**
 * The extension survives its service worker being stopped mid-write (Chrome stops idle workers,
 * and kills busy ones on update or under memory pressure).
 *
 * A tick is acknowledged once the tab has written it to the durable outbox (chrome.storage);
 * the background moves it into the IndexedDB log. With a realistic log already stored (5,000
 * events), a tab records 200 ticks at once and the worker is stopped (CDP
 * ServiceWorker.stopAllWorkers) while they are being stored: every acknowledged tick ends up
 * stored once, the log stays whole, nothing is set aside. A tick clicked at the moment the
 * worker stops, with the page reloaded right after, is still done after the reload and stored.
 * The sidebar's next tick starts the worker again; a tab opened afterwards gets its sidebar.
 */
import { expect, test } from '@playwright/test';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { progressEventSchema } from '../../lib/core/progress/events';
import { ExtensionWorld, launchSession, openRecord, progressReady, readAll, ruleOf, seedEvents, sidebarOf, stopServiceWorker, SUNRISE_ID, URLS, watchErrors, type Session } from './reliability-support';

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

const event = (i: number, ruleId: string, done: boolean, tag: string): ProgressEvent => {
  const at = new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
  return { type: 'item', id: `${at}-${tag}${i}`, accountId: SUNRISE_ID, by: 'Maria Lopez', at, ruleId, done };
};

test('ticks in flight when the worker is stopped: acknowledged ones are stored, the log stays whole, the next action works', async () => {
  test.setTimeout(180_000);
  await seedEvents(s, Array.from({ length: 5000 }, (_, i) => event(i, `OLD-RULE-${i % 40}`, i % 2 === 0, 'old')));
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);

  const world = await ExtensionWorld.attach(s, page);
  const burst = Array.from({ length: 200 }, (_, i) => event(10_000 + i, 'OB-PREP-REVIEW', i % 2 === 0, 'burst'));
  // Recorded from the tab's content-script world as the sidebar records a tick: outbox, then flush.
  await world.evaluate(
    `(globalThis.__csmAcked = [], globalThis.__csmBurst = Promise.all(${JSON.stringify(burst)}.map((e) => chrome.storage.local.set({ ['outbox:' + e.id]: e }).then(() => (globalThis.__csmAcked.push(e.id), chrome.runtime.sendMessage({ type: 'events/flush' }).catch(() => undefined))))), true)`,
  );
  await expect.poll(() => world.evaluate<number>('globalThis.__csmAcked.length'), { timeout: 60_000 }).toBeGreaterThanOrEqual(10);
  await stopServiceWorker(s, page);
  const acknowledged = await world.evaluate<string[]>('globalThis.__csmAcked');
  test.info().annotations.push({ type: 'burst', description: `${acknowledged.length} of 200 acknowledged when the worker was stopped` });

  // Every acknowledged tick is stored (the worker drains the outbox when it starts again), once.
  await expect
    .poll(async () => {
      const ids = new Set(((await readAll(s)).local.events as ProgressEvent[]).map((e) => e.id));
      return acknowledged.filter((id) => !ids.has(id)).length;
    }, { timeout: 60_000, message: 'every acknowledged tick is stored' })
    .toBe(0);
  const stored = (await readAll(s)).local;
  const events = stored.events as ProgressEvent[];
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  expect(events.filter((e) => !progressEventSchema.safeParse(e).success)).toEqual([]);
  expect(events.filter((e) => e.id.includes('-old')).length).toBe(5000);
  expect(stored.quarantine ?? []).toEqual([]);

  // The sidebar's next tick starts the worker again and is saved.
  const manual = sidebarOf(page).locator('[data-rule]:has([data-action="toggle-done"])').first();
  const ruleId = (await manual.getAttribute('data-rule'))!;
  const before = events.length;
  await manual.locator('[data-action="toggle-done"]').click();
  // The budget covers Chrome starting the worker again on a busy machine (the tick itself costs
  // the same at any log size).
  await expect.poll(async () => ((await readAll(s)).local.events as ProgressEvent[]).length, { timeout: 30_000 }).toBe(before + 1);
  const last = ((await readAll(s)).local.events as ProgressEvent[]).find((e) => !events.some((old) => old.id === e.id))!;
  expect(last).toMatchObject({ type: 'item', ruleId, accountId: SUNRISE_ID });
  await expect(ruleOf(page, ruleId)).toHaveAttribute('data-state', (last as Extract<ProgressEvent, { type: 'item' }>).done ? 'done' : /^(?!done$)/);

  // Stopped again, a tab opened afterwards still gets its sidebar (the loader's request wakes the worker).
  await stopServiceWorker(s, page);
  const other = await s.context.newPage();
  const otherErrors = watchErrors(other);
  await openRecord(other, URLS.onboarding);
  await expect(sidebarOf(other)).toHaveAttribute('data-page-kind', 'sf.onboarding');

  await world.detach();
  await other.close();
  await page.close();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('a tick clicked as the worker stops, the page reloaded at once: still done after the reload, and stored', async () => {
  test.setTimeout(180_000);
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
  const manual = sidebarOf(page).locator('[data-rule]:has([data-action="toggle-done"])');
  const count = Math.min(3, await manual.count());
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = manual.nth(i);
    const ruleId = (await item.getAttribute('data-rule'))!;
    const wasDone = (await item.getAttribute('data-state')) === 'done';
    // The click and the stop race, as when Chrome stops the worker at that instant.
    await Promise.all([item.locator('[data-action="toggle-done"]').click(), stopServiceWorker(s, page)]);
    await expect(ruleOf(page, ruleId)).toHaveAttribute('data-state', wasDone ? /^(?!done$)/ : 'done');
    await page.reload();
    await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
    await progressReady(page);
    await expect(ruleOf(page, ruleId), `${ruleId} kept after the reload`).toHaveAttribute('data-state', wasDone ? /^(?!done$)/ : 'done');
    await expect
      .poll(async () => ((await readAll(s)).local.events as ProgressEvent[]).some((e) => e.type === 'item' && e.ruleId === ruleId && e.done === !wasDone))
      .toBe(true);
  }
  expect(Object.keys((await readAll(s)).local).filter((key) => key.startsWith('outbox:'))).toEqual([]);
  await page.close();
  expect(errors).toEqual([]);
});
