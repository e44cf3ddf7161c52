/**
 * An org whose admin renamed two labels (globex, onboarding-renamed): the sidebar says which
 * label it could not read, never guesses; once the labels are changed in settings (saved as the
 * options page saves them, `settings/set`), the open page is read again and the checks work.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, readStorage, saveSettings, type ExtensionSession } from './support/extension';
import { openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, expectRule, notice } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

test('renamed labels: "Can\'t read …" names each label looked for; new labels in settings make the page readable', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboardingRenamed);
  expect(new URL(page.url()).host).toBe('globex.lightning.force.com');
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);

  const scheduled = notice(page, 'unreadable:ob.callScheduledFor');
  const sent = notice(page, 'unreadable:ob.emailSentDate');
  await expect(scheduled).toContainText(`Can't read "Onboarding Call Scheduled For" on this page`);
  await expect(sent).toContainText(`Can't read "Onboarding email sent date" on this page`);
  await expect(scheduled.getByRole('button', { name: 'Open settings' })).toBeVisible();
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'warn', `Can't read "Onboarding Call Scheduled For"`);
  await expectRule(page, 'CSO-ONBOARDING-OBJECT', 'warn', `Can't read "Onboarding email sent date"`);

  await saveSettings(s, { labels: { 'ob.callScheduledFor': 'OB Call Scheduled', 'ob.emailSentDate': 'Welcome Email Sent On' } });
  expect(await readStorage(s.context, 'sync', 'settings')).toMatchObject({
    labels: { 'ob.callScheduledFor': 'OB Call Scheduled', 'ob.emailSentDate': 'Welcome Email Sent On' },
  });

  // No reload: the page is read again with the new labels.
  await expect(scheduled).toHaveCount(0);
  await expect(sent).toHaveCount(0);
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'done', '"OB Call Scheduled" is filled');
  await expect(page.locator('csm-guide [data-notice^="unreadable:"]')).toHaveCount(0);
});
