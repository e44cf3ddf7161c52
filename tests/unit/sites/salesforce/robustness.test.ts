// @vitest-environment happy-dom
/**
 * collect() and fill() run inside the host page: whatever the page does under them, they must
 * not throw. A node replaced while being read is reported as unreadable, not as a value.
 */
import { describe, expect, test } from 'vitest';
import { deepQuery } from '../../../../lib/dom/deep-query';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

const item = (label: string) => deepQuery<HTMLElement>(document, `records-record-layout-item[field-label="${label}"]`)!;

describe.each(SHADOW_MODES)('robustness, %s shadow', (shadow) => {
  test('an item removed while its value is read → unreadable; the other fields still read', async () => {
    const page = await openFixture(row('salesforce/onboarding.html'), { shadow });
    const learning = item('Learning');
    const box = deepQuery<HTMLInputElement>(learning, 'input[type=checkbox]')!;
    // Lightning re-rendering the item in the middle of the read.
    Object.defineProperty(box, 'checked', {
      configurable: true,
      get() {
        learning.remove();
        return true;
      },
    });
    const facts = page.collect();
    expect(facts.ready).toBe(true);
    expect(facts.fields['ob.learning']).toEqual({ status: 'missing', label: 'Learning', reason: 'unreadable' });
    expect(facts.fields['ob.compliance']).toEqual({ status: 'ok', label: 'Compliance', value: true });
  });

  test('a getter that throws mid-read → unreadable, no exception', async () => {
    const page = await openFixture(row('salesforce/onboarding.html'), { shadow });
    const box = deepQuery<HTMLInputElement>(item('Exclusions'), 'input[type=checkbox]')!;
    Object.defineProperty(box, 'checked', {
      configurable: true,
      get() {
        throw new Error('detached');
      },
    });
    expect(page.collect().fields['ob.exclusions']).toEqual({ status: 'missing', label: 'Exclusions', reason: 'unreadable' });
  });

  test('text that does not parse as its type is unreadable, never guessed', async () => {
    const page = await openFixture(row('salesforce/account.html'), { shadow });
    const number = deepQuery(item('User Count'), 'lightning-formatted-number')!;
    (number.shadowRoot ?? number).replaceChildren(document.createTextNode('about 20'));
    expect(page.collect().fields['account.userCount']).toEqual({ status: 'missing', label: 'User Count', reason: 'unreadable' });
  });

  test('fill reports a control that does not keep the value', async () => {
    await openFixture(row('salesforce/case-new.html', '012Hs000000Esc1IAC'), { shadow });
    const input = deepQuery<HTMLInputElement>(item('Subject'), 'input')!;
    // A component that rejects input: its own property always reads back empty.
    Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: () => undefined });
    const result = salesforceAdapter.fill(document, { op: 'set-field', url: location.href, field: 'case.subject', value: 'x' }, DEFAULT_TEST_SETTINGS);
    expect(result).toEqual({ ok: false, message: 'Salesforce did not accept the value for "Subject".' });
  });

  test('fill never throws, even when the control explodes', async () => {
    await openFixture(row('salesforce/case-new.html', '012Hs000000Esc1IAC'), { shadow });
    const input = deepQuery<HTMLInputElement>(item('Subject'), 'input')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = salesforceAdapter.fill(document, { op: 'set-field', url: location.href, field: 'case.subject', value: 'x' }, DEFAULT_TEST_SETTINGS);
    expect(result).toEqual({ ok: false, message: 'Could not fill the field: the page changed while writing. Nothing was saved.' });
  });
});

test('an empty or foreign document yields not-ready facts', () => {
  document.body.replaceChildren();
  document.body.innerHTML = '<div class="oneContent active"><p>Something else</p></div>';
  const url = new URL('https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/view');
  const match = salesforceAdapter.detect(url, DEFAULT_TEST_SETTINGS)!;
  const [facts] = salesforceAdapter.collect(document, url, match, DEFAULT_TEST_SETTINGS);
  expect(facts!.ready).toBe(false);
  expect(facts!.fields['case.subject']).toEqual({ status: 'missing', label: 'Subject', reason: 'not-rendered' });
});
