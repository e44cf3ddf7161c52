/**
 * Issues 12 and 22, "flags a CSM can trust", on the fixture pages: plain Digital accounts have no
 * call obligations, SMB accounts owe both calls and GameDay only the same-day one (1); an account
 * exactly on a size bound is information, never flagged; a blank Account Subtype is a known "no subtype" (4);
 * the escalation subject accepts both spellings (5); replies are not the welcome email (6, also in
 * gmail-accounts.spec.ts); the Support redirect works in an email matching no account (7).
 * Dates are relative ({today-5}) with days of margin, so the states hold at any hour and in any
 * zone the suite runs in.
 */
import { expect, test } from './harness';
import { openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';
import { actionOf, gmailCompose, messageBody, ruleOf, seedProfiles, sidebarOf, SUNRISE, sunriseWith, urlOf } from './support/compose';

/** The Customer Onboarding record, assigned five days ago, nothing booked. */
const unbooked = { 'Onboarding email sent date': '{today-5}', 'Onboarding Call Scheduled For': '', 'Onboarding Call Completed Date': '' };

test('a plain Digital account (Account Subtype blank) has no call obligations; GameDay keeps the same-day call, SMB both calls', async ({ page }) => {
  // Sunrise is Digital by CS Segmentation; its Account Subtype is read blank: no subtype.
  await openLightning(page, URLS.account, { set: { 'Account Subtype': '' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await openLightning(page, URLS.onboarding, { set: unbooked });
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'na', 'No call to book');
  await expectRule(page, 'OB-SAME-DAY-CALL', 'na', 'No same-day call');
  // The blank subtype is known: nothing asks to open the Account to learn it.
  await expect(rule(page, 'OB-CALL-SCHEDULED-DATE')).not.toContainText('to learn the account subtype');

  // The same account as GameDay: the same-day call is owed again, but no onboarding call to book (MT-CS-020).
  await openLightning(page, URLS.account, { set: { 'Account Subtype': 'GameDay' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.onboarding, { set: unbooked });
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'na', 'No onboarding call to book: GameDay account');
  await expectRule(page, 'OB-SAME-DAY-CALL', 'error', 'Overdue');

  // As SMB (MT-CS-007: "proceed with the onboarding call process as stated in the MT-CS-002"): both owed.
  await openLightning(page, URLS.account, { set: { 'Account Subtype': 'SMB' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.onboarding, { set: unbooked });
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'error', 'no reminder email has gone out');
  await expectRule(page, 'OB-SAME-DAY-CALL', 'error', 'Overdue');
});

test('exactly 50 users is neither Digital nor Core: information, never a flag', async ({ page }) => {
  await openLightning(page, URLS.account, { set: { 'CS Segmentation': 'Digital', 'Account Subtype': '', 'User Count': '50', MRR: '$300.00' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expectRule(page, 'CLS-SEGMENT-MISMATCH', 'info', 'exactly 50 users is neither under nor over the bound');
  await expectRule(page, 'CLS-DIGITAL', 'info', 'Neither Digital nor Core by the numbers');
  await expectRule(page, 'CLS-CORE', 'info', 'Neither Digital nor Core by the numbers');
});

test('a small Strategic account is not told to switch to Digital', async ({ page }) => {
  await openLightning(page, URLS.account, { set: { 'CS Segmentation': 'Strategic', 'Account Subtype': '', 'User Count': '6', MRR: '$150.00' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expectRule(page, 'CLS-SEGMENT-MISMATCH', 'done', 'Strategic comes only from this field');
  await expectRule(page, 'CLS-DIGITAL', 'na', 'Strategic');
});

test('new Escalation case: "Cancellation Request - <Account>" is right as typed; an empty subject is a to-do, filled with the account\'s name', async ({ page }) => {
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  // Opened from the Account (backgroundContext): the Case knows its account before one is picked.
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: /^Escalation\/Cancellation Reason/ }).click();
  await form.getByRole('option', { name: 'Cancellation request' }).click();
  await expectRule(page, 'ESC-SUBJECT', 'todo', '"Cancelation Request - Sunrise Family Clinic"');

  const subject = form.getByLabel('Subject', { exact: true });
  await subject.fill('Cancellation Request - Sunrise Family Clinic');
  await expectRule(page, 'ESC-SUBJECT', 'done', '"Cancellation Request - Sunrise Family Clinic"');
  await expect(action(page, 'ESC-SUBJECT', 'fill-subject')).toHaveCount(0);

  await subject.fill('');
  await expectRule(page, 'ESC-SUBJECT', 'todo');
  await action(page, 'ESC-SUBJECT', 'fill-subject').click();
  await expect(subject).toHaveValue('Cancelation Request - Sunrise Family Clinic');
  await expectRule(page, 'ESC-SUBJECT', 'done');
});

test('a reply in the welcome thread raises no roster or KYC flags', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith('Basic', ['Learning', 'Compliance', 'Credentialing Software'])]);
  await page.goto(urlOf('gmail/thread-inline-reply.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE.accountId);
  await expect(ruleOf(page, 'DG-SUPPORT-REDIRECT')).toHaveAttribute('data-state', /info|done/);
  await expect(ruleOf(page, 'OB-ROSTERS')).toHaveCount(0);
  await expect(ruleOf(page, 'OB-REMINDER-EMAIL')).toHaveCount(0);
});

test('an email matching no account: the Support redirect can still be inserted; training dates ask for the account', async ({ page }) => {
  // Nothing learned: the recipients match no account.
  await page.goto(urlOf('gmail/inbox-dock.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'gmail.compose');
  await expect(sidebar).not.toHaveAttribute('data-account-id', /.+/);
  await expect(ruleOf(page, 'TR-SCHEDULE')).toContainText(/choose which account this email is for/i);
  await expect(ruleOf(page, 'TR-SCHEDULE').locator('[data-action="insert-training-dates"]')).toHaveCount(0);

  const body = messageBody(gmailCompose(page, "Welcome to MedTrainer! Let's get Sunrise Family Clinic started"));
  await body.click();
  await page.keyboard.press('Control+End');
  await actionOf(page, 'DG-SUPPORT-REDIRECT', 'insert-support-snippet').click();
  await expect(body).toContainText('support@medtrainer.com');
  await expect(ruleOf(page, 'DG-SUPPORT-REDIRECT')).toHaveAttribute('data-state', 'done');
});
