/**
 * Issue 23 on Salesforce record pages: what MT-CS-020 says about Franchise and Hybrid accounts
 * (CLS-SUBTYPE-NOTES, information) and, for a Core account, the RSM Discovery Meeting recorded and
 * logged into the account beside the meeting itself (OB-RSM-LOGGED).
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { LAKESIDE_ID, openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

test('a Franchise and Hybrid account: what the SOP says about each, as information', async () => {
  const { page } = s;
  await openLightning(page, URLS.accountLakeside);
  await expectPage(page, 'sf.account', LAKESIDE_ID);
  await expectRule(page, 'CLS-SUBTYPE-NOTES', 'info', 'Franchise account: multiple locations');
  const notes = rule(page, 'CLS-SUBTYPE-NOTES');
  await expect(notes.locator('[data-detail="Franchise"]')).toContainText('usually expanding at a fast pace');
  await expect(notes.locator('[data-detail="Hybrid"]')).toContainText('the CS and FMC Departments share it');
});

test('an account with neither subtype shows no note', async () => {
  const { page } = s;
  await openLightning(page, URLS.account, { set: { 'Account Subtype': 'SMB' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(rule(page, 'CLS-SUBTYPE-NOTES')).toHaveCount(0);
});

test('a Core account: the RSM Discovery Meeting recorded and logged, beside the meeting, done when ticked', async () => {
  const { page } = s;
  await openLightning(page, URLS.account, { set: { 'CS Segmentation': 'Core', 'Account Subtype': '' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expectRule(page, 'OB-RSM-DISCOVERY', 'todo', 'Discovery Meeting with the RSM');
  await expectRule(page, 'OB-RSM-LOGGED', 'todo', 'Record the Discovery Meeting with the RSM and log it into the account');
  await action(page, 'OB-RSM-LOGGED', 'toggle-done').click();
  await expectRule(page, 'OB-RSM-LOGGED', 'done');
});
