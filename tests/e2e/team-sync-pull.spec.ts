/**
 * The team's history arriving, end to end (issue 28): pouchdb-server holds 6,000 events of one
 * CSM, Sam (three pages of the pull's change feed, for the lead and for Sam on a new browser);
 * the feed is held after its first page (a
 * context route, as a slow server or a long history would keep it running) so each test can look
 * at the browser while the pull runs. Behaviour, not time:
 * - a tick made during the pull reaches the server before the pull ends, and Settings shows the
 *   pull's progress meanwhile;
 * - a colleague's browser takes none of it until she opens one of Sam's accounts, then that
 *   account's history (a CSM pulls their book, the lead the team);
 * - the lead's dashboard shows rows before the pull ends;
 * - a first pull cut short by a stopped worker resumes from its checkpoint (the feed is not read
 *   from the start again) and ends with every event stored once.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { setupTeamDb, type Credentials } from '../../tools/team/setup';
import { TEAM_DB_DEFAULT } from '../../tools/team/design-doc';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { stopServiceWorker, type Session } from './reliability-support';
import { launchExtension, readLog, saveSettings, type ExtensionSession } from './support/extension';
import { openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const maria: Credentials = { name: 'maria', password: 'maria-pw' };
const sam: Credentials = { name: 'sam', password: 'sam-pw' };
const lee: Credentials = { name: 'lee', password: 'lee-pw' };
const ITEM = 'OB-PREP-REVIEW';
/** Three pages of the pull (2,000 changes a page). */
const HISTORY = 6_000;

let server: CouchServer;
const dbUrl = () => `${server.url}/${TEAM_DB_DEFAULT}`;
const basic = ({ name, password }: Credentials) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** A browser whose requests to the team server pass a gate: the change feed can be held after `open` pages. */
interface Member {
  s: ExtensionSession;
  options: Page;
  /** `since` of every change-feed request, in order. */
  feed: string[];
  hold(afterPages: number): void;
  release(): void;
}

async function member(displayName: string): Promise<Member> {
  const s = await launchExtension();
  let open = Infinity;
  let served = 0;
  let waiting: Array<() => void> = [];
  const feed: string[] = [];
  await s.context.route(`${server.url}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/_changes')) {
      feed.push(url.searchParams.get('since') ?? '');
      if (served >= open) await new Promise<void>((resolve) => waiting.push(resolve));
      served++;
    }
    await route.continue().catch(() => undefined); // the worker that asked may have been stopped meanwhile
  });
  const settings = await s.context.newPage();
  await settings.goto(`chrome://extensions/?id=${s.extensionId}`);
  await settings.evaluate(
    ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [s.extensionId, 'http://127.0.0.1/*'],
  );
  await settings.close();
  await saveSettings(s, { userName: displayName });
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  return {
    s,
    options,
    feed,
    hold(afterPages) {
      open = served + afterPages;
    },
    release() {
      open = Infinity;
      const go = waiting;
      waiting = [];
      for (const resolve of go) resolve();
    },
  };
}

const section = (page: Page) => page.getByTestId('team-sync-section');
async function signIn(who: Member, user: Credentials): Promise<void> {
  const page = who.options;
  await section(page).getByLabel('Team database URL').fill(dbUrl());
  await section(page).getByLabel('Your team sync user name').fill(user.name);
  await section(page).getByLabel('Password', { exact: true }).fill(user.password);
  await section(page).getByRole('button', { name: 'Sign in' }).click();
  await expect(section(page).getByTestId('team-sync-status')).toContainText(`Signed in as ${user.name}`);
}
const progress = (who: Member) => section(who.options).getByTestId('team-sync-progress');

const account = (i: number) => `001Sd${String(i).padStart(10, '0')}AAA`;
/** Documents on the server whose id starts with `prefix`. */
const serverIds = async (prefix: string): Promise<string[]> => {
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\uffff`))}`;
  const response = await fetch(`${dbUrl()}/_all_docs?${range}`, { headers: { authorization: basic(server.admin) } });
  return ((await response.json()) as { rows: Array<{ id: string }> }).rows.map((row) => row.id);
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startCouchServer();
  await setupTeamDb({ url: server.url, admin: server.admin, csms: [maria, sam], leads: [lee] });
  // Sam's history, as his extension wrote it, over 300 accounts.
  const base = Date.now() - 30 * 24 * 3600_000;
  const docs = Array.from({ length: HISTORY }, (_, k) => {
    const at = new Date(base + k * 60_000).toISOString();
    const id = `${at}-h${k}`;
    const accountId = account(k % 300);
    return { _id: `ev/${accountId}/@sam/${id}`, id, accountId, by: 'Sam Roe', at, type: 'item', ruleId: ITEM, done: k % 2 === 0, owner: 'sam' };
  });
  const response = await fetch(`${dbUrl()}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: basic(server.admin), 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  expect(response.status).toBe(201);
});
test.afterAll(async () => {
  await server?.stop();
});

test('a tick made during a first pull reaches the server before the pull ends; Settings shows the pull’s progress', async () => {
  // Sam on a new browser: his book (his own history, 300 accounts) comes back.
  const m = await member('Sam Roe');
  try {
    m.hold(1);
    await signIn(m, sam);
    // A CSM's share of the server is not known ahead: the count goes up.
    await expect(progress(m)).toContainText(/Bringing in your accounts’ history: [\d,]+ so far/);
    await expect(section(m.options).getByTestId('team-sync-pending')).toBeVisible();

    const tab = m.s.page;
    await openLightning(tab, URLS.opportunity);
    await expectPage(tab, 'sf.opportunity', SUNRISE_ID);
    await expectRule(tab, ITEM, 'todo');
    await action(tab, ITEM, 'toggle-done').click();
    await expectRule(tab, ITEM, 'done');
    // On the server while the feed is still held: the push did not wait for the pull.
    await expect.poll(() => serverIds(`ev/${SUNRISE_ID}/@sam/`), { timeout: 15_000 }).toHaveLength(1);
    await expect(progress(m)).toBeVisible();
    await expect(section(m.options).getByTestId('team-sync-pending')).toHaveAttribute('data-count', '0');

    m.release();
    await expect(progress(m)).toHaveCount(0, { timeout: 60_000 });
    await expect(section(m.options).getByTestId('team-sync-status')).toContainText('last synced');
  } finally {
    m.release();
    await m.s.close();
  }
});

test('a CSM’s browser takes the accounts she works: a colleague’s arrive when she opens one of them', async () => {
  const m = await member('Maria Lopez');
  try {
    await signIn(m, maria);
    await expect(section(m.options).getByTestId('team-sync-status')).toContainText('last synced', { timeout: 60_000 });
    // Sam's 6,000 events are on the server; none is in Maria's book, and Settings says what this browser keeps.
    expect(await readLog(m.s)).toEqual([]);
    await expect(section(m.options).getByTestId('team-sync-scope')).toHaveAttribute('data-scope', 'book');

    // She opens the Sunrise Opportunity (Sam ticked there, in the first test): its history comes at the next sync.
    const tab = m.s.page;
    await openLightning(tab, URLS.opportunity);
    await expectPage(tab, 'sf.opportunity', SUNRISE_ID);
    const onSunrise = (await serverIds(`ev/${SUNRISE_ID}/`)).length;
    expect(onSunrise).toBeGreaterThan(0);
    await expect.poll(async () => (await readLog(m.s)).length, { timeout: 30_000 }).toBe(onSunrise);
    expect(new Set((await readLog(m.s)).map((event) => event.accountId))).toEqual(new Set([SUNRISE_ID]));
  } finally {
    await m.s.close();
  }
});

test('the lead’s dashboard shows rows while the team’s history is still coming', async () => {
  const l = await member('Lee Lead');
  try {
    const dashboard = await l.s.context.newPage();
    await dashboard.goto(`chrome-extension://${l.s.extensionId}/dashboard.html`);
    l.hold(1);
    await signIn(l, lee);
    await expect(dashboard.getByTestId('team-sync-status')).toContainText(/Bringing in the team’s history/);
    // The first page's accounts are rows already (the rest of the feed is held).
    await expect(dashboard.getByTestId('audit-count')).toContainText(/accounts? shown of/, { timeout: 30_000 });
    await expect(progress(l)).toBeVisible();
    l.release();
    await expect(dashboard.getByTestId('audit-count')).toContainText('of 301', { timeout: 60_000 });
    await expect(section(l.options).getByTestId('team-sync-scope')).toHaveAttribute('data-scope', 'team');
    await expect(dashboard.getByTestId('team-sync-status')).toContainText('Team data synced');
  } finally {
    l.release();
    await l.s.close();
  }
});

test('a first pull cut short by a stopped worker resumes where it stopped, with every event stored once', async () => {
  const l = await member('Lee Lead');
  try {
    l.hold(2);
    await signIn(l, lee);
    await expect(progress(l)).toContainText(/history: 4,000 of/, { timeout: 30_000 });
    const before = l.feed.length;
    // Chrome stops the worker while its third page is held (idle timeout, an update, a crash).
    await stopServiceWorker({ context: l.s.context, extensionId: l.s.extensionId } as unknown as Session, l.options);
    l.release();
    // The worker starts again (the options page asks for the state; the worker syncs at start).
    await l.options.reload();
    await expect(section(l.options).getByTestId('team-sync-status')).toContainText('last synced', { timeout: 60_000 });
    // Read on from the stored checkpoint: never from the start of the feed again.
    const after = l.feed.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toContain('0');
    const log = await readLog(l.s);
    const ids = log.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    const onServer = (await serverIds('ev/')).length;
    expect(ids.length).toBe(onServer);
  } finally {
    l.release();
    await l.s.close();
  }
});
