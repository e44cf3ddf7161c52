/**
 * The Customer Onboarding record's flags (CSO-ONBOARDING-OBJECT, OB-CALL-SCHEDULED-DATE,
 * OB-CALL-COMPLETED-DATE) and the timeline rules that count from its dates (OB-SAME-DAY-CALL,
 * DG-CADENCE, SMB-ADOPTION-60). Dates are relative to today ({today-3} in the fixture), so the
 * states below hold on any day the suite runs.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { dueDay, isoDay, openLightning, setField, shownDay, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule, ruleMessage } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  // The profile learns segmentation (Digital) and subtype (SMB) on the Account, the opportunity
  // name and products on the Opportunity: what the onboarding checks compare against.
  await openLightning(s.page, URLS.account);
  await expectPage(s.page, 'sf.account', SUNRISE_ID);
  await openLightning(s.page, URLS.opportunity);
  await expectPage(s.page, 'sf.opportunity', SUNRISE_ID);
});
test.afterAll(async () => {
  await s?.close();
});

const assigned = isoDay(-3);

test('assigned three days ago, nothing booked: the record and the timeline are flagged by field', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboarding, {
    set: { 'Onboarding email sent date': '{today-3}', 'Send Onboarding email': 'false', 'Onboarding Call Scheduled For': '' },
  });
  await expectPage(page, 'sf.onboarding', SUNRISE_ID);
  await expectRule(page, 'CSO-ONBOARDING-OBJECT', 'error', '"Send Onboarding email"');
  // Sunrise is a Digital SMB account: MT-CS-007 sends it through MT-CS-002's call process, so it
  // owes the same-day call and a booked call (plain Digital and GameDay are in sop-fidelity.spec.ts).
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'error', '"Onboarding Call Scheduled For" is empty and no reminder email has gone out');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'todo', '"Onboarding Call Scheduled For" is empty');
  await expectRule(page, 'OB-SAME-DAY-CALL', 'error', 'Overdue');
  // Digital cadence: Day 1 (the assignment day) and Day 4 (today) from the assignment date.
  await expectRule(page, 'DG-CADENCE', 'error', `Day 1 manual initial welcome email (${shownDay(dueDay(assigned))})`);
  await expect(rule(page, 'DG-CADENCE').locator('[data-detail]')).toHaveCount(4);
});

test('once the reminder email is ticked sent, the unbooked call waits on the admin: a to-do naming its day and the follow-up, not an error', async () => {
  const { page } = s;
  await action(page, 'OB-REMINDER-EMAIL', 'toggle-done').click();
  await expectRule(page, 'OB-REMINDER-EMAIL', 'done');
  // Sent today: the follow-up is the next business day, so nothing is late until then.
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'todo', `you sent the reminder email on ${shownDay(isoDay(0))}; next follow-up on`);
  await expect(ruleMessage(page, 'OB-CALL-SCHEDULED-DATE')).not.toContainText('no reminder email');
});

test('checking "Send Onboarding email" clears the record flag', async () => {
  const { page } = s;
  await setField(page, 'Send Onboarding email', 'true');
  await expectRule(page, 'CSO-ONBOARDING-OBJECT', 'done');
});

test('booking the call clears the same-day call and the scheduled date; the completed date is due once it passed', async () => {
  const { page } = s;
  await setField(page, 'Onboarding Call Scheduled For', '{today-1}');
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'done', `"Onboarding Call Scheduled For" is filled: ${shownDay(isoDay(-1))}`);
  await expectRule(page, 'OB-SAME-DAY-CALL', 'done', 'booked');
  // The call day has passed: no demand for a date, both ways out (it took place, or a no-show).
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'warn', 'enter the date it took place');
  await expect(ruleMessage(page, 'OB-CALL-COMPLETED-DATE')).toContainText('book a new date in "Onboarding Call Scheduled For" (and send the reminder email)');
  // After a no-show the CSM books a new date: the completed date is a to-do again.
  await setField(page, 'Onboarding Call Scheduled For', '{today+2}');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'todo', `The call is on ${shownDay(isoDay(2))}`);
  // On the call day itself it is a to-do, not a warning.
  await setField(page, 'Onboarding Call Scheduled For', '{today}');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'todo', 'The call is today');
  await setField(page, 'Onboarding Call Scheduled For', '{today-1}');

  await setField(page, 'Onboarding Call Completed Date', '{today-1}');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'done', '"Onboarding Call Completed Date" is filled');
});

test('a completed date before the scheduled one is flagged', async () => {
  const { page } = s;
  await setField(page, 'Onboarding Call Completed Date', '{today-2}');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'error', /"Onboarding Call Completed Date" .* is before "Onboarding Call Scheduled For"/);
  await setField(page, 'Onboarding Call Completed Date', '{today-1}');
  await expectRule(page, 'OB-CALL-COMPLETED-DATE', 'done');
});

test('the Digital cadence clears step by step as each is ticked', async () => {
  const { page } = s;
  const cadence = rule(page, 'DG-CADENCE');
  await cadence.getByRole('checkbox', { name: /Day 1 ·/ }).check();
  // Day 4 is today; on a weekend or holiday it is due the next business day.
  const day4 = dueDay(isoDay(0));
  if (day4 === isoDay(0)) await expectRule(page, 'DG-CADENCE', 'warn', `Due today: Day 4 follow-up task (${shownDay(day4)})`);
  else await expectRule(page, 'DG-CADENCE', 'todo', `Next: Day 4 follow-up task (${shownDay(day4)})`);
  await expect(ruleMessage(page, 'DG-CADENCE')).not.toContainText('Day 1');
  await cadence.getByRole('checkbox', { name: /Day 4 ·/ }).check();
  await expectRule(page, 'DG-CADENCE', 'todo', `Next: Day 30 automated account adoption email (${shownDay(dueDay(isoDay(26)))})`);
});

test('assigned today, nothing booked: a warning for today, not an error', async () => {
  const { page } = s;
  // The reminder ticked above would name itself: untick it to see the plain assignment-day warning.
  await openLightning(page, URLS.onboarding, {
    set: { 'Onboarding email sent date': '{today}', 'Onboarding Call Scheduled For': '', 'Onboarding Call Completed Date': '' },
  });
  await action(page, 'OB-REMINDER-EMAIL', 'toggle-done').click();
  await expectRule(page, 'OB-REMINDER-EMAIL', 'todo');
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'warn', '"Onboarding Call Scheduled For" is empty: book the onboarding call today');

  // GameDay (MT-CS-020): a same-day call that gives the onboarding information, no call to book.
  // SMB stays for the adoption test below.
  await openLightning(page, URLS.account, { set: { 'Account Subtype': 'SMB;GameDay' } });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await openLightning(page, URLS.onboarding, {
    set: { 'Onboarding email sent date': '{today}', 'Onboarding Call Scheduled For': '', 'Onboarding Call Completed Date': '' },
  });
  await expectRule(page, 'OB-CALL-SCHEDULED-DATE', 'na', 'No onboarding call to book: GameDay account');
  await expectRule(page, 'OB-SAME-DAY-CALL', 'warn', 'Due today');
  await action(page, 'OB-SAME-DAY-CALL', 'toggle-done').click();
  await expectRule(page, 'OB-SAME-DAY-CALL', 'done');
});

test('SMB adoption meeting: due 60 days after onboarding completed, done when ticked', async () => {
  const { page } = s;
  await expectRule(page, 'SMB-ADOPTION-60', 'todo', 'Once onboarding is completed');
  // "Onboarding completed" says that, not when.
  await setField(page, 'Onboarding completed', 'true');
  await expectRule(page, 'SMB-ADOPTION-60', 'info', 'but not when');
  // The SMB Onboarding Completed Recap is sent once all trainings are done: its tick dates it.
  await action(page, 'SMB-COMPLETED-RECAP', 'toggle-done').click();
  // 60 days on; on a weekend or holiday, the next business day.
  await expectRule(page, 'SMB-ADOPTION-60', 'todo', `Hold the SMB adoption meeting on ${shownDay(dueDay(isoDay(60)))}`);
  await expect(rule(page, 'SMB-ADOPTION-60').locator('[data-due]')).toHaveAttribute('data-due', dueDay(isoDay(60)));
  await action(page, 'SMB-ADOPTION-60', 'toggle-done').click();
  await expectRule(page, 'SMB-ADOPTION-60', 'done');
});

test('in a native-shadow org the record flags appear and clear the same way', async () => {
  const { page } = s;
  await openLightning(page, URLS.onboarding, { shadow: 'native', set: { 'Send Onboarding email': 'false' } });
  await expect(page.locator('body')).toHaveAttribute('data-sim-shadow', 'native');
  await expectRule(page, 'CSO-ONBOARDING-OBJECT', 'error', '"Send Onboarding email"');
  await setField(page, 'Send Onboarding email', 'true');
  await expectRule(page, 'CSO-ONBOARDING-OBJECT', 'done');
});
