/**
 * No web page can drive the extension. The sidebar's content scripts listen to no page message
 * (window.postMessage, DOM events), the page world has no way to reach the background (no
 * externally_connectable: `chrome.runtime` does not exist there), and the two event names WXT's
 * runtime listens to on the page's own `document`/`window` — "a newer copy started" and "the URL
 * changed", named after the public extension id — neither remove the sidebar nor throw.
 *
 * "Nothing happened" is proven without waiting on a clock: after the page's attempts, a real
 * click ticks one item, and the background's single write queue handles messages in the order
 * they arrive — so once that tick is stored, anything the page had managed to send would be too.
 */
import { chooseOption } from './support/sidebar';
import { expect, test, type Page } from '@playwright/test';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { ExtensionWorld, launchSession, openRecord, readAll, sidebarOf, URLS, watchErrors, type Session } from './reliability-support';

test.describe.configure({ mode: 'serial' });

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

const EVIL_EVENT: ProgressEvent = {
  type: 'item',
  id: '2026-11-27T10:00:00.000Z-evil',
  accountId: '001Hs00003KxQ2aIAF',
  by: 'Page Script',
  at: '2026-11-27T10:00:00.000Z',
  ruleId: 'OB-SAME-DAY-CALL',
  done: true,
};
/** Every message the background understands, plus the tab requests, as a page would forge them. */
const FORGED = [
  { type: 'progress/append', events: [EVIL_EVENT] },
  { type: 'settings/set', patch: { userName: 'Page Script', disabledRules: ['OB-SAME-DAY-CALL'] } },
  { type: 'ui/set', patch: { sidebarCollapsed: true } },
  { type: 'playbook/set', playbook: null },
  { type: 'threads/set', key: 'evil', accountId: '001Hs00003KxQ2aIAF', kind: 'welcome', at: '2026-11-27T10:00:00.000Z' },
  { type: 'quarantine/dismiss', ids: ['x'] },
  { type: 'storage/check' },
  { type: 'app/load' },
  { type: 'options/open' },
];

const events = (snapshot: { local: Record<string, unknown> }) => (snapshot.local.events ?? []) as ProgressEvent[];

/** Ticks the first manual item with a real (trusted) click and waits until the background stored it. */
async function tickByHand(page: Page): Promise<{ ruleId: string; stored: ProgressEvent[] }> {
  const item = sidebarOf(page).locator('[data-rule]:has(> * [data-action="toggle-done"]), [data-rule]:has([data-action="toggle-done"])').first();
  const ruleId = (await item.getAttribute('data-rule'))!;
  const before = events(await readAll(s)).length;
  await item.locator('[data-action="toggle-done"]').first().click();
  await expect.poll(async () => events(await readAll(s)).length, { message: 'the real click was stored' }).toBe(before + 1);
  return { ruleId, stored: events(await readAll(s)) };
}

test('the page world cannot reach the background: no chrome.runtime, and postMessage or DOM events are not listened to', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);
  const before = await readAll(s);

  const reach = await page.evaluate(() => {
    const chrome = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
    return { runtime: typeof chrome?.runtime, sendMessage: typeof chrome?.runtime?.sendMessage, connect: typeof chrome?.runtime?.connect };
  });
  expect(reach).toEqual({ runtime: 'undefined', sendMessage: 'undefined', connect: 'undefined' });

  await page.evaluate(
    ({ forged, id }) => {
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage({ ...message, extensionId: id, source: 'csm-guide' }, '*');
        window.postMessage(JSON.stringify(message), '*');
        document.dispatchEvent(new CustomEvent('csm-guide', { detail: message }));
        document.dispatchEvent(new CustomEvent(`${id}:message`, { detail: message }));
      }
    },
    { forged: FORGED, id: s.extensionId },
  );

  const { ruleId, stored } = await tickByHand(page);
  // Exactly the hand-made tick was added; nothing the page sent.
  expect(stored.slice(events(before).length)).toEqual([expect.objectContaining({ type: 'item', ruleId, accountId: '001Hs00003KxQ2aIAF' })]);
  expect(stored.some((e) => e.id === EVIL_EVENT.id || e.by === 'Page Script')).toBe(false);
  const after = await readAll(s);
  expect(after.sync).toEqual(before.sync);
  expect(after.local.threads).toEqual(before.local.threads);
  expect(after.local.ui).toEqual(before.local.ui);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.opportunity');
  expect(errors).toEqual([]);
  await page.close();
});

test("WXT's runtime event names, dispatched by the page, neither remove the sidebar nor fake a navigation", async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);

  await page.evaluate((id) => {
    for (const entry of ['csm-app-salesforce', 'salesforce']) {
      const name = entry === 'csm-app-salesforce' ? 'csm-guide-app' : entry;
      // "A newer copy of this content script started": WXT aborts the older copy on this event.
      document.dispatchEvent(new CustomEvent(`${id}:${entry}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
      window.postMessage({ type: `${id}:${entry}:wxt:content-script-started`, contentScriptName: name, messageId: 'page' }, '*');
      // "The URL changed" (WXT's SPA navigation event), without a navigation.
      window.dispatchEvent(new Event(`${id}:${entry}:wxt:locationchange`));
    }
  }, s.extensionId);

  // Still one live sidebar on the Opportunity, and it still works.
  await expect(page.locator('csm-guide')).toHaveCount(1);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.opportunity');
  await tickByHand(page);
  await expect(page.locator('csm-guide')).toHaveCount(1);
  expect(errors).toEqual([]);
  await page.close();
});

test("a page script's clicks and keys on the sidebar's open shadow root press nothing", async () => {
  const page = await s.context.newPage();
  await openRecord(page, URLS.opportunity);
  await expect(sidebarOf(page).locator('[data-action="toggle-done"]').first()).toBeVisible();
  const before = events(await readAll(s)).length;
  // The page world can reach <csm-guide>'s shadow root; its synthetic events are not the user's.
  await page.evaluate(() => {
    const root = document.querySelector('csm-guide')!.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLElement>('[data-action="toggle-done"]')) button.click();
    root.querySelector('[data-testid="csm-guide-sidebar"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  });
  // One real click, through the same single write queue: once it is stored, a forged tick would be too.
  await tickByHand(page);
  expect(events(await readAll(s)).length).toBe(before + 1);
  await expect(sidebarOf(page)).not.toHaveAttribute('data-collapsed', 'true');
  await page.close();
});

test("a page script's change and input events on the sidebar's selects write nothing, nor does an option it adds (issue 14)", async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.opportunity);
  const branch = sidebarOf(page).locator('.csm-branch select');
  await expect(branch).toHaveValue('');
  const before = new Set(events(await readAll(s)).map((e) => e.id));
  await page.evaluate(() => {
    const select = document.querySelector('csm-guide')!.shadowRoot!.querySelector<HTMLSelectElement>('.csm-branch select')!;
    // A forged choice of an offered value, then a value the sidebar never offered.
    select.value = 'unresponsive';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const option = document.createElement('option');
    option.value = 'churned';
    option.textContent = 'Main path (onboarding, adoption)';
    select.append(option);
  });
  // The user then picks the page's option by hand (a trusted change): it names nothing offered.
  await chooseOption(branch, 'churned');
  // One real click, through the same write path: once it is stored, a forged branch would be too.
  const { ruleId, stored } = await tickByHand(page);
  expect(stored.filter((e) => !before.has(e.id))).toEqual([expect.objectContaining({ type: 'item', ruleId })]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a content script may only do what a CSM does on that page: settings, playbook and imports are refused (issue 14)', async () => {
  const page = await s.context.newPage();
  await openRecord(page, URLS.opportunity);
  const before = await readAll(s);
  const world = await ExtensionWorld.attach(s, page);
  // Sent from the tab's content-script world, exactly as the sidebar's code would.
  const answers = await world.send([
    { type: 'settings/set', patch: { userName: 'Content Script', disabledRules: ['OB-SAME-DAY-CALL'] } },
    { type: 'playbook/set', playbook: null },
    { type: 'progress/append', events: [EVIL_EVENT] },
    { type: 'events/page', after: null, limit: 10 },
    { type: 'sync/now' },
  ]);
  for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/own pages/) });
  // Tab-scoped messages still work from there.
  expect(await world.send([{ type: 'events/flush' }])).toEqual([{ ok: true, added: 0 }]);
  await world.detach();
  const after = await readAll(s);
  expect(after.sync).toEqual(before.sync);
  expect(events(after).some((e) => e.id === EVIL_EVENT.id)).toBe(false);
  await page.close();
});
