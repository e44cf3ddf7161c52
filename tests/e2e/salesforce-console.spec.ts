/**
 * Lightning's Service Console with the built extension: several record pages stay mounted (one
 * per workspace tab and subtab) and only the focused one is shown. The sidebar follows the focused
 * workspace tab and subtab, in split view too, re-evaluates on each switch (with or without the
 * URL moving: without it, the record shown is read as itself), and never reads a hidden tab's
 * fields. Fixtures: console-sim.js (UTAM markup; SLDS markup in split view with a hidden stale
 * copy of the shown Account; the live console's containers, where record pages are not in
 * div.oneContent and panels are named by no tab), in both shadow modes.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, readStorage, type ExtensionSession } from './support/extension';
import { LAKESIDE_ID, SUNRISE_ID } from './support/lightning';
import { saveScreenshot } from './support/screenshots';
import { expectPage, expectRule, hostCount, rule, sidebar } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

const CONSOLE = 'https://acmeconsole.lightning.force.com';
const SPLIT = 'https://acmeconsole--uat.sandbox.lightning.force.com';
const LIVE = 'https://acmeservice.lightning.force.com';
const CASE_ID = '500Hs00001XyZ9QIAV';
const OPPORTUNITY_ID = '006Hs00001Bq7ZrIAJ';
const SUNRISE_UNDER_OPPORTUNITY = `?ws=${encodeURIComponent(`/lightning/r/Opportunity/${OPPORTUNITY_ID}/view`)}`;
const WAITING = 'Waiting for the record to load…';

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
}

/** A console tab the CSM can see, by its strip and exact title (hidden tabs are not offered by role). */
const tab = (page: Page, title: string, strip: 'Workspaces' | 'Subtabs' = 'Workspaces') =>
  page.getByRole('tablist', { name: strip }).getByRole('tab', { name: title, exact: true });

/** Moves the console's focus to the tab showing `recordId` without the URL following (in the page's world). */
const focusWithoutUrl = (page: Page, recordId: string) =>
  page.evaluate((id) => (window as unknown as { __lightningSim: { focusTab(id: string, o: { url: boolean }): boolean } }).__lightningSim.focusTab(id, { url: false }), recordId);

test('switching workspace tabs shows each record’s account and checklist', async () => {
  const { page } = s;
  await openConsole(page, `${CONSOLE}/lightning/r/Account/${SUNRISE_ID}/view`);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  // Sunrise has every System Code; Lakeside has none.
  await expectRule(page, 'CSO-SYSTEM-CODES', 'done');

  await tab(page, 'Lakeside Pediatrics').click();
  await expect(page).toHaveURL(`${CONSOLE}/lightning/r/Account/${LAKESIDE_ID}/view`);
  await expectPage(page, 'sf.account', LAKESIDE_ID);
  await expectRule(page, 'CSO-SYSTEM-CODES', 'warn', 'LMS Id Company');
  await saveScreenshot(page, 'sf-console.png');

  await tab(page, 'Sunrise Family Clinic').click();
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expectRule(page, 'CSO-SYSTEM-CODES', 'done');

  // A subtab of the Sunrise workspace: its Opportunity.
  await tab(page, 'Sunrise Family Clinic - New Business', 'Subtabs').click();
  await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\/006Hs00001Bq7ZrIAJ\/view\?ws=/);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveCount(1);
  await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveCount(0);
  expect(await hostCount(page)).toBe(1);
});

test('a tab switch the URL does not follow re-reads the record shown, never the hidden one', async () => {
  const { page } = s;
  await openConsole(page, `${CONSOLE}/lightning/r/Account/${SUNRISE_ID}/view`);
  await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
  // Only the shown record is observed; the switch is seen through the tabs and panels alone.
  expect(await focusWithoutUrl(page, LAKESIDE_ID)).toBe(true);
  await expectPage(page, 'sf.account', LAKESIDE_ID);
  await expectRule(page, 'CSO-SYSTEM-CODES', 'warn', 'LMS Id Company');
  await expect(page).toHaveURL(`${CONSOLE}/lightning/r/Account/${SUNRISE_ID}/view`);
  expect(await focusWithoutUrl(page, SUNRISE_ID)).toBe(true);
  await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
  await expect(sidebar(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
});

for (const shadow of ['synthetic', 'native'] as const) {
  test.describe(`the live console's containers (record pages outside div.oneContent, panels no tab names), ${shadow} shadow`, () => {
    const at = (path: string) => `${LIVE}${path}?sim-shadow=${shadow}`;

    test('Account → Opportunity → Account workspace tabs: each record is read as its tab is focused', async () => {
      const { page } = s;
      await openConsole(page, at(`/lightning/r/Account/${SUNRISE_ID}/view`));
      await expect(page.locator('div.oneContent')).toHaveCount(0);
      await expectPage(page, 'sf.account', SUNRISE_ID);
      await expectRule(page, 'CSO-SYSTEM-CODES', 'done');

      await tab(page, 'Sunrise Family Clinic - New Business').click();
      await expect(page).toHaveURL(`${LIVE}/lightning/r/Opportunity/${OPPORTUNITY_ID}/view`);
      await expectPage(page, 'sf.opportunity', SUNRISE_ID);
      await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveCount(1);
      await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveCount(0);
      await expect(sidebar(page)).not.toContainText(WAITING);

      await tab(page, 'Sunrise Family Clinic').click();
      await expect(page).toHaveURL(`${LIVE}/lightning/r/Account/${SUNRISE_ID}/view`);
      await expectPage(page, 'sf.account', SUNRISE_ID);
      await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
      await expect(sidebar(page)).not.toContainText(WAITING);
      expect(await hostCount(page)).toBe(1);
    });

    test('Opportunity → Account → Opportunity, starting from the Opportunity', async () => {
      const { page } = s;
      await openConsole(page, at(`/lightning/r/Opportunity/${OPPORTUNITY_ID}/view`));
      await expectPage(page, 'sf.opportunity', SUNRISE_ID);
      await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveCount(1);
      await tab(page, 'Sunrise Family Clinic').click();
      await expectPage(page, 'sf.account', SUNRISE_ID);
      await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
      await tab(page, 'Sunrise Family Clinic - New Business').click();
      await expectPage(page, 'sf.opportunity', SUNRISE_ID);
      await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveCount(0);
      await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveCount(1);
    });

    test('a subtab focused without navigation: the Case shown is read, and the Account again when it is back', async () => {
      const { page } = s;
      await openConsole(page, at(`/lightning/r/Account/${SUNRISE_ID}/view`));
      await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
      expect(await focusWithoutUrl(page, CASE_ID)).toBe(true);
      await expectPage(page, 'sf.case', SUNRISE_ID);
      await expect(rule(page, 'ESC-WORK-CASE')).toHaveCount(1);
      await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveCount(0);
      await expect(page).toHaveURL(at(`/lightning/r/Account/${SUNRISE_ID}/view`));
      expect(await focusWithoutUrl(page, SUNRISE_ID)).toBe(true);
      await expectPage(page, 'sf.account', SUNRISE_ID);
      await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
    });
  });
}

test.describe('split view, on a browser that knows nothing yet', () => {
  // A fresh profile: what the page teaches about Sunrise can only come from this page's read.
  let fresh: ExtensionSession;
  test.beforeAll(async () => {
    fresh = await launchExtension();
  });
  test.afterAll(async () => {
    await fresh?.close();
  });

  test('a hidden stale copy of the focused Account never leaks into its facts', async () => {
    const { page, context } = fresh;
    await openConsole(page, `${SPLIT}/lightning/r/Account/${SUNRISE_ID}/view${SUNRISE_UNDER_OPPORTUNITY}`);
    await expect(page.locator('.navexSplitViewWrapper')).toBeVisible();
    await expectPage(page, 'sf.account', SUNRISE_ID);
    await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
    // Shown: 18 users, $450. The hidden copy after it in the page: 480 users, $9,999.
    const learned = async () => {
      const profiles = await readStorage<Record<string, { facts: Record<string, { known: boolean; value?: unknown }> }>>(context, 'local', 'profiles');
      const facts = profiles?.[SUNRISE_ID]?.facts;
      return facts?.mrr?.known ? { mrr: facts.mrr.value, userCount: facts.userCount?.value } : null;
    };
    await expect.poll(learned).toEqual({ mrr: 450, userCount: 18 });

    // The workspace's first subtab, then another workspace, then back to the workspace (it keeps
    // its focused subtab) and its Account subtab: each is read as it shows.
    await tab(page, 'Sunrise Family Clinic - New Business', 'Subtabs').click();
    await expectPage(page, 'sf.opportunity', SUNRISE_ID);
    await tab(page, 'Lakeside Pediatrics').click();
    await expectPage(page, 'sf.account', LAKESIDE_ID);
    await expectRule(page, 'CSO-SYSTEM-CODES', 'warn', 'LMS Id Company');
    await tab(page, 'Sunrise Family Clinic - New Business').click();
    await expectPage(page, 'sf.opportunity', SUNRISE_ID);
    await tab(page, 'Sunrise Family Clinic', 'Subtabs').click();
    await expectPage(page, 'sf.account', SUNRISE_ID);
    await expectRule(page, 'CSO-SYSTEM-CODES', 'done');
    await expect.poll(learned).toEqual({ mrr: 450, userCount: 18 });
    expect(await hostCount(page)).toBe(1);
  });
});
