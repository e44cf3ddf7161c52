/**
 * Whether the record's toggles take a click while the log is busy, on the built extension:
 *
 * - `import`: the Opportunity is open; 200,000 events arrive through the background as an import
 *   or a team pull adds them (`progress/append`, 20,000 a message; one in 5,000 on the record's
 *   own account, as a teammate's ticks would be). In the tab, a watcher in the page's world notes
 *   every moment the sidebar offers no toggle that takes a click (none shown, or one `disabled`).
 *   Once the last message is answered, the tab presses a toggle as soon as one is enabled, with a
 *   key press on it (see below), and waits until the toggle shows it.
 *   Figures: arrival → the click shown (target ≤ 1 s), and the longest stretch with no clickable
 *   toggle at any moment of the run (target ≤ 1 s).
 * - `twoTabs`: two tabs on the same record; the first ticks one toggle every 300 ms (clicks,
 *   whenever it can), while the second presses another toggle 40 times, 250 ms apart after each
 *   answer. A press lands when the toggle shows it within 3 s; a press on a disabled toggle is
 *   refused (counted, not retried). Target: 40 of 40.
 *
 * Presses are real key presses sent by Playwright (Space on the focused toggle; the sidebar
 * ignores untrusted events), so a figure includes up to ~10–20 ms of the bench's own polling and
 * round trips. Not mouse clicks at the toggle's coordinates: taken a moment before the click, they
 * missed it when the item above re-rendered in between (the first tab's ticks: a done item is
 * ~20 px shorter than one to do), and 2 of 40 presses "lost" so in one run were the layout moving,
 * not the store refusing.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { SEED_BATCH, seedEvents } from './seed';
import { firstVerdict, installSidebarRecorder } from './sidebar-recorder';
import { round } from './stats';
import { RECORD } from './first-verdict';

const ACCOUNT = '001Hs00003KxQ2aIAF';

export interface ImportReport {
  page: string;
  events: number;
  /** The import's messages, first send → last answer (ms). */
  importMs: number;
  /** The last message sent, and the record opened in a new tab → a click on its toggle shown (ms); null if never (30 s). */
  clickAfterArrivalMs: number | null;
  /** The longest stretch, at any moment of the run, with no toggle that takes a click (ms). */
  longestBlockedMs: number;
  /** Total time with no clickable toggle (ms). */
  blockedMs: number;
}

export interface TwoTabsReport {
  page: string;
  presses: number;
  landed: number;
  refused: number;
  /** Taken but never shown within 3 s. */
  lost: number;
  /** Ticks the first tab made meanwhile. */
  firstTabTicks: number;
}

/** Runs in the page's world: notes the stretches when no toggle in <csm-guide> takes a click. */
function watchBlocked(since: number | null): void {
  const root = document.querySelector('csm-guide')!.shadowRoot!;
  const now = () => performance.timeOrigin + performance.now();
  // `since`: when the page's wait began (a tab opened at that moment counts from it).
  const state = { spans: [] as Array<[number, number]>, since };
  const check = () => {
    const toggles = Array.from(root.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[data-rule] [data-action="toggle-done"]'));
    const blocked = toggles.length === 0 || toggles.some((t) => t.disabled);
    if (blocked && state.since === null) state.since = now();
    if (!blocked && state.since !== null) {
      state.spans.push([state.since, now()]);
      state.since = null;
    }
  };
  new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  check();
  (window as unknown as { __csmBlocked: typeof state }).__csmBlocked = state;
}

const readBlocked = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __csmBlocked: { spans: Array<[number, number]>; since: number | null } }).__csmBlocked;
    const end = performance.timeOrigin + performance.now();
    const spans = [...state.spans, ...(state.since === null ? [] : [[state.since, end] as [number, number]])];
    return spans.map(([a, b]) => b - a);
  });

/** The toggle of a rule (the first toggle of the sidebar when none is named). */
const toggleOf = (page: Page, ruleId: string) => page.locator(`csm-guide [data-rule="${ruleId}"] [data-action="toggle-done"]`).first();

/** What a press changes on a toggle: its rule's state, its tick, its look or its wording. */
const signOf = (page: Page, ruleId: string) =>
  page.evaluate((ruleId) => {
    const el = document.querySelector('csm-guide')?.shadowRoot?.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-rule="${ruleId}"] [data-action="toggle-done"]`);
    if (!el) return null;
    return { disabled: el.disabled, sign: `${el.closest('[data-rule]')?.getAttribute('data-state')}|${(el as HTMLInputElement).checked}|${el.className}|${el.textContent}` };
  }, ruleId);

type Press = 'landed' | 'refused' | 'lost';

/**
 * One press as a person makes it: a real (trusted) key press on the focused toggle — the sidebar
 * ignores untrusted events, so a page cannot press for the CSM. A disabled toggle is counted as
 * refused (a person's press on it does nothing either). Landed = the toggle shows the press
 * within `showMs`.
 */
async function press(page: Page, ruleId: string, showMs: number): Promise<Press> {
  const before = await signOf(page, ruleId);
  if (!before || before.disabled) return 'refused';
  await toggleOf(page, ruleId).focus({ timeout: 5000 });
  await page.keyboard.press('Space');
  return page
    .waitForFunction(
      ({ ruleId, sign }) => {
        const el = document.querySelector('csm-guide')?.shadowRoot?.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-rule="${ruleId}"] [data-action="toggle-done"]`);
        return !!el && `${el.closest('[data-rule]')?.getAttribute('data-state')}|${(el as HTMLInputElement).checked}|${el.className}|${el.textContent}` !== sign;
      },
      { ruleId, sign: before.sign },
      { timeout: showMs, polling: 10 },
    )
    .then(() => 'landed' as const, () => 'lost' as const);
}

/** Rules whose item has a toggle, in the sidebar's order. */
const toggleRules = (page: Page) =>
  page.locator('csm-guide [data-rule]:has([data-action="toggle-done"])').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')!));

const openRecord = async (context: BrowserContext): Promise<Page> => {
  const page = await context.newPage();
  await installSidebarRecorder(page);
  await page.goto(RECORD);
  if (!(await firstVerdict(page))) throw new Error('the record showed no checklist');
  await page.locator('csm-guide [data-rule] [data-action="toggle-done"]').first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
};

export async function measureImport(context: BrowserContext, extensionPage: Page, { events = 200_000, from = 0 } = {}): Promise<ImportReport> {
  const open = await openRecord(context);
  await open.waitForTimeout(500);
  await open.evaluate(watchBlocked, null);
  const started = Date.now();
  const lastBatch = Math.max(from, from + events - SEED_BATCH);
  const own = { accountId: ACCOUNT, every: 5000 };
  await seedEvents(extensionPage, { from, to: lastBatch, own });
  // The last message goes out, and the record is opened in a new tab at the same moment, as a
  // CSM opens it right after an import: its first read meets the worker still storing the batch.
  const arrived = Date.now();
  const last = seedEvents(extensionPage, { from: lastBatch, to: from + events, own });
  const tab = await context.newPage();
  await tab.goto(RECORD);
  await tab.locator('csm-guide').waitFor({ state: 'attached', timeout: 30_000 });
  await tab.evaluate(watchBlocked, arrived);
  const toggle = tab.locator('csm-guide [data-rule] [data-action="toggle-done"]').first();
  await toggle.waitFor({ state: 'attached', timeout: 30_000 });
  const ruleId = (await toggle.evaluate((el) => el.closest('[data-rule]')!.getAttribute('data-rule')))!;
  // As soon as the toggle takes a click, press it; count the time until the sidebar shows it.
  let shownAt: number | null = null;
  while (Date.now() - arrived < 30_000) {
    const result = await press(tab, ruleId, 30_000);
    if (result === 'landed') {
      shownAt = Date.now();
      break;
    }
    if (result === 'lost') break;
    await tab.waitForTimeout(5);
  }
  await last;
  const done = Date.now();
  await tab.waitForTimeout(1000); // whatever the import still sets off in the tabs
  const spans = [...(await readBlocked(open)), ...(await readBlocked(tab))];
  await tab.close();
  await open.close();
  return {
    page: RECORD,
    events,
    importMs: done - started,
    clickAfterArrivalMs: shownAt === null ? null : shownAt - arrived,
    longestBlockedMs: round(Math.max(0, ...spans)),
    blockedMs: round(spans.reduce((a, b) => a + b, 0)),
  };
}

export async function measureTwoTabs(context: BrowserContext, { presses = 40 } = {}): Promise<TwoTabsReport> {
  const first = await openRecord(context);
  const second = await openRecord(context);
  const rules = await toggleRules(second);
  if (rules.length < 2) throw new Error('the record needs two rules with a toggle');
  const [ticking, pressed] = [rules[0]!, rules[1]!];
  // The first tab ticks its toggle every 300 ms, whenever it takes a click, until the second is done.
  let done = false;
  let firstTabTicks = 0;
  const tickLoop = (async () => {
    while (!done) {
      if ((await press(first, ticking, 3000)) === 'landed') firstTabTicks++;
      await first.waitForTimeout(300);
    }
  })();
  let landed = 0;
  let refused = 0;
  let lost = 0;
  for (let i = 0; i < presses; i++) {
    const result = await press(second, pressed, 3000);
    if (result === 'landed') landed++;
    else if (result === 'refused') refused++;
    else lost++;
    await second.waitForTimeout(250);
  }
  done = true;
  await tickLoop;
  await first.close();
  await second.close();
  return { page: RECORD, presses, landed, refused, lost, firstTabTicks };
}
