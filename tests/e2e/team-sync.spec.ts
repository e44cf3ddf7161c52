/**
 * Team sync end to end: pouchdb-server (tests/support/couch-server.ts) on 127.0.0.1 set up with
 * two CSMs and a lead, three browsers (persistent contexts) with the built extension. Each signs
 * in through the options page; the CSMs tick on the Salesforce fixture; the lead's dashboard
 * shows both without a reload, with the account's name, CSM and stage from the synced account
 * card. Then: a display name borrowed from a colleague is shown beside the signed-in user and
 * flagged; a future-dated event is refused by the server and left out by the client; a session
 * that is not the configured user stops sync; offline and back resumes (pending goes to 0);
 * syncing again adds nothing on the server.
 *
 * The server's origin is granted the way a user can outside a permission prompt: in the browser's
 * own extension settings (chrome://extensions → Site access → add a site, the developerPrivate
 * call that page makes). Playwright cannot answer the browser's permission bubble, so the options
 * page's permissions.request then finds the origin already allowed — no test-only product code.
 * Context routes see the service worker's requests, so the server's origin is let through (and
 * switched off to simulate being offline).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { setupTeamDb, type Credentials } from '../../tools/team/setup';
import { TEAM_DB_DEFAULT } from '../../tools/team/design-doc';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { launchExtension, saveSettings, serviceWorker, type ExtensionSession } from './support/extension';
import { openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const maria: Credentials = { name: 'maria', password: 'maria-pw' };
const sam: Credentials = { name: 'sam', password: 'sam-pw' };
const lee: Credentials = { name: 'lee', password: 'lee-pw' };
const ITEM = 'OB-PREP-REVIEW';

interface Member {
  s: ExtensionSession;
  options: Page;
  offline: boolean;
}
let server: CouchServer;
let m: Member;
let sm: Member;
let lead: Member;
let dashboard: Page;

const dbUrl = () => `${server.url}/${TEAM_DB_DEFAULT}`;
const basic = ({ name, password }: { name: string; password: string }) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
/** Documents on the server whose id starts with `prefix` (`ev/` events, `card/` account cards). */
const countOf = async (prefix: string): Promise<number> => {
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\uffff`))}`;
  const response = await fetch(`${dbUrl()}/_all_docs?${range}`, { headers: { authorization: basic(server.admin) } });
  return ((await response.json()) as { rows: unknown[] }).rows.length;
};
const eventCount = () => countOf('ev/');
/** An account row of the lead's dashboard. */
const rowOf = (dashboard: Page, accountId: string) => dashboard.locator(`[data-testid="audit-table"] tr[data-account-id="${accountId}"]`);

async function member(userName: string): Promise<Member> {
  const s = await launchExtension();
  const entry: Member = { s, options: s.page, offline: false };
  // Registered after the fixture routes, so it is tried first: the team server is reachable
  // (unless this browser is "offline"), everything else stays blocked.
  await s.context.route(`${server.url}/**`, (route) => (entry.offline ? route.abort('internetdisconnected') : route.continue()));
  const settings = await s.context.newPage();
  await settings.goto(`chrome://extensions/?id=${s.extensionId}`);
  await settings.evaluate(
    ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [s.extensionId, 'http://127.0.0.1/*'],
  );
  await settings.close();
  await saveSettings(s, { userName });
  entry.options = await s.context.newPage();
  await entry.options.goto(`chrome-extension://${s.extensionId}/options.html`);
  return entry;
}

/** chrome.alarms as the service worker has it (for worker.evaluate). */
type WorkerChrome = { chrome: { alarms: { clear(name: string): Promise<boolean>; create(name: string, info: { periodInMinutes: number }): Promise<void> } } };

const section = (page: Page) => page.getByTestId('team-sync-section');

async function signIn(who: Member, user: Credentials): Promise<void> {
  const page = who.options;
  await section(page).getByLabel('Team database URL').fill(dbUrl());
  await section(page).getByLabel('Your team sync user name').fill(user.name);
  const password = section(page).getByLabel('Password', { exact: true });
  await password.fill(user.password);
  await section(page).getByRole('button', { name: 'Sign in' }).click();
  await expect(section(page).getByTestId('team-sync-status')).toContainText(`Signed in as ${user.name}`);
  await expect(password).toHaveValue('');
}

const syncNow = async (who: Member) => {
  await section(who.options).getByRole('button', { name: 'Sync now' }).click();
};
const pending = (who: Member) => section(who.options).getByTestId('team-sync-pending');

/** Toggles the manual item on a Sunrise fixture page (a new event each time: done, then undone…). */
async function tick(who: Member, page: 'opportunity' | 'account', from: 'todo' | 'done'): Promise<void> {
  const tab = who.s.page;
  await openLightning(tab, URLS[page]);
  await expectPage(tab, `sf.${page}`, SUNRISE_ID);
  await expectRule(tab, ITEM, from);
  await action(tab, ITEM, 'toggle-done').click();
  await expectRule(tab, ITEM, from === 'todo' ? 'done' : 'todo');
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startCouchServer();
  await setupTeamDb({ url: server.url, admin: server.admin, csms: [maria, sam], leads: [lee] });
  m = await member('Maria Lopez');
  sm = await member('Sam Roe');
  lead = await member('Lee Lead');
});
test.afterAll(async () => {
  for (const who of [m, sm, lead]) await who?.s.close();
  await server?.stop();
});

test('each CSM signs in on the options page; the lead’s dashboard shows both CSMs’ ticks with the account’s name, CSM and stage', async () => {
  await signIn(m, maria);
  await signIn(sm, sam);
  await signIn(lead, lee);
  dashboard = await lead.s.context.newPage();
  await dashboard.goto(`chrome-extension://${lead.s.extensionId}/dashboard.html`);
  await expect(dashboard.getByTestId('team-sync-status')).toContainText(/Team data synced .* · 0 waiting/);

  const row = rowOf(dashboard, SUNRISE_ID);
  await expect(row).toHaveCount(0);

  // Maria ticks: pushed after the stored batch (debounced), no click, with the account's card
  // (what she saw of it: name, CSM, segmentation…); the lead's next sync pulls both.
  await tick(m, 'opportunity', 'todo');
  await expect.poll(eventCount, { timeout: 15_000 }).toBe(1);
  await expect.poll(() => countOf('card/'), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  await syncNow(lead);
  // Maria has seen the Opportunity only: its name and service level. The stage is decided on the
  // Customer Onboarding record, which nobody has opened: unknown, not a guessed "Account creation".
  await expect(row.getByRole('button', { name: 'Sunrise Family Clinic' })).toBeVisible();
  await expect(row.locator('td').nth(2)).toHaveText('Standard');
  await expect(row.locator('td').nth(3)).toHaveText('Unknown');

  // Sam ticks the same item on the same account in his browser: the lead's open dashboard shows
  // him last with no click (Sam's push 1.5 s after the tick, the dashboard's pull every 3 s).
  const ticked = Date.now();
  await tick(sm, 'account', 'todo');
  await expect(row).toContainText('Sam Roe', { timeout: 15_000 });
  const reached = Date.now() - ticked;
  test.info().annotations.push({ type: 'tick to lead’s dashboard', description: `${reached} ms` });
  // The issue's target is 5 s; the bound here leaves room for a loaded CI machine.
  expect(reached).toBeLessThan(10_000);
  expect(await eventCount()).toBe(2);
  // Sam saw the Account page: its card brings the CSM (a Salesforce user name) and the segmentation.
  // Last activity names the user the server vouches for, the typed display name beside it.
  await expect(row.getByTestId('last-activity-by')).toHaveText('sam (as “Sam Roe”)');
  await expect(row.getByTestId('last-activity-by')).toHaveAttribute('data-proof', 'signed-in');
  await expect(row.locator('td').nth(0)).toHaveText('Maria Lopez');
  await expect(row.locator('td').nth(1)).toHaveText('Digital');
  await expect(dashboard.getByTestId('csm-chart')).not.toContainText('CSM not known');
  await expect(dashboard.getByTestId('team-sync-status')).toContainText(/Team data synced .* · 0 waiting/);
  // And Maria's browser pulls Sam's tick too (CSMs read the team).
  await syncNow(m);
  await expect(section(m.options).getByTestId('team-sync-status')).toContainText('0 events waiting');
});

test('a display name borrowed from a colleague is shown beside the signed-in user, and flagged', async () => {
  await saveSettings(sm.s, { userName: 'Maria Lopez' });
  await tick(sm, 'account', 'done');
  await expect.poll(eventCount, { timeout: 15_000 }).toBe(3);
  await syncNow(lead);
  await rowOf(dashboard, SUNRISE_ID).getByRole('button', { name: /Sunrise Family Clinic/ }).click();
  const detail = dashboard.getByTestId('account-detail');
  const forged = detail.locator('[data-testid="timeline"] li[data-owner="sam"][data-flagged="true"]').first();
  await expect(forged).toContainText('sam');
  await expect(forged).toContainText('display name “Maria Lopez”');
  await expect(forged.getByTestId('author-flag')).toContainText('also used by maria');
  await expect(detail.locator('[data-testid="timeline"] li[data-owner="maria"]').first()).toBeVisible();
  const violations = (await new AxeBuilder({ page: dashboard }).include('[data-testid="account-detail"]').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await dashboard.keyboard.press('Escape');
  await saveSettings(sm.s, { userName: 'Sam Roe' });
});

test('a future-dated event: the server refuses a member’s, and a browser keeps none the server holds', async () => {
  const id = `9999-01-01T00:00:00.000Z-future`;
  const doc = { _id: `ev/${SUNRISE_ID}/@maria/${id}`, id, accountId: SUNRISE_ID, by: 'Maria Lopez', at: '9999-01-01T00:00:00.000Z', owner: 'maria', type: 'item', ruleId: ITEM, done: false };
  const put = (auth: string) =>
    fetch(`${dbUrl()}/${encodeURIComponent(doc._id)}`, { method: 'PUT', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  const refused = await put(basic(maria));
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { reason: string }).reason).toMatch(/future/);
  // A server admin bypasses validation (a hostile or broken server): the lead's browser leaves it out.
  expect((await put(basic(server.admin))).status).toBe(201);
  await syncNow(lead);
  await expect(section(lead.options).getByTestId('team-sync-status')).toContainText('left out of the last pull');
  await rowOf(dashboard, SUNRISE_ID).getByRole('button', { name: /Sunrise Family Clinic/ }).click();
  await expect(dashboard.getByTestId('timeline')).not.toContainText('9999');
  await expect(dashboard.locator(`[data-testid="timeline"] li`)).toHaveCount(3);
  await dashboard.keyboard.press('Escape');
});

test('a session that is not the user named in Settings stops sync with a clear message; nothing is sent', async () => {
  const page = m.options;
  // A real misconfiguration: the user name changed to Sam's while the browser's session is Maria's.
  await section(page).getByLabel('Your team sync user name').fill(sam.name);
  await section(page).getByRole('button', { name: 'Save' }).click();
  const before = await eventCount();
  await tick(m, 'account', 'done');
  await syncNow(m);
  const error = section(page).getByTestId('team-sync-error');
  await expect(error).toHaveAttribute('data-kind', 'mismatch');
  await expect(error).toContainText('signed in to the team server as “maria”');
  expect(await eventCount()).toBe(before);
  await expect(pending(m)).not.toHaveAttribute('data-count', '0');
  // The sidebar says so where the CSM works, with a way to sign in again.
  await expect(m.s.page.locator('csm-guide').getByTestId('team-sync-line')).toHaveAttribute('data-kind', 'error');
  // With its status and error showing, the section is usable by screen reader.
  const violations = (await new AxeBuilder({ page }).include('[data-testid="team-sync-section"]').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await section(page).getByLabel('Your team sync user name').fill(maria.name);
  await section(page).getByRole('button', { name: 'Save' }).click();
  await syncNow(m);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  expect(await eventCount()).toBe(before + 1);
});

test('offline: the error says so and the tick waits; back online, Sync now sends it', async () => {
  m.offline = true;
  await tick(m, 'opportunity', 'todo');
  await syncNow(m);
  await expect(section(m.options).getByTestId('team-sync-error')).toHaveAttribute('data-kind', 'offline');
  await expect(pending(m)).toHaveAttribute('data-count', '1');
  await expect(section(m.options).getByTestId('team-sync-status')).not.toContainText('Synced.');
  await expect(m.s.page.locator('csm-guide').getByTestId('team-sync-line')).toContainText('offline');
  const before = await eventCount();

  m.offline = false;
  await syncNow(m);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  await expect(section(m.options).getByTestId('team-sync-error')).toHaveCount(0);
  expect(await eventCount()).toBe(before + 1);
});

test('a refused event stays counted as waiting, is offered again, and goes up once the cause is fixed', async () => {
  // The team's server refuses Maria's events for a while (an extra validation function, as a
  // misconfigured or tightened server would): her next tick is refused with the server's reason.
  const hold = `${dbUrl()}/_design/hold`;
  const admin = { authorization: basic(server.admin), 'content-type': 'application/json' };
  const validate = "function (newDoc) { if (newDoc._id.indexOf('ev/') === 0 && newDoc.owner === 'maria') throw { forbidden: 'held by the team lead' }; }";
  const created = await fetch(hold, { method: 'PUT', headers: admin, body: JSON.stringify({ validate_doc_update: validate }) });
  expect(created.status).toBe(201);
  const before = await eventCount();
  await tick(m, 'opportunity', 'done');
  await syncNow(m);
  const refused = section(m.options).getByTestId('team-sync-refused');
  await expect(refused).toContainText('held by the team lead');
  await expect(pending(m)).toHaveAttribute('data-count', '1');
  await expect(m.s.page.locator('csm-guide').getByTestId('team-sync-line')).toContainText('1 change waiting');
  // Another sync offers it again: still refused, still counted, never dropped.
  await syncNow(m);
  await expect(refused).toContainText('held by the team lead');
  await expect(pending(m)).toHaveAttribute('data-count', '1');
  expect(await eventCount()).toBe(before);

  // The lead lifts the hold: the next sync sends it, and nothing waits.
  const { _rev } = (await (await fetch(hold, { headers: admin })).json()) as { _rev: string };
  expect((await fetch(`${hold}?rev=${_rev}`, { method: 'DELETE', headers: admin })).status).toBe(200);
  await syncNow(m);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  await expect(refused).toHaveCount(0);
  expect(await eventCount()).toBe(before + 1);
  // The line stays in place (it never shifts the checklist), now saying all is sent.
  await expect(m.s.page.locator('csm-guide').getByTestId('team-sync-line')).toHaveAttribute('data-kind', 'synced');
});

test('an expired session: the sidebar says signed out with a way to sign in again; signing in sends what waited', async () => {
  // The browser forgets the session (it expired, or the cookie was cleared): the server now answers as anonymous.
  await m.s.context.clearCookies({ name: 'AuthSession' });
  const before = await eventCount();
  await tick(m, 'opportunity', 'todo');
  await syncNow(m);
  const line = m.s.page.locator('csm-guide').getByTestId('team-sync-line');
  await expect(line).toHaveAttribute('data-kind', 'signed-out');
  await expect(line).toContainText('signed out');
  await expect(line).toContainText('1 change waiting');
  const again = line.getByRole('button', { name: 'Sign in again' });
  await again.focus();
  await expect(again).toBeFocused();
  await expect(section(m.options).getByTestId('team-sync-error')).toHaveAttribute('data-kind', 'signed-out');
  const violations = (await new AxeBuilder({ page: m.s.page }).include('csm-guide').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await eventCount()).toBe(before);

  await signIn(m, maria);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  expect(await eventCount()).toBe(before + 1);
  await expect(line).toHaveAttribute('data-kind', 'synced');
  await expect(line).toContainText('all your changes sent');
});

test('back online, waiting ticks go up at once: the network coming back syncs, not the minute alarm', async () => {
  const worker = await serviceWorker(m.s.context);
  // No alarm and no click: only the worker noticing the network is back can send the tick below.
  // (Chrome fires no online event in a worker, and its offline emulation none either: the worker
  // watches navigator.onLine, which the emulation does change.)
  await worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.alarms.clear('team-sync'));
  try {
    m.offline = true;
    const before = await eventCount();
    await tick(m, 'opportunity', 'done');
    await expect(pending(m)).toHaveAttribute('data-count', '1');
    await expect(m.s.page.locator('csm-guide').getByTestId('team-sync-line')).toContainText('offline');
    await m.s.context.setOffline(true);
    await expect.poll(() => worker.evaluate(() => navigator.onLine)).toBe(false);
    // Offline for a few of the worker's looks (one a second), as a real outage is.
    await m.s.page.waitForTimeout(2_500);
    m.offline = false;
    await m.s.context.setOffline(false);
    await expect.poll(eventCount, { timeout: 20_000 }).toBe(before + 1);
    await expect(pending(m)).toHaveAttribute('data-count', '0');
  } finally {
    m.offline = false;
    await m.s.context.setOffline(false);
    await worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.alarms.create('team-sync', { periodInMinutes: 1 }));
  }
});

test('syncing again changes nothing on the server', async () => {
  const before = [await eventCount(), await countOf('card/')];
  await syncNow(m);
  await syncNow(sm);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  expect([await eventCount(), await countOf('card/')]).toEqual(before);
});
