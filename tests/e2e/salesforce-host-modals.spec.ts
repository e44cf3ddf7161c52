/**
 * Salesforce's own modals with the sidebar open: the New Case record-type chooser and then the
 * form open over the Account's record page (the URL moves to `/lightning/o/Case/new` with the
 * Account as background, as Lightning's New button does). The dock moves only the modal's layer
 * clear of the sidebar's strip, so every control of the modal receives clicks — at a viewport
 * where the centred modal would otherwise run under the panel — and axe stays clean.
 */
import { seriousViolations } from './support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openLightning, saveClicks, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, expectRule, sidebar } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  // 1280 wide: the 720px modal centred in the viewport would end under a 340px panel.
  await s.page.setViewportSize({ width: 1280, height: 800 });
});
test.afterAll(async () => {
  await s?.close();
});

const NEW_CASE = `/lightning/o/Case/new?count=1&nooverride=1&useRecordTypeCheck=1&navigationLocation=DETAIL&backgroundContext=${encodeURIComponent(`/lightning/r/Account/${SUNRISE_ID}/view`)}`;

/** Opens New Case over the record shown, as Lightning's New button does (URL first, then the modal). */
const openNewCase = (page: Page) =>
  page.evaluate((url) => {
    history.pushState({}, '', url);
    void (window as unknown as { __lightningSim: { openCaseModal(): Promise<unknown> } }).__lightningSim.openCaseModal();
  }, NEW_CASE);

/** Every control the modal offers, as the CSM would reach them. */
const controls = (dialog: Locator) => dialog.locator('button, input:not([type="hidden"]), textarea, [role="combobox"], a[href]');

async function expectAllClickable(dialog: Locator): Promise<number> {
  const all = controls(dialog);
  const count = await all.count();
  let checked = 0;
  for (let i = 0; i < count; i++) {
    const control = all.nth(i);
    if (!(await control.isVisible())) continue;
    // A trial click runs every actionability check, the hit test included: nothing covers it.
    await control.scrollIntoViewIfNeeded();
    await control.click({ trial: true, timeout: 3_000 });
    checked += 1;
  }
  return checked;
}

test('New Case over an Account, sidebar open: the chooser and the form are usable beside the panel', async () => {
  const { page } = s;
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(sidebar(page).locator('aside')).toBeVisible();

  await openNewCase(page);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: /Escalations/ })).toBeVisible();
  await expectPage(page, 'sf.case.new');
  // The chooser: both record types, Next, Cancel and the close button.
  expect(await expectAllClickable(dialog)).toBeGreaterThanOrEqual(4);
  const box = await dialog.boundingBox();
  const panel = await sidebar(page).locator('aside').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + 1);

  await dialog.getByRole('radio', { name: /Escalations/ }).check();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expectPage(page, 'sf.case.new', SUNRISE_ID);
  await expectRule(page, 'ESC-REQUIRED-FIELDS', 'error');
  await expect(dialog.getByRole('heading', { name: 'New Case: Escalations' })).toBeVisible();
  // The form: every field, picker, lookup and the footer's Cancel / Save & New / Save.
  expect(await expectAllClickable(dialog)).toBeGreaterThanOrEqual(8);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click({ trial: true });
  expect(await saveClicks(page)).toBe(0);
  // The sidebar stays usable too, and clean for axe.
  await sidebar(page).getByRole('button', { name: 'Collapse CSM Guide' }).click({ trial: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test('closing the modal (back to the record) gives the layer back as the host had it', async () => {
  const { page } = s;
  await page.evaluate(() => {
    document.querySelector('.uiModal.active')?.remove();
    history.back();
  });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(page.locator('[data-csm-guide-moved]')).toHaveCount(0);
});
