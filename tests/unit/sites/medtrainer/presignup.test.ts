// @vitest-environment happy-dom
/**
 * The pre-signup form adapter on its offline model (tests/fixtures/medtrainer/presignup.html):
 * detection, reading every field by label (never by id), filling with events, and refusals.
 */
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';
import type { PageFacts } from '../../../../lib/core/facts/page-facts';
import { medtrainerAdapter, MEDTRAINER_MATCHES } from '../../../../lib/sites/medtrainer/adapter';
import { detectMedtrainerPage } from '../../../../lib/sites/medtrainer/urls';
import type { FillPlan } from '../../../../lib/sites/types';
import { DEFAULT_TEST_SETTINGS, FIXTURE_URLS, settingsFor } from '../../../fixtures/urls';

const FORM_URL = 'https://lms.medtrainer.com/signup/preSign';
const html = readFileSync(fileURLToPath(new NodeURL('../../../fixtures/medtrainer/presignup.html', import.meta.url)), 'utf8');

function loadForm(url = FORM_URL) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
}

const collect = (settings = DEFAULT_TEST_SETTINGS): PageFacts => {
  const url = new URL(location.href);
  const match = medtrainerAdapter.detect(url, settings)!;
  return medtrainerAdapter.collect(document, url, match, settings)[0]!;
};
const fill = (plan: Omit<FillPlan & { op: 'set-field' }, 'url'> & { url?: string }) =>
  medtrainerAdapter.fill(document, { url: location.href, ...plan } as FillPlan, DEFAULT_TEST_SETTINGS);
const byName = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('detection', () => {
  test.each(FIXTURE_URLS.map((r) => [r.note, r] as const))('catalogue: %s', (_note, entry) => {
    expect(detectMedtrainerPage(new URL(entry.url))?.kind ?? null).toBe(entry.kind === 'mt.presignup' ? 'mt.presignup' : null);
    expect(medtrainerAdapter.detect(new URL(entry.url), settingsFor(entry))?.kind ?? null).toBe(entry.kind === 'mt.presignup' ? 'mt.presignup' : null);
  });
  test('match pattern is https, one host, the signup path', () => {
    expect(MEDTRAINER_MATCHES).toEqual(['https://lms.medtrainer.com/signup/*']);
  });
});

describe('collect', () => {
  beforeEach(() => loadForm());

  test('an empty form: every field found and empty', () => {
    expect(collect()).toEqual({
      kind: 'mt.presignup',
      url: FORM_URL,
      host: 'lms.medtrainer.com',
      ready: true,
      fields: {
        'signup.accountId': { status: 'ok', label: 'Account ID', value: null, editable: true },
        'signup.companyName': { status: 'ok', label: 'Company Name', value: null, editable: true },
        'signup.firstName': { status: 'ok', label: 'First Name', value: null, editable: true },
        'signup.lastName': { status: 'ok', label: 'Last Name', value: null, editable: true },
        'signup.phone': { status: 'ok', label: 'Phone Number', value: null, editable: true },
        'signup.email': { status: 'ok', label: 'Email Address / Username', value: null, editable: true },
        'signup.userCount': { status: 'ok', label: 'User Count', value: null, editable: true },
        'signup.locationCount': { status: 'ok', label: 'Location Count', value: null, editable: true },
        'signup.planAmount': { status: 'ok', label: 'Plan Amount $', value: null, editable: true },
        'signup.billingStartDate': { status: 'ok', label: 'Billing Start date', value: null, editable: true },
      },
    });
  });

  test('a filled-in form reads typed values and the 18-char account id', () => {
    byName('sf_account_id').value = '001Hs00003KxQ2a';
    byName('company_name').value = 'Sunrise Family Clinic';
    byName('first_name').value = 'Jordan';
    byName('last_name').value = 'Avery';
    byName('phone').value = '(602) 555-0143';
    byName('email').value = 'jordan.avery@sunrisefamilyclinic.com';
    byName('password').value = 'never-read';
    byName('user_count').value = '18';
    byName('location_count').value = '2';
    byName('plan_amount').value = '450.00';
    byName('billing_start_date').value = '12/16/2026';
    const facts = collect();
    expect(facts.accountId).toBe('001Hs00003KxQ2aIAF');
    expect(Object.fromEntries(Object.entries(facts.fields).map(([k, v]) => [k, v.status === 'ok' ? v.value : v.reason]))).toEqual({
      'signup.accountId': '001Hs00003KxQ2a',
      'signup.companyName': 'Sunrise Family Clinic',
      'signup.firstName': 'Jordan',
      'signup.lastName': 'Avery',
      'signup.phone': '(602) 555-0143',
      'signup.email': 'jordan.avery@sunrisefamilyclinic.com',
      'signup.userCount': 18,
      'signup.locationCount': 2,
      'signup.planAmount': 450,
      'signup.billingStartDate': '2026-12-16',
    });
    expect(JSON.stringify(facts)).not.toContain('never-read');
  });

  test('an id with a wrong checksum is read as typed but gives no accountId', () => {
    byName('sf_account_id').value = '001Hs00003KxQ2aAAA';
    const facts = collect();
    expect(facts.fields['signup.accountId']).toEqual({ status: 'ok', label: 'Account ID', value: '001Hs00003KxQ2aAAA', editable: true });
    expect(facts.accountId).toBeUndefined();
  });

  test('a reworded label is missing, naming the label looked for; settings can follow the rename', () => {
    document.querySelector('label[for="txtPlanAmount"]')!.firstChild!.textContent = 'Monthly Amount (USD) ';
    expect(collect().fields['signup.planAmount']).toEqual({ status: 'missing', label: 'Plan Amount $', reason: 'label-not-found' });
    byName('plan_amount').value = '$1,320.50';
    const renamed = collect({ ...DEFAULT_TEST_SETTINGS, labels: { 'signup.planAmount': 'Monthly Amount (USD)' } });
    expect(renamed.fields['signup.planAmount']).toEqual({ status: 'ok', label: 'Monthly Amount (USD)', value: 1320.5, editable: true });
  });

  test('not the form → ready:false, nothing missing', () => {
    document.body.innerHTML = '<p>Session expired</p>';
    const facts = collect();
    expect(facts.ready).toBe(false);
    expect(facts.fields['signup.email']).toEqual({ status: 'missing', label: 'Email Address / Username', reason: 'not-rendered' });
  });
});

describe('fill', () => {
  beforeEach(() => loadForm());

  test('sets values by label and fires input and change', () => {
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLInputElement).name}=${(e.target as HTMLInputElement).value}`));
    document.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLInputElement).name}=${(e.target as HTMLInputElement).value}`));
    expect(fill({ op: 'set-field', field: 'signup.accountId', value: '001Hs00003KxQ2aIAF' })).toEqual({
      ok: true,
      message: 'Filled "Account ID". Review the form, then click Sign Up yourself.',
    });
    expect(fill({ op: 'set-field', field: 'signup.billingStartDate', value: '2026-12-16' }).ok).toBe(true);
    expect(fill({ op: 'set-field', field: 'signup.locationCount', value: '2' }).ok).toBe(true);
    expect(byName('billing_start_date').value).toBe('12/16/2026');
    expect(seen).toEqual([
      'input:sf_account_id=001Hs00003KxQ2aIAF',
      'change:sf_account_id=001Hs00003KxQ2aIAF',
      'input:billing_start_date=12/16/2026',
      'change:billing_start_date=12/16/2026',
      'input:location_count=2',
      'change:location_count=2',
    ]);
    const facts = collect();
    expect(facts.fields['signup.billingStartDate']).toEqual({ status: 'ok', label: 'Billing Start date', value: '2026-12-16', editable: true });
    expect(facts.accountId).toBe('001Hs00003KxQ2aIAF');
    // Never submits.
    expect(document.body.hasAttribute('data-fixture-submits')).toBe(false);
  });

  test('a native date input takes ISO', () => {
    byName('billing_start_date').type = 'date';
    expect(fill({ op: 'set-field', field: 'signup.billingStartDate', value: '12/16/2026' }).ok).toBe(true);
    expect(byName('billing_start_date').value).toBe('2026-12-16');
  });

  test('refusals', () => {
    expect(fill({ op: 'set-field', field: 'signup.email', value: 'x@y.z', url: 'https://lms.medtrainer.com/signup/preSign?other=1' })).toEqual({
      ok: false,
      message: 'The page changed since this was prepared; nothing was filled. Try again on this page.',
    });
    expect(byName('email').value).toBe('');
    expect(fill({ op: 'set-field', field: 'case.subject', value: 'x' })).toEqual({ ok: false, message: '"case.subject" is not a field of the pre-signup form.' });
    expect(medtrainerAdapter.fill(document, { op: 'append-line', url: location.href, field: 'signup.email', value: 'x' }, DEFAULT_TEST_SETTINGS).ok).toBe(false);
    byName('company_name').readOnly = true;
    expect(fill({ op: 'set-field', field: 'signup.companyName', value: 'x' })).toEqual({ ok: false, message: '"Company Name" is read-only.' });
    expect(fill({ op: 'set-field', field: 'signup.billingStartDate', value: 'soon' })).toEqual({ ok: false, message: '"soon" is not a date.' });
  });

  test('observes the form', () => {
    expect(medtrainerAdapter.observeRoots(document, { kind: 'mt.presignup' })).toEqual([document.querySelector('form')]);
  });
});
