/**
 * The settings page (options.html) in the built extension: its form checks what is typed without
 * losing it, a label changed there is what the in-page sidebar then looks for on an org that
 * renamed its fields, and a playbook is imported only when every entry validates.
 */
import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { appendProgress } from './support/extension';
import { addBusinessDays, isoDay, isWeekend, openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { BUILTIN_RULE_COUNT } from './support/rules';

// An org whose admin renamed two Customer Onboarding labels (tests/fixtures/urls.ts).
const RENAMED = 'https://globex.lightning.force.com/lightning/r/Customer_Onboarding__c/a0FHs000009Lm3TMAS/view';

const sidebar = (page: Page) => page.locator('csm-guide [data-testid="csm-guide-sidebar"]');
const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const openOptions = async (page: Page, extensionId: string) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The form shows the stored settings once the store has read them.
  await expect(page.locator('#settings-form')).toHaveAttribute('aria-busy', 'false');
};

test('a label renamed on the settings page is the one the sidebar then reads on the Salesforce page', async ({ context, page, extensionId }) => {
  await page.goto(RENAMED);
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'sf.onboarding');
  const scheduled = sidebar(page).locator('[data-notice="unreadable:ob.callScheduledFor"]');
  await expect(scheduled).toContainText(`Can't read "Onboarding Call Scheduled For" on this page`);
  await expect(sidebar(page).locator('[data-rule="OB-CALL-SCHEDULED-DATE"]')).toHaveAttribute('data-state', 'warn');

  const options = await context.newPage();
  await openOptions(options, extensionId);
  expect(await seriousViolations(options)).toEqual([]);

  // A bad value is explained inline and in a summary; what was typed stays; nothing is saved.
  await options.getByLabel('Your name').fill('Maria Lopez');
  await options.getByLabel('Initials').fill('M.L.');
  await options.getByRole('button', { name: 'Save settings' }).click();
  const summary = options.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Initials: Initials are up to 4 letters');
  await expect(options.getByLabel('Initials')).toHaveValue('M.L.');
  await expect(options.getByLabel('Initials')).toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByLabel('Your name')).toHaveValue('Maria Lopez');
  expect(await seriousViolations(options)).toEqual([]);

  await options.getByLabel('Initials').fill('ML');
  await options.getByText('Customer Onboarding record', { exact: false }).first().click(); // open the label group
  const groupScheduled = options.locator('[data-label-group="sf.onboarding"]').getByLabel('Onboarding Call Scheduled For');
  await expect(groupScheduled).toHaveAttribute('placeholder', 'Onboarding Call Scheduled For');
  await groupScheduled.fill('OB Call Scheduled');
  await options.locator('[data-label-group="sf.onboarding"]').getByLabel('Onboarding email sent date').fill('Welcome Email Sent On');
  await options.getByLabel('Initials').press('Enter'); // Enter saves, as in any form
  await expect(options.getByTestId('save-status')).toHaveText(/^Settings saved\./);
  await expect(summary).toHaveCount(0);

  // The Salesforce page, opened again, reads the fields by their new labels.
  await page.bringToFront();
  await page.reload();
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'sf.onboarding');
  await expect(scheduled).toHaveCount(0);
  await expect(sidebar(page).locator('[data-notice^="unreadable:"]')).toHaveCount(0);
  await expect(sidebar(page).locator('[data-rule="OB-CALL-SCHEDULED-DATE"]')).toHaveAttribute('data-state', 'done');
  await expect(sidebar(page).locator('[data-rule="OB-CALL-SCHEDULED-DATE"]')).toContainText('OB Call Scheduled');

  // And the settings page shows them after a reload.
  await openOptions(options, extensionId);
  await expect(options.getByLabel('Initials')).toHaveValue('ML');
  await expect(options.locator('[data-label-group="sf.onboarding"]').getByLabel('Onboarding Call Scheduled For')).toHaveValue('OB Call Scheduled');
});

test('a site switched off on the settings page loses its sidebar on a page already open, and gets it back when switched on', async ({ context, page, extensionId }) => {
  await openLightning(page, URLS.account);
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'sf.account');

  const options = await context.newPage();
  await openOptions(options, extensionId);
  const salesforce = options.locator('[data-field="sites.salesforce"]').getByRole('checkbox');
  await salesforce.uncheck();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('save-status')).toHaveText(/^Settings saved\./);
  // No reload: the open record's sidebar goes, and the host page is left as it was.
  await expect(page.locator('csm-guide')).toHaveCount(0);

  await salesforce.check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('save-status')).toHaveText(/^Settings saved\./);
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'sf.account');
});

test('a playbook is exported, refused with its bad entries named, imported once fixed, and the built-in one restored', async ({ page, extensionId }, testInfo) => {
  await openOptions(page, extensionId);
  const section = page.getByTestId('playbook-section');
  await expect(section.getByTestId('playbook-in-use')).toContainText(`MedTrainer Customer Success SOPs, version 2026.11.1 (${BUILTIN_RULE_COUNT} rules), built into CSM Guide`);

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export playbook (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('csm-guide-playbook-2026.11.1.json');
  const playbook = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(playbook.rules).toHaveLength(BUILTIN_RULE_COUNT);

  // CS Operations edit the file after an SOP page changed… and make two mistakes.
  const edited = structuredClone(playbook);
  edited.version = '2026.12.1';
  edited.rules[17].title = 'Rosters attached to the welcome email (SOP v27)';
  edited.rules[3].stage = 'someday';
  edited.rules[20].check.evaluator = 'no-such-check';
  const bad = testInfo.outputPath('playbook-bad.json');
  await writeFile(bad, JSON.stringify(edited, null, 2));
  await section.getByLabel('Import a playbook (.json)').setInputFiles(bad);
  const result = section.getByTestId('playbook-result');
  await expect(result).toContainText('playbook-bad.json: This playbook cannot be used. Nothing was changed');
  await expect(result.locator('[data-playbook-error]')).toHaveText([
    new RegExp(`^Rule 4 \\(${edited.rules[3].id}\\) › stage: `),
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  edited.rules[3].stage = playbook.rules[3].stage;
  await writeFile(bad, JSON.stringify(edited, null, 2));
  await section.getByLabel('Import a playbook (.json)').setInputFiles(bad);
  await expect(result.locator('[data-playbook-error]')).toHaveText([
    `Rule 21 (${edited.rules[20].id}) › check.evaluator: unknown evaluator "no-such-check"`,
  ]);

  edited.rules[20].check.evaluator = playbook.rules[20].check.evaluator;
  const good = testInfo.outputPath('playbook-v27.json');
  await writeFile(good, JSON.stringify(edited, null, 2));
  await section.getByLabel('Import a playbook (.json)').setInputFiles(good);
  await expect(result).toHaveText('Imported playbook-v27.json.');
  await expect(section.getByTestId('playbook-in-use')).toContainText(`version 2026.12.1 (${BUILTIN_RULE_COUNT} rules), imported from playbook-v27.json`);

  await section.getByRole('button', { name: 'Restore the built-in playbook' }).click();
  await expect(result).toHaveText('The built-in playbook is in force again.');
  await expect(section.getByTestId('playbook-in-use')).toContainText(`version 2026.11.1 (${BUILTIN_RULE_COUNT} rules), built into CSM Guide`);
});

test("the playbook's holidays: exported for CS Ops, a bad entry named, and a company holiday is no day of the 10-day log", async ({ context, page, extensionId }, testInfo) => {
  await openOptions(page, extensionId);
  const section = page.getByTestId('playbook-section');
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export playbook (JSON)' }).click()]);
  const playbook = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(playbook.calendar).toEqual({ federalHolidays: true, extraHolidays: [], removedHolidays: [] });

  // The business day after the log's first day becomes a company holiday; one removal is misspelt.
  const today = isoDay(0);
  const first = isWeekend(today) ? addBusinessDays(today, 1) : today;
  const holiday = addBusinessDays(first, 1);
  const edited = { ...playbook, version: '2026.12.2', calendar: { ...playbook.calendar, extraHolidays: [{ date: holiday, name: 'Company offsite' }], removedHolidays: ['Columbus'] } };
  const file = testInfo.outputPath('playbook-holidays.json');
  await writeFile(file, JSON.stringify(edited, null, 2));
  await section.getByLabel('Import a playbook (.json)').setInputFiles(file);
  const result = section.getByTestId('playbook-result');
  await expect(result.locator('[data-playbook-error]')).toHaveText([/^calendar\.removedHolidays\[0\]: "Columbus" is neither a YYYY-MM-DD date nor a federal holiday \(New Year's Day, /]);

  edited.calendar.removedHolidays = ['Columbus Day'];
  await writeFile(file, JSON.stringify(edited, null, 2));
  await section.getByLabel('Import a playbook (.json)').setInputFiles(file);
  await expect(result).toHaveText('Imported playbook-holidays.json.');

  // The sidebar's 10-day log skips the company holiday: its second row is the business day after.
  await appendProgress({ context, extensionId }, SUNRISE_ID, [{ type: 'branch', branch: 'unresponsive', since: first }]);
  await openLightning(page, URLS.account);
  const rows = sidebar(page).locator('[data-rule="UNR-DAILY-10"] [data-log-grid] tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(1)).toHaveAttribute('data-day', addBusinessDays(holiday, 1));
  await expect(sidebar(page).locator(`[data-rule="UNR-DAILY-10"] tr[data-day="${holiday}"]`)).toHaveCount(0);
});
