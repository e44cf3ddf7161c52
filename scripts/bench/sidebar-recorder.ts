/**
 * A page-world recorder of what the sidebar shows, installed before any page script runs.
 *
 * `<csm-guide>` is appended to <body> with an OPEN shadow root, so the page's own world can watch
 * it like any host page could. Every time the rendered checklist changes (page kind, account id,
 * or the list of `data-rule:data-state` pairs) the recorder logs `performance.now()` and the new
 * signature into `window.__csmBench.log`. The page's `performance.mark('sim-layout-rendered')`
 * (lightning-sim.js) shares the same clock, so "facts in the DOM → checklist rendered" is
 * a subtraction. It only observes the extension's own shadow root and <body>'s direct children,
 * so it adds nothing measurable to the host page's work.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface SidebarSnapshot {
  /** performance.now() in the page when the sidebar showed this. */
  t: number;
  kind: string | null;
  account: string | null;
  /** `RULE:state` pairs in render order, comma-joined. */
  rules: string;
  ruleCount: number;
}

export interface RecorderState {
  log: SidebarSnapshot[];
  /** performance.now() of the last change (for "settled" waits). */
  lastChange: number;
  marks: Array<{ t: number; detail: unknown }>;
}

/** Runs in the page (serialised by Playwright): keep it self-contained. */
function installRecorder(): void {
  const state = { log: [] as unknown[], lastChange: 0 };
  (window as unknown as { __csmBench: unknown }).__csmBench = state;
  let root: ShadowRoot | null = null;
  let last = '';
  const snapshot = () => {
    if (!root) return;
    const sidebar = root.querySelector('[data-testid="csm-guide-sidebar"]');
    const items = Array.from(root.querySelectorAll('[data-rule]'));
    const rules = items.map((el) => `${el.getAttribute('data-rule')}:${el.getAttribute('data-state')}`).join(',');
    const kind = sidebar?.getAttribute('data-page-kind') ?? null;
    const account = sidebar?.getAttribute('data-account-id') || null;
    const key = `${kind}|${account}|${rules}`;
    if (key === last) return;
    last = key;
    const t = performance.now();
    state.lastChange = t;
    state.log.push({ t, kind, account, rules, ruleCount: items.length });
  };
  const findHost = () => {
    const host = document.body?.querySelector(':scope > csm-guide');
    const shadow = host?.shadowRoot ?? null;
    if (!shadow || shadow === root) return;
    root = shadow;
    new MutationObserver(snapshot).observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
    snapshot();
  };
  const watchBody = () => {
    if (!document.body) return false;
    new MutationObserver(findHost).observe(document.body, { childList: true });
    findHost();
    return true;
  };
  if (!watchBody()) {
    const early = new MutationObserver(() => {
      if (watchBody()) early.disconnect();
    });
    // At document start not even <html> exists yet: watch the document until <body> does.
    early.observe(document, { childList: true, subtree: true });
  }
}

export const installSidebarRecorder = async (page: Page): Promise<void> => {
  await page.addInitScript(installRecorder);
};

/** The same in every page the context opens (a browser's first tab after a restart included). */
export const installSidebarRecorderIn = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(installRecorder);
};

/**
 * Waits for the first checklist (a render with rules) and reads when it came: ms since the
 * navigation started (performance.now()'s origin) and since DOMContentLoaded ended.
 */
export const firstVerdict = async (page: Page, timeoutMs = 30_000): Promise<{ sinceNavigationMs: number; sinceDomContentLoadedMs: number; domContentLoadedAtMs: number } | null> => {
  const ok = await page
    .waitForFunction(() => (window as unknown as { __csmBench?: { log: SidebarSnapshot[] } }).__csmBench?.log.some((s) => s.ruleCount > 0), undefined, { timeout: timeoutMs, polling: 50 })
    .then(() => true)
    .catch(() => false);
  if (!ok) return null;
  return page.evaluate(() => {
    const log = (window as unknown as { __csmBench: { log: SidebarSnapshot[] } }).__csmBench.log;
    const t = log.find((s) => s.ruleCount > 0)!.t;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { sinceNavigationMs: t, sinceDomContentLoadedMs: t - (nav?.domContentLoadedEventStart ?? 0), domContentLoadedAtMs: nav?.domContentLoadedEventStart ?? 0 };
  });
};

/** The recorder's log and the page's 'sim-layout-rendered' marks. */
export const readRecorder = (page: Page): Promise<RecorderState> =>
  page.evaluate(() => {
    const state = (window as unknown as { __csmBench?: { log: SidebarSnapshot[]; lastChange: number } }).__csmBench;
    const marks = performance.getEntriesByName('sim-layout-rendered').map((m) => ({ t: m.startTime, detail: (m as PerformanceMark).detail }));
    return { log: state?.log ?? [], lastChange: state?.lastChange ?? 0, marks };
  });

/**
 * Waits until `marks` layout marks exist and the sidebar has not changed for `quietMs`
 * (bench plumbing, not extension code: polling here is fine). Resolves false on timeout.
 */
export const waitSettled = async (page: Page, marks: number, quietMs = 400, timeoutMs = 8000): Promise<boolean> =>
  page
    .waitForFunction(
      ({ marks, quietMs }) => {
        const state = (window as unknown as { __csmBench?: { lastChange: number; log: unknown[] } }).__csmBench;
        const seen = performance.getEntriesByName('sim-layout-rendered').length;
        if (!state || seen < marks) return false;
        const lastMark = performance.getEntriesByName('sim-layout-rendered')[seen - 1]!.startTime;
        const since = Math.max(state.lastChange, lastMark);
        return state.log.length > 0 && performance.now() - since >= quietMs;
      },
      { marks, quietMs },
      { timeout: timeoutMs, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);

export interface Expectation {
  kind: string;
  account: string;
}

export interface Latency {
  /** Mark → the first render showing this page's account and a checklist. */
  firstMs: number | null;
  /** Mark → the last checklist change that followed (profile learned, storage round trip). */
  settledMs: number | null;
}

/** Latency from one layout mark to the sidebar reflecting it. */
export const latencyAfter = (state: RecorderState, markIndex: number, expect: Expectation): Latency => {
  const mark = state.marks[markIndex];
  if (!mark) return { firstMs: null, settledMs: null };
  const next = state.marks[markIndex + 1]?.t ?? Number.POSITIVE_INFINITY;
  const after = state.log.filter((s) => s.t > mark.t && s.t < next);
  const first = after.find((s) => s.kind === expect.kind && s.account === expect.account && s.ruleCount > 0);
  const settled = after.filter((s) => s.kind === expect.kind).at(-1);
  return { firstMs: first ? first.t - mark.t : null, settledMs: settled ? settled.t - mark.t : null };
};
