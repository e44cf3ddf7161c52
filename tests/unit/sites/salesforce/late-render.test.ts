// @vitest-environment happy-dom
/**
 * Lightning paints a spinner first and the record layout later. Until a field has rendered,
 * collect() says ready:false and calls nothing missing; the batched observer on the adapter's
 * roots then reports the change once, and the next collect() has the values.
 */
import { describe, expect, test } from 'vitest';
import { observeBatched } from '../../../../lib/dom/observe';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

describe.each(SHADOW_MODES)('late rendering, %s shadow', (shadow) => {
  test('spinner → ready:false with nothing missing; layout → one batched change → facts', async () => {
    const page = await openFixture(row('salesforce/onboarding-late.html'), { shadow, delay: 40, wait: false });
    expect(document.querySelector('div.oneContent.active [data-sim-spinner]')).not.toBeNull();

    const early = page.collect();
    expect(early.ready).toBe(false);
    expect(early.recordId).toBe('a0FHs000009Lm3TMAS');
    expect(Object.values(early.fields).every((f) => f.status === 'missing' && f.reason === 'not-rendered')).toBe(true);
    expect(early.fields['ob.callScheduledFor']).toEqual({ status: 'missing', label: 'Onboarding Call Scheduled For', reason: 'not-rendered' });

    const roots = salesforceAdapter.observeRoots(document, page.match);
    const controller = new AbortController();
    let changes = 0;
    const changed = new Promise<void>((resolve) =>
      observeBatched(roots, () => {
        changes += 1;
        resolve();
      }, controller.signal),
    );
    await page.rendered;
    await changed;
    controller.abort();
    expect(changes).toBe(1);

    const late = page.collect();
    expect(late.ready).toBe(true);
    expect(late.fields['ob.callScheduledFor']).toEqual({ status: 'ok', label: 'Onboarding Call Scheduled For', value: '2026-12-02' });
    expect(late.fields['ob.completed']).toEqual({ status: 'ok', label: 'Onboarding completed', value: false });
  });

  test('before the app shell exists the app container (or body) is observed', async () => {
    document.body.replaceChildren();
    const match = { kind: 'sf.account' as const, objectApiName: 'Account', recordId: '001Hs00003KxQ2aIAF' };
    expect(salesforceAdapter.observeRoots(document, match)).toEqual([document.body]);
    const url = new URL('https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view');
    const [facts] = salesforceAdapter.collect(document, url, match, { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' });
    expect(facts!.ready).toBe(false);
    expect(facts!.accountId).toBe('001Hs00003KxQ2aIAF');
  });
});
