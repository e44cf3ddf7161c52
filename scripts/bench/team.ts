/**
 * A team's history at scale (issue 28): 40 CSMs, 15,000 accounts and 300,000 events a year on the
 * CouchDB-protocol test server, each event in exactly the shape the extension writes, and two
 * people signing in for the first time, one after the other (each with the machine to itself):
 *
 * - the lead, with the dashboard open from the start ("the first day"): how soon rows appear
 *   and all accounts are there while the pull runs, how long the pull takes, the worker's heap,
 *   then the dashboard opened again with the history local, and the profile's disk use;
 * - a CSM, with Settings and a record (the Sunrise Opportunity fixture) open: the pull's
 *   duration and readable progress, the worker's heap, a toggle click every 2 s during the pull
 *   and four before signing in (the machine's load alone): the mouse at the toggle → the sidebar
 *   shows the new state, split into click → event in the page → new state → seen, with
 *   Playwright's actionability checks timed apart; and the first tick: click → on the server.
 *
 * A lead pulls the team, a CSM their book (docs/team-sync.md): the report says how many
 * documents came down. Figures only, no pass/fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { setupTeamDb, type Credentials } from '../../tools/team/setup';
import { TEAM_DB_DEFAULT } from '../../tools/team/design-doc';
import { ISOLATED_ARGS, launchBrowser } from '../../tests/e2e/support/launch';
import { openLightning, SUNRISE_ID, URLS } from '../../tests/e2e/support/lightning';
import { startCouchServer, type CouchServer } from '../../tests/support/couch-server';
import { BENCH_EXTENSION_DIR } from './browser';
import { median, round } from './stats';
import { REMOTE_DEBUGGING_ARG, workerHeap } from './team-worker-heap';

/** The fixture record's account (Sunrise Family Clinic): in the CSM's book. */
const SUNRISE = SUNRISE_ID;
/** The item the CSM toggles on the Sunrise Opportunity (the e2e team-sync spec's). */
const ITEM = 'OB-PREP-REVIEW';
/** A click not shown by then counts as this long (and the bench goes on). */
const CLICK_GIVE_UP_MS = 30_000;
const RULES = ['OB-PREP-REVIEW', 'OB-KICKOFF-CALL', 'OB-WELCOME-EMAIL', 'OB-TRAINING', 'OB-GO-LIVE', 'ADOPT-CHECKIN', 'RENEW-REVIEW'];

export interface TeamBenchOptions {
  events?: number;
  csms?: number;
  accounts?: number;
  log?: (line: string) => void;
}

export interface PullFigures {
  who: string;
  /** Documents the pull brought (events and cards), from the state's progress. */
  documents: number;
  /** Sign-in → the pull says done (state.pull null, lastSyncAt set). */
  pullS: number | null;
  /** Sign-in → the first progress figure in the state ("Bringing in … N of M"). */
  progressFirstS: number | null;
  /** A progress line as Settings showed it during the pull. */
  progressText: string | null;
  /** "N events waiting" was shown in Settings during the pull. */
  waitingShown: boolean;
  heapStartMB: number;
  heapPeakMB: number;
}

export interface TeamBenchReport {
  events: number;
  csms: number;
  accounts: number;
  seedS: number;
  lead: PullFigures & {
    /** Sign-in → the open dashboard shows its first team row. */
    dashboardFirstRowS: number | null;
    /** Sign-in → the open dashboard counts all the team's accounts. */
    dashboardAllAccountsS: number | null;
    /** History local: open → first row, and → every account counted. */
    reopenFirstRowS: number | null;
    reopenAllAccountsS: number | null;
    accountsShown: number;
    /** The lead's profile on disk after the pull: all of it, and IndexedDB's part. */
    profileMB: number;
    indexedDbMB: number;
  };
  csm: PullFigures & {
    /** Each toggle click during the pull: click → the sidebar shows the new state (ms). */
    clicksMs: number[];
    clickMedianMs: number | null;
    clickMaxMs: number | null;
    /** The same clicks timed inside the page: the click event's time → the new state seen at a frame (ms). */
    clicksInPageMs: number[];
    /** Clicks before signing in (no pull), both ways: the machine's load alone. */
    baselineClicksMs: number[];
    baselineClicksInPageMs: number[];
    /** Every click (before, then during the pull), split: Playwright's click → the event in the page, → the new state seen, → Playwright told (wall clock, same machine). */
    clickSplits: Array<{ toEventMs: number; inPageMs: number; backMs: number }>;
    /** Every click (before, then during the pull): Playwright's actionability checks before it (ms). */
    checksMs: number[];
    /** The first tick during the pull: click → the document is on the server (s). */
    tickToServerS: number | null;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const basic = ({ name, password }: Credentials) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
const duMB = (dir: string): number => {
  try {
    return round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024, 1);
  } catch {
    return 0;
  }
};

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };

const accountId = (i: number) => `001Bn${String(i).padStart(10, '0')}AAA`;
const userName = (c: number) => `csm${String(c + 1).padStart(2, '0')}`;

/** 300,000 events as the extension writes them (lib/events/doc.ts), each by its account's CSM, over the past year. */
async function seed(server: CouchServer, db: string, events: number, csms: number, accounts: number, log: (line: string) => void): Promise<void> {
  const now = Date.now();
  const year = 365 * 24 * 3600_000;
  const BATCH = 5_000;
  for (let from = 0; from < events; from += BATCH) {
    const docs = [];
    for (let k = from; k < Math.min(events, from + BATCH); k++) {
      // Account a is in the book of CSM a % csms; account 0 is the fixture's (Sunrise), in csm02's.
      const a = k % accounts;
      const account = a === 0 ? SUNRISE : accountId(a);
      const owner = userName(a === 0 ? 1 : a % csms);
      const at = new Date(now - year + Math.floor((k / events) * (year - 3600_000))).toISOString();
      const id = `${at}-b${k.toString(36)}`;
      docs.push({ _id: `ev/${account}/@${owner}/${id}`, id, accountId: account, by: `CSM ${owner}`, at, type: 'item', ruleId: RULES[k % RULES.length], done: k % 3 !== 0, owner });
    }
    const response = await fetch(`${server.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: { authorization: basic(server.admin), 'content-type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
    if ((from / BATCH) % 10 === 0) log(`  seeded ${(from + docs.length).toLocaleString('en-US')} events`);
  }
}

interface Member {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  page: Page;
  close(): Promise<void>;
}

async function member(server: CouchServer, displayName: string): Promise<Member> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'csm-guide-team-bench-'));
  const launched = await launchBrowser({ extension: BENCH_EXTENSION_DIR, timeZone: null, userDataDir, args: [...ISOLATED_ARGS, REMOTE_DEBUGGING_ARG] });
  const { context } = launched;
  const extensionId = launched.extensionId!;
  await context.route(`${server.url}/**`, (route) => route.continue());
  // The server's origin, granted as a user can in the browser's extension settings (as tests/e2e/team-sync.spec.ts does).
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(
    ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [extensionId, 'http://127.0.0.1/*'],
  );
  await settings.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  await send(page, { type: 'settings/set', patch: { userName: displayName } });
  return {
    context,
    extensionId,
    userDataDir,
    page,
    close: async () => {
      await launched.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const send = async (page: Page, message: unknown): Promise<unknown> => page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);

interface SyncStateLike {
  lastSyncAt: string | null;
  pending: number;
  pull: { received: number; total: number | null; first: boolean } | null;
}
const readState = async (page: Page): Promise<SyncStateLike | null> =>
  page.evaluate(async () => ((await (globalThis as unknown as Chrome).chrome.storage.local.get('teamSyncState')).teamSyncState ?? null) as never);

/** The dashboard's account count ("N accounts shown of M."): M, or 0 while it has none. */
const dashboardAccounts = async (dashboard: Page): Promise<number> => {
  const text = (await dashboard.getByTestId('audit-count').textContent().catch(() => '')) ?? '';
  const match = /of ([\d,]+)/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
};

/**
 * Signs `who` in and follows the pull to its end: progress, heap, and whatever `during` does
 * (clicks, the dashboard) every `everyMs`. Returns the pull's figures.
 */
async function followPull(
  m: Member,
  dbUrl: string,
  user: Credentials,
  log: (line: string) => void,
  during: (elapsedS: number) => Promise<void>,
  everyMs = 1000,
): Promise<PullFigures> {
  const heap = await workerHeap(m.userDataDir, m.extensionId);
  const heapStart = await heap.sample();
  let heapPeak = heapStart;
  const options = await m.context.newPage();
  await options.goto(`chrome-extension://${m.extensionId}/options.html`);
  // Signed in as a person does, on the options page: its Sign in asks for the origin (granted
  // beforehand in the browser's extension settings, so no prompt) and sends the password.
  const section = options.getByTestId('team-sync-section');
  await section.getByLabel('Team database URL').fill(dbUrl);
  await section.getByLabel('Your team sync user name').fill(user.name);
  await section.getByLabel('Password', { exact: true }).fill(user.password);
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  await section.getByRole('button', { name: 'Sign in' }).click();
  let progressFirstS: number | null = null;
  let progressText: string | null = null;
  let waitingShown = false;
  let pullS: number | null = null;
  let documents = 0;
  let lastLog = 0;
  const deadline = started + 20 * 60_000;
  while (Date.now() < deadline) {
    heapPeak = Math.max(heapPeak, await heap.sample().catch(() => 0));
    const state = await readState(m.page);
    if (state?.pull) {
      documents = Math.max(documents, state.pull.received);
      if (progressFirstS === null && state.pull.received > 0) progressFirstS = round(elapsed(), 1);
      const shown = (await options.getByTestId('team-sync-progress').textContent().catch(() => null)) ?? null;
      if (shown && !progressText && state.pull.received > 0) progressText = shown.trim();
      if (await options.getByTestId('team-sync-pending').isVisible().catch(() => false)) waitingShown = true;
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(`  ${user.name}: ${state.pull.received.toLocaleString('en-US')} of ${state.pull.total?.toLocaleString('en-US') ?? '?'} after ${Math.round(elapsed())} s, worker heap ${round(heapPeak / 1048576, 1)} MB peak`);
      }
    } else if (state?.lastSyncAt && Date.parse(state.lastSyncAt) >= started && elapsed() > 1) {
      pullS = round(elapsed(), 1);
      break;
    } else if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`  ${user.name}: no pull running after ${Math.round(elapsed())} s (${JSON.stringify(state).slice(0, 300)})`);
    }
    await during(elapsed());
    await sleep(everyMs);
  }
  heap.close();
  await options.close();
  return {
    who: user.name,
    documents,
    pullS,
    progressFirstS,
    progressText,
    waitingShown,
    heapStartMB: round(heapStart / 1048576, 1),
    heapPeakMB: round(heapPeak / 1048576, 1),
  };
}

export async function measureTeam(options: TeamBenchOptions = {}): Promise<TeamBenchReport> {
  const events = options.events ?? 300_000;
  const csms = options.csms ?? 40;
  const accounts = options.accounts ?? 15_000;
  const log = options.log ?? (() => undefined);
  const server = await startCouchServer();
  const members: Member[] = [];
  try {
    const users = Array.from({ length: csms }, (_, c) => ({ name: userName(c), password: `${userName(c)}-pw` }));
    const lead = { name: 'lead', password: 'lead-pw' };
    log(`team bench: ${csms} CSMs and a lead on ${server.url}…`);
    await setupTeamDb({ url: server.url, admin: server.admin, csms: users, leads: [lead] });
    const dbUrl = `${server.url}/${TEAM_DB_DEFAULT}`;
    const seedStart = Date.now();
    await seed(server, TEAM_DB_DEFAULT, events, csms, accounts, log);
    const seedS = round((Date.now() - seedStart) / 1000, 1);

    // The lead, dashboard open from the start.
    log('the lead signs in with the dashboard open…');
    const l = await member(server, 'Lee Lead');
    members.push(l);
    const dashboard = await l.context.newPage();
    await dashboard.goto(`chrome-extension://${l.extensionId}/dashboard.html`);
    let firstRowS: number | null = null;
    let allS: number | null = null;
    const leadPull = await followPull(l, dbUrl, lead, log, async (t) => {
      const shown = await dashboardAccounts(dashboard);
      if (firstRowS === null && shown > 0) firstRowS = round(t, 1);
      if (allS === null && shown >= accounts) allS = round(t, 1);
    });
    if (allS === null) {
      // Counted after the pull's end, if the dashboard was still catching up.
      const t0 = Date.now();
      while (Date.now() - t0 < 120_000 && (await dashboardAccounts(dashboard)) < accounts) await sleep(250);
      if ((await dashboardAccounts(dashboard)) >= accounts) allS = round((leadPull.pullS ?? 0) + (Date.now() - t0) / 1000, 1);
    }
    // History local: the dashboard opened again.
    await dashboard.close();
    await sleep(2000);
    const again = await l.context.newPage();
    const opened = Date.now();
    await again.goto(`chrome-extension://${l.extensionId}/dashboard.html`);
    let reopenFirstRowS: number | null = null;
    let reopenAllS: number | null = null;
    while (Date.now() - opened < 180_000) {
      const shown = await dashboardAccounts(again);
      if (reopenFirstRowS === null && shown > 0) reopenFirstRowS = round((Date.now() - opened) / 1000, 2);
      if (shown >= accounts) {
        reopenAllS = round((Date.now() - opened) / 1000, 2);
        break;
      }
      await sleep(100);
    }
    const accountsShown = await dashboardAccounts(again);
    await again.close();
    const profileMB = duMB(l.userDataDir);
    const indexedDbMB = duMB(path.join(l.userDataDir, 'Default', 'IndexedDB'));
    await l.close();
    members.pop();

    // A CSM, Settings and a record open; a toggle click every few seconds during the pull.
    log('a CSM signs in with a record open…');
    const c = await member(server, 'Casey CSM');
    members.push(c);
    const tab = await c.context.newPage();
    await openLightning(tab, URLS.opportunity);
    const ruleId = ITEM;
    const item = tab.locator(`csm-guide [data-rule="${ruleId}"]`);
    await item.waitFor({ state: 'attached', timeout: 30_000 });
    const toggle = item.locator('[data-action="toggle-done"]').first();
    const clicksMs: number[] = [];
    const clicksInPageMs: number[] = [];
    let tickAt: number | null = null;
    let tickToServerS: number | null = null;
    let nextClick = 2;
    const csmUser = users[1]!;
    const onServer = async (): Promise<number> => {
      const range = `startkey=${encodeURIComponent(JSON.stringify(`ev/${SUNRISE}/@${csmUser.name}/`))}&endkey=${encodeURIComponent(JSON.stringify(`ev/${SUNRISE}/@${csmUser.name}/\uffff`))}`;
      const response = await fetch(`${dbUrl}/_all_docs?${range}`, { headers: { authorization: basic(server.admin) } });
      return ((await response.json()) as { rows: unknown[] }).rows.length;
    };
    // The page notes when its click event came (the input's own time), so a click is also timed
    // inside the page: the event → the new state seen at a frame, without Playwright's round trips.
    await tab.evaluate(() => {
      const w = window as unknown as { csmBenchClickAt?: number };
      document.addEventListener('click', (event) => void (w.csmBenchClickAt = event.timeStamp), true);
    });
    /** Each click's `locator.click({ trial: true })` before it: Playwright's actionability checks (stable, enabled, hit target) alone. */
    const checksMs: number[] = [];
    /** Where each click's time went, in wall-clock ms: Playwright's click → the event in the page → the new state seen → Playwright told. */
    const clickSplits: Array<{ toEventMs: number; inPageMs: number; backMs: number }> = [];
    /** One toggle click: [click → the new state shown, as Playwright sees it; the same inside the page]. */
    const clickOnce = async (): Promise<[number, number | null]> => {
      const before = await item.getAttribute('data-state');
      // Where a person would click: the toggle's centre, with the mouse (locator.click first
      // waits for its actionability checks, timed apart above: during a pull those took 1–2 s
      // before its click reached the page, while the click itself takes milliseconds).
      // Playwright's actionability checks alone (locator.click's wait before it clicks), timed
      // apart: the figure the earlier runs reported as the click.
      const checking = Date.now();
      await toggle.click({ trial: true, timeout: CLICK_GIVE_UP_MS }).catch(() => undefined);
      checksMs.push(Date.now() - checking);
      await toggle.scrollIntoViewIfNeeded();
      const box = await toggle.boundingBox();
      const clicked = Date.now();
      try {
        if (!box) throw new Error('the toggle is not shown');
        await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        const inPage = await tab.waitForFunction(
          ({ ruleId, before }) => {
            const state = document.querySelector('csm-guide')?.shadowRoot?.querySelector(`[data-rule="${ruleId}"]`)?.getAttribute('data-state');
            const at = (window as unknown as { csmBenchClickAt?: number }).csmBenchClickAt;
            if (state === before) return false;
            const now = performance.now();
            return at === undefined ? { eventAt: -1, shownAt: performance.timeOrigin + now } : { eventAt: performance.timeOrigin + at, shownAt: performance.timeOrigin + now };
          },
          { ruleId, before },
          { timeout: CLICK_GIVE_UP_MS, polling: 'raf' },
        );
        const { eventAt, shownAt } = (await inPage.jsonValue()) as { eventAt: number; shownAt: number };
        const done = Date.now();
        if (eventAt >= 0) clickSplits.push({ toEventMs: round(eventAt - clicked), inPageMs: round(shownAt - eventAt), backMs: round(done - shownAt) });
        return [done - clicked, eventAt >= 0 ? round(shownAt - eventAt) : null];
      } catch {
        log(`  a toggle click was not shown within ${CLICK_GIVE_UP_MS / 1000} s`);
        return [CLICK_GIVE_UP_MS, null];
      }
    };
    // The same clicks before signing in (no pull), on the same machine at the same moment: what
    // the load alone costs, to tell it from what the pull adds.
    const baselineMs: number[] = [];
    const baselineInPageMs: number[] = [];
    for (let k = 0; k < 4; k++) {
      const [felt, inPage] = await clickOnce();
      baselineMs.push(felt);
      if (inPage !== null) baselineInPageMs.push(inPage);
      await sleep(1000);
    }
    const seeded = await onServer();
    const csmPull = await followPull(c, dbUrl, csmUser, log, async (t) => {
      if (tickAt !== null && tickToServerS === null && (await onServer()) > seeded) tickToServerS = round((Date.now() - tickAt) / 1000, 1);
      if (t < nextClick) return;
      // A click every 2 s: a CSM's pull of their book is short.
      nextClick = t + 2;
      const clicked = Date.now();
      const [felt, inPage] = await clickOnce();
      clicksMs.push(felt);
      if (inPage !== null) clicksInPageMs.push(inPage);
      if (tickAt === null) tickAt = clicked;
    });
    // A tick whose push the pull's end overtook is still timed (it reached the server later).
    const t0 = Date.now();
    while (tickAt !== null && tickToServerS === null && Date.now() - t0 < 60_000) {
      if ((await onServer()) > seeded) tickToServerS = round((Date.now() - tickAt) / 1000, 1);
      else await sleep(250);
    }
    await c.close();
    members.pop();

    return {
      events,
      csms,
      accounts,
      seedS,
      lead: {
        ...leadPull,
        dashboardFirstRowS: firstRowS,
        dashboardAllAccountsS: allS,
        reopenFirstRowS,
        reopenAllAccountsS: reopenAllS,
        accountsShown,
        profileMB,
        indexedDbMB,
      },
      csm: {
        ...csmPull,
        clicksMs,
        clickMedianMs: clicksMs.length ? round(median(clicksMs)) : null,
        clickMaxMs: clicksMs.length ? Math.max(...clicksMs) : null,
        clicksInPageMs,
        baselineClicksMs: baselineMs,
        baselineClicksInPageMs: baselineInPageMs,
        clickSplits,
        checksMs,
        tickToServerS,
      },
    };
  } finally {
    for (const m of members) await m.close().catch(() => undefined);
    await server.stop();
  }
}
