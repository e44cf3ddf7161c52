/**
 * The sidebar never hides the host's controls (issue 13, item 3). Open, it docks beside the page:
 * the host's flow narrows, and the host panels fixed at that edge (Gmail's compose dock,
 * Outreach's composer) move clear of it, so every Send button stays visible and clickable. The
 * side is the CSM's choice per site and survives a reload; the width is resizable with the
 * keyboard; collapsed, the page keeps only the rail's room.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { openLightning, URLS } from './support/lightning';
import { sidebar } from './support/sidebar';
import { seedProfiles, SUNRISE, urlOf } from './support/compose';
import { saveScreenshot } from './support/screenshots';

/** The control is on screen, not under the sidebar, and a click there would reach it. */
async function expectClear(page: Page, control: Locator): Promise<void> {
  // Within its own window, as the CSM would scroll to it (the compose body scrolls, not the page).
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport();
  const [box, panel] = [await control.boundingBox(), await sidebar(page).boundingBox()];
  expect(box && panel, 'both are laid out').toBeTruthy();
  const overlaps = box!.x < panel!.x + panel!.width && panel!.x < box!.x + box!.width && box!.y < panel!.y + panel!.height && panel!.y < box!.y + box!.height;
  expect(overlaps, 'the control is not under the sidebar').toBe(false);
  // Playwright's trial click checks that the control itself receives the pointer there.
  await control.click({ trial: true, timeout: 5_000 });
}

test("Gmail: with the sidebar open, every compose window's Send button stays visible and clickable", async ({ page, context }) => {
  await seedProfiles(context, [SUNRISE]);
  // A CSM's usual screen: three compose windows side by side and the sidebar fit in it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(urlOf('gmail/inbox-dock.html'));
  await expect(sidebar(page)).toHaveAttribute('data-page-kind', 'gmail.compose');
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'false');
  const sends = page.getByRole('button', { name: /^Send/ });
  expect(await sends.count()).toBeGreaterThan(1);
  for (const send of await sends.all()) await expectClear(page, send);
  await saveScreenshot(page, 'gmail-docked.png');

  // Docked left on Gmail, the same holds, and the choice is Gmail's alone.
  await sidebar(page).locator('[data-action="set-side"]').click();
  await expect(sidebar(page)).toHaveAttribute('data-side', 'left');
  for (const send of await sends.all()) await expectClear(page, send);
  await page.reload();
  await expect(sidebar(page)).toHaveAttribute('data-side', 'left');
  await openLightning(page, URLS.opportunity);
  await expect(sidebar(page)).toHaveAttribute('data-side', 'right');
});

test("Outreach: with the sidebar open, the composer's buttons stay visible and clickable", async ({ page, context }) => {
  await seedProfiles(context, [SUNRISE]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(urlOf('outreach/prospect-composer.html'));
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'false');
  const composer = page.getByRole('dialog');
  for (const name of ['Send', 'Schedule']) await expectClear(page, composer.getByRole('button', { name, exact: true }));
});

test('the width is resizable from the keyboard and kept; collapsed, the page keeps only the rail', async ({ page, context }) => {
  await seedProfiles(context, [SUNRISE]);
  await page.goto(urlOf('gmail/inbox-dock.html'));
  const handle = sidebar(page).getByRole('separator', { name: 'Resize CSM Guide' });
  await expect(handle).toHaveAttribute('aria-valuenow', '340');
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '380');
  await expect.poll(async () => Math.round((await sidebar(page).boundingBox())!.width)).toBe(380);
  const padding = () => page.evaluate(() => getComputedStyle(document.documentElement).paddingRight);
  await expect.poll(padding).toBe('380px');
  await page.reload();
  await expect(sidebar(page).getByRole('separator', { name: 'Resize CSM Guide' })).toHaveAttribute('aria-valuenow', '380');

  await sidebar(page).locator('[data-collapse]').click();
  await expect(sidebar(page)).toHaveAttribute('data-collapsed', 'true');
  await expect.poll(padding).toBe('28px');
});
