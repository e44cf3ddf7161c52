/**
 * How long a CSM waits for the first verdict on a record, from outside, on the built extension:
 *
 * - `newTab`: the browser is running (service worker up, caches warm); a record is opened in a
 *   new tab. Figure: DOMContentLoaded → the first checklist in <csm-guide> (and navigation start
 *   → it), per tab; the first tab is a warm-up.
 * - `restart`: the first record after the browser starts: the profile the run has been using
 *   (its log holds the 200,000 imported events and more) is closed, Chromium is started again on
 *   it, and its first tab goes straight to the record, as a CSM's first click of the day does.
 *   Nothing waits for the extension's service worker first. Figure: navigation start → the first
 *   checklist (and DOMContentLoaded → it), one sample per restart.
 *
 * The record is the Opportunity fixture with its layout present at load (sim-delay=0), so the
 * figure is the loader, the injection, the app's start and the store's first answer.
 */
import type { BrowserContext } from '@playwright/test';
import { launchKeptProfile } from './browser';
import { firstVerdict, installSidebarRecorder, installSidebarRecorderIn } from './sidebar-recorder';
import { summarize, type Summary } from './stats';

export const RECORD = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view?sim-delay=0';

export interface FirstVerdictFigures {
  page: string;
  /** navigation start → first checklist */
  sinceNavigationMs: Summary;
  /** DOMContentLoaded (its start: the document parsed) → first checklist */
  sinceDomContentLoadedMs: Summary;
  /** navigation start → DOMContentLoaded: the host page's own load, to see the app never delays it. */
  domContentLoadedAtMs: Summary;
  /** Loads whose checklist never came (30 s). */
  missed: number;
}

const figures = (samples: Array<{ sinceNavigationMs: number; sinceDomContentLoadedMs: number; domContentLoadedAtMs: number } | null>): FirstVerdictFigures => ({
  page: RECORD,
  sinceNavigationMs: summarize(samples.flatMap((s) => (s ? [s.sinceNavigationMs] : []))),
  sinceDomContentLoadedMs: summarize(samples.flatMap((s) => (s ? [s.sinceDomContentLoadedMs] : []))),
  domContentLoadedAtMs: summarize(samples.flatMap((s) => (s ? [s.domContentLoadedAtMs] : []))),
  missed: samples.filter((s) => !s).length,
});

export async function measureNewTab(context: BrowserContext, { tabs = 10 }: { tabs?: number } = {}): Promise<FirstVerdictFigures> {
  const samples: Array<Awaited<ReturnType<typeof firstVerdict>>> = [];
  for (let i = 0; i <= tabs; i++) {
    const page = await context.newPage();
    await installSidebarRecorder(page);
    await page.goto(RECORD);
    const verdict = await firstVerdict(page);
    await page.close();
    if (i > 0) samples.push(verdict); // the first tab warms the browser's caches
  }
  return figures(samples);
}

export async function measureRestart(userDataDir: string, { restarts = 3, log }: { restarts?: number; log: (line: string) => void }): Promise<FirstVerdictFigures> {
  const samples: Array<Awaited<ReturnType<typeof firstVerdict>>> = [];
  for (let i = 0; i < restarts; i++) {
    const browser = await launchKeptProfile(userDataDir);
    try {
      await installSidebarRecorderIn(browser.context);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(RECORD);
      const verdict = await firstVerdict(page);
      log(`  restart ${i + 1}: ${verdict ? `${Math.round(verdict.sinceNavigationMs)} ms from navigation, ${Math.round(verdict.sinceDomContentLoadedMs)} ms after DOMContentLoaded` : 'no checklist'}`);
      samples.push(verdict);
      // The worker finishes what its start began (as it would while the CSM reads), so the
      // next restart starts from the same state.
      await page.waitForTimeout(3000);
    } finally {
      await browser.close();
    }
  }
  return figures(samples);
}
