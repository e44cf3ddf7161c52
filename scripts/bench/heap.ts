/**
 * Extra JavaScript heap per tab with the sidebar open.
 *
 * The content scripts run in an isolated world of the page's renderer, which shares the page's
 * V8 isolate: CDP `Runtime.getHeapUsage` reports the whole isolate (every world), so the same
 * page with and without the extension, after a forced garbage collection, differ by what the
 * extension keeps alive in that tab (loader, app, React tree, store mirror, playbook). The
 * service worker lives in its own process and is not counted here (it is shared by all tabs).
 */
import type { BrowserContext } from '@playwright/test';
import { median, round } from './stats';

const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view';

export interface HeapReport {
  page: string;
  samples: number;
  /** Isolate heap in use after GC, MB (median). */
  withExtensionMB: number;
  withoutExtensionMB: number;
  extraMB: number;
}

async function usedBytes(context: BrowserContext, extension: boolean): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(OPPORTUNITY);
    await page.waitForSelector('body[data-sim-state="ready"]');
    if (extension) await page.locator('csm-guide [data-testid="csm-guide-sidebar"] [data-rule]').first().waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(1000); // storage round trips and React's passive effects settle
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await page.close();
  }
}

export async function measureHeap(withExt: BrowserContext, without: BrowserContext, samples = 5): Promise<HeapReport> {
  const a: number[] = [];
  const b: number[] = [];
  await usedBytes(withExt, true); // warm-up: code caches, first storage migration
  for (let i = 0; i < samples; i++) {
    a.push(await usedBytes(withExt, true));
    b.push(await usedBytes(without, false));
  }
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
  const w = median(a);
  const wo = median(b);
  return { page: OPPORTUNITY, samples, withExtensionMB: mb(w), withoutExtensionMB: mb(wo), extraMB: mb(w - wo) };
}
