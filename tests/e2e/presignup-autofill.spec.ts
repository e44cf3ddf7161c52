/**
 * The MedTrainer pre-signup form (CS Operations, MT-CS-001), with the built extension:
 * - fill-billing-start (CSO-BILLING-START): the contract's billing start, learned on the
 *   Opportunity earlier in the same browser, + 15 calendar days, written into the form;
 * - the taken-admin-email helper (CSO-ADMIN-EMAIL-TAKEN): both SOP addresses, and the
 *   `name+1@domain` one written into the form;
 * - the SOP's own `name+1@domain` / `nameDONOTUSE@domain` for the primary contact counts as the
 *   contact's address (CSO-PRESIGNUP-FIELDS, CSO-ADMIN-EMAIL-TAKEN).
 * The form is never submitted (the fixture counts submissions).
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { isoDay, openLightning, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

const submissions = async (page: ExtensionSession['page']) => Number((await page.locator('body').getAttribute('data-fixture-submits')) ?? 0);
const formDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
};

test('fill-billing-start: the Opportunity taught the contract date; the form gets it + 15 days', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity, { set: { 'Billing Start Date': '{today+5}' } });
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expect(action(page, 'CSO-BILLING-START', 'copy-text')).toHaveCount(1);

  await page.goto(URLS.presignup);
  await expectPage(page, 'mt.presignup');
  await page.getByRole('main').getByLabel('Account ID').fill(SUNRISE_ID);
  await expectPage(page, 'mt.presignup', SUNRISE_ID);
  const billing = page.getByRole('main').getByLabel('Billing Start date');
  await expectRule(page, 'CSO-BILLING-START', 'todo', '"Billing Start date"');
  await action(page, 'CSO-BILLING-START', 'fill-billing-start').click();
  await expect(billing).toHaveValue(formDate(isoDay(20)));
  await expectRule(page, 'CSO-BILLING-START', 'done');
  expect(await submissions(page)).toBe(0);
});

test('admin email taken: both SOP addresses are offered, and the +1 one is written into the form', async () => {
  const { page } = s;
  const email = page.getByRole('main').getByLabel('Email Address / Username');
  await email.fill('jordan.avery@sunrisefamilyclinic.com');
  const helper = rule(page, 'CSO-ADMIN-EMAIL-TAKEN');
  await expectRule(page, 'CSO-ADMIN-EMAIL-TAKEN', 'info', 'jordan.averyDONOTUSE@sunrisefamilyclinic.com');
  await expect(helper.locator('[data-detail="doNotUse"]')).toContainText('jordan.averyDONOTUSE@sunrisefamilyclinic.com');
  await expect(helper.locator('[data-detail="plusOne"]')).toContainText('jordan.avery+1@sunrisefamilyclinic.com');
  await expect(action(page, 'CSO-ADMIN-EMAIL-TAKEN', 'copy-text')).toHaveCount(2);

  await action(page, 'CSO-ADMIN-EMAIL-TAKEN', 'fill-admin-email').click();
  await expect(email).toHaveValue('jordan.avery+1@sunrisefamilyclinic.com');
  expect(await submissions(page)).toBe(0);
});

test('the SOP\'s own +1 / DONOTUSE address for the primary contact is the contact\'s: never "another address"', async () => {
  const { page } = s;
  const email = page.getByRole('main').getByLabel('Email Address / Username');
  const emailDetail = rule(page, 'CSO-PRESIGNUP-FIELDS').locator('[data-detail="signup.email"]');
  // Still the +1 address the previous test filled; the Opportunity taught the contact's address.
  await expect(email).toHaveValue('jordan.avery+1@sunrisefamilyclinic.com');
  await expect(emailDetail).toHaveAttribute('data-detail-state', 'done');
  await expect(emailDetail).toContainText("the primary contact email with the SOP's +1 for an address already taken");
  await expectRule(page, 'CSO-ADMIN-EMAIL-TAKEN', 'info', "jordan.avery+1@sunrisefamilyclinic.com is jordan.avery@sunrisefamilyclinic.com with the SOP's +1.");
  await expect(action(page, 'CSO-ADMIN-EMAIL-TAKEN', 'fill-admin-email')).toHaveCount(0);

  await email.fill('jordan.averyDONOTUSE@sunrisefamilyclinic.com');
  await expect(emailDetail).toContainText("with the SOP's DONOTUSE");
  await expect(emailDetail).toHaveAttribute('data-detail-state', 'done');

  await email.fill('someone.else@sunrisefamilyclinic.com');
  await expect(emailDetail).toHaveAttribute('data-detail-state', 'warn');
  await expect(emailDetail).toContainText('is another address');
  expect(await submissions(page)).toBe(0);
});
