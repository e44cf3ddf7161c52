/**
 * OUT-LOG-TOUCHES on the Outreach prospect page (issue 23, item 1): a call recorded in the sidebar
 * gets a "logged in Outreach" tick, a to-do that day; the prospect's activity list confirms it once
 * it shows a call of that day; a page without an activity list says so. Dates are relative to
 * today (the run's pinned clock), so the states hold on any day.
 */
import { expect, test } from './harness';
import { isoDay } from './support/clock';
import { seedProfiles, sidebarOf, SUNRISE, sunriseWith, urlOf, watchErrors } from './support/compose';
import { action, rule } from './support/sidebar';

const today = isoDay(0);
const KEY = `OUT-LOG-TOUCHES:call:${today}`;

test('OUT-LOG-TOUCHES: the same-day call ticked, then confirmed by a logged call of today in the activity list', async ({ page, context }) => {
  const errors = watchErrors(page);
  // A GameDay account owes the same-day call; assigned today.
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: today, subtypes: ['GameDay'] })]);
  await page.goto(urlOf('outreach/prospect-activity.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.prospect');
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);

  const touches = rule(page, 'OUT-LOG-TOUCHES').first();
  await expect(touches).toHaveAttribute('data-state', 'na');
  await action(page, 'OB-SAME-DAY-CALL', 'toggle-done').first().click();

  // The call is today's touch: a to-do with its own tick, not yet in the fixture's activity list
  // (it shows a call and an email of Nov 25, 2026 and a meeting of Dec 2, 2026).
  await expect(touches).toHaveAttribute('data-state', 'todo');
  const line = touches.locator(`[data-detail="${KEY}"]`);
  await expect(line).toHaveAttribute('data-detail-state', 'todo');
  await expect(line).toContainText('call (same-day call) · log it in Outreach today');

  // The CSM logs the call in Outreach: the activity list shows it, and it counts as logged here.
  await page.locator('[role=feed]').evaluate((feed, day) => {
    feed.insertAdjacentHTML(
      'afterbegin',
      `<article aria-label="Call logged"><p><b>Call logged</b> by Alex Rivera · Outcome: Connected</p><p><time datetime="${day}">Today</time></p></article>`,
    );
  }, today);
  await expect(touches).toHaveAttribute('data-state', 'done');
  await expect(line).toHaveAttribute('data-detail-state', 'done');
  await expect(line).toContainText('in the activity list on this page');

  // Ticked, it stays logged on every page (the activity list is only read here).
  await line.getByRole('checkbox').check();
  await expect(line).toContainText('logged in Outreach');

  // Without the activity list the page says so.
  await page.locator('section[aria-labelledby="prospect-activity-heading"]').evaluate((section) => section.remove());
  await expect(touches).toHaveAttribute('data-state', 'done');
  await expect(touches.locator('.csm-item__message')).toHaveText('All 1 touch logged in Outreach.');
  expect(errors).toEqual([]);
});

test('OUT-LOG-TOUCHES: a prospect page without an activity list says it shows none', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: today, subtypes: ['GameDay'] })]);
  await page.goto(urlOf('outreach/prospect-in-sequence.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE.accountId);
  await action(page, 'OB-SAME-DAY-CALL', 'toggle-done').first().click();
  const touches = rule(page, 'OUT-LOG-TOUCHES').first();
  await expect(touches).toHaveAttribute('data-state', 'todo');
  await expect(touches.locator('.csm-item__message')).toContainText("This page shows no activity list: open the prospect's activity to confirm the logged ones.");
});
