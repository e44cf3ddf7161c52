/**
 * Team sync end to end: pouchdb-server (tests/support/couch-server.ts) on 127.0.0.1 set up with
 * two CSMs and a lead, three browsers (persistent contexts) with the built extension. Each signs
 * in through the options page; the CSMs tick on the Salesforce fixture; the lead's dashboard
 * shows both without a reload. Then: a tick recorded in a name the session is not is refused and
 * listed with the server's reason; offline and back resumes (pending goes to 0); syncing again
 * adds nothing on the server.
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
import { setupTeamDb, type Credentials } from '../../lib/team/setup';
import { TEAM_DB_DEFAULT } from '../../lib/team/design-doc';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { launchExtension, saveSettings, type ExtensionSession } from './support/extension';
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

const dbUrl = () => `${server.url}/${TEAM_DB_DEFAULT}`;
const basic = ({ name, password }: { name: string; password: string }) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
const docCount = async (): Promise<number> => {
  const response = await fetch(`${dbUrl()}`, { headers: { authorization: basic(server.admin) } });
  return ((await response.json()) as { doc_count: number }).doc_count;
};

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

test('each CSM signs in on the options page; the lead’s dashboard shows both CSMs’ ticks without a reload', async () => {
  await signIn(m, maria);
  await signIn(sm, sam);
  await signIn(lead, lee);
  const dashboard = await lead.s.context.newPage();
  await dashboard.goto(`chrome-extension://${lead.s.extensionId}/dashboard.html`);
  await expect(dashboard.getByTestId('team-sync-status')).toContainText(/Team data synced .* · 0 waiting/);

  const row = dashboard.locator(`[data-testid="audit-table"] tr[data-account-id="${SUNRISE_ID}"]`);
  await expect(row).toHaveCount(0);

  // Maria ticks: pushed after the stored batch (debounced), no click; the lead's next sync pulls it
  // (Sync now here; the 1-minute alarm does the same) and the open dashboard follows.
  await tick(m, 'opportunity', 'todo');
  await expect.poll(docCount, { timeout: 15_000 }).toBe(2); // the design document + Maria's event
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  await syncNow(lead);
  await expect(row).toContainText('Maria Lopez');

  // Sam ticks the same item on the same account in his browser: the lead's row shows him last.
  await tick(sm, 'account', 'todo');
  await expect.poll(docCount, { timeout: 15_000 }).toBe(3);
  await syncNow(lead);
  await expect(row).toContainText('Sam Roe');
  await expect(dashboard.getByTestId('team-sync-status')).toContainText(/Team data synced .* · 0 waiting/);
  // And Maria's browser pulls Sam's tick too (CSMs read the team).
  await syncNow(m);
  await expect(section(m.options).getByTestId('team-sync-status')).toContainText('0 events waiting');
});

test('a tick recorded in another CSM’s name is refused by the server and listed with its reason', async () => {
  const page = m.options;
  // A real misconfiguration: the user name changed to Sam's while the browser's session is Maria's.
  await section(page).getByLabel('Your team sync user name').fill(sam.name);
  await section(page).getByRole('button', { name: 'Save' }).click();
  await expect(section(page).getByTestId('team-sync-status')).toContainText('recorded as sam');
  const before = await docCount();
  await tick(m, 'account', 'done'); // undoes Maria's tick from the account page: a new event
  await syncNow(m);
  const refused = section(page).getByTestId('team-sync-refused');
  await expect(refused).toContainText('You can only record events in your own name (signed in as maria)');
  await expect(refused.locator('li')).toHaveCount(1);
  expect(await docCount()).toBe(before);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  // With its status, error and refusals showing, the section is usable by screen reader.
  const violations = (await new AxeBuilder({ page }).include('[data-testid="team-sync-section"]').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await section(page).getByLabel('Your team sync user name').fill(maria.name);
  await section(page).getByRole('button', { name: 'Save' }).click();
  await expect(section(page).getByTestId('team-sync-status')).toContainText('recorded as maria');
});

test('offline: the error says so and the tick waits; back online, Sync now sends it', async () => {
  m.offline = true;
  await tick(m, 'opportunity', 'todo');
  await syncNow(m);
  await expect(section(m.options).getByTestId('team-sync-error')).toHaveAttribute('data-kind', 'offline');
  await expect(pending(m)).toHaveAttribute('data-count', '1');
  const before = await docCount();

  m.offline = false;
  await syncNow(m);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  await expect(section(m.options).getByTestId('team-sync-error')).toHaveCount(0);
  expect(await docCount()).toBe(before + 1);
});

test('syncing again changes nothing on the server', async () => {
  const before = await docCount();
  await syncNow(m);
  await syncNow(sm);
  await expect(pending(m)).toHaveAttribute('data-count', '0');
  expect(await docCount()).toBe(before);
});
