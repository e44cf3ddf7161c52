/**
 * The built extension in Debian Chromium, shared by the tests of one describe block (a fresh
 * persistent context per block, so storage starts empty there and carries over between its
 * tests), and the two ways a test talks to the extension besides the page:
 * - messages to the background (the single writer) from an extension page, exactly as the
 *   options page sends them (`settings/set`, `progress/append` …; lib/messages/protocol.ts);
 * - reading what the background stored, through its service worker.
 */
import { type BrowserContext, type Page } from '@playwright/test';
import type { Message } from '../../../lib/messages/protocol';
import type { ProgressEvent } from '../../../lib/core/progress/events';
import type { SettingsPatch } from '../../../lib/settings/schema';
import { launchBrowser, serviceWorker } from './launch';
import { testNow } from './clock';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The context's first tab. */
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser with the built extension and the fixture routing (support/launch.ts). */
export async function launchExtension(): Promise<ExtensionSession> {
  const browser = await launchBrowser();
  const { context } = browser;
  // An action whose button never appears fails in seconds, not at the test's timeout.
  context.setDefaultTimeout(10_000);
  return {
    context,
    extensionId: browser.extensionId!,
    page: context.pages()[0] ?? (await context.newPage()),
    close: browser.close,
  };
}

export { serviceWorker };

// An extension page to send messages from: the service worker cannot message itself, and any
// document of the extension's origin can (manifest.json is one the build always has).
const messengers = new WeakMap<BrowserContext, Promise<Page>>();
function messenger(session: Pick<ExtensionSession, 'context' | 'extensionId'>): Promise<Page> {
  let page = messengers.get(session.context);
  if (!page) {
    page = (async () => {
      const p = await session.context.newPage();
      await p.goto(`chrome-extension://${session.extensionId}/manifest.json`);
      return p;
    })();
    messengers.set(session.context, page);
  }
  return page;
}

/** Sends one protocol message to the background and returns its answer (throws on `ok: false`). */
export async function sendToBackground<T = { ok: true }>(session: Pick<ExtensionSession, 'context' | 'extensionId'>, message: Message): Promise<T> {
  const page = await messenger(session);
  const response = await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
  const answer = response as { ok?: boolean; error?: string } | undefined;
  if (!answer?.ok) throw new Error(`background refused ${message.type}: ${JSON.stringify(response)}`);
  return response as T;
}

/** Saves settings the way the options page does (`settings/set`). */
export const saveSettings = (session: Pick<ExtensionSession, 'context' | 'extensionId'>, patch: SettingsPatch) =>
  sendToBackground(session, { type: 'settings/set', patch });

let eventCount = 0;
/** Appends checklist events (a branch, contacts …) as the sidebar's store does (`progress/append`). */
export function appendProgress(
  session: Pick<ExtensionSession, 'context' | 'extensionId'>,
  accountId: string,
  events: Array<Omit<Extract<ProgressEvent, { type: 'branch' }>, 'id' | 'accountId' | 'by' | 'at'> | Omit<Extract<ProgressEvent, { type: 'contact' }>, 'id' | 'accountId' | 'by' | 'at'>>,
) {
  const at = testNow().toISOString();
  const full = events.map((event) => ({ ...event, id: `${at}-e2e${(eventCount++).toString(36)}`, accountId, by: 'E2E Lead', at })) as ProgressEvent[];
  return sendToBackground(session, { type: 'progress/append', events: full });
}

/** The whole progress log, as the background holds it in IndexedDB (read page by page, as the dashboard does). */
export async function readLog(session: Pick<ExtensionSession, 'context' | 'extensionId'>): Promise<ProgressEvent[]> {
  const log: ProgressEvent[] = [];
  let after: string | null = null;
  do {
    const page: { events: ProgressEvent[]; next: string | null } = await sendToBackground(session, { type: 'events/page', after, limit: 20_000 });
    log.push(...page.events);
    after = page.next;
  } while (after);
  return log;
}

/** One stored item as the background wrote it (the raw value under its storage key). */
export async function readStorage<T = unknown>(context: BrowserContext, area: 'local' | 'sync', key: string): Promise<T | undefined> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    async ([a, k]) => {
      type Area = { get(key: string): Promise<Record<string, unknown>> };
      const chrome = (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome;
      return (await chrome.storage[a]!.get(k))[k];
    },
    [area, key] as const,
  ) as Promise<T | undefined>;
}
