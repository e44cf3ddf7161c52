/**
 * Autofill on the Salesforce Case forms: each action writes the right value into the Lightning
 * input (so the form sees it), and nothing is ever saved (the fixture counts Save clicks).
 * - fill-escalation-entry: the action typed in the sidebar, as `MM/DD/YY_<initials>:<action>`
 *   appended as a new line (initials from settings, saved as the options page saves them);
 * - fill-subject (ESC-SUBJECT): the seed's example `Cancelation Request - <Account name>`, offered
 *   while the Subject is empty (before any reason is picked);
 * - fill-due-date (UNR-FAILED-CASE): creation date + 30 days on the Customer Success form.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, saveSettings, type ExtensionSession } from './support/extension';
import { isoDay, openLightning, saveClicks, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule, sidebar } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  await saveSettings(s, { userName: 'Maria Lopez', initials: 'ML' });
});
test.afterAll(async () => {
  await s?.close();
});

/** Today as an escalation entry writes it: MM/DD/YY. */
const entryDate = () => {
  const [y, m, d] = isoDay(0).split('-');
  return `${m}/${d}/${y!.slice(2)}`;
};

const entryButton = (page: ExtensionSession['page'], field: string) =>
  rule(page, 'ESC-DESCRIPTION-FORMAT').locator(`[data-action="fill-escalation-entry"][data-field="${field}"]`);

test('fill-escalation-entry appends a dated, initialled line to the Description of the edit form', async () => {
  const { page } = s;
  await openLightning(page, URLS.caseEdit);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const description = page.getByRole('dialog').getByLabel('Description', { exact: true });
  const before = await description.inputValue();
  expect(before.split('\n')).toHaveLength(2);

  await entryButton(page, 'case.description').click();
  const input = sidebar(page).getByLabel(/What was done/);
  await expect(input).toBeFocused();
  await input.fill('Called the admin, left a voicemail');
  await expect(sidebar(page).locator('[data-entry-editor="case.description"]')).toContainText(`${entryDate()}_ML:Called the admin, left a voicemail`);
  await input.press('Enter');

  await expect(description).toHaveValue(`${before}\n${entryDate()}_ML:Called the admin, left a voicemail`);
  await expect(sidebar(page).locator('[data-result]')).toContainText('Added a line to "Description". Review it, then Save.');
  // Focus returns to the button that opened the entry.
  await expect(entryButton(page, 'case.description')).toBeFocused();
  await expectRule(page, 'ESC-DESCRIPTION-FORMAT', 'done');
  expect(await saveClicks(page)).toBe(0);
});

test('on the new Escalations case: fill-subject before the reason, and the first Directives entry', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const form = page.getByRole('dialog');
  // The CSM types the Subject before the Reason: the seed's example is offered with no reason picked.
  await expectRule(page, 'ESC-SUBJECT', 'todo', 'Add the "Subject" pertaining to the case, for example "Cancelation Request - Sunrise Family Clinic".');
  await action(page, 'ESC-SUBJECT', 'fill-subject').click();
  await expect(form.getByLabel('Subject', { exact: true })).toHaveValue('Cancelation Request - Sunrise Family Clinic');
  await form.getByRole('combobox', { name: /^Escalation\/Cancellation Reason/ }).click();
  await form.getByRole('option', { name: 'Cancellation request' }).click();
  await expectRule(page, 'ESC-SUBJECT', 'done');

  await entryButton(page, 'case.directives').click();
  await sidebar(page).getByLabel(/What was done/).fill('Offer a 30-day pause before processing');
  await sidebar(page).getByLabel(/What was done/).press('Enter');
  await expect(form.getByLabel('Escalation Directives')).toHaveValue(`${entryDate()}_ML:Offer a 30-day pause before processing`);
  expect(await saveClicks(page)).toBe(0);
});

test('fill-due-date sets the Failed to OB case due 30 days out', async () => {
  const { page } = s;
  await openLightning(page, URLS.newCustomerSuccess);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const due = isoDay(30);
  const [y, m, d] = due.split('-').map(Number);
  await expect(rule(page, 'UNR-FAILED-CASE').locator('[data-detail="case.dueDate"]')).toContainText('"Due Date" is empty');
  // A new record has no "Date/Time Opened" yet: nothing may claim it can't read it.
  await expect(sidebar(page).locator('[data-notice^="unreadable:"]')).toHaveCount(0);
  await action(page, 'UNR-FAILED-CASE', 'fill-due-date').click();
  // Lightning's date input takes the user's display format (M/D/YYYY).
  await expect(page.getByRole('dialog').getByLabel('Due Date')).toHaveValue(`${m}/${d}/${y}`);
  await expect(rule(page, 'UNR-FAILED-CASE').locator('[data-detail="case.dueDate"]')).toHaveAttribute('data-detail-state', 'done');
  await expect(action(page, 'UNR-FAILED-CASE', 'fill-due-date')).toHaveCount(0);
  expect(await saveClicks(page)).toBe(0);
});

test('in a native-shadow org the fill reaches the input inside the editor shadow roots', async () => {
  const { page } = s;
  await openLightning(page, URLS.newCustomerSuccess, { shadow: 'native' });
  await expect(page.locator('body')).toHaveAttribute('data-sim-shadow', 'native');
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const [y, m, d] = isoDay(30).split('-').map(Number);
  await action(page, 'UNR-FAILED-CASE', 'fill-due-date').click();
  await expect(page.getByRole('dialog').getByLabel('Due Date')).toHaveValue(`${m}/${d}/${y}`);
  await expect(rule(page, 'UNR-FAILED-CASE').locator('[data-detail="case.dueDate"]')).toHaveAttribute('data-detail-state', 'done');
  expect(await saveClicks(page)).toBe(0);
});
