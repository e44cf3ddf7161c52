/**
 * Issue 13, item 1: Outreach composers with no MUI class names or test hooks, found by meaning.
 * The sidebar follows the composer as soon as it is open (no click into its body), so the
 * email's checks (the Support snippet among them) are there; a part that can't be read is named.
 */
import { expect, test } from './harness';
import { actionOf, bodyText, ruleOf, seedProfiles, sidebarOf, SUNRISE, sunriseWith, urlOf, watchErrors } from './support/compose';

test('a composer docked in a side panel is what the sidebar checks, without clicking into it; the Support snippet goes into its body', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'])]);
  await page.goto(urlOf('outreach/prospect-docked-composer.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');
  // The recipient, read from the listbox option's name, is Sunrise's admin.
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  await expect(sidebar.locator('[data-notice="compose-unreadable"]')).toHaveCount(0);

  const redirect = ruleOf(page, 'DG-SUPPORT-REDIRECT');
  await expect(redirect).toHaveAttribute('data-state', 'info');
  await actionOf(page, 'DG-SUPPORT-REDIRECT', 'insert-support-snippet').click();
  const body = page.getByRole('complementary', { name: 'Compose email' }).getByRole('textbox', { name: 'Message body' });
  await expect.poll(() => bodyText(body)).toContain('Email: support@medtrainer.com');
  await expect(redirect).toHaveAttribute('data-state', 'done');
  expect(errors).toEqual([]);
});

test("a sequence step's template editor is checked as an email, and says plainly it shows no recipients", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(urlOf('outreach/sequence-step-editor.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');
  await expect(sidebar.locator('[data-notice="compose-no-recipients"]')).toContainText('This step editor shows no recipients');
  await expect(sidebar.locator('[data-notice="compose-unreadable"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
