/**
 * Main-thread cost of the extension while the host page churns its DOM.
 *
 * The Opportunity fixture is loaded in two browsers of the same run: one with the extension
 * (sidebar open, observers running) and one without. A page script then makes 10,000 DOM
 * mutations in batches of 100, one batch per animation frame (how a framework re-renders):
 * elements added and removed, text changed, classes toggled, an attribute set — in equal parts. Chrome's own
 * accounting (CDP Performance.getMetrics: TaskDuration = all main-thread work of the tab's
 * renderer, every world included) is read before and after; the difference between the two
 * browsers is what the extension added. Two places are churned:
 *   - `record`: inside the active record's layout, which the sidebar observes (worst case);
 *   - `outside`: the app's global header, outside the observed record.
 * Runs alternate with/without, `reps` times each; medians are reported.
 *
 * The with/without difference includes everything the extension causes on the page's main
 * thread (Chrome building MutationRecords for its observer, style work its reads force), but on
 * a busy machine it is noisy (±40 ms per run here). So the extension's own work is also measured
 * directly: separate runs under the CPU profiler (CDP Profiler, 100 µs sampling), counting the
 * samples whose stack holds a frame of the extension's scripts (chrome-extension://…), native
 * calls made from them included. `extensionMsPer1000` is that figure; the ratio is Chrome's.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { median, round } from './stats';

const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view';

export type Scope = 'record' | 'outside';

interface RunMetrics {
  /** Main-thread task time over the run (CDP TaskDuration), ms. */
  taskMs: number;
  /** Script time (every world), ms. */
  scriptMs: number;
  /** Style recalculation + layout, ms. */
  styleLayoutMs: number;
  /** The page's own measurement: time inside its mutation batches, ms. */
  pageBatchMs: number;
}

export interface ScopeReport {
  scope: Scope;
  mutations: number;
  withExtension: RunMetrics;
  withoutExtension: RunMetrics;
  /** taskMs with / taskMs without. */
  ratio: number;
  /** (taskMs with − taskMs without) per 1,000 mutations: the whole main-thread difference, noisy. */
  mainThreadDeltaMsPer1000: number;
  /** Sampled CPU time in the extension's own code per 1,000 mutations (median of the profiled runs). */
  extensionMsPer1000: number;
  /** The same in total over the run, ms. */
  extensionMs: number;
  /** pageBatchMs with / without: how much slower the page's own code ran. */
  pageBatchRatio: number;
}

export interface MutationReport {
  page: string;
  batch: number;
  reps: number;
  scopes: ScopeReport[];
}

/** Runs in the page. Makes `total` mutations in batches of `batch`, one batch per frame. */
async function churn({ total, batch, scope }: { total: number; batch: number; scope: Scope }) {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const parent =
    scope === 'record'
      ? document.querySelector('.oneContent.active .slds-section__content') ?? document.querySelector('.oneContent.active')
      : document.querySelector('.slds-global-header');
  if (!parent) throw new Error(`no ${scope} container in the fixture`);
  const box = document.createElement('div');
  box.className = 'bench-churn';
  parent.append(box);
  const rows: HTMLElement[] = [];
  const addRow = (n: number) => {
    const row = document.createElement('div');
    row.className = 'slds-form__row';
    const span = document.createElement('span');
    span.textContent = `Row ${n}`;
    row.append(span);
    box.append(row);
    rows.push(row);
  };
  for (let n = 0; n < 20; n++) addRow(-n);
  await frame();
  await frame();
  let pageBatchMs = 0;
  let op = 0;
  for (let done = 0; done < total; done += batch) {
    await frame();
    const t0 = performance.now();
    for (let i = 0; i < batch; i++, op++) {
      switch (op % 5) {
        case 0:
          addRow(op);
          break;
        case 1:
          rows[op % rows.length]!.firstChild!.firstChild!.nodeValue = `Row ${op}`;
          break;
        case 2:
          rows[op % rows.length]!.classList.toggle('slds-is-selected');
          break;
        case 3:
          // An attribute a framework sets on a re-render (state, ARIA), besides the class.
          rows[op % rows.length]!.setAttribute('aria-expanded', String(op % 2 === 0));
          break;
        case 4:
          rows.shift()!.remove();
          break;
      }
    }
    pageBatchMs += performance.now() - t0;
  }
  // Let observers that batch per frame (the extension's) finish their last read.
  for (let i = 0; i < 3; i++) await frame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  box.remove();
  return pageBatchMs;
}

const metric = (metrics: Array<{ name: string; value: number }>, name: string) => metrics.find((m) => m.name === name)?.value ?? 0;

async function ready(page: Page, extension: boolean): Promise<void> {
  await page.goto(OPPORTUNITY);
  await page.waitForSelector('body[data-sim-state="ready"]');
  if (extension) await page.locator('csm-guide [data-testid="csm-guide-sidebar"] [data-rule]').first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(500); // the first render's storage round trip settles
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** ms of samples whose stack includes a frame from a chrome-extension:// script. */
function extensionTime(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): number {
  const parent = new Map<number, number>();
  const own = new Map<number, boolean>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inExtension = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && inExtension(up));
    own.set(id, value);
    return value;
  };
  let us = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    if (inExtension(id)) us += deltas[i + 1] ?? 0;
  });
  return us / 1000;
}

async function runOnce(context: BrowserContext, extension: boolean, scope: Scope, total: number, batch: number, profile = false): Promise<RunMetrics & { extensionMs: number }> {
  const page = await context.newPage();
  try {
    await ready(page, extension);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    const pageBatchMs = await page.evaluate(churn, { total, batch, scope });
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    const extensionMs = profile ? extensionTime((await cdp.send('Profiler.stop')).profile as unknown as { nodes: ProfileNode[] }) : 0;
    const delta = (name: string) => (metric(after, name) - metric(before, name)) * 1000;
    await cdp.detach();
    return {
      taskMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      styleLayoutMs: delta('RecalcStyleDuration') + delta('LayoutDuration'),
      pageBatchMs,
      extensionMs,
    };
  } finally {
    await page.close();
  }
}

const medianOf = (runs: RunMetrics[]): RunMetrics => ({
  taskMs: round(median(runs.map((r) => r.taskMs))),
  scriptMs: round(median(runs.map((r) => r.scriptMs))),
  styleLayoutMs: round(median(runs.map((r) => r.styleLayoutMs))),
  pageBatchMs: round(median(runs.map((r) => r.pageBatchMs))),
});

export async function measureMutations(
  withExt: BrowserContext,
  without: BrowserContext,
  { total = 10_000, batch = 100, reps = 5, log }: { total?: number; batch?: number; reps?: number; log: (line: string) => void },
): Promise<MutationReport> {
  const scopes: ScopeReport[] = [];
  for (const scope of ['record', 'outside'] as const) {
    // One warm-up run each, not counted.
    await runOnce(withExt, true, scope, total, batch);
    await runOnce(without, false, scope, total, batch);
    const a: RunMetrics[] = [];
    const b: RunMetrics[] = [];
    const profiled: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      a.push(await runOnce(withExt, true, scope, total, batch));
      b.push(await runOnce(without, false, scope, total, batch));
      profiled.push((await runOnce(withExt, true, scope, total, batch, true)).extensionMs);
    }
    const w = medianOf(a);
    const wo = medianOf(b);
    const extensionMs = round(median(profiled));
    scopes.push({
      scope,
      mutations: total,
      withExtension: w,
      withoutExtension: wo,
      ratio: round(w.taskMs / wo.taskMs, 2),
      mainThreadDeltaMsPer1000: round(((w.taskMs - wo.taskMs) / total) * 1000, 2),
      extensionMsPer1000: round((extensionMs / total) * 1000, 2),
      extensionMs,
      pageBatchRatio: round(w.pageBatchMs / wo.pageBatchMs, 2),
    });
    log(`  ${scope}: ${w.taskMs} ms with, ${wo.taskMs} ms without; ${extensionMs} ms in the extension's code`);
  }
  return { page: OPPORTUNITY, batch, reps, scopes };
}
