/**
 * Gmail markup that changed under the adapter (drift.html: one window whose attachment chips lost
 * their classes, one of a new compose generation): the sidebar says which parts of the email it
 * can't read, checks what it can, refuses to write where it can't, and nothing throws in the tab.
 */
import { chooseOption } from './support/sidebar';
import { expect, test } from './harness';
import {
  accountPicker,
  actionOf,
  gmailCompose,
  messageOf,
  ruleOf,
  seedProfiles,
  sidebarOf,
  SUNRISE,
  sunriseWith,
  urlOf,
  watchErrors,
} from './support/compose';

test('unreadable parts of an email are reported in the sidebar, without an exception in the page', async ({ page, context }) => {
  const errors = watchErrors(page);
  // A Core account, whose welcome (MT-CS-002) must carry the rosters the message lists.
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance', 'Credentialing Software'], { segment: 'Core' })]);
  await page.goto(urlOf('gmail/drift.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'gmail.compose');

  // Window 1: recipients, subject and body still read; the attachment chips do not.
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  await expect(sidebar.locator('[data-notice="compose-unreadable"]')).toContainText(
    "Can't read this email's attachments: the page's layout may have changed.",
  );
  const rosters = ruleOf(page, 'OB-ROSTERS');
  await expect(rosters).toHaveAttribute('data-state', 'warn');
  await expect(messageOf(rosters)).toHaveText(
    "Can't read this email's attachments: check by hand that it carries Initial Account Configuration Roster.xlsx, Initial Organization Management Setup.pdf and Credentialing Information Roster.xlsx and only the rosters that fit the account.",
  );

  // Window 2: a new compose generation. Clicking into it (its left edge: the dock is
  // right-aligned, so the sidebar covers the rest) moves the sidebar there.
  const rebuilt = gmailCompose(page, 'Sunrise Family Clinic – Onboarding Call Recap');
  await rebuilt.getByLabel('Message Body').click({ position: { x: 8, y: 8 } });
  await expect(sidebar.locator('[data-notice="compose-unreadable"]')).toContainText(
    "Can't read this email's recipients, subject, body: the page's layout may have changed.",
  );
  await expect(sidebar.locator('.csm-compose__following')).toHaveText('Following: New message (2 open)');
  await expect(ruleOf(page, 'OB-ROSTERS')).toHaveCount(0);

  // No recipients to match: the CSM names the account; body checks then say they can't read it.
  await chooseOption(accountPicker(page), { label: 'Sunrise Family Clinic' });
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const redirect = ruleOf(page, 'DG-SUPPORT-REDIRECT');
  await expect(messageOf(redirect)).toHaveText("Can't read the email body: redirect the admin to Support if it isn't there yet.");

  // Writing into a body the adapter can't find is refused with a message, not attempted.
  await actionOf(page, 'DG-SUPPORT-REDIRECT', 'insert-support-snippet').click();
  await expect(sidebar.locator('[data-result]')).toHaveAttribute('data-result', 'error');
  await expect(sidebar.locator('[data-result]')).toHaveText("Can't find the message body of that email. Nothing was inserted.");
  await expect(rebuilt.getByLabel('Message Body')).not.toContainText('support@medtrainer.com');

  expect(errors).toEqual([]);
});
