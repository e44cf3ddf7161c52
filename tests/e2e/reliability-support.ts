/**
 * Helpers for the reliability-* and security-* specs: a fresh browser with the built extension
 * (support/launch.ts; CSM_GUIDE_EXTENSION_DIR picks another build), the extension's
 * storage through its service worker, messages sent from a tab's content-script world exactly
 * as the sidebar sends them, stopping the service worker, and every error a tab or the worker
 * reports.
 */
import { expect, test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { extensionDir, launchBrowser } from './support/launch';

export const BUILD_DIR = extensionDir();

export const SF = 'https://acme.lightning.force.com';
export const URLS = {
  account: `${SF}/lightning/r/Account/001Hs00003KxQ2aIAF/view`,
  opportunity: `${SF}/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view`,
  onboarding: `${SF}/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view`,
  onboardingRenamed: 'https://globex.lightning.force.com/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view',
  escalationCase: `${SF}/lightning/r/Case/500Hs00001XyZ9QIAV/view`,
  presignup: 'https://lms.medtrainer.com/signup/preSign',
} as const;
export const SUNRISE_ID = '001Hs00003KxQ2aIAF';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /**
   * A page of the extension's own origin (its manifest.json), to read and write chrome.storage
   * exactly as the background does. Unlike Playwright's Worker handle, it survives the service
   * worker being stopped and started again.
   */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchSession(): Promise<Session> {
  const browser = await launchBrowser();
  const { context } = browser;
  context.setDefaultTimeout(10_000);
  const extensionId = browser.extensionId!;
  let own: Promise<Page> | null = null;
  return {
    context,
    extensionId,
    extensionPage: () =>
      (own ??= (async () => {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/manifest.json`);
        return page;
      })()),
    close: browser.close,
  };
}

export interface Snapshot {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

type StorageArea = { get(keys: null | string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
type ChromeStorage = { chrome: { storage: { local: StorageArea; sync: StorageArea } } };

/**
 * Everything the extension stored. The progress log lives in the service worker's IndexedDB: it
 * is read through the background (events/page, as the dashboard reads it) and returned as
 * `local.events`, where v1 kept it; a v1 array still in chrome.storage is `local.legacyEvents`.
 */
export async function readAll(session: Session): Promise<Snapshot> {
  const page = await session.extensionPage();
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeStorage & { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const local = await chrome.storage.local.get(null);
    const log: unknown[] = [];
    let after: string | null = null;
    do {
      const answer = (await chrome.runtime.sendMessage({ type: 'events/page', after, limit: 20_000 })) as
        | { ok: true; events: unknown[]; next: string | null }
        | { ok: false; error: string };
      if (!answer?.ok) throw new Error(`the progress log could not be read: ${answer ? answer.error : 'no answer'}`);
      log.push(...answer.events);
      after = answer.next;
    } while (after);
    const { events: legacyEvents, ...rest } = local;
    return { local: { ...rest, events: log, ...(legacyEvents !== undefined ? { legacyEvents } : {}) }, sync: await chrome.storage.sync.get(null) };
  });
}

/** Adds events to the progress log through the background (as an import or a team pull does). */
export async function seedEvents(session: Session, events: readonly unknown[]): Promise<void> {
  const page = await session.extensionPage();
  for (let start = 0; start < events.length; start += 20_000) {
    const batch = events.slice(start, start + 20_000);
    await page.evaluate(async (batch) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      const answer = (await chrome.runtime.sendMessage({ type: 'progress/append', events: batch })) as { ok: boolean; error?: string };
      if (!answer?.ok) throw new Error(`seeding the log failed: ${answer?.error}`);
    }, batch);
  }
}

/** Writes raw values into the extension's storage (as an older version or another tool would have). */
export async function seed(session: Session, values: Partial<Snapshot>): Promise<void> {
  const page = await session.extensionPage();
  await page.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as ChromeStorage;
    if (v.local) await chrome.storage.local.set(v.local);
    if (v.sync) await chrome.storage.sync.set(v.sync);
  }, values);
}

/** The extension's service worker targets Chrome runs now (CDP; Playwright does not see restarts). */
async function runningWorkers(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)).length;
}

/**
 * Stops the extension's service worker, as Chrome does when it is idle or killed mid-task
 * (CDP ServiceWorker.stopAllWorkers), and waits until Chrome reports it stopped. Chrome may start
 * it again at once for an event still pending (a message in flight, a storage change): that is
 * normal, so this waits for the stop to have happened, not for the worker count to stay at 0.
 * Specs assert what matters afterwards: nothing acknowledged is lost, the next action works.
 * Returns whether Chrome had started the worker again by the time the stop was seen.
 *
 * It first waits until the worker is activated. Right after the browser starts, the freshly
 * loaded extension's worker may still be installing, and a worker stopped then was sometimes
 * never started again by Chrome ("Receiving end does not exist" for 20 s and more: no sidebar).
 * Chrome itself never stops an installing worker as idle, so that is not a moment a CSM meets.
 */
export async function stopServiceWorker(session: Session, page: Page): Promise<{ restarted: boolean }> {
  const cdp = await session.context.newCDPSession(page);
  const script = `chrome-extension://${session.extensionId}/`;
  let activated = false;
  let stopped = false;
  let restarted = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(script)) continue;
      if (v.status === 'activated') activated = true;
      if (!activated) continue;
      if (v.runningStatus === 'stopped') stopped = true;
      else if (stopped && (v.runningStatus === 'starting' || v.runningStatus === 'running')) restarted = true;
    }
  });
  try {
    await cdp.send('ServiceWorker.enable'); // reports every version's state, then each change
    await expect.poll(() => activated, { message: 'the extension’s service worker is activated' }).toBe(true);
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Either signal proves the stop: the worker's version reported "stopped", or no worker runs.
    await expect
      .poll(async () => stopped || (await runningWorkers(cdp, session.extensionId)) === 0, { message: 'Chrome stopped the service worker' })
      .toBe(true);
    if (restarted) test.info().annotations.push({ type: 'service worker', description: 'Chrome started the worker again right after the stop (a pending event)' });
    return { restarted };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Whether Chrome runs the extension's service worker right now. */
export async function workerRunning(session: Session, page: Page): Promise<boolean> {
  const cdp = await session.context.newCDPSession(page);
  try {
    return (await runningWorkers(cdp, session.extensionId)) > 0;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Runs code in the tab's content-script world (where the loader and the sidebar app live), by
 * way of CDP: `chrome.runtime.sendMessage` from there is exactly what the sidebar sends.
 */
export class ExtensionWorld {
  private contexts = new Map<number, { origin: string; type?: string; frameId?: string }>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      this.contexts.set(context.id, { origin: context.origin, type: context.auxData?.type as string | undefined, frameId: context.auxData?.frameId as string | undefined }),
    );
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async attach(session: Session, page: Page): Promise<ExtensionWorld> {
    const cdp = await session.context.newCDPSession(page);
    const world = new ExtensionWorld(cdp, session.extensionId);
    await cdp.send('Runtime.enable');
    return world;
  }

  private contextId(): number | null {
    let found: number | null = null;
    for (const [id, c] of this.contexts) if (c.type === 'isolated' && c.origin === `chrome-extension://${this.extensionId}`) found = id;
    return found;
  }

  /** Evaluates `expression` (awaiting a promise) in the extension's world of the top frame. */
  async evaluate<T>(expression: string): Promise<T> {
    await expect.poll(() => this.contextId(), { message: 'the extension runs in this tab' }).not.toBeNull();
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId: this.contextId()!,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the extension's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** Sends protocol messages to the background from this tab, as the sidebar's store does, all at once. */
  send(messages: unknown[]): Promise<unknown[]> {
    return this.evaluate(`Promise.all(${JSON.stringify(messages)}.map((m) => chrome.runtime.sendMessage(m).catch((e) => ({ ok: false, error: String(e && e.message || e) }))))`);
  }

  /** Records ticks from this tab as the sidebar does: each into the durable outbox, then `events/flush`. */
  record(events: unknown[]): Promise<unknown[]> {
    return this.evaluate(
      `Promise.all(${JSON.stringify(events)}.map((e) => chrome.storage.local.set({ ['outbox:' + e.id]: e }).then(() => chrome.runtime.sendMessage({ type: 'events/flush' })).catch((e) => ({ ok: false, error: String(e && e.message || e) }))))`,
    );
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

export { watchErrors } from './support/errors';

export { sidebar as sidebarOf, rule as ruleOf, notice as noticeOf } from './support/sidebar';
import { sidebar as sidebarOf } from './support/sidebar';

/** Opens a Lightning fixture and waits until the simulator rendered it and the sidebar shows a checklist. */
export async function openRecord(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  try {
    await expect(sidebarOf(page).locator('[data-rule]').first()).toBeAttached();
  } catch (error) {
    // Say what the tab shows instead (no host, an empty sidebar, a notice), not only "not found".
    const shown = await page
      .evaluate(() => {
        const host = document.querySelector('csm-guide');
        if (!host) return 'no <csm-guide> host in the page';
        const root = host.shadowRoot?.querySelector('[data-testid="csm-guide-sidebar"]');
        if (!root) return `a <csm-guide> host without a sidebar: ${host.shadowRoot?.innerHTML.slice(0, 400) ?? 'no shadow root'}`;
        const attributes = [...root.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
        return `the sidebar (${attributes}) says: ${(root.textContent ?? '').replace(/\s+/g, ' ').slice(0, 600)}`;
      })
      .catch((reason: unknown) => `the page could not be read: ${String(reason)}`);
    throw new Error(`No checklist on ${url}. ${shown}`, { cause: error });
  }
  await progressReady(page);
}

/** Waits until the sidebar has the account's stored ticks (before that, a state read may be stale). */
export const progressReady = (page: Page) => expect(sidebarOf(page)).toHaveAttribute('data-progress', 'ready');
