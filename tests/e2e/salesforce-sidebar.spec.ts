/**
 * The sidebar on Salesforce pages, in Debian Chromium with the built extension, on fixture pages
 * served at the real host names.
 */
import { expect, test } from './harness';

const SF = 'https://acme.lightning.force.com';
const OPPORTUNITY = `${SF}/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view`;

test('the Opportunity page shows its checklist with the rule hooks', async ({ page }) => {
  await page.goto(OPPORTUNITY);
  const sidebar = page.locator('csm-guide [data-testid="csm-guide-sidebar"]');
  await expect(sidebar).toHaveAttribute('data-page-kind', 'sf.opportunity');
  await expect(sidebar).toHaveAttribute('data-account-id', /^001[A-Za-z0-9]{15}$/);
  await expect(sidebar.locator('[data-rule="CSO-SERVICE-LEVEL"]')).toHaveCount(1);
  await page.screenshot({ path: 'tests/e2e/artifacts/opportunity-sidebar.png' });
});
