/**
 * Lightning navigates without reloading (history.pushState). WXT announces it from the
 * Navigation API's `navigate` event, before the URL commits — so the loader and the sidebar must
 * take the new URL from the event, not from `location` (npm run bench found the sidebar keeping
 * the previous record's checklist). A move onto a record from a page the loader ignored must load
 * the sidebar; a move between records must show the new one; Back must show the old one again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURES_DIR } from './fixture-server';
import { launchSession, openRecord, sidebarOf, SF, SUNRISE_ID, URLS, watchErrors, type Session } from './reliability-support';

test.describe.configure({ mode: 'serial' });

let s: Session;
test.beforeAll(async () => {
  s = await launchSession();
});
test.afterAll(async () => {
  await s?.close();
});

const OPPORTUNITY_ID = '006Hs00001Bq7ZrIAJ';
const clickRecordLink = (page: import('@playwright/test').Page, recordId: string) =>
  page.evaluate((id) => {
    const link = document.querySelector<HTMLElement>(`.oneContent.active a[data-recordid="${id}"]`);
    link?.click();
    return Boolean(link);
  }, recordId);

test('from one record to another and back, the sidebar follows', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  await openRecord(page, URLS.onboarding);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.onboarding');

  expect(await clickRecordLink(page, OPPORTUNITY_ID)).toBe(true);
  await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\/006Hs00001Bq7ZrIAJ\/view$/);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.opportunity');
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
  await expect(sidebarOf(page).locator('[data-rule="CSO-SERVICE-LEVEL"]')).toHaveCount(1);

  await page.goBack();
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.onboarding');
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
  await expect(page.locator('csm-guide')).toHaveCount(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('from a page the loader ignores onto a record, the sidebar loads', async () => {
  const page = await s.context.newPage();
  const errors = watchErrors(page);
  // Lightning's Home page (not a record: the loader asks for nothing) showing the Onboarding
  // record's layout, with its links to other records, as the app shell would.
  const html = readFileSync(path.join(FIXTURES_DIR, 'salesforce/onboarding.html'), 'utf8');
  await page.route(`${SF}/lightning/page/home`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${SF}/lightning/page/home`);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expect(page.locator('csm-guide')).toHaveCount(0);

  expect(await clickRecordLink(page, OPPORTUNITY_ID)).toBe(true);
  await expect(sidebarOf(page)).toHaveAttribute('data-page-kind', 'sf.opportunity');
  await expect(sidebarOf(page)).toHaveAttribute('data-account-id', SUNRISE_ID);
  expect(errors).toEqual([]);
  await page.close();
});
