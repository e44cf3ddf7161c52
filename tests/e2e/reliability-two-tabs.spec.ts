/**
 * Two tabs ticking the same account at once lose nothing, through the real background.
 *
 * The Opportunity and the Customer Onboarding of one account are open in two tabs. From each
 * tab's content-script world (where the sidebar lives) 200 ticks and unticks are sent, exactly
 * as the sidebar's store records them (each into the durable outbox, then `events/flush`), the two tabs'
 * streams interleaved and in flight together (25 at a time from each) — 400 in all, over the
 * rules both sidebars show with a tick box. (It was 1,000: every write of the log stores it
 * whole, so the cost grew with the square of the count and took 2 minutes on 2 idle cores, past
 * any sane budget on a busy one; 400 interleave just as much at a sixth of the cost.) Then: every event is stored once, every tab was answered ok, and both open
 * sidebars show each item as the last tick issued (the log orders by time), without a reload.
 * A real click in each tab is mixed in. (Unit level: tests/unit/store/two-tabs.test.ts.)
 */
import { expect, test } from '@playwright/test';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { testNow } from './support/clock';
import { ExtensionWorld, launchSession, openRecord, readAll, ruleOf, sidebarOf, SUNRISE_ID, URLS, watchErrors, type Session } from './reliability-support';

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

const manualRules = (page: import('@playwright/test').Page) =>
  sidebarOf(page)
    .locator('[data-rule]:has([data-action="toggle-done"])')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')!));

/** Ticks in all, half from each tab; the budget grows with them (most of it is the writes). */
const TICKS = 400;

test('400 interleaved ticks from two tabs: all stored once, both sidebars converge', async () => {
  test.setTimeout(60_000 + TICKS * 300);
  const [a, b] = [await s.context.newPage(), await s.context.newPage()];
  const errors = [...watchErrors(a), ...watchErrors(b)];
  await openRecord(a, URLS.opportunity);
  await openRecord(b, URLS.onboarding);
  for (const page of [a, b]) await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);

  const inA = await manualRules(a);
  const inB = await manualRules(b);
  const rules = [...new Set([...inA, ...inB])];
  expect(rules.length).toBeGreaterThanOrEqual(2);

  // Event i belongs to tab i % 2; `at` rises with i, so the last tick of a rule is its highest i.
  const base = testNow().getTime() - 3_600_000;
  const expected = new Map<string, boolean>();
  const streams: ProgressEvent[][] = [[], []];
  for (let i = 0; i < TICKS; i++) {
    const at = new Date(base + i * 10).toISOString();
    const ruleId = rules[(i * 7) % rules.length]!;
    const done = (i * 13) % 3 !== 0;
    expected.set(ruleId, done);
    streams[i % 2]!.push({ type: 'item', id: `${at}-tab${i % 2}n${i}`, accountId: SUNRISE_ID, by: `Tab ${i % 2}`, at, ruleId, done });
  }

  const worlds = [await ExtensionWorld.attach(s, a), await ExtensionWorld.attach(s, b)];
  // Each tab sends its half in bursts of 25 messages in flight at once; the two tabs run together.
  const sendAll = async (world: ExtensionWorld, events: ProgressEvent[]) => {
    const answers: unknown[] = [];
    for (let i = 0; i < events.length; i += 25) {
      answers.push(...(await world.record(events.slice(i, i + 25))));
    }
    return answers;
  };
  const answers = (await Promise.all(worlds.map((world, i) => sendAll(world, streams[i]!)))).flat();
  expect(answers).toHaveLength(TICKS);
  expect(answers.filter((r) => (r as { ok?: boolean }).ok !== true)).toEqual([]);

  const stored = (await readAll(s)).local.events as ProgressEvent[];
  const ids = new Set(stored.map((e) => e.id));
  expect(stored).toHaveLength(TICKS);
  expect(ids.size).toBe(TICKS);
  for (const stream of streams) for (const event of stream) expect(ids.has(event.id)).toBe(true);

  // Both sidebars, still open, show every rule they list as the last tick left it.
  for (const [page, shown] of [[a, inA], [b, inB]] as const) {
    for (const ruleId of shown) {
      if (expected.get(ruleId)) await expect(ruleOf(page, ruleId)).toHaveAttribute('data-state', 'done');
      else await expect(ruleOf(page, ruleId)).not.toHaveAttribute('data-state', 'done');
    }
  }

  // A real click in each tab on top: stored, and seen by the other tab.
  const clicked = inA.find((r) => inB.includes(r)) ?? inA[0]!;
  const wasDone = expected.get(clicked) === true;
  await ruleOf(a, clicked).locator('[data-action="toggle-done"]').click();
  await expect.poll(async () => ((await readAll(s)).local.events as ProgressEvent[]).length).toBe(TICKS + 1);
  for (const page of [a, b].filter((p) => (p === a ? inA : inB).includes(clicked))) {
    if (wasDone) await expect(ruleOf(page, clicked)).not.toHaveAttribute('data-state', 'done');
    else await expect(ruleOf(page, clicked)).toHaveAttribute('data-state', 'done');
  }
  await ruleOf(b, inB[0]!).locator('[data-action="toggle-done"]').click();
  await expect.poll(async () => ((await readAll(s)).local.events as ProgressEvent[]).length).toBe(TICKS + 2);

  for (const world of worlds) await world.detach();
  expect(errors).toEqual([]);
});

/** Stored events of one rule on Sunrise recorded by a person's click (not a tab's scripted stream). */
const clicksStored = async (ruleId: string, by: (name: string) => boolean): Promise<number> =>
  ((await readAll(s)).local.events as ProgressEvent[]).filter((e) => e.accountId === SUNRISE_ID && e.type === 'item' && e.ruleId === ruleId && by(e.by)).length;

test('a second tab of the same record takes every press while the first one ticks: 40 of 40 land', async () => {
  test.setTimeout(180_000);
  const [a, b] = [await s.context.newPage(), await s.context.newPage()];
  await openRecord(a, URLS.opportunity);
  await openRecord(b, URLS.opportunity);
  // A toggle a person can see in B (a section may be collapsed), and another rule for A's stream.
  const rules = await manualRules(b);
  const visible: string[] = [];
  for (const ruleId of rules) if (await ruleOf(b, ruleId).locator('[data-action="toggle-done"]').first().isVisible()) visible.push(ruleId);
  const pressed = visible[0]!;
  const streamed = rules.find((r) => r !== pressed) ?? pressed;
  const before = await clicksStored(pressed, (by) => !by.startsWith('Tab '));
  // Tab A ticks on and on (as fast as its sidebar's store records), the events reloading in B.
  const world = await ExtensionWorld.attach(s, a);
  let streaming = true;
  let n = 0;
  const stream = (async () => {
    while (streaming) {
      const at = new Date(testNow().getTime() - 60_000 + n).toISOString();
      await world.record(Array.from({ length: 5 }, (_, k) => ({ type: 'item', id: `${at}-stream${n}x${k}`, accountId: SUNRISE_ID, by: 'Tab A', at, ruleId: streamed, done: (n + k) % 2 === 0 })));
      n++;
    }
  })();
  try {
    const toggle = ruleOf(b, pressed).locator('[data-action="toggle-done"]').first();
    // Forty presses in a row, none waiting for the last to be saved.
    for (let i = 0; i < 40; i++) await toggle.click({ timeout: 5_000 });
  } finally {
    streaming = false;
    await stream;
    await world.detach();
  }
  await expect.poll(() => clicksStored(pressed, (by) => !by.startsWith('Tab ')), { timeout: 30_000 }).toBe(before + 40);
});

test('toggles take clicks while the store digests a large import', async () => {
  test.setTimeout(180_000);
  const tab = await s.context.newPage();
  await openRecord(tab, URLS.opportunity);
  const [ruleId] = await manualRules(tab);
  const before = await clicksStored(ruleId!, (by) => !by.startsWith('Tab ') && by !== 'Import');
  // 60,000 events of other accounts arrive at once (a bundle import, a team pull's pages).
  const own = await s.extensionPage();
  const importing = own.evaluate(async () => {
    const base = Date.UTC(2026, 0, 1);
    for (let page = 0; page < 3; page++) {
      const events = Array.from({ length: 20_000 }, (_, k) => {
        const i = page * 20_000 + k;
        const at = new Date(base + i * 1000).toISOString();
        return { type: 'item', id: `${at}-imp${i}`, accountId: `001Im${String(i % 3000).padStart(10, '0')}AAA`, by: 'Import', at, ruleId: 'OB-PREP-REVIEW', done: true };
      });
      await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'progress/append', events });
    }
  });
  const toggle = ruleOf(tab, ruleId!).locator('[data-action="toggle-done"]').first();
  for (let i = 0; i < 5; i++) {
    const was = await ruleOf(tab, ruleId!).getAttribute('data-state');
    await expect(toggle).toBeEnabled();
    await toggle.click({ timeout: 2_000 });
    await expect(ruleOf(tab, ruleId!)).not.toHaveAttribute('data-state', was!);
  }
  await importing;
  await expect.poll(() => clicksStored(ruleId!, (by) => !by.startsWith('Tab ') && by !== 'Import'), { timeout: 90_000 }).toBe(before + 5);
});
