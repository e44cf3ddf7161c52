/**
 * The sidebar's insert actions write into the Gmail compose at the CSM's caret, through the
 * editor's own undo history: the next training webinars for the account's products
 * (TR-SCHEDULE), the Support redirect (DG-SUPPORT-REDIRECT) and the next SMB open forum
 * (SMB-OPEN-FORUMS); Ctrl+Z takes each back out.
 */
import { expect, test } from './harness';
import { isoDay, TEST_ZONE, testNow } from './support/clock';
import {
  actionOf,
  bodyText,
  caretAfter,
  gmailCompose,
  LAKESIDE,
  messageBody,
  ruleOf,
  seedProfiles,
  sidebarOf,
  SUNRISE,
  sunriseWith,
  urlOf,
  watchErrors,
} from './support/compose';

const WELCOME = "Welcome to MedTrainer! Let's get Sunrise Family Clinic started";
const CENTRAL = TEST_ZONE;
const DAY = 24 * 60 * 60 * 1000;

/** Parts of an instant on Central clocks. */
function central(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: CENTRAL,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { ...parts, hour: Number(parts.hour) } as Record<string, string> & { hour: number };
}

/**
 * The next `count` webinars on `weekday` ("Tue"/"Thu") at 11:00 Central, written as the SOP's
 * itinerary is sent: "Tue, Dec 1, 2026, 11:00 AM CST". Worked out here from Intl, independently
 * of lib/core/dates.
 */
function nextWebinars(weekday: string, count: number, now = testNow()): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const day = central(new Date(now.getTime() + i * DAY));
    if (day.weekday !== weekday || (i === 0 && day.hour >= 11)) continue;
    out.push(`${day.weekday}, ${day.month} ${day.day}, ${day.year}, 11:00 AM ${day.timeZoneName}`);
  }
  return out;
}

/** The first Thursday of this month, or of the next once it has passed ("Thursday, December 3, 2026"). */
function nextOpenForum(todayIso: string): string {
  const [y, m, d] = todayIso.split('-').map(Number) as [number, number, number];
  const firstThursday = (year: number, month0: number) => {
    const first = new Date(Date.UTC(year, month0, 1));
    return new Date(Date.UTC(year, month0, 1 + ((4 - first.getUTCDay() + 7) % 7)));
  };
  let date = firstThursday(y, m - 1);
  if (date.getUTCDate() < d) date = firstThursday(m === 12 ? y + 1 : y, m % 12);
  return date.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

/** The body's lines, trimmed, without blank ones. */
const linesOf = async (body: ReturnType<typeof messageBody>) =>
  (await bodyText(body)).split('\n').map((l) => l.trim()).filter(Boolean);

test('insert-training-dates writes the next Learning and Compliance webinars at the caret; Ctrl+Z undoes it', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance', 'Credentialing Software'])]);
  await page.goto(urlOf('gmail/inbox-dock.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const body = messageBody(gmailCompose(page, WELCOME));
  const before = await linesOf(body);

  // The CSM starts a new line under the greeting and asks for the dates.
  await caretAfter(page, body, 'Hi Jane,');
  await page.keyboard.press('Enter');
  await actionOf(page, 'TR-SCHEDULE', 'insert-training-dates').click();

  const [tue1, tue2] = nextWebinars('Tue', 2);
  const [thu1, thu2] = nextWebinars('Thu', 2);
  const inserted = [
    'Upcoming training sessions:',
    `- Learning (45 minutes): ${tue1} or ${tue2}`,
    `- Compliance (45 minutes): ${thu1} or ${thu2}`,
    "- Credentialing Software: scheduled case by case, according to the account's needs.",
  ];
  await expect.poll(() => linesOf(body)).toEqual([before[0], ...inserted, ...before.slice(1)]);
  await expect(sidebarOf(page).locator('[data-result]')).toHaveText('Inserted at the cursor.');

  // Ctrl+Z in the editor takes the insertion back out (the new line stays: it was typed).
  await page.keyboard.press('Control+z');
  await expect.poll(() => linesOf(body)).toEqual(before);
  expect(errors).toEqual([]);
});

test('insert-support-snippet writes the Support contact at the caret and ticks DG-SUPPORT-REDIRECT; Ctrl+Z undoes it', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance', 'Credentialing Software'])]);
  await page.goto(urlOf('gmail/inbox-dock.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const redirect = ruleOf(page, 'DG-SUPPORT-REDIRECT');
  await expect(redirect).toHaveAttribute('data-state', 'info');
  const body = messageBody(gmailCompose(page, WELCOME));
  const before = await linesOf(body);

  await caretAfter(page, body, 'Looking forward to working with you!');
  await page.keyboard.press('Enter');
  await actionOf(page, 'DG-SUPPORT-REDIRECT', 'insert-support-snippet').click();

  const after = await linesOf(body);
  const at = after.indexOf('Looking forward to working with you!');
  expect(after[at + 1]).toMatch(/^As your Customer Success Manager \(CSM\), I am here to make sure/);
  expect(after.slice(at + 1)).toEqual(expect.arrayContaining(['Email: support@medtrainer.com', 'Phone: 844.596.6553', 'Visit: https://support.medtrainer.com/']));
  // The snippet ends where the signature starts.
  expect(after[after.indexOf('Visit: https://support.medtrainer.com/') + 1]).toBe('--');
  await expect(redirect).toHaveAttribute('data-state', 'done');

  await page.keyboard.press('Control+z');
  await expect.poll(() => linesOf(body)).toEqual(before);
  await expect(redirect).toHaveAttribute('data-state', 'info');
});

test('insert-open-forum writes the next first-Thursday open forum for an SMB account; Ctrl+Z undoes it', async ({ page, context }) => {
  await seedProfiles(context, [
    { accountId: LAKESIDE.accountId, name: LAKESIDE.name, contact: LAKESIDE.contact, level: 'Basic', products: ['Learning', 'Compliance'], segment: 'Digital', subtypes: ['SMB'] },
  ]);
  await page.goto(urlOf('gmail/fullscreen-compose.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', LAKESIDE.accountId);
  const body = messageBody(gmailCompose(page, "Welcome to MedTrainer! Let's get Lakeside Dental started"));
  const before = await linesOf(body);
  const today = isoDay(0);
  const forum = nextOpenForum(today);
  await expect(ruleOf(page, 'SMB-OPEN-FORUMS')).toContainText(`Next Compliance Open Forum: ${forum}`);

  await caretAfter(page, body, 'and fill in the Onboarding Survey before we meet.');
  await page.keyboard.press('Enter');
  await actionOf(page, 'SMB-OPEN-FORUMS', 'insert-open-forum').click();
  const after = await linesOf(body);
  expect(after[after.indexOf('and fill in the Onboarding Survey before we meet.') + 1]).toBe(
    `You are welcome to join our Compliance Open Forums: 30-minute compliance discussions with peers, plus Q&A, held every first Thursday of the month. The next one is on ${forum}; the invitation will arrive by email.`,
  );

  await page.keyboard.press('Control+z');
  await expect.poll(() => linesOf(body)).toEqual(before);
});
