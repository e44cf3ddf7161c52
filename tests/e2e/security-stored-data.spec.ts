/**
 * Nothing is stored beyond IDs, names of accounts and of the people working them, dates, rule
 * states and the profile's classification facts; the primary contact only as a hash and a domain. A CSM's session — the Salesforce record pages, the pre-signup
 * form, Gmail composes (one kind chosen by hand), Outreach, a tick, settings saved — runs on the
 * fixture pages; then everything in chrome.storage is walked against the allowlist of
 * tests/unit/security/stored-privacy.ts, and the free text those pages showed (email subjects
 * and bodies, the Case's description, the Opportunity's notes, an escalation entry, links) is
 * looked for in every stored string.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseOption } from './support/sidebar';
import { expect, test } from '@playwright/test';
import { privacyViolations, storedStrings } from '../unit/security/stored-privacy';
import { FIXTURES_DIR } from './fixture-server';
import { launchSession, openRecord, readAll, sidebarOf, URLS, watchErrors, type Session } from './reliability-support';
import { saveSettings } from './support/extension';

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

/** Free text the session's pages show, which must never reach storage. */
const CANARIES = [
  'Customer called asking to cancel', // the escalation Case's Description
  'Offer a 30-day pause', // its Escalation Directives entry
  'Cancelation Request', // its Subject
  'Two clinic locations', // the Opportunity's Additional Notes
  'Admin prefers calls after 2 PM',
  "Let's get Lakeside Dental started", // a Gmail subject
  'I am your Customer Success Manager and will guide you', // a Gmail body
  'calendly.com', // a link in that body
  'forms.gle',
  // The Opportunity's primary contact: profiles keep only the address's SHA-256 and domain (issue 14).
  'Jordan Avery',
  'jordan.avery@',
];

test('a session stores only what the allowlist permits, and none of the free text the pages showed', async () => {
  test.setTimeout(120_000);
  // The canaries are really on the pages the session visits (else this test proves nothing).
  const pages = ['salesforce/records.js', 'gmail/fullscreen-compose.html'].map((f) => readFileSync(path.join(FIXTURES_DIR, f), 'utf8')).join('\n');
  for (const canary of CANARIES) expect(pages.replaceAll('&#39;', "'")).toContain(canary);

  const page = await s.context.newPage();
  const errors = watchErrors(page);
  for (const url of [URLS.account, URLS.opportunity, URLS.onboarding, URLS.escalationCase]) await openRecord(page, url);
  // A tick by hand, on the Case page.
  const toggle = sidebarOf(page).locator('[data-action="toggle-done"]').first();
  await toggle.click();
  await expect.poll(async () => ((await readAll(s)).local.events as unknown[] | undefined)?.length ?? 0).toBe(1);

  await page.goto(URLS.presignup);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'mt.presignup');

  await page.goto('https://mail.google.com/mail/u/2/#inbox?compose=new');
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'gmail.compose');
  // The CSM says which SOP email this is: a thread choice is stored.
  await chooseOption(sidebarOf(page).getByLabel(/This email is/), 'recap');
  await expect.poll(async () => Object.keys(((await readAll(s)).local.threads ?? {}) as object).length).toBe(1);
  await page.goto('https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmhNvBrLZpqTkcHfWxgR');
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'gmail.compose');

  await page.goto('https://web.outreach.io/prospects/12345/overview');
  await expect(sidebarOf(page).locator('[data-rule]').first()).toBeAttached();

  // Settings as the options page saves them (only extension pages may).
  await saveSettings(s, { userName: 'Maria Lopez', initials: 'ML', labels: { 'account.csm': 'CSM Owner' } });

  const stored = await readAll(s);
  expect(Object.keys(stored.local)).toEqual(expect.arrayContaining(['events', 'profiles', 'threads']));
  expect(stored.sync.settings).toBeDefined();
  expect(privacyViolations(stored)).toEqual([]);
  expect(stored.local.quarantine ?? []).toEqual([]);
  const text = storedStrings(stored).join('\n');
  for (const canary of CANARIES) expect(text, `"${canary}" was stored`).not.toContain(canary);
  expect(errors).toEqual([]);
});
