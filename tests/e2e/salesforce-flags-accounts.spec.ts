/**
 * Flags on the Opportunity and the Account (MT-CS-001 and classification): each
 * appears, naming its field, when the page shows the field empty or wrong, and clears when the
 * field is filled the way Lightning re-renders it after an inline edit.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openLightning, setField, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
});
test.afterAll(async () => {
  await s?.close();
});

test('Opportunity: an empty Service Level and an empty CSM field are flagged, and clear once filled', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity, {
    set: { 'Service Level': '', 'Customer Onboarding Manager (NEW)': '' },
  });
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expectRule(page, 'CSO-SERVICE-LEVEL', 'error', '"Service Level" is empty');
  await expectRule(page, 'CSO-OPP-CSM-FIELDS', 'error', '"Customer Onboarding Manager (NEW)"');
  await expect(rule(page, 'CSO-OPP-CSM-FIELDS')).not.toContainText('"Customer Success Manager (NEW)"');

  await setField(page, 'Service Level', 'Standard');
  await expectRule(page, 'CSO-SERVICE-LEVEL', 'done', '"Service Level" is Standard');
  await expectRule(page, 'CSO-OPP-CSM-FIELDS', 'error');

  await setField(page, 'Customer Onboarding Manager (NEW)', 'Priya Natarajan');
  await expectRule(page, 'CSO-OPP-CSM-FIELDS', 'done');
});

test('Opportunity: a service level outside the SOP tiers is flagged by name', async () => {
  const { page } = s;
  await setField(page, 'Service Level', 'Gold');
  await expectRule(page, 'CSO-SERVICE-LEVEL', 'error', '"Service Level" is "Gold"');
  await setField(page, 'Service Level', 'Standard');
  await expectRule(page, 'CSO-SERVICE-LEVEL', 'done');
});

test('Account: CSM fields, system codes, segmentation and the SMB flat rate are flagged, and clear', async () => {
  const { page } = s;
  // The Opportunity above taught the profile the service level (Standard): an SMB account with
  // Standard service is Core, so "Digital" in CS Segmentation disagrees.
  await openLightning(page, URLS.account, {
    set: { 'Customer Success Manager Leader': '', 'LMS Id Company': '', 'Recurly Billing URL': '', MRR: '$250.00' },
  });
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expectRule(page, 'CSO-ACCOUNT-CSM-FIELDS', 'error', '"Customer Success Manager Leader"');
  await expectRule(page, 'CSO-SYSTEM-CODES', 'warn', /"LMS Id Company" and "Recurly Billing URL"/);
  await expectRule(page, 'CLS-SEGMENT-MISMATCH', 'error', '"CS Segmentation"');
  await expectRule(page, 'CLS-SMB', 'warn', '$250');

  await setField(page, 'Customer Success Manager Leader', 'Daniel Reyes');
  // Filled; what is left is the "checked who is OOO" tick, CS Operations' step: information for a CSM.
  await expectRule(page, 'CSO-ACCOUNT-CSM-FIELDS', 'info', 'All filled. Checking who is OOO or unavailable before assigning the CSM: CS Operations does this.');
  await action(page, 'CSO-ACCOUNT-CSM-FIELDS', 'toggle-done').click();
  await expectRule(page, 'CSO-ACCOUNT-CSM-FIELDS', 'done');

  await setField(page, 'LMS Id Company', '48213');
  await expectRule(page, 'CSO-SYSTEM-CODES', 'warn', '"Recurly Billing URL"');
  await expect(rule(page, 'CSO-SYSTEM-CODES').locator('.csm-item__message')).not.toContainText('LMS Id Company');
  await setField(page, 'Recurly Billing URL', 'https://medtrainer.recurly.com/accounts/sunrise-family-clinic-48213');
  await expectRule(page, 'CSO-SYSTEM-CODES', 'done');

  await setField(page, 'CS Segmentation', 'Core');
  await expectRule(page, 'CLS-SEGMENT-MISMATCH', 'done', '"CS Segmentation" (Core) matches');

  await setField(page, 'MRR', '$450.00');
  await expectRule(page, 'CLS-SMB', 'info', '$450.00');
});
