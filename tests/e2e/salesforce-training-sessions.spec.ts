/**
 * Issue 23 on a Salesforce record page: the in-call checklist on the onboarding call's day
 * (OB-CALL-AGENDA), the training sessions ticked held or missed (TR-SESSIONS), each recap due the
 * day its session is held (TR-RECAP-DUE), and the last training held dating the SMB completed recap
 * and the 60-day adoption meeting. Dates are relative to today, so the states hold on any day.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_CALENDAR, weekdayOf } from '../../lib/core/dates';
import { launchExtension, type ExtensionSession } from './support/extension';
import { addDays } from './support/clock';
import { dueDay, isoDay, openLightning, shownDay, SUNRISE_ID, URLS } from './support/lightning';
import { expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  // Sunrise: a Digital SMB account with Learning, Compliance and Credentialing Software.
  await openLightning(s.page, URLS.account);
  await expectPage(s.page, 'sf.account', SUNRISE_ID);
  await openLightning(s.page, URLS.opportunity);
  await expectPage(s.page, 'sf.opportunity', SUNRISE_ID);
});
test.afterAll(async () => {
  await s?.close();
});

/** The first business day after `from` on `weekday` (Learning Tuesdays, Compliance Thursdays). */
const sessionAfter = (from: string, weekday: number): string => {
  let day = addDays(from, 1);
  while (weekdayOf(day) !== weekday || !DEFAULT_CALENDAR.isBusinessDay(day)) day = addDays(day, 1);
  return day;
};

const today = isoDay(0);

test('on the call day: the in-call checklist, and the first trainings after the call in the timeline', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboarding, {
    set: { 'Onboarding email sent date': '{today-3}', 'Onboarding Call Scheduled For': '{today}', 'Onboarding Call Completed Date': '' },
  });
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'OB-CALL-AGENDA', 'todo', 'Onboarding call today');
  const agenda = rule(page, 'OB-CALL-AGENDA');
  await expect(agenda.locator('[data-detail="slides"]')).toContainText('Google Slides presentation');
  await expect(agenda.locator('[data-detail="recap-files"]')).toContainText('CPR Brochure.pdf and CPR Document.pdf');
  // Credentialing Software is on the account: no Exclusions note.
  await expect(agenda.locator('[data-detail="exclusions"]')).toHaveCount(0);

  const learning = sessionAfter(today, 2);
  const compliance = sessionAfter(today, 4);
  const [first, name] = learning < compliance ? [learning, 'Learning'] : [compliance, 'Compliance'];
  await expectRule(page, 'TR-SESSIONS', 'todo', `Next: the ${name} training (${shownDay(first)})`);
  await expect(rule(page, 'TR-SESSIONS').locator('[data-detail]')).toHaveCount(4);
  // No training held yet: no recap is due.
  await expect(rule(page, 'TR-RECAP-DUE')).toHaveCount(0);
});

test('a missed session rebooks the next one; a held one makes its recap due today', async () => {
  const { page } = s;
  const sessions = rule(page, 'TR-SESSIONS');
  await sessions.getByRole('checkbox', { name: /^Missed: the Compliance training did not take place/ }).check();
  await expect(sessions.locator('[data-detail="TR-SESSIONS:compliance"]')).toContainText(`(rebooked: missed on ${shownDay(today)})`);

  await sessions.getByRole('checkbox', { name: /^Done: Learning training ·/ }).check();
  await expect(sessions.locator('[data-detail="TR-SESSIONS:learning"]')).toContainText(`Learning training held (${shownDay(today)})`);
  await expectRule(page, 'TR-RECAP-DUE', 'warn', `Due today, before the end of the day: the Learning training recap (session of ${shownDay(today)})`);
  await rule(page, 'TR-RECAP-DUE').getByRole('checkbox', { name: /^Done: Learning training recap/ }).check();
  await expectRule(page, 'TR-RECAP-DUE', 'done', 'Every training held has its recap sent');
  // The completed recap waits for the last training.
  await expect(rule(page, 'SMB-COMPLETED-RECAP').locator('[data-due]')).toHaveCount(0);
});

test('the last training held: the SMB completed recap is due today and the adoption meeting 60 days on', async () => {
  const { page } = s;
  await rule(page, 'TR-SESSIONS').getByRole('checkbox', { name: /^Done: Compliance training ·/ }).check();
  await expectRule(page, 'TR-SESSIONS', 'done', `All Learning and Compliance trainings held (the last on ${shownDay(today)})`);
  await expectRule(page, 'SMB-COMPLETED-RECAP', 'warn', 'Due today');
  const meeting = dueDay(isoDay(60));
  await expectRule(page, 'SMB-ADOPTION-60', 'todo', `Hold the SMB adoption meeting on ${shownDay(meeting)}`);
  await expect(rule(page, 'SMB-ADOPTION-60').locator('[data-due]')).toHaveAttribute('data-due', meeting);
});
