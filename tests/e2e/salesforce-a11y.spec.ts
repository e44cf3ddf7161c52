/**
 * Keyboard and screen-reader use of the sidebar on Salesforce pages, and the screenshots for
 * review: Escape and the » button collapse it to a tab (remembered across a reload), focus is
 * never dropped (not when collapsing, and not when an action's button goes away because its
 * fill succeeded), axe finds nothing serious or critical inside <csm-guide>, and the sidebar
 * leaves the new-Case modal's own buttons usable.
 */
import { seriousViolations } from './support/axe';
import { saveScreenshot } from './support/screenshots';
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, saveSettings, type ExtensionSession } from './support/extension';
import { openLightning, saveClicks, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, focusedInGuide, rule, sidebar } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  await saveSettings(s, { userName: 'Maria Lopez', initials: 'ML' });
});
test.afterAll(async () => {
  await s?.close();
});

const tab = (page: Page) => sidebar(page).locator('button.csm-tab');
const collapseButton = (page: Page) => sidebar(page).getByRole('button', { name: 'Collapse CSM Guide' });

test('Escape collapses the sidebar to a tab and focus moves to it; Enter opens it again', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await action(page, 'OB-PREP-REVIEW', 'toggle-done').focus();
  await page.keyboard.press('Escape');
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'true');
  await expect(tab(page)).toBeFocused();
  await expect(sidebar(page).locator('aside')).toBeHidden();

  await page.keyboard.press('Enter');
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'false');
  await expect(collapseButton(page)).toBeFocused();
});

test('the collapse button works too, and the collapsed state is remembered across a reload', async () => {
  const { page } = s;
  await collapseButton(page).click();
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'true');
  await page.reload();
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'true');
  await expect(tab(page)).toBeVisible();
  await tab(page).click();
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'false');
  await page.reload();
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'false');
});

test('keyboard: toggling an item keeps focus on its button', async () => {
  const { page } = s;
  const button = action(page, 'OB-PREP-REVIEW', 'toggle-done');
  await button.focus();
  await page.keyboard.press('Space');
  await expectRule(page, 'OB-PREP-REVIEW', 'done');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expectRule(page, 'OB-PREP-REVIEW', 'todo');
  await expect(button).toBeFocused();
});

test('axe: no serious or critical violations in the sidebar on the Opportunity; screenshot for review', async () => {
  const { page } = s;
  // The Account first, so the summary shows what the profile learned there (segment, CSM).
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.opportunity);
  await expectRule(page, 'CSO-SERVICE-LEVEL', 'done');
  await expect(sidebar(page)).toContainText('Digital');
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, 'sf-opportunity.png');
});

test('keyboard: a fill whose button goes away once done leaves focus in the sidebar', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: /^Escalation\/Cancellation Reason/ }).click();
  await form.getByRole('option', { name: 'Cancellation request' }).click();
  await action(page, 'ESC-SUBJECT', 'fill-subject').focus();
  await page.keyboard.press('Enter');
  await expectRule(page, 'ESC-SUBJECT', 'done');
  await expect(action(page, 'ESC-SUBJECT', 'fill-subject')).toHaveCount(0);
  // Focus lands on the item the button belonged to, not on the page body.
  expect(await focusedInGuide(page)).not.toBeNull();
  await expect(rule(page, 'ESC-SUBJECT')).toBeFocused();
});

test('axe: no serious or critical violations on the new-Case form; its Save stays usable; screenshot for review', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expectRule(page, 'ESC-REQUIRED-FIELDS', 'error');
  expect(await seriousViolations(page)).toEqual([]);
  // The sidebar sits beside the modal: Save receives the click (a trial click checks nothing covers it).
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click({ trial: true });
  expect(await saveClicks(page)).toBe(0);
  await saveScreenshot(page, 'sf-case-new.png');
});
