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

test('labels renamed in one org are kept for that org: the org that renamed them reads, another org keeps its own labels (issue 12)', async () => {
  const { page } = s;
  const renamed = { 'ob.callScheduledFor': 'OB Call Scheduled', 'ob.emailSentDate': 'Welcome Email Sent On' };
  // As everyone's labels (the first test), globex reads but acme, whose admin renamed nothing, cannot.
  await openLightning(page, URLS.onboarding);
  expect(new URL(page.url()).host).toBe('acme.lightning.force.com');
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expect(notice(page, 'unreadable:ob.callScheduledFor')).toContainText(`Can't read "OB Call Scheduled"`);

  // Kept for globex only (as the options page saves a label chosen under "Only globex…").
  await saveSettings(s, { labels: {}, orgLabels: { 'globex.lightning.force.com': renamed } });
  await expect(page.locator('csm-guide [data-notice^="unreadable:"]')).toHaveCount(0);
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'done', '"Onboarding Call Scheduled For" is filled');

  await openLightning(page, URLS.onboardingRenamed);
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expect(page.locator('csm-guide [data-notice^="unreadable:"]')).toHaveCount(0);
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'done', '"OB Call Scheduled" is filled');
});
