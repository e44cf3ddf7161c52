/**
 * The Unresponsive branch (MT-CS-020): UNR-DAILY-10's 10-business-day contact log (today's row
 * highlighted, missed days flagged by date, today's email and call logged from the sidebar) and
 * UNR-CLOSE-OB on the Customer Onboarding record and UNR-FAILED-CASE on the timeline, due the
 * business day after day 10 of the log, gaps in it or not; once the case is ticked created, the
 * weekly reach-outs (UNR-WEEKLY-REACH-OUT) and informing the Lead at its due date (UNR-INFORM-LEAD).
 *
 * The branch and the contacts of past days are written through the background's
 * `progress/append`, as the sidebar's store writes them (a CSM logs each day on that day).
 */
import { expect, test } from '@playwright/test';
import { appendProgress, launchExtension, type ExtensionSession } from './support/extension';
import { addDays } from './support/clock';
import { addBusinessDays, dueDay, isoDay, isWeekend, openLightning, setField, shownDay, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, expectRule, rule, ruleMessage } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

const today = isoDay(0);
/** The log's first day: two business days before today (or before the weekend's Monday). */
const since = addBusinessDays(isWeekend(today) ? addBusinessDays(today, 1) : today, -2);
const logged = (days: string[]) => days.flatMap((day) => (['email', 'call'] as const).map((channel) => ({ type: 'contact' as const, day, channel, done: true })));

test('the 10-day log: ten business days, missed days flagged by date, today highlighted', async () => {
  const { page } = s;
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'unresponsive', since }]);
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);

  const log = rule(page, 'UNR-DAILY-10');
  const rows = log.locator('[data-log-grid] tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveAttribute('data-day', since);
  const missed = [since, addBusinessDays(since, 1)];
  await expectRule(page, 'UNR-DAILY-10', 'error', `Missing contact on ${shownDay(missed[0]!)} (no email and call), ${shownDay(missed[1]!)} (no email and call)`);
  for (const day of missed) await expect(log.locator(`tr[data-day="${day}"]`)).toHaveAttribute('data-detail-state', 'error');
  if (!isWeekend(today)) await expect(log.locator(`tr[data-day="${today}"]`)).toHaveAttribute('aria-current', 'date');
});

test("today's email and call are logged from the sidebar", async () => {
  test.skip(isWeekend(today), 'weekends are not days of the business-day log');
  const { page } = s;
  const log = rule(page, 'UNR-DAILY-10');
  await log.locator(`input[data-day="${today}"][data-channel="email"]`).check();
  await expect(log.locator(`tr[data-day="${today}"]`)).toHaveAttribute('data-detail-state', 'warn');
  await log.locator(`input[data-day="${today}"][data-channel="call"]`).check();
  await expect(log.locator(`tr[data-day="${today}"]`)).toHaveAttribute('data-detail-state', 'done');
});

test('the missed days clear once their contacts are logged', async () => {
  const { page } = s;
  await appendProgress(s, SUNRISE_ID, logged([since, addBusinessDays(since, 1), ...(isWeekend(today) ? [] : [today])]));
  await expectRule(page, 'UNR-DAILY-10', 'todo', 'Next contact:');
  await expect(ruleMessage(page, 'UNR-DAILY-10')).not.toContainText('Missing');
});

test('after ten days without an answer, "Onboarding completed" is flagged until it is checked', async () => {
  const { page } = s;
  // A log that started three weeks ago and was kept every day.
  const start = addBusinessDays(isWeekend(today) ? addBusinessDays(today, 1) : today, -14);
  const days = Array.from({ length: 10 }, (_, i) => addBusinessDays(start, i));
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'unresponsive', since: start }, ...logged(days)]);

  await openLightning(page, URLS.onboarding);
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'UNR-DAILY-10', 'done', 'All 10 days logged');
  await expectRule(page, 'UNR-CLOSE-OB', 'error', `ended ${shownDay(days[9]!)} with no answer`);
  await expect(ruleMessage(page, 'UNR-CLOSE-OB')).toContainText('check "Onboarding completed"');

  await setField(page, 'Onboarding completed', 'true');
  await expectRule(page, 'UNR-CLOSE-OB', 'done', '"Onboarding completed" is checked');
});

/** Today when it is a business day, else the next one (the log has no weekend or holiday rows). */
const workday = isWeekend(today) ? addBusinessDays(today, 1) : today;

test('a gap in the log never stalls closing the onboarding or the Failed to OB case: both come due all the same', async () => {
  const { page } = s;
  // Day 10 was three business days ago; day 9 (never logged by the tests above) was missed.
  const start = addBusinessDays(workday, -12);
  const days = Array.from({ length: 10 }, (_, i) => addBusinessDays(start, i));
  const gap = days[8]!;
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'unresponsive', since: start }, ...logged(days.filter((day) => day !== gap))]);

  await openLightning(page, URLS.onboarding, { set: { 'Onboarding completed': 'false' } });
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'UNR-DAILY-10', 'error', `Missing contact on ${shownDay(gap)} (no email and call)`);
  await expectRule(page, 'UNR-CLOSE-OB', 'error', `ended ${shownDay(days[9]!)} with no answer`);
  await expectRule(page, 'UNR-FAILED-CASE', 'error', `The 10-day log ended ${shownDay(days[9]!)} with no answer`);
});

test('on day 10 itself, closing the onboarding and the case are to-dos for the next business day', async () => {
  test.skip(isWeekend(today), 'day 10 of the log is a business day');
  const { page } = s;
  const start = addBusinessDays(today, -9);
  const days = Array.from({ length: 10 }, (_, i) => addBusinessDays(start, i));
  await appendProgress(s, SUNRISE_ID, [{ type: 'branch', branch: 'unresponsive', since: start }, ...logged(days)]);

  await openLightning(page, URLS.onboarding, { set: { 'Onboarding completed': 'false' } });
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'UNR-DAILY-10', 'done', 'All 10 days logged');
  const next = shownDay(addBusinessDays(today, 1));
  await expectRule(page, 'UNR-CLOSE-OB', 'todo', `on ${next}, enter the notes`);
  await expectRule(page, 'UNR-FAILED-CASE', 'todo', `on ${next} create a "Customer Success" case`);
});

test('once the Failed to OB case is ticked created: a weekly reach-out each 7 days, and informing the Lead at its due date', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboarding);
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expect(rule(page, 'UNR-WEEKLY-REACH-OUT')).toHaveCount(0);
  await rule(page, 'UNR-FAILED-CASE').locator('[data-action="toggle-done"]').click();
  await expectRule(page, 'UNR-FAILED-CASE', 'done');
  const week1 = dueDay(addDays(today, 7));
  await expectRule(page, 'UNR-WEEKLY-REACH-OUT', 'todo', `Next: the week 1 reach-out (${shownDay(week1)})`);
  await expect(rule(page, 'UNR-WEEKLY-REACH-OUT').locator('[data-detail]')).toHaveCount(4);
  const caseDue = dueDay(addDays(today, 30));
  await expectRule(page, 'UNR-INFORM-LEAD', 'todo', `If the customer is still unresponsive on ${shownDay(caseDue)}`);
  // Closing the case is the Lead's: information, never the CSM's to-do.
  await expect(rule(page, 'UNR-INFORM-LEAD').locator('[data-detail="lead-closes-case"]')).toHaveAttribute('data-detail-state', 'info');
  await rule(page, 'UNR-WEEKLY-REACH-OUT').getByRole('checkbox', { name: /^Done: Week 1 reach-out/ }).check();
  await expectRule(page, 'UNR-WEEKLY-REACH-OUT', 'todo', `Next: the week 2 reach-out (${shownDay(dueDay(addDays(today, 14)))})`);
});
