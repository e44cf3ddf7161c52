/**
 * OB-ROSTERS on the Gmail welcome email (the inbox dock's first window carries the Outreach
 * template's five rosters): for each service level and product combination the flag names the
 * attachments to delete, and clears as the CSM removes the chips; with the tier unknown it names
 * the missing fact instead of guessing. The list is MT-CS-002's (Core, Strategic and SMB accounts): a
 * plain Digital account's Day-1 welcome (MT-CS-020) is asked for no roster, only a misfit is named.
 */
import type { Page } from '@playwright/test';
import type { Product, ServiceLevel } from '../../lib/core/model/vocab';
import { expect, test } from './harness';
import { saveScreenshot } from './support/screenshots';
import {
  gmailAttachment,
  gmailCompose,
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

const WELCOME = "Welcome to MedTrainer! Let's get Sunrise Family Clinic started";
const ALWAYS = ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'];
const PAYOR = 'Payor Roster.xlsx';
const VERIFICATION = 'Verification & Documents Roster.xlsx';
const COMBINED = 'Credentialing Information Roster.xlsx';
/** The roster list is MT-CS-002's welcome: a Core account's. */
const CORE = { segment: 'Core' } as const;

interface Case {
  title: string;
  level: ServiceLevel | undefined;
  products: Product[];
  /** The flag's message with all five rosters attached. */
  flag: string;
  /** Attachments the flag names for deletion, each with why. */
  deletions: Array<[file: string, why: string]>;
  /** Once those are removed. */
  fit: string[];
  screenshot?: string;
}

const CASES: Case[] = [
  {
    title: 'Basic with Credentialing Software: delete the combined roster, keep Payor and Verification',
    level: 'Basic',
    products: ['Learning', 'Compliance', 'Credentialing Software'],
    flag: `Delete the attachment ${COMBINED}.`,
    deletions: [[COMBINED, `Basic accounts get ${PAYOR} and ${VERIFICATION} instead`]],
    fit: [...ALWAYS, PAYOR, VERIFICATION],
  },
  {
    title: 'Standard with Credentialing Software: delete the two Basic rosters',
    level: 'Standard',
    products: ['Learning', 'Compliance', 'Credentialing Software'],
    flag: `Delete the attachments ${PAYOR} and ${VERIFICATION}.`,
    deletions: [
      [PAYOR, `Standard accounts get ${COMBINED} instead`],
      [VERIFICATION, `Standard accounts get ${COMBINED} instead`],
    ],
    fit: [...ALWAYS, COMBINED],
    screenshot: 'gmail-welcome-wrong-roster.png',
  },
  {
    title: 'Premium with Credentialing Software: delete the two Basic rosters',
    level: 'Premium',
    products: ['Compliance', 'Credentialing Software'],
    flag: `Delete the attachments ${PAYOR} and ${VERIFICATION}.`,
    deletions: [
      [PAYOR, `Premium accounts get ${COMBINED} instead`],
      [VERIFICATION, `Premium accounts get ${COMBINED} instead`],
    ],
    fit: [...ALWAYS, COMBINED],
  },
  {
    title: 'no Credentialing Software: delete all three credentialing rosters',
    level: 'Basic',
    products: ['Learning', 'Compliance'],
    flag: `Delete the attachments ${PAYOR}, ${VERIFICATION} and ${COMBINED}.`,
    deletions: [
      [PAYOR, 'no Credentialing Software was bought'],
      [VERIFICATION, 'no Credentialing Software was bought'],
      [COMBINED, 'no Credentialing Software was bought'],
    ],
    fit: [...ALWAYS],
  },
];

async function openWelcome(page: Page) {
  await page.goto(urlOf('gmail/inbox-dock.html'));
  const sidebar = sidebarOf(page);
  await expect(sidebar).toHaveAttribute('data-page-kind', 'gmail.compose');
  await expect(sidebar).toHaveAttribute('data-account-id', SUNRISE.accountId);
  return gmailCompose(page, WELCOME);
}

for (const c of CASES) {
  test(`OB-ROSTERS, ${c.title}`, async ({ page, context }) => {
    const errors = watchErrors(page);
    await seedProfiles(context, [sunriseWith(c.level, c.products, CORE)]);
    const compose = await openWelcome(page);
    const rosters = ruleOf(page, 'OB-ROSTERS');
    await expect(rosters).toHaveAttribute('data-state', 'error');
    await expect(messageOf(rosters)).toHaveText(c.flag);
    for (const [file, why] of c.deletions) {
      const row = rosters.locator(`[data-detail="${file}"]`);
      await expect(row).toHaveAttribute('data-detail-state', 'error');
      await expect(row).toHaveText(new RegExp(`Delete the attachment ${file.replace(/[.&]/g, '\\$&')}: ${why}$`));
    }
    for (const file of c.fit) await expect(rosters.locator(`[data-detail="${file}"]`)).toHaveAttribute('data-detail-state', 'done');

    if (c.screenshot) {
      await gmailAttachment(compose, c.deletions[0]![0]).scrollIntoViewIfNeeded();
      await rosters.scrollIntoViewIfNeeded();
      await saveScreenshot(page, c.screenshot);
    }

    // Removing the chips the flag names clears it, one chip at a time.
    for (const [index, [file]] of c.deletions.entries()) {
      await removeGmailAttachment(compose, file);
      await expect(rosters.locator(`[data-detail="${file}"]`)).toHaveCount(0);
      if (index < c.deletions.length - 1) await expect(rosters).toHaveAttribute('data-state', 'error');
    }
    await expect(rosters).toHaveAttribute('data-state', 'done');
    const listed = c.fit.length > 1 ? `${c.fit.slice(0, -1).join(', ')} and ${c.fit.at(-1)}` : c.fit[0];
    await expect(messageOf(rosters)).toHaveText(`The attachments fit this account: ${listed}.`);
    expect(errors).toEqual([]);
  });
}

test('OB-ROSTERS, service level unknown: no guess, the flag names the fact and where to learn it', async ({ page, context }) => {
  await seedProfiles(context, [sunriseWith(undefined, ['Learning', 'Compliance', 'Credentialing Software'], CORE)]);
  await openWelcome(page);
  const rosters = ruleOf(page, 'OB-ROSTERS');
  await expect(rosters).toHaveAttribute('data-state', 'info');
  await expect(messageOf(rosters)).toHaveText(
    "The rosters every welcome email carries are attached. Can't check the credentialing rosters yet: Open the Salesforce Opportunity to learn the service level.",
  );
  for (const file of [PAYOR, VERIFICATION, COMBINED]) {
    await expect(rosters.locator(`[data-detail="${file}"]`)).toContainText(`${file}: keep it or delete it once the account is known`);
  }
});

test('OB-ROSTERS, products unknown: a Standard account still must not get the Basic rosters', async ({ page, context }) => {
  await seedProfiles(context, [{ ...sunriseWith('Standard', [], CORE), products: undefined }]);
  await openWelcome(page);
  const rosters = ruleOf(page, 'OB-ROSTERS');
  await expect(rosters).toHaveAttribute('data-state', 'error');
  await expect(messageOf(rosters)).toHaveText(
    `Delete the attachments ${PAYOR} and ${VERIFICATION}. Can't check the credentialing rosters yet: Open the Salesforce Opportunity to learn the products.`,
  );
});

test('OB-ROSTERS, plain Digital account: no roster is demanded, a roster that does not fit is still named for deletion', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedProfiles(context, [sunriseWith('Basic', ['Learning', 'Compliance'], { segment: 'Digital', subtypes: [] })]);
  const compose = await openWelcome(page);
  const rosters = ruleOf(page, 'OB-ROSTERS');
  await expect(rosters).toHaveAttribute('data-state', 'error');
  await expect(messageOf(rosters)).toHaveText(`Delete the attachments ${PAYOR}, ${VERIFICATION} and ${COMBINED}.`);
  await expect(rosters.locator(`[data-detail="${PAYOR}"]`)).toContainText(`Delete the attachment ${PAYOR}: no Credentialing Software was bought`);
  for (const file of [PAYOR, VERIFICATION, COMBINED]) await removeGmailAttachment(compose, file);
  await expect(rosters).toHaveAttribute('data-state', 'done');
  // An always-roster removed too: MT-CS-020's Day-1 welcome does not ask for it, so no flag.
  await removeGmailAttachment(compose, ALWAYS[1]!);
  await expect(rosters).toHaveAttribute('data-state', 'done');
  await expect(messageOf(rosters)).toHaveText(
    "No roster is required: a plain Digital account's Day-1 welcome (MT-CS-020) asks for no rosters. The ones attached fit the account.",
  );
  await expect(rosters.locator(`[data-detail="${ALWAYS[1]}"]`)).toHaveCount(0);
  // Nor is the KYC part asked there.
  await expect(ruleOf(page, 'OB-REMINDER-EMAIL')).toHaveAttribute('data-state', 'na');
  expect(errors).toEqual([]);
});
