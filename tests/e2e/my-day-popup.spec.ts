/**
 * "My day" (issue 13, item 4) in the built extension: with accounts seeded through the
 * background (as a Salesforce page's facts and the sidebar's ticks reach it), the toolbar popup
 * lists the steps due today and overdue grouped by account, each account linked to its record;
 * the toolbar badge shows the same overdue count; the popup works from the keyboard and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { ObservedFacts } from '../../lib/core/profile/merge';
import type { ProfileFactKey } from '../../lib/core/profile/schema';
import type { ProgressEvent } from '../../lib/core/progress/events';
import { expect, test } from './harness';
import { addDays, isoDay, testNow } from './support/clock';
import { sendToBackground, serviceWorker } from './support/extension';
import { saveScreenshot } from './support/screenshots';

const ORG = 'acme.my.salesforce.com';
const today = isoDay(0);
/** A few minutes before now: never in the future, whatever instant the run is pinned to. */
const observedAt = () => new Date(testNow().getTime() - 5 * 60_000).toISOString();

const NORTHGATE = '001Hs00003RsV3gIAF'; // Core, assigned 10 days ago: the same-day call is overdue.
const HARBOR = '001Hs00003LkP7bIAF'; // Digital, assigned 10 days ago: Day 1 and Day 4 of the cadence are overdue.
const CEDAR = '001Hs00003TuX5iIAF'; // Core, assigned in 5 days: nothing due yet.

const facts = (values: Partial<Record<ProfileFactKey, unknown>>): ObservedFacts => {
  const at = observedAt();
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, { known: true, value, source: { kind: 'sf.account' }, observedAt: at }]),
  ) as ObservedFacts;
};
const account = (name: string, segmentation: string, serviceLevel: string, assignedInDays: number) =>
  facts({ accountName: name, csm: 'Jane Doe', segmentation, serviceLevel, products: ['Learning', 'Compliance'], subtypes: [], assignmentDate: addDays(today, assignedInDays) });

const seedAccounts = async (session: { context: BrowserContext; extensionId: string }) => {
  await sendToBackground(session, {
    type: 'profiles/observe',
    observations: [
      { accountId: NORTHGATE, orgHost: ORG, facts: account('Northgate Surgical Center', 'Core', 'Premium', -10) },
      { accountId: HARBOR, orgHost: ORG, facts: account('Harbor Dental Group', 'Digital', 'Basic', -10) },
      { accountId: CEDAR, orgHost: ORG, facts: account('Cedar Hills Home Health', 'Core', 'Standard', 5) },
    ],
  });
  // Harbor's Day 1 welcome email was sent: only Day 4 stays overdue there.
  const at = observedAt();
  const tick: ProgressEvent = { type: 'item', id: `${at}-e2emyday1`, accountId: HARBOR, by: 'Jane Doe', at, ruleId: 'DG-CADENCE:welcome-email', done: true };
  await sendToBackground(session, { type: 'progress/append', events: [tick] });
};

const badgeText = async (context: BrowserContext): Promise<string> =>
  (await serviceWorker(context)).evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );

const openPopup = async (page: Page, extensionId: string) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'My day' })).toBeVisible();
  await expect(page.getByTestId('my-day')).toHaveAttribute('data-loaded', 'true');
};

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the popup lists what is due by account with record links, and the badge shows the overdue count', async ({ context, page, extensionId }) => {
  await openPopup(page, extensionId);
  await expect(page.getByTestId('my-day-summary')).toHaveText('Nothing due today or overdue.');
  expect(await badgeText(context)).toBe('');

  await seedAccounts({ context, extensionId });

  // The open popup follows the store: the accounts appear without a reload.
  const accounts = page.locator('[data-account-id]');
  await expect(accounts).toHaveCount(2);
  const northgate = page.locator(`[data-account-id="${NORTHGATE}"]`);
  const harbor = page.locator(`[data-account-id="${HARBOR}"]`);
  await expect(page.locator(`[data-account-id="${CEDAR}"]`)).toHaveCount(0);

  await expect(northgate.locator('[data-rule="OB-SAME-DAY-CALL"]')).toHaveAttribute('data-when', 'overdue');
  await expect(northgate.locator('[data-rule="OB-SAME-DAY-CALL"]')).toContainText('10 days overdue');
  const cadence = harbor.locator('[data-rule="DG-CADENCE"]');
  await expect(cadence).toHaveCount(1);
  await expect(cadence).toHaveAttribute('data-key', 'DG-CADENCE/DG-CADENCE:follow-up-task');
  await expect(cadence).toContainText('Day 4 · Follow-up task');

  // Each account's name links to its Account record on the org it was seen on.
  const link = northgate.getByRole('link', { name: /Northgate Surgical Center/ });
  await expect(link).toHaveAttribute('href', `https://${ORG}/lightning/r/Account/${NORTHGATE}/view`);
  await expect(harbor.getByRole('link', { name: /Harbor Dental Group/ })).toHaveAttribute('href', `https://${ORG}/lightning/r/Account/${HARBOR}/view`);

  // The badge counts exactly the overdue steps the popup lists (the background recounts after the change).
  const overdueShown = await page.locator('[data-when="overdue"]').count();
  expect(overdueShown).toBeGreaterThanOrEqual(2);
  await expect.poll(() => badgeText(context)).toBe(String(overdueShown));
  await expect(page.getByTestId('my-day-summary')).toContainText(`${overdueShown} overdue`);

  // At the popup's own width, for README.
  await page.setViewportSize({ width: 400, height: 520 });
  await saveScreenshot(page, 'my-day-popup.png');

  // Keyboard: Tab reaches the first account's record link (accounts with overdue steps come first).
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-account-id] a').first()).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  // Ticking the Day 4 task clears that step, and the badge follows.
  const at = observedAt();
  await sendToBackground({ context, extensionId }, {
    type: 'progress/append',
    events: [{ type: 'item', id: `${at}-e2emyday2`, accountId: HARBOR, by: 'Jane Doe', at, ruleId: 'DG-CADENCE:follow-up-task', done: true }],
  });
  await expect(harbor.locator('[data-rule="DG-CADENCE"]')).toHaveCount(0);
  const after = await page.locator('[data-when="overdue"]').count();
  expect(after).toBe(overdueShown - 1);
  await expect.poll(() => badgeText(context)).toBe(after ? String(after) : '');
});

test('the morning reminder is saved by the background, and no alarm is set until Chrome allows notifications', async ({ context, page, extensionId }) => {
  await openPopup(page, extensionId);
  const reminder = page.getByTestId('my-day-reminder');
  const toggle = reminder.getByRole('checkbox', { name: 'Remind me each morning at' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeEnabled();
  await expect(reminder.getByRole('combobox', { name: 'Reminder time' })).toHaveValue('8');
  expect(await seriousViolations(page)).toEqual([]);

  // What the switch sends once the prompt is answered (the prompt itself is Chrome's own UI). The
  // message is not in the protocol union (its own listener answers it), hence the cast.
  await sendToBackground({ context, extensionId }, { type: 'my-day/reminder', reminder: { enabled: true, hour: 7 } } as never);
  await expect(toggle).toBeChecked();
  await expect(reminder.getByRole('combobox', { name: 'Reminder time' })).toHaveValue('7');
  await expect(reminder.getByRole('status')).toHaveText(/Notifications are not allowed yet/);
  const worker = await serviceWorker(context);
  const state = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } }; alarms: { get(n: string): Promise<unknown> } } }).chrome;
    return { stored: (await chrome.storage.local.get('myDayReminder')).myDayReminder, alarm: (await chrome.alarms.get('my-day-reminder')) ?? null };
  });
  expect(state).toEqual({ stored: { enabled: true, hour: 7 }, alarm: null });
});
