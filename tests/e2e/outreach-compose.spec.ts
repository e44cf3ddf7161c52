/**
 * Outreach: DG-SEQUENCE on the prospect (the admin in the right onboarding sequence for a GameDay
 * or a regular Digital account), and the composer checked like a Gmail compose (rosters, inserts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES_DIR } from './fixture-server';
import { expect, test } from './harness';
import { chooseOption } from './support/sidebar';
import {
  accountPicker,
  actionOf,
  LAKESIDE,
  bodyText,
  messageOf,
  ruleOf,
  seedProfiles,
  sidebarOf,
  storedThreads,
  SUNRISE,
  sunriseWith,
  urlOf,
  watchErrors,
} from './support/compose';

const REGULAR = 'DCSM Account Onboarding and Adoption';
const GAMEDAY = 'Digital Account Adoption (GameDay) Check-In (30 Days After OB Email is Sent)';
/** The prospect fixture shows the admin added to the regular sequence on this day. */
const ADDED = '2026-11-27';

test('DG-SEQUENCE: the admin in the regular sequence is right for a Digital account', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: ADDED })]);
  await page.goto(urlOf('outreach/prospect-in-sequence.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.prospect');
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const sequence = ruleOf(page, 'DG-SEQUENCE');
  await expect(sequence).toHaveAttribute('data-state', 'done');
  await expect(messageOf(sequence)).toHaveText(`The admin is in "${REGULAR}" since Nov 27, 2026.`);
  expect(errors).toEqual([]);
});

test('DG-SEQUENCE: the same sequence is wrong for a GameDay account, and the flag names both sequences', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: ADDED, subtypes: ['GameDay'] })]);
  await page.goto(urlOf('outreach/prospect-in-sequence.html'));
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE.accountId);
  const sequence = ruleOf(page, 'DG-SEQUENCE');
  await expect(sequence).toHaveAttribute('data-state', 'error');
  await expect(messageOf(sequence)).toHaveText(
    `The admin is in "${REGULAR}", but this account is a GameDay account: move them to "${GAMEDAY}".`,
  );
});

test('DG-SEQUENCE: added after the assignment date is a warning', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: '2026-11-24' })]);
  await page.goto(urlOf('outreach/prospect-in-sequence.html'));
  const sequence = ruleOf(page, 'DG-SEQUENCE');
  await expect(sequence).toHaveAttribute('data-state', 'warn');
  await expect(messageOf(sequence)).toHaveText(
    `The admin was added to "${REGULAR}" on Nov 27, 2026, after the assignment date (Nov 24, 2026): the SOP asks for the same day.`,
  );
});

test('DG-SEQUENCE: an "Added" time is read as a day in the CSM\'s zone, never its UTC date', async ({ page, context }) => {
  // Assigned Mon Nov 30; Outreach shows the admin added that evening in Chicago, 03:00 UTC on Dec 1.
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance'], { assignmentDate: '2026-11-30' })]);
  await page.goto(urlOf('outreach/prospect-in-sequence.html'));
  const sequence = ruleOf(page, 'DG-SEQUENCE');
  await expect(messageOf(sequence)).toHaveText(`The admin is in "${REGULAR}" since Nov 27, 2026.`);
  // By its UTC date this would be Dec 1, a day after the assignment (a warning).
  await page.locator('section li p').first().evaluate((caption) => {
    caption.innerHTML = 'Step 1 of 4 · Added <time datetime="2026-12-01T03:00:00.000Z">Nov 30, 2026</time>';
  });
  await expect(sequence).toHaveAttribute('data-state', 'done');
  await expect(messageOf(sequence)).toHaveText(`The admin is in "${REGULAR}" since Nov 30, 2026.`);
});

/** The composer's attachment rows sit under the sidebar: a CSM reaches them with the keyboard too. */
async function removeOutreachAttachment(page: Page, file: string) {
  await page.getByRole('dialog', { name: 'New email' }).getByRole('button', { name: `Remove ${file}` }).focus();
  await page.keyboard.press('Enter');
}

test("the Outreach composer is checked like Gmail's: the roster flag clears as the rosters go, and inserts undo", async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Standard', ['Learning', 'Compliance', 'Credentialing Software'])]);
  await page.goto(urlOf('outreach/prospect-composer.html'));
  const sidebar = sidebarOf(page);
  // The only composer open is what the sidebar is about, before the caret is in it (issue 13).
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');

  // Writing in the composer: the sidebar stays on it.
  const body = page.getByRole('dialog', { name: 'New email' }).getByRole('textbox', { name: 'Email body' });
  await body.getByText('Hi Jane,', { exact: true }).click();
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);

  const rosters = ruleOf(page, 'OB-ROSTERS');
  await expect(rosters).toHaveAttribute('data-state', 'error');
  await expect(messageOf(rosters)).toHaveText('Delete the attachments Payor Roster.xlsx and Verification & Documents Roster.xlsx.');
  // The template's .xlsm copy counts as the combined roster.
  await expect(rosters.locator('[data-detail="Credentialing Information Roster.xlsx"]')).toContainText(
    'Credentialing Information Roster.xlsm is attached',
  );
  await removeOutreachAttachment(page, 'Payor Roster.xlsx');
  await expect(messageOf(rosters)).toHaveText('Delete the attachment Verification & Documents Roster.xlsx.');
  await removeOutreachAttachment(page, 'Verification & Documents Roster.xlsx');
  await expect(rosters).toHaveAttribute('data-state', 'done');
  await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');

  // Training dates at the caret, in Outreach's editor, and Ctrl+Z.
  const before = await bodyText(body);
  await body.getByText('Hi Jane,', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await actionOf(page, 'TR-SCHEDULE', 'insert-training-dates').click();
  await expect.poll(() => bodyText(body)).toMatch(/^Hi Jane,\n+Upcoming training sessions:\n+- Learning \(45 minutes\): Tue, /);
  await page.keyboard.press('Control+z');
  await expect.poll(() => bodyText(body)).not.toContain('Upcoming training sessions:');
  expect((await bodyText(body)).replace(/\n+/g, '\n')).toBe(before.replace(/\n+/g, '\n'));
  expect(errors).toEqual([]);
});

/**
 * Issue 14: Outreach gives its composer no id, and the per-load counter CSM Guide used to key a
 * choice by restarted on every load, so an account chosen for one prospect's email came back on
 * the next composer opened after a reload, whoever it was to.
 */
test("an account chosen on one prospect's composer comes back after a reload there, and never on another prospect's", async ({ page, context }) => {
  const errors = watchErrors(page);
  // Jane's address matches no learned account: the CSM picks one.
  await seedProfiles(context, [
    { accountId: LAKESIDE.accountId, name: LAKESIDE.name, contact: LAKESIDE.contact, level: 'Basic', products: ['Learning'], segment: 'Digital', subtypes: [] },
  ]);
  // The same composer, opened on another prospect (Bob, at another clinic) for the same sequence step.
  const otherProspect = 'https://web.outreach.io/prospects/67890/activity';
  const html = readFileSync(path.join(FIXTURES_DIR, 'outreach/prospect-composer.html'), 'utf8')
    .replaceAll('/prospects/12345/', '/prospects/67890/')
    .replaceAll('jane.doe@sunrisefamilyclinic.com', 'bob.park@northgateclinic.example');
  await page.route(otherProspect, (route) => route.fulfill({ contentType: 'text/html', body: html }));

  const sidebar = sidebarOf(page);
  const writeIn = async () => {
    await page.getByRole('dialog', { name: 'New email' }).getByRole('textbox', { name: 'Email body' }).getByText('Hi Jane,', { exact: true }).click();
    await expect(sidebar).toHaveAttribute('data-page-kind', 'outreach.compose');
  };

  await page.goto(urlOf('outreach/prospect-composer.html'));
  await writeIn();
  await expect(sidebar).not.toHaveAttribute('data-account-id', /.+/);
  await chooseOption(accountPicker(page), { label: LAKESIDE.name });
  await expect(sidebar).toHaveAttribute('data-account-id', LAKESIDE.accountId);
  await expect.poll(async () => Object.keys(await storedThreads(context)).length).toBe(1);

  // The same prospect's composer after a reload: the choice holds.
  await page.reload();
  await writeIn();
  await expect(sidebar).toHaveAttribute('data-account-id', LAKESIDE.accountId);

  // Another prospect's composer: nothing was chosen for it.
  await page.goto(otherProspect);
  await writeIn();
  await expect(accountPicker(page)).toHaveValue('');
  await expect(sidebar).not.toHaveAttribute('data-account-id', /.+/);

  // What is stored says which prospect and step the choice is for, and whom it was made for, as a hash.
  const stored = await storedThreads(context);
  expect(Object.keys(stored)).toEqual(['outreach:prospect-12345:step-4821-2']);
  expect(JSON.stringify(stored)).not.toContain('@');
  expect(errors).toEqual([]);
});
