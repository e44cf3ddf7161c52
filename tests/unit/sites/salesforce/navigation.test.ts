// @vitest-environment happy-dom
/**
 * Lightning is a single-page app: earlier record pages stay in the DOM, hidden, each in its own
 * div.oneContent. collect() must read only the URL's record, and say "not ready" while the
 * active container still shows another record.
 */
import { describe, expect, test } from 'vitest';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { RECORDS } from '../../../fixtures/salesforce/records.js';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

const collectAt = (href: string) => {
  const url = new URL(href);
  const match = salesforceAdapter.detect(url, DEFAULT_TEST_SETTINGS)!;
  return salesforceAdapter.collect(document, url, match, DEFAULT_TEST_SETTINGS)[0]!;
};

describe.each(SHADOW_MODES)('SPA navigation, %s shadow', (shadow) => {
  test('the earlier record stays hidden and is ignored', async () => {
    const page = await openFixture(row('salesforce/account.html'), { shadow });
    const sim = await page.rendered;
    await sim.navigate(RECORDS.opportunity);

    expect(location.pathname).toBe('/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view');
    const contents = Array.from(document.querySelectorAll('div.oneContent'));
    expect(contents).toHaveLength(2);
    expect(contents.map((c) => c.classList.contains('active'))).toEqual([false, true]);

    const facts = collectAt(location.href);
    expect(facts.kind).toBe('sf.opportunity');
    expect(facts.ready).toBe(true);
    expect(facts.fields['opp.name']).toEqual({ status: 'ok', label: 'Opportunity Name', value: 'Sunrise Family Clinic - New Business' });
    // "User Count" and "MRR" exist on both pages; the hidden Account must not leak in.
    expect(facts.fields['opp.userCount']).toEqual({ status: 'ok', label: 'User Count', value: 18 });
  });

  test('same object, another record: reads the new Account, not the hidden first one', async () => {
    const page = await openFixture(row('salesforce/account.html'), { shadow });
    const sim = await page.rendered;
    await sim.navigate(RECORDS.accountLakeside);
    const facts = collectAt(location.href);
    expect(facts.recordId).toBe('001Hs00003LkP7bIAF');
    expect(facts.accountId).toBe('001Hs00003LkP7bIAF');
    expect(facts.fields['account.name']).toEqual({ status: 'ok', label: 'Account Name', value: 'Lakeside Pediatrics' });
    expect(facts.fields['account.mrr']).toEqual({ status: 'ok', label: 'MRR', value: 1320.5 });
  });

  test('URL already changed but the active container is still the old record → not ready', async () => {
    const page = await openFixture(row('salesforce/account.html'), { shadow });
    await page.rendered;
    history.pushState({}, '', '/lightning/r/Account/001Hs00003LkP7bIAF/view');
    const facts = collectAt(location.href);
    expect(facts.ready).toBe(false);
    expect(facts.fields['account.name']).toEqual({ status: 'missing', label: 'Account Name', reason: 'not-rendered' });
    // The observation root is the app container, where the right record will appear.
    const match = salesforceAdapter.detect(new URL(location.href), DEFAULT_TEST_SETTINGS)!;
    expect(salesforceAdapter.observeRoots(document, match)).toEqual([document.querySelector('div.navexDesktopLayoutContainer')]);
  });

  test('clicking a lookup navigates without reload; going back re-activates the kept page', async () => {
    const page = await openFixture(row('salesforce/opportunity.html'), { shadow });
    await page.rendered;
    const before = collectAt(location.href);
    expect(before.accountId).toBe('001Hs00003KxQ2aIAF');

    // The Account Name lookup's link: force-lookup >> records-hoverable-link >> a[data-recordid]
    const { deepQueryAll } = await import('../../../../lib/dom/deep-query');
    const link = deepQueryAll<HTMLAnchorElement>(document, 'a[data-recordid="001Hs00003KxQ2aIAF"]')[0]!;
    link.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(location.pathname).toBe('/lightning/r/Account/001Hs00003KxQ2aIAF/view');
    expect(collectAt(location.href).fields['account.name']).toEqual({ status: 'ok', label: 'Account Name', value: 'Sunrise Family Clinic' });

    const sim = await page.rendered;
    await sim.showRecord(RECORDS.opportunity);
    history.pushState({}, '', '/lightning/r/Opportunity/006Hs00001Bq7ZrIAJ/view');
    expect(document.querySelectorAll('div.oneContent')).toHaveLength(2);
    expect(collectAt(location.href).fields['opp.stage']).toEqual({ status: 'ok', label: 'Stage', value: 'Closed Won' });
  });
});
