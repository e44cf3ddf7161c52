/**
 * Facts-to-sidebar latency on the Salesforce fixtures, in Chromium with the built extension:
 *
 * - `lateLayout`: the Customer Onboarding page whose layout renders `delay` ms after a spinner
 *   (as Lightning does), so the sidebar app is already running and observing when the facts
 *   arrive: mark 'sim-layout-rendered' → the checklist for that record in <csm-guide>.
 * - `navigation`: from that page, a click on the Opportunity lookup (SPA navigation, pushState):
 *   the new record's layout mark → the Opportunity's checklist.
 * - `coldLoad`: the same page with its layout present at load (sim-delay=0): the figure then
 *   includes the loader, the background injecting the app and the app's start.
 *
 * Every load is a fresh document in one tab (the app is injected again each time). The first
 * load of each kind warms the browser's caches and is left out.
 */
import type { BrowserContext } from '@playwright/test';
import { summarize, type Summary } from './stats';
import { installSidebarRecorder, latencyAfter, readRecorder, waitSettled } from './sidebar-recorder';

const HOST = 'https://acme.my.salesforce.com';
const ONBOARDING = `${HOST}/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view`;
const ACCOUNT = '001Hs00003KxQ2aIAF';
const OPPORTUNITY = '006Hs00001Bq7ZrIAJ';

export interface LatencyFigures {
  /** Mark → first render with the record's account and checklist. */
  first: Summary;
  /** Mark → last checklist change (after the learned profile came back through storage). */
  settled: Summary;
  /** Loads where the expected render was not seen. */
  missed: number;
}

export interface SidebarTimingReport {
  page: string;
  loads: number;
  layoutDelayMs: number;
  lateLayout: LatencyFigures;
  navigation: LatencyFigures;
  coldLoad: LatencyFigures;
  /** Navigation start → first sidebar render on the cold loads (loader + injection + app start). */
  coldBootMs: Summary;
}

const figures = (samples: Array<{ firstMs: number | null; settledMs: number | null }>): LatencyFigures => ({
  first: summarize(samples.flatMap((s) => (s.firstMs === null ? [] : [s.firstMs]))),
  settled: summarize(samples.flatMap((s) => (s.settledMs === null ? [] : [s.settledMs]))),
  missed: samples.filter((s) => s.firstMs === null).length,
});

export async function measureSidebarTiming(
  context: BrowserContext,
  { loads, delayMs, log }: { loads: number; delayMs: number; log: (line: string) => void },
): Promise<SidebarTimingReport> {
  const page = await context.newPage();
  await installSidebarRecorder(page);
  const late: Array<{ firstMs: number | null; settledMs: number | null }> = [];
  const nav: typeof late = [];
  const cold: typeof late = [];
  const boot: number[] = [];

  for (let i = 0; i <= loads; i++) {
    await page.goto(`${ONBOARDING}?sim-delay=${delayMs}`);
    if (!(await waitSettled(page, 1))) log(`  load ${i}: the sidebar did not settle after the layout`);
    let state = await readRecorder(page);
    const loaded = latencyAfter(state, 0, { kind: 'sf.onboarding', account: ACCOUNT });

    // SPA navigation: the Opportunity lookup in the layout (light DOM in synthetic shadow).
    await page.evaluate((id) => (document.querySelector(`a[data-recordid="${id}"]`) as HTMLElement | null)?.click(), OPPORTUNITY);
    if (!(await waitSettled(page, 2))) log(`  load ${i}: the sidebar did not settle after the navigation`);
    state = await readRecorder(page);
    const navigated = latencyAfter(state, 1, { kind: 'sf.opportunity', account: ACCOUNT });

    await page.goto(`${ONBOARDING}?sim-delay=0`);
    if (!(await waitSettled(page, 1))) log(`  load ${i}: the sidebar did not settle on the cold load`);
    state = await readRecorder(page);
    const coldLoad = latencyAfter(state, 0, { kind: 'sf.onboarding', account: ACCOUNT });
    const firstRender = state.log.find((s) => s.ruleCount > 0);

    if (i === 0) continue; // warm-up
    late.push(loaded);
    nav.push(navigated);
    cold.push(coldLoad);
    if (firstRender) boot.push(firstRender.t);
    if (i % 10 === 0) log(`  ${i}/${loads} loads`);
  }
  await page.close();
  return {
    page: ONBOARDING,
    loads,
    layoutDelayMs: delayMs,
    lateLayout: figures(late),
    navigation: figures(nav),
    coldLoad: figures(cold),
    coldBootMs: summarize(boot),
  };
}
