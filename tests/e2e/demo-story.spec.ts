/**
 * The demo tells one story (issue 13, item 6): the tour `npm run demo` takes (scripts/demo-tour.ts)
 * visits one clinic's Salesforce pages and then its emails; the Gmail and Outreach pages recognise
 * the clinic from what the Salesforce pages taught (its primary contact's domain) and show its
 * checks, instead of "Account not known yet".
 */
import { DEMO_ACCOUNT_ID, TOUR } from '../../scripts/demo-tour';
import { expect, test } from './harness';
import { rule, sidebar } from './support/sidebar';

test('the demo tour: the email pages recognise the clinic the Salesforce pages showed, with its roster and Support checks', async ({ context }) => {
  test.setTimeout(120_000);
  for (const stop of TOUR) {
    const page = await context.newPage();
    await page.goto(stop.url);
    await expect(sidebar(page), stop.name).toHaveAttribute('data-page-kind', stop.kind);
    if (stop.recognised) await expect(sidebar(page), `${stop.name} knows the clinic`).toHaveAttribute('data-account-id', DEMO_ACCOUNT_ID);
    if (stop.name === 'gmail') {
      // The welcome email's roster check and the Support redirect are about this clinic.
      await expect(rule(page, 'OB-ROSTERS')).toBeAttached();
      await expect(sidebar(page).locator('[data-notice="account-unknown"]')).toHaveCount(0);
    }
    await page.close();
  }
});
