/**
 * Issue 23, item 8 on Salesforce record pages: what MT-CS-007's SMB adoption meeting leaves behind
 * (SMB-ADOPTION-ARTEFACTS) — nothing due before the meeting is ticked held; then the checklist PDF
 * (a tick) due that day, Adoption Notes read on the Opportunity, and the Account's Reference fields
 * asked only once the CSM ticks that the admin agreed. Dates are relative to the day the suite runs.
 */
import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openLightning, setField, SUNRISE_ID, URLS } from './support/lightning';
import { action, expectPage, expectRule, rule } from './support/sidebar';

test.describe.configure({ mode: 'serial' });

const ID = 'SMB-ADOPTION-ARTEFACTS';
const line = (page: ExtensionSession['page'], key: string) => rule(page, ID).locator(`[data-detail="${key}"]`);

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchExtension();
  // The Account teaches the subtype (SMB), the Opportunity the products.
  await openLightning(s.page, URLS.account);
  await expectPage(s.page, 'sf.account', SUNRISE_ID);
});
test.afterAll(async () => {
  await s?.close();
});

test('on the Opportunity before the meeting: each artefact named, empty Adoption Notes not flagged', async () => {
  const { page } = s;
  await openLightning(page, URLS.opportunity);
  await expectPage(page, 'sf.opportunity', SUNRISE_ID);
  await expectRule(page, ID, 'todo', 'After the SMB adoption meeting');
  await expect(line(page, 'adoption-notes')).toHaveAttribute('data-detail-state', 'todo');
  await expect(line(page, `${ID}:checklist`)).toContainText('right after the meeting');
  await expect(line(page, 'reference-fields')).toHaveCount(0);
  // SMB-ADOPTION-60 names them too.
  await expect(rule(page, 'SMB-ADOPTION-60').locator('[data-detail="adoption-notes"]')).toContainText('Adoption Notes in the Opportunity');
});

test('the meeting ticked held: the checklist upload is due today, then the notes; filled, it is done', async () => {
  const { page } = s;
  await action(page, 'SMB-ADOPTION-60', 'toggle-done').click();
  await expectRule(page, ID, 'warn', 'Due today: upload the SMB Adoption Checklist PDF');
  await expect(line(page, 'adoption-notes')).toContainText('Adoption Notes in the Opportunity: empty · by');
  await line(page, `${ID}:checklist`).locator('[data-action="toggle-done"]').click();
  await expectRule(page, ID, 'todo', 'add Adoption Notes in the Opportunity');
  await setField(page, 'Adoption Notes', 'Engagement increasing: Learning used weekly. Agreed to be a reference.');
  await expect(line(page, 'adoption-notes')).toHaveAttribute('data-detail-state', 'done');
  await expectRule(page, ID, 'done', 'Adoption artefacts in place');
});

test('the admin agreed to be a reference: the Reference fields are asked, and checked on the Account', async () => {
  const { page } = s;
  await line(page, `${ID}:reference-agreed`).locator('[data-action="toggle-done"]').click();
  await expect(line(page, 'reference-fields')).toContainText('unknown until the Account is opened');
  await expectRule(page, ID, 'todo', 'Open the Account (Reference fields)');
  await openLightning(page, URLS.account);
  await expectPage(page, 'sf.account', SUNRISE_ID);
  await expect(line(page, 'reference-fields')).toHaveAttribute('data-detail-state', 'todo');
  await expectRule(page, ID, 'todo', 'update the Reference fields on the Account');
  await setField(page, 'Reference', 'true');
  await setField(page, 'Reference Notes', 'Happy to talk to prospects about Learning.');
  await expect(line(page, 'reference-fields')).toHaveAttribute('data-detail-state', 'done');
});
