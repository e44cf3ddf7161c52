/**
 * The recap emails in Gmail, failing then passing as the CSM fixes them: OB-RECAP-EMAIL on the
 * onboarding call recap (Calendly link, upcoming training dates, both CPR files) and TR-RECAP on
 * the training recap in a pop-out window (Participants, Modules, Pending Subjects, Relevant
 * Links, the Support contact block); and the onboarding recap written as an inline reply in the
 * welcome thread, recognised by what its body says.
 */
import { expect, test } from './harness';
import { saveScreenshot } from './support/screenshots';
import {
  actionOf,
  attachGmailFiles,
  bodyText,
  caretAfter,
  caretBefore,
  deleteLines,
  emailKindPicker,
  gmailCompose,
  messageBody,
  messageOf,
  removeGmailAttachment,
  ruleOf,
  seedProfiles,
  sidebarOf,
  SUNRISE,
  sunriseWith,
  urlOf,
  watchErrors,
} from './support/compose';

const RECAP = 'Sunrise Family Clinic – Onboarding Call Recap';
const TRAINING_RECAP = 'Sunrise Family Clinic – Learning Training Recap';

test('OB-RECAP-EMAIL: missing CPR file, Calendly link and training dates are named; fixed in the compose, the check passes', async ({ page, context }) => {
  const errors = watchErrors(page);
  // The recap is the dock's second window: wide enough that the sidebar leaves it uncovered.
  await page.setViewportSize({ width: 1920, height: 1000 });
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance', 'Credentialing Software'])]);
  await page.goto(urlOf('gmail/inbox-dock.html'));
  const sidebar = sidebarOf(page);
  const compose = gmailCompose(page, RECAP);
  const body = messageBody(compose);
  await body.click();
  await expect(sidebar.locator('.csm-compose__subject')).toHaveText(RECAP);
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const recap = ruleOf(page, 'OB-RECAP-EMAIL');
  const detail = (key: string) => recap.locator(`[data-detail="${key}"]`);
  await expect(detail('calendly')).toHaveAttribute('data-detail-state', 'done');
  await expect(detail('CPR Brochure.pdf')).toHaveAttribute('data-detail-state', 'done');
  await expect(detail('CPR Document.pdf')).toHaveAttribute('data-detail-state', 'done');

  // Break it the ways recaps go out wrong: a CPR file, the Calendly link, the training dates.
  await removeGmailAttachment(compose, 'CPR Document.pdf');
  await expect(recap).toHaveAttribute('data-state', 'error');
  await expect(detail('CPR Document.pdf')).toContainText('Attach CPR Document.pdf');
  await deleteLines(page, body, 'If you need time with me before then');
  await expect(detail('calendly')).toContainText('Add your Calendly link');
  await deleteLines(page, body, 'Upcoming training sessions', 'Compliance webinar:');
  await expect(detail('training-dates')).toHaveAttribute('data-detail-state', 'error');
  await expect(messageOf(recap)).toHaveText(
    'Recap email: add your Calendly link, the dates of the upcoming training sessions and the attachment CPR Document.pdf.',
  );
  await recap.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'gmail-recap.png');

  // Fix it: the dates from the sidebar at the caret, the link typed, the file attached again.
  await actionOf(page, 'OB-RECAP-EMAIL', 'insert-training-dates').click();
  await expect(detail('training-dates')).toHaveAttribute('data-detail-state', 'done');
  expect(await bodyText(body)).toContain('Upcoming training sessions:\n- Learning (45 minutes): Tue, ');
  await caretAfter(page, body, 'I have also attached the CPR course information: the CPR Brochure and the CPR Document.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Book a follow-up any time: https://calendly.com/alex-rivera-medtrainer/30min');
  await expect(detail('calendly')).toHaveAttribute('data-detail-state', 'done');
  await attachGmailFiles(page, compose, ['CPR Document.pdf']);
  await expect(recap).toHaveAttribute('data-state', 'done');
  await expect(messageOf(recap)).toHaveText(
    'The recap has the Calendly link, the training dates and CPR Brochure.pdf and CPR Document.pdf.',
  );
  expect(errors).toEqual([]);
});

test('OB-RECAP-EMAIL: a recap written as an inline reply in the welcome thread is known by what it says and checked; the rosters are not', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Basic', ['Learning', 'Compliance'])]);
  await page.goto(urlOf('gmail/thread-inline-reply.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const recap = ruleOf(page, 'OB-RECAP-EMAIL');
  // "Re: Welcome to MedTrainer!…" with a body that is neither: no SOP email, nothing checked.
  await expect(ruleOf(page, 'DG-SUPPORT-REDIRECT')).toHaveAttribute('data-state', /info|done/);
  await expect(emailKindPicker(page)).toHaveValue('other');
  await expect(recap).toHaveCount(0);

  // The CSM writes the recap in the reply: its words make it the recap, whatever the thread.
  const compose = gmailCompose(page, 'Reply');
  const body = messageBody(compose);
  await caretAfter(page, body, 'Hi Jane,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Thank you for your time today! Here is a recap of our onboarding call.');
  await expect(emailKindPicker(page)).toHaveValue('recap');
  await expect(recap).toHaveAttribute('data-state', 'error');
  await expect(messageOf(recap)).toHaveText(
    'Recap email: add your Calendly link, the dates of the upcoming training sessions, the attachment CPR Brochure.pdf and the attachment CPR Document.pdf.',
  );
  await expect(ruleOf(page, 'OB-ROSTERS')).toHaveCount(0);
  await expect(ruleOf(page, 'OB-REMINDER-EMAIL')).toHaveCount(0);

  // Completed in the reply: the Calendly link typed, the dates inserted, the CPR files attached.
  await caretAfter(page, body, 'Thank you for your time today! Here is a recap of our onboarding call.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Book a follow-up any time: https://calendly.com/alex-rivera-medtrainer/30min');
  await expect(recap.locator('[data-detail="calendly"]')).toHaveAttribute('data-detail-state', 'done');
  await page.keyboard.press('Enter');
  await actionOf(page, 'OB-RECAP-EMAIL', 'insert-training-dates').click();
  await expect(recap.locator('[data-detail="training-dates"]')).toHaveAttribute('data-detail-state', 'done');
  await attachGmailFiles(page, compose, ['CPR Brochure.pdf', 'CPR Document.pdf']);
  await expect(recap).toHaveAttribute('data-state', 'done');
  await expect(messageOf(recap)).toHaveText('The recap has the Calendly link, the training dates and CPR Brochure.pdf and CPR Document.pdf.');
  expect(errors).toEqual([]);
});

test('TR-RECAP: a missing section and the Support block are named; the Support contact is inserted and undone', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'])]);
  await page.goto(urlOf('gmail/popout-compose.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const trRecap = ruleOf(page, 'TR-RECAP');
  await expect(trRecap).toHaveAttribute('data-state', 'done');
  await expect(messageOf(trRecap)).toHaveText('The recap has Participants, Modules, Pending Subjects and Relevant Links and the Support contact.');

  const body = messageBody(gmailCompose(page, TRAINING_RECAP));
  await deleteLines(page, body, 'Our Customer Support Department', 'Visit: https://support.medtrainer.com/');
  await expect(messageOf(trRecap)).toHaveText('Training recap: add the Support contact block.');
  await deleteLines(page, body, 'Pending Subjects');
  await expect(trRecap).toHaveAttribute('data-state', 'error');
  await expect(messageOf(trRecap)).toHaveText('Training recap: add the Pending Subjects section and the Support contact block.');
  // "Such as" (MT-CS-020): a missing section is a warning; the missing Support block is the error.
  await expect(trRecap.locator('[data-detail="Pending Subjects"]')).toHaveAttribute('data-detail-state', 'warn');
  await expect(trRecap.locator('[data-detail="Participants"]')).toHaveAttribute('data-detail-state', 'done');

  // Ctrl+Z brings the heading back.
  await page.keyboard.press('Control+z');
  await expect(messageOf(trRecap)).toHaveText('Training recap: add the Support contact block.');

  // The Support block goes on a line of its own above "Best,".
  await caretBefore(page, body, 'Best,');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await actionOf(page, 'TR-RECAP', 'insert-support-snippet').click();
  await expect(trRecap).toHaveAttribute('data-state', 'done');
  const lines = (await bodyText(body)).split('\n').filter((l) => l.trim());
  const at = lines.indexOf('For immediate help, reach out to our Customer Support team:');
  expect(lines.slice(at, at + 6)).toEqual([
    'For immediate help, reach out to our Customer Support team:',
    'Email: support@medtrainer.com',
    'Phone: 844.596.6553',
    'Visit: https://support.medtrainer.com/',
    'Hours: 7:00 AM to 7:00 PM Central Time, Monday to Friday',
    'Best,',
  ]);

  await page.keyboard.press('Control+z');
  await expect(messageOf(trRecap)).toHaveText('Training recap: add the Support contact block.');
  expect(await bodyText(body)).not.toContain('support@medtrainer.com');
  expect(errors).toEqual([]);
});
