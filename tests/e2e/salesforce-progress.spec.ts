/**
 * Saved progress: a manual item ticked in the sidebar is in extension storage (the background's
 * event log), survives a reload with who and when, shows in a second tab on the same account,
 * and an undo in that tab reaches the first one without a reload (storage change events).
 */
import { expect, test } from '@playwright/test';
import { launchExtension, readLog, saveSettings, type ExtensionSession } from './support/extension';
import { openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  await saveSettings(s, { userName: 'Maria Lopez', initials: 'ML' });
});
test.afterAll(async () => {
  await s?.close();
});

const STAMP = /Done by Maria Lopez · [A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2}/;
const ITEM = 'OB-PREP-REVIEW';

test('a manual item marked done is saved with who and when, and survives a reload', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expectRule(page, ITEM, 'todo');
  await action(page, ITEM, 'toggle-done').click();
  await expectRule(page, ITEM, 'done');
  await expect(rule(page, ITEM).locator('.csm-item__stamp')).toHaveText(STAMP);

  await expect
    .poll(() => readLog(s))
    .toEqual([expect.objectContaining({ type: 'item', accountId: SUNRISE_ID, ruleId: ITEM, done: true, by: 'Maria Lopez' })]);
  // Stored: the stamp no longer says "saving".
  await expect(rule(page, ITEM).locator('.csm-item__stamp')).not.toContainText('saving');

  await page.reload();
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expectRule(page, ITEM, 'done');
  await expect(rule(page, ITEM).locator('.csm-item__stamp')).toHaveText(STAMP);
});

test('a second tab on the same account shows it done; undo there reaches the first tab without a reload', async () => {
  const first = s.page;
  const second = await s.context.newPage();
  await openLightning(second, URLS.account);
  await expectPage(second, 'sf.account', SUNRISE_ID);
  await expectRule(second, ITEM, 'done');
  await expect(rule(second, ITEM).locator('.csm-item__stamp')).toHaveText(STAMP);

  await action(second, ITEM, 'toggle-done').click();
  await expectRule(second, ITEM, 'todo');
  await expectRule(first, ITEM, 'todo');
  await expect(rule(first, ITEM).locator('.csm-item__stamp')).toHaveCount(0);

  // And back: tick in the first tab, the second follows.
  await action(first, ITEM, 'toggle-done').click();
  await expectRule(second, ITEM, 'done');
  await expect
    .poll(async () => (await readLog(s)).filter((e) => e.type === 'item' && e.ruleId === ITEM).map((e) => (e as { done: boolean }).done))
    .toEqual([true, false, true]);
  await second.close();
});
