/**
 * Page detection on the fixture pages at their real URLs, with the built extension: every
 * Salesforce page kind and the pre-signup form set the sidebar root's data-page-kind and the
 * 18-character data-account-id; Lightning's SPA navigation re-detects; late rendering shows a
 * waiting state, then the checklist; a layout that never renders says so; a native-shadow
 * sandbox org reads like a synthetic one.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { LAKESIDE_ID, openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, hostCount, notice, rule, sidebar } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

/** Every rule's id and state, in the sidebar's order. */
const ruleStates = (page: ExtensionSession['page']) =>
  sidebar(page)
    .locator('[data-rule]')
    .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-rule')}=${li.getAttribute('data-state')}`));

test('each Salesforce record page is detected, with its Account ID', async () => {
  const { page } = s;
  const pages = [
    [URLS.account, 'sf.account', SUNRISE_ID, 'CSO-SYSTEM-CODES'],
    [URLS.accountLakeside, 'sf.account', LAKESIDE_ID, 'CSO-SYSTEM-CODES'],
    [URLS.opportunity, 'sf.opportunity', SUNRISE_ID, 'CSO-SERVICE-LEVEL'],
    [URLS.onboarding, 'sf.onboarding', SUNRISE_ID, 'CSO-ONBOARDING-OBJECT'],
    [URLS.escalationCase, 'sf.case', SUNRISE_ID, 'ESC-CALL-24H'],
  ] as const;
  for (const [url, kind, accountId, pageRule] of pages) {
    await openLightning(page, url);
    await expectPage(page, kind, accountId);
    // The page's own rules are listed under "This page".
    await expect(sidebar(page).locator(`[data-section="page"] [data-rule="${pageRule}"]`)).toHaveCount(1);
    expect(await hostCount(page)).toBe(1);
  }
});

test('the new-Case modal is detected for both record types, and the edit modal too', async () => {
  const { page } = s;
  await openLightning(page, URLS.newEscalation);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expect(rule(page, 'ESC-REQUIRED-FIELDS')).toHaveCount(1);
  await expect(rule(page, 'UNR-FAILED-CASE')).toHaveCount(0);

  await openLightning(page, URLS.newCustomerSuccess);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expect(rule(page, 'UNR-FAILED-CASE')).toHaveCount(1);
  await expect(rule(page, 'ESC-REQUIRED-FIELDS')).toHaveCount(0);

  // The edit modal's Account lookup shows a name only: the id comes from the Case page under it.
  await openLightning(page, URLS.caseEdit);
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expect(rule(page, 'ESC-DESCRIPTION-FORMAT')).toHaveCount(1);
});

test('the record-type chooser comes first; the sidebar follows the form Next swaps in', async () => {
  const { page } = s;
  await page.goto(URLS.newCaseChooser);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'chooser');
  await expectPage(page, 'sf.case.new');
  await expect(notice(page, 'waiting')).toHaveCount(1);
  await page.getByRole('dialog').getByText('Customer Success', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expect(rule(page, 'UNR-FAILED-CASE')).toHaveCount(1);
  await expect(notice(page, 'waiting')).toHaveCount(0);
});

test('the pre-signup form is detected; the Account ID typed into it names the account (18 characters)', async () => {
  const { page } = s;
  await page.goto(URLS.presignup);
  await expectPage(page, 'mt.presignup');
  await expect(sidebar(page)).not.toHaveAttribute('data-account-id', /./);
  await expect(rule(page, 'CSO-PRESIGNUP-FIELDS')).toHaveCount(1);
  // A CSM pastes the 15-character ID; the sidebar keys the account by its 18-character form.
  await page.getByRole('main').getByLabel('Account ID').fill(SUNRISE_ID.slice(0, 15));
  await expectPage(page, 'mt.presignup', SUNRISE_ID);
});

test('SPA navigation between records re-detects; earlier records stay in the page, hidden', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboarding);
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  const onboardingContent = page.locator('div.oneContent[data-sim-record^="a0FHs000009Lm3T"]');

  // Lookup links navigate inside the app (history.pushState, no reload).
  await onboardingContent.getByRole('link', { name: 'Sunrise Family Clinic - New Business' }).first().click();
  await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\/006Hs00001Bq7ZrIAJ\/view$/);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveCount(1);
  await expect(rule(page, 'CSO-ONBOARDING-OBJECT')).toHaveCount(0);
  await expect(onboardingContent).toBeAttached();
  await expect(onboardingContent).toBeHidden();

  const opportunityContent = page.locator('div.oneContent[data-sim-record^="006Hs00001Bq7Zr"]');
  await opportunityContent.locator('records-record-layout-item[field-label="Account Name"]').getByRole('link', { name: 'Sunrise Family Clinic' }).click();
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(rule(page, 'CSO-ACCOUNT-CSM-FIELDS')).toHaveCount(1);

  // Another account (the app's own navigation), then Back: the hidden page comes back.
  await page.evaluate(
    (id) => (window as unknown as { __lightningSim: { navigateToId(id: string): Promise<unknown> } }).__lightningSim.navigateToId(id).then(() => undefined),
    LAKESIDE_ID,
  );
  await expectPage(page, 'sf.account', LAKESIDE_ID);
  await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveAttribute('data-state', 'warn');
  await page.goBack();
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(rule(page, 'CSO-SYSTEM-CODES')).toHaveAttribute('data-state', 'done');
  expect(await hostCount(page)).toBe(1);
});

test('late rendering: a waiting state first, then the checklist', async () => {
  const { page } = s;
  // onboarding-late (my.salesforce.com host), its layout held until released: the waiting state
  // is there to wait for, not a moment to catch before the fixture's 1.5 s timer fires.
  await page.goto(`${URLS.onboardingLate}?sim-delay=hold`);
  await expectPage(page, 'sf.onboarding');
  // Waiting, or (on a machine slow enough to take 10 s to get here) still waiting and saying so.
  await expect(notice(page, 'waiting').or(notice(page, 'layout-timeout'))).toHaveCount(1);
  await expect(rule(page, 'CSO-ONBOARDING-OBJECT')).toHaveAttribute('data-state', 'info');
  await page.evaluate(() => (window as unknown as { __lightningSimRelease(): void }).__lightningSimRelease());
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expect(notice(page, 'waiting')).toHaveCount(0);
  await expect(notice(page, 'layout-timeout')).toHaveCount(0);
  await expect(rule(page, 'CSO-ONBOARDING-OBJECT')).toHaveAttribute('data-state', 'done');
  await expect(rule(page, 'OB-CALL-SCHEDULED-DATE')).toHaveAttribute('data-state', 'done');
});

test('a layout that never renders says so after a while instead of waiting forever', async () => {
  const { page } = s;
  test.setTimeout(45_000);
  await page.goto(`${URLS.onboarding}?sim-delay=hold`);
  await expectPage(page, 'sf.onboarding');
  // The waiting notice lasts 10 s from the page's start: it is not asserted, its end is.
  await expect(notice(page, 'layout-timeout')).toContainText(/haven't appeared after 10 seconds/i, { timeout: 20_000 });
  await expect(notice(page, 'waiting')).toHaveCount(0);
});

test('a native-shadow sandbox org reads like a synthetic-shadow one', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveAttribute('data-state', 'done');
  const synthetic = await ruleStates(page);

  await openLightning(page, URLS.opportunityNative);
  expect(new URL(page.url()).host).toBe('acme--uat.sandbox.lightning.force.com');
  await expect(page.locator('body')).toHaveAttribute('data-sim-shadow', 'native');
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(rule(page, 'CSO-SERVICE-LEVEL')).toHaveAttribute('data-state', 'done');
  await expect.poll(() => ruleStates(page)).toEqual(synthetic);
});
