/**
 * What one tick costs every open tab as the progress log grows.
 *
 * The log lives in IndexedDB, owned by the service worker (lib/events); a tab follows only the
 * accounts it shows and hears each stored batch through one small change notice. The log only
 * grows (a CSM's ticks over months; a team pulled from CouchDB), so the cost of one tick is
 * measured with 0, 20,000 and 300,000 events stored: a tick is stored by the background (sent
 * from an extension page, as another tab or the dashboard would), and the open Opportunity tab
 * is timed from the send until its sidebar shows the new state (wall clock), and by its
 * main-thread work meanwhile (CDP TaskDuration).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { installSidebarRecorder } from './sidebar-recorder';
import { median, round } from './stats';

const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view';
const ACCOUNT = '001Hs00003KxQ2aIAF';

export interface LogScaleRow {
  storedEvents: number;
  /** Send → the open tab's sidebar shows the tick (ms, median). */
  tickToSidebarMs: number;
  /** The tab's main-thread work for that one tick (ms, median). */
  tabWorkMs: number;
}

export interface LogScaleReport {
  page: string;
  ticksPerSize: number;
  rows: LogScaleRow[];
}

type Chrome = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { set(items: object): Promise<void> } };
  };
};

const settle = (page: Page, quietMs = 300) =>
  page.waitForFunction(
    (quiet) => {
      const state = (window as unknown as { __csmBench?: { lastChange: number } }).__csmBench;
      return !!state && performance.now() - state.lastChange >= quiet;
    },
    quietMs,
    { timeout: 30_000, polling: 50 },
  );

/** Events per seeding message (the protocol's cap). */
const SEED_BATCH = 20_000;

export async function measureLogScale(context: BrowserContext, extensionId: string, sizes = [0, 20_000, 300_000], ticks = 5): Promise<LogScaleReport> {
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/manifest.json`);
  const tab = await context.newPage();
  await installSidebarRecorder(tab);
  await tab.goto(OPPORTUNITY);
  const item = tab.locator('csm-guide [data-rule]:has([data-action="toggle-done"])').first();
  await item.waitFor({ state: 'attached', timeout: 15_000 });
  const ruleId = (await item.getAttribute('data-rule'))!;
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;

  const rows: LogScaleRow[] = [];
  let serial = 0;
  let seeded = 0;
  for (const size of sizes) {
    // The log as it would be after `size` ticks on other accounts (the tab's account untouched),
    // added through the background as a team pull or an import would.
    for (let from = seeded; from < size; from += SEED_BATCH) {
      const to = Math.min(size, from + SEED_BATCH);
      await own.evaluate(
        async ({ from, to }) => {
          const base = Date.UTC(2026, 0, 1);
          const events = Array.from({ length: to - from }, (_, k) => {
            const i = from + k;
            const at = new Date(base + i * 60_000).toISOString();
            return { type: 'item', id: `${at}-log${i}`, accountId: `001Hs${String(i % 2000).padStart(10, '0')}AAA`, by: 'Maria Lopez', at, ruleId: `OB-STEP-${i % 45}`, done: i % 3 !== 0 };
          });
          const answer = (await (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'progress/append', events })) as { ok: boolean; error?: string };
          if (!answer?.ok) throw new Error(`seeding failed: ${answer?.error}`);
        },
        { from, to },
      );
    }
    seeded = size;
    await settle(tab);
    const latency: number[] = [];
    const work: number[] = [];
    for (let i = 0; i < ticks + 1; i++) {
      const done = serial % 2 === 0;
      const id = `${new Date().toISOString()}-bench${serial++}`;
      const before = await taskMs();
      const sentAt = await own.evaluate(
        async (message) => {
          const t = Date.now();
          await (globalThis as unknown as Chrome).chrome.runtime.sendMessage(message);
          return t;
        },
        { type: 'progress/append', events: [{ type: 'item', id, accountId: ACCOUNT, by: 'Bench', at: new Date().toISOString(), ruleId, done }] },
      );
      const shownAt = await tab.waitForFunction(
        ({ ruleId, state }) => {
          const el = document.querySelector('csm-guide')?.shadowRoot?.querySelector(`[data-rule="${ruleId}"]`);
          return el && (state === 'done' ? el.getAttribute('data-state') === 'done' : el.getAttribute('data-state') !== 'done') ? performance.timeOrigin + performance.now() : null;
        },
        { ruleId, state: done ? 'done' : 'not-done' },
        { timeout: 30_000, polling: 'raf' },
      );
      const shown = (await shownAt.jsonValue()) as number;
      await settle(tab);
      const after = await taskMs();
      if (i === 0) continue; // warm-up
      latency.push(shown - sentAt);
      work.push(after - before);
    }
    rows.push({ storedEvents: size, tickToSidebarMs: round(median(latency)), tabWorkMs: round(median(work)) });
  }
  await cdp.detach();
  await tab.close();
  await own.close();
  return { page: OPPORTUNITY, ticksPerSize: ticks, rows };
}
