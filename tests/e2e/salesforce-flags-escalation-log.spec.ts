/**
 * The Escalation branch's contact log (MT-CS-020: "Even if an account is escalated or unresponsive,
 * it is important to have proof of the 10 business day follow-up stage in the notes, as well as
 * logged emails and calls."): ESC-DAILY-10's 10-business-day grid, logged from the sidebar as
 * contact events, and its counter of contact attempts naming the Team Lead's "can't reach client
 * (send final)" box at 10. Past days are written through the background's `progress/append`.
 */
import { expect, test } from '@playwright/test';
import { appendProgress, launchExtension, type ExtensionSession } from './support/extension';
import { addBusinessDays, isoDay, isWeekend, openLightning, shownDay, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

const today = isoDay(0);
const since = addBusinessDays(isWeekend(today) ? addBusinessDays(today, 1) : today, -2);
const logged = (days: string[]) => days.flatMap((day) => (['email', 'call'] as const).map((channel) => ({ type: 'contact' as const, day, channel, done: true })));

test('an escalated account gets the 10-business-day log, missed days flagged, attempts counted', async () => {
  const { page } = s;
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'escalation', since }]);
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);

  const log = rule(page, 'ESC-DAILY-10');
  await expect(log.locator('[data-log-grid] tbody tr')).toHaveCount(10);
  const missed = [since, addBusinessDays(since, 1)];
  await expectRule(page, 'ESC-DAILY-10', 'error', `Missing contact on ${shownDay(missed[0]!)} (no email and call), ${shownDay(missed[1]!)} (no email and call)`);
  await expect(log.locator('[data-detail="attempts"]')).toContainText('Contact attempts logged since the escalation: 0');
  await expect(log.locator('[data-detail="cant-reach-client"]')).toContainText('After 10 attempts without a response');
});

test("today's email and call are logged from the grid and counted as attempts", async () => {
  test.skip(isWeekend(today), 'weekends are not days of the business-day log');
  const { page } = s;
  const log = rule(page, 'ESC-DAILY-10');
  await log.locator(`input[data-day="${today}"][data-channel="email"]`).check();
  await log.locator(`input[data-day="${today}"][data-channel="call"]`).check();
  await expect(log.locator(`tr[data-day="${today}"]`)).toHaveAttribute('data-detail-state', 'done');
  await expect(log.locator('[data-detail="attempts"]')).toContainText('Contact attempts logged since the escalation: 2');
});

test("ten attempts: the Team Lead's \"can't reach client (send final)\" is named as theirs; the full log closes nothing", async () => {
  const { page } = s;
  const start = addBusinessDays(isWeekend(today) ? addBusinessDays(today, 1) : today, -14);
  const days = Array.from({ length: 10 }, (_, i) => addBusinessDays(start, i));
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'escalation', since: start }, ...logged(days)]);
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expectRule(page, 'ESC-DAILY-10', 'done', 'All 10 days logged');
  const log = rule(page, 'ESC-DAILY-10');
  await expect(log.locator('[data-detail="cant-reach-client"]')).toContainText(`10 attempts reached: if the client has not responded, the CSM Team Lead selects "can't reach client (send final)"`);
  await expect(log.locator('[data-detail="cant-reach-client"]')).toHaveAttribute('data-detail-state', 'info');
});
