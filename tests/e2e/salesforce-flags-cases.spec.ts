/**
 * Escalation case flags: ESC-REQUIRED-FIELDS on the new Escalations case form (cleared by
 * filling the form as a CSM does: typing into the lookups, picking the reason, typing the
 * directives), ESC-SUBJECT there (the seed's example offered before any reason, the CSM's own
 * wording naming the account taken as information), ESC-WORK-CASE's Team Lead and Accounting
 * stages as information on the Case record (the lead's Resolution Offered read there, missing then done), and ESC-CALL-24H on the Case record (dates relative to now): the 24 hours are for
 * booking the call, the call's own day is the customer's.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openLightning, saveClicks, setField, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule, ruleMessage } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

test('new Escalations case: each required field is flagged by name until the form has it', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expectRule(
    page,
    'ESC-REQUIRED-FIELDS',
    'error',
    'Fill "Opportunity Name", "Contact Name", "Escalation/Cancellation Reason" and "Escalation Directives".',
  );
  const form = page.getByRole('dialog');

  await form.getByLabel('Opportunity Name').fill('Sunrise Family Clinic - New Business');
  await form.getByLabel('Contact Name').fill('Jordan Avery');
  await expectRule(page, 'ESC-REQUIRED-FIELDS', 'error', 'Fill "Escalation/Cancellation Reason" and "Escalation Directives".');

  await form.getByRole('combobox', { name: /^Escalation\/Cancellation Reason/ }).click();
  await form.getByRole('option', { name: 'Product not used' }).click();
  await expectRule(page, 'ESC-REQUIRED-FIELDS', 'error', 'Fill "Escalation Directives".');

  await form.getByLabel('Escalation Directives').fill('11/27/26_ML:Offer a 30-day pause');
  await expectRule(page, 'ESC-REQUIRED-FIELDS', 'done', 'All filled');
  expect(await saveClicks(page)).toBe(0);
});

test('new Escalations case: the seed\'s subject example with the account\'s name before any reason; the CSM\'s own wording naming the account is information', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expectRule(page, 'ESC-SUBJECT', 'todo', 'Add the "Subject" pertaining to the case, for example "Cancelation Request - Sunrise Family Clinic".');
  await expect(action(page, 'ESC-SUBJECT', 'fill-subject')).toHaveCount(1);

  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: /^Escalation\/Cancellation Reason/ }).click();
  await form.getByRole('option', { name: 'Cancellation request' }).click();
  await form.getByLabel('Subject', { exact: true }).fill('Sunrise Family Clinic asks to cancel');
  await expectRule(page, 'ESC-SUBJECT', 'info', '"Subject" "Sunrise Family Clinic asks to cancel" names the account: your wording is fine');
  await expect(action(page, 'ESC-SUBJECT', 'fill-subject')).toHaveCount(0);
  expect(await saveClicks(page)).toBe(0);
});

test('Escalation case: once the call is booked, the Team Lead\'s and Accounting\'s stages are information, still tickable for the audit', async () => {
  const { page } = s;
  await openLightning(page, URLS.escalationCase, { set: { 'Call Completed Date': '' } });
  await expectPage(page, 'sf.case', SUNRISE_ID);
  await expectRule(page, 'ESC-WORK-CASE', 'info', /enters "Call Completed Date"\. Your Team Lead does this\./);
  await expect(rule(page, 'ESC-WORK-CASE').locator('[data-detail="call-completed"]')).toHaveAttribute('data-detail-state', 'info');
  await expect(action(page, 'ESC-WORK-CASE', 'toggle-done')).toHaveCount(1);

  // After the call, the lead's Resolution Offered is read on the case: missing (information naming the lead), then done.
  await setField(page, 'Call Completed Date', '{today}');
  await expectRule(page, 'ESC-WORK-CASE', 'info', 'Next: "Resolution Offered" is empty: the CSM lead enters the resolution discussed with the client. Your Team Lead does this.');
  await expect(rule(page, 'ESC-WORK-CASE').locator('[data-detail="resolution-offered"]')).toHaveAttribute('data-detail-state', 'info');
  await setField(page, 'Resolution Offered', '30-day pause');
  await expect(rule(page, 'ESC-WORK-CASE').locator('[data-detail="resolution-offered"]')).toHaveAttribute('data-detail-state', 'done');
  await expectRule(page, 'ESC-WORK-CASE', 'info', 'Next: Accounting approves or denies the resolution offered. Accounting does this.');
});

test('Escalation case: an empty "Call Scheduled For" 30 hours after creation is an error; within 24 hours clears it', async () => {
  const { page } = s;
  await openLightning(page, URLS.escalationCase, { set: { 'Date/Time Opened': '{now-30h}', 'Call Scheduled For': '' } });
  await expectPage(page, 'sf.case', SUNRISE_ID);
  await expectRule(page, 'ESC-CALL-24H', 'error', '"Call Scheduled For" is empty and the 24 hours since the case was created ran out');

  await setField(page, 'Call Scheduled For', '{now-10h}');
  await expectRule(page, 'ESC-CALL-24H', 'done', /"Call Scheduled For" .* is within 24 hours of the case's creation/);
});

test('Escalation case: a call booked for a later day is a warning at most, a Friday case\'s Monday call is normal, a fresh case is only to do', async () => {
  const { page } = s;
  await setField(page, 'Call Scheduled For', '{now+240h}');
  await expectRule(page, 'ESC-CALL-24H', 'warn', /"Call Scheduled For" .* is after .*, the first business day once the 24 hours since the case was created end/);

  // Friday 3 PM to Monday 10 AM, on the CSM's clock.
  await openLightning(page, URLS.escalationCase, { set: { 'Date/Time Opened': '12/04/2026, 3:00 PM', 'Call Scheduled For': '12/07/2026, 10:00 AM' } });
  await expectRule(page, 'ESC-CALL-24H', 'done', /"Call Scheduled For" Dec 7, 2026, 10:00 AM .* is on the first business day after the 24 hours since the case was created end/);

  await openLightning(page, URLS.escalationCase, { set: { 'Date/Time Opened': '{now-2h}', 'Call Scheduled For': '' } });
  await expectRule(page, 'ESC-CALL-24H', 'todo', /book the call with the client and the CSM lead, and enter "Call Scheduled For" by /);
  await expect(ruleMessage(page, 'ESC-CALL-24H')).toContainText('the CSM TL contacts the customer');
});
