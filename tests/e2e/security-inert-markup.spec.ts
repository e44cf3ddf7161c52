/**
 * Text a host page shows is rendered as text. An org whose account is named with markup and
 * script, and a Gmail subject carrying an <img onerror>, are shown literally in the sidebar: no
 * element is created from them, no handler runs, no dialog opens — in the sidebar or anywhere.
 *
 * The fixtures are served as they are, with the account's name (tests/fixtures/salesforce/
 * records.js) or the subject (gmail/fullscreen-compose.html) swapped for the payload on the way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES_DIR } from './fixture-server';
import { launchSession, openRecord, readAll, sidebarOf, SUNRISE_ID, URLS, watchErrors, type Session } from './reliability-support';

test.describe.configure({ mode: 'serial' });

/** Markup a page could show as an account name (no single quote: it is spliced into records.js). */
const NAME = 'Sunrise <img src=x onerror=alert(document.domain) class=csm-pwn><script class=csm-pwn>window.__csmPwned=1</script><b class=csm-pwn>Family</b> Clinic';
const SUBJECT = `Welcome to MedTrainer! <img src=x onerror=alert(2) class=csm-pwn><svg onload=alert(3) class=csm-pwn></svg>`;

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

/** Fails the test on any dialog, and counts what the payload could have created or run. */
function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const created = () =>
    page.evaluate(() => {
      const guide = document.querySelector('csm-guide')?.shadowRoot;
      return {
        inSidebar: guide ? guide.querySelectorAll('.csm-pwn, img, script, [onerror], [onload]').length : -1,
        inPage: document.querySelectorAll('.csm-pwn').length,
        ran: (window as unknown as { __csmPwned?: number }).__csmPwned ?? 0,
      };
    });
  return { dialogs, created };
}

test('an account named with markup and script is shown as text on every Salesforce page', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  const { dialogs, created } = guard(page);
  const records = readFileSync(path.join(FIXTURES_DIR, 'salesforce/records.js'), 'utf8').replaceAll('Sunrise Family Clinic', NAME);
  expect(records).toContain(NAME);
  await page.route('**/__fixtures__/salesforce/records.js', (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: records }));

  for (const url of [URLS.account, URLS.opportunity, URLS.onboarding]) {
    await openRecord(page, url);
    await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
    // The account header shows the name exactly as the page does, markup and all, as text.
    await expect(sidebarOf(page)).toContainText(NAME);
    expect(await created()).toEqual({ inSidebar: 0, inPage: 0, ran: 0 });
  }
  // It was learned as the account's name, as text.
  const stored = await readAll(s);
  const profile = (stored.local.profiles as Record<string, { facts: { accountName: { value: string } } }>)[SUNRISE_ID];
  expect(profile?.facts.accountName.value).toBe(NAME);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a Gmail subject carrying markup is shown as text in the sidebar', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  const { dialogs, created } = guard(page);
  const file = 'gmail/fullscreen-compose.html';
  const original = readFileSync(path.join(FIXTURES_DIR, file), 'utf8');
  const subject = "Welcome to MedTrainer! Let's get Lakeside Dental started";
  const escaped = SUBJECT.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const html = original.replaceAll(`value="${subject}"`, `value="${escaped}"`);
  expect(html).not.toBe(original);
  await page.route('https://mail.google.com/mail/u/2/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));

  await page.goto('https://mail.google.com/mail/u/2/#inbox?compose=new');
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'gmail.compose');
  await expect(sidebarOf(page)).toContainText(SUBJECT);
  expect(await created()).toEqual({ inSidebar: 0, inPage: 0, ran: 0 });
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
