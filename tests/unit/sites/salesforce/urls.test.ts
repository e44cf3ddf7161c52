/**
 * URL detection (pure): every catalogue URL detects to its own kind and no other, plus the exact
 * PageMatch for each URL shape, hosts and match patterns.
 */
import { describe, expect, test } from 'vitest';
import { canonicalOrgHost, isSalesforceHost, SALESFORCE_MATCHES } from '../../../../lib/sites/salesforce/hosts';
import { backgroundRecordOf, detectSalesforcePage } from '../../../../lib/sites/salesforce/urls';
import { DEFAULT_TEST_SETTINGS, FIXTURE_URLS, settingsFor } from '../../../fixtures/urls';

describe('catalogue', () => {
  test.each(FIXTURE_URLS.map((r) => [r.note, r] as const))('%s', (_note, entry) => {
    const expected = entry.kind?.startsWith('sf.') ? entry.kind : null;
    expect(detectSalesforcePage(new URL(entry.url), settingsFor(entry))?.kind ?? null).toBe(expected);
  });
});

const detect = (url: string) => detectSalesforcePage(new URL(url), DEFAULT_TEST_SETTINGS);

test.each([
  ['https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view', { kind: 'sf.account', objectApiName: 'Account', recordId: '001Hs00003KxQ2aIAF' }],
  ['https://acme.lightning.force.com/lightning/r/001Hs00003KxQ2aIAF/view', { kind: 'sf.account', objectApiName: 'Account', recordId: '001Hs00003KxQ2aIAF' }],
  ['https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Bq7Zr/related/Cases/view', { kind: 'sf.opportunity', objectApiName: 'Opportunity', recordId: '006Hs00001Bq7Zr' }],
  ['https://acme.lightning.force.com/lightning/r/customer_onboarding__c/a0FHs000009Lm3TMAS/view', { kind: 'sf.onboarding', objectApiName: 'customer_onboarding__c', recordId: 'a0FHs000009Lm3TMAS' }],
  ['https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/view', { kind: 'sf.case', objectApiName: 'Case', recordId: '500Hs00001XyZ9QIAV' }],
  ['https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/edit', { kind: 'sf.case.new', objectApiName: 'Case', recordId: '500Hs00001XyZ9QIAV' }],
  ['https://acme.lightning.force.com/lightning/o/Case/new?recordTypeId=012Hs000000Esc1IAC', { kind: 'sf.case.new', objectApiName: 'Case' }],
  ['https://acme--uat.sandbox.lightning.force.com/lightning/r/Case/500Hs00001XyZ9Q/view', { kind: 'sf.case', objectApiName: 'Case', recordId: '500Hs00001XyZ9Q' }],
])('%s', (url, expected) => {
  expect(detect(url)).toEqual(expected);
});

test.each([
  'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/clone',
  'https://acme.lightning.force.com/lightning/r/Account/not-an-id/view',
  'https://acme.lightning.force.com/lightning/r/a0FHs000009Lm3TMAS/view',
  'https://acme.lightning.force.com/lightning/o/Case/list',
  'https://acme.lightning.force.com/one/one.app',
  'https://lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view',
])('no page: %s', (url) => {
  expect(detect(url)).toBeNull();
});

test('backgroundContext names the record a new Case was opened from', () => {
  const url = new URL(FIXTURE_URLS.find((r) => r.url.includes('012Hs000000Esc1IAC'))!.url);
  expect(backgroundRecordOf(url)).toEqual({ objectApiName: 'Account', recordId: '001Hs00003KxQ2aIAF' });
  expect(backgroundRecordOf(new URL('https://acme.lightning.force.com/lightning/o/Case/new?backgroundContext=%2Flightning%2Fr%2F001Hs00003KxQ2aIAF%2Fview'))).toEqual({
    objectApiName: 'Account',
    recordId: '001Hs00003KxQ2aIAF',
  });
  expect(backgroundRecordOf(new URL('https://acme.lightning.force.com/lightning/o/Case/new'))).toBeNull();
});

describe('hosts', () => {
  test.each([
    ['acme.lightning.force.com', true],
    ['acme--uat.sandbox.lightning.force.com', true],
    ['acme.my.salesforce.com', true],
    ['acme--uat.sandbox.my.salesforce.com', true],
    ['ACME.Lightning.Force.com', true],
    ['lightning.force.com', false],
    ['acme.lightning.force.com.evil.example', false],
    ['evillightning.force.com', false],
    ['acme.salesforce.com', false],
    ['acme.force.com', false],
    ['acme.my.salesforce.com:443', true],
    ['acme.my.salesforce.com.', true],
    // Text that only ends like an org: a URL would go to the host before the #, ?, / or @.
    ['evil.com#.my.salesforce.com', false],
    ['evil.com?.my.salesforce.com', false],
    ['evil.com/.lightning.force.com', false],
    ['evil.com\\.my.salesforce.com', false],
    ['user@evil.com:1@x.my.salesforce.com', false],
    ['evil.com .my.salesforce.com', false],
    ['', false],
  ])('%j → %s', (host, expected) => {
    expect(isSalesforceHost(host)).toBe(expected);
  });

  test('match patterns are https-only and name the Salesforce host families', () => {
    expect(SALESFORCE_MATCHES).toEqual([
      'https://*.lightning.force.com/*',
      'https://*.my.salesforce.com/*',
      'https://*.sandbox.lightning.force.com/*',
      'https://*.sandbox.my.salesforce.com/*',
    ]);
  });

  test('one key per org across its hosts', () => {
    expect(canonicalOrgHost('acme.lightning.force.com')).toBe('acme.my.salesforce.com');
    expect(canonicalOrgHost('acme--uat.sandbox.lightning.force.com')).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(canonicalOrgHost('acme.my.salesforce.com')).toBe('acme.my.salesforce.com');
  });
});
