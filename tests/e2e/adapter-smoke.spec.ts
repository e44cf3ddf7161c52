/**
 * The fixtures, in a real browser on the real host names, render the real apps' markup:
 * synthetic vs native shadow, late rendering, SPA navigation keeping earlier records hidden, the
 * new-Case modal and chooser, and the pre-signup form. (No extension UI exists yet: this checks
 * the pages the adapters will be tested against, and that the extension loads beside them.)
 */
import type { Page } from '@playwright/test';
import { FIXTURE_URLS } from '../fixtures/urls';
import { expect, injectModule, test } from './harness';

const salesforcePages = FIXTURE_URLS.filter((row) => row.file?.startsWith('salesforce/'));

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

/** What the page shows, gathered in the page: document-level counts vs a walk through open shadow roots. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        // CSM Guide's own sidebar is not part of the host page being described.
        if (el.localName === 'csm-guide' || el.closest('csm-guide')) continue;
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const fields = all.filter((el) => el.matches('records-record-layout-item[field-label], record_flexipage-record-field'));
    const labelOf = (el: Element) =>
      el.getAttribute('field-label') ?? (el.shadowRoot ?? el).querySelector('.test-id__field-label')?.textContent?.trim() ?? '';
    return {
      documentLevelFields: document.querySelectorAll('records-record-layout-item[field-label], record_flexipage-record-field').length,
      labels: fields.map(labelOf),
      shadowRoots: all.filter((el) => el.shadowRoot).length,
      formattedTextWithOwnText: all.filter((el) => el.localName === 'lightning-formatted-text' && (el.textContent ?? '').trim() !== '').length,
      formattedText: all.filter((el) => el.localName === 'lightning-formatted-text').length,
      activeContents: document.querySelectorAll('div.oneContent.active').length,
      modalTitle: document.querySelector('.uiModal.active .modal-header h2')?.textContent ?? null,
    };
  });
}

test('the extension loads beside the fixtures', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

for (const row of salesforcePages) {
  test.describe(`${row.note} — ${row.file}`, () => {
    test('synthetic shadow: everything in the light tree, slots as real nodes', async ({ page }) => {
      await page.goto(withQuery(row.url, 'sim-shadow=synthetic&sim-delay=0'));
      await expect(page.locator('body')).toHaveAttribute('data-sim-state', /ready|chooser/);
      const state = await page.locator('body').getAttribute('data-sim-state');
      const seen = await inspect(page);
      expect(seen.shadowRoots).toBe(0);
      if (state === 'chooser') {
        expect(seen.modalTitle).toBe('New Case');
        return;
      }
      expect(seen.documentLevelFields).toBeGreaterThan(3);
      expect(seen.documentLevelFields).toBe(seen.labels.length);
      expect(seen.formattedTextWithOwnText).toBeGreaterThan(0);
      // Slotted values live inside real <slot> elements.
      expect(await page.locator('.test-id__field-value > slot > *, slot[name="inputField"] > [slot="inputField"]').count()).toBeGreaterThan(0);
    });

    test('native shadow: document queries see nothing, a shadow walk finds every field', async ({ page }) => {
      await page.goto(withQuery(row.url, 'sim-shadow=native&sim-delay=0'));
      await expect(page.locator('body')).toHaveAttribute('data-sim-state', /ready|chooser/);
      const state = await page.locator('body').getAttribute('data-sim-state');
      const seen = await inspect(page);
      if (state === 'chooser') {
        // The Aura chooser is light DOM even in native-shadow orgs.
        expect(await page.evaluate(() => document.querySelectorAll('.forceChangeRecordType input[type=radio].uiInputRadio').length)).toBe(2);
        return;
      }
      expect(seen.documentLevelFields).toBe(0);
      expect(seen.labels.length).toBeGreaterThan(3);
      expect(seen.shadowRoots).toBeGreaterThan(seen.labels.length);
      // Formatted text keeps its text in its own shadow root: host.textContent is empty.
      expect(seen.formattedText).toBeGreaterThan(0);
      expect(seen.formattedTextWithOwnText).toBe(0);
    });
  });
}

test('native and synthetic renderings list the same fields', async ({ page }) => {
  const url = FIXTURE_URLS.find((r) => r.file === 'salesforce/opportunity.html')!.url;
  await page.goto(withQuery(url, 'sim-shadow=synthetic'));
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  const synthetic = (await inspect(page)).labels;
  await page.goto(withQuery(url, 'sim-shadow=native'));
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  expect((await inspect(page)).labels).toEqual(synthetic);
  expect(synthetic).toContain('Customer Success Manager (NEW)');
});

test('the highlights panel holds a second record layout, before the details', async ({ page }) => {
  await page.goto(FIXTURE_URLS.find((r) => r.file === 'salesforce/opportunity-native.html')!.url);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  const layouts = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.localName === 'records-lwc-record-layout') {
          const generated = (el.shadowRoot ?? el).firstElementChild?.localName ?? '';
          found.push(generated);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
  expect(layouts).toEqual([
    'forcegenerated-highlightspanel_opportunity___012000000000000aaa___compact___view___recordlayout2',
    'forcegenerated-detailpanel_opportunity___012000000000000aaa___full___view___recordlayout2',
  ]);
  // Playwright locators pierce open shadow roots: the lookup's link carries the 18-char id.
  await expect(page.locator('records-record-layout-item[field-label="Account Name"] a[data-recordid]')).toHaveAttribute('data-recordid', '001Hs00003KxQ2aIAF');
});

test('late rendering: spinner first, the layout when it comes', async ({ page }) => {
  const row = FIXTURE_URLS.find((r) => r.file === 'salesforce/onboarding-late.html')!;
  // Held, the spinner is a state to wait for, not a moment to catch before the layout's timer
  // (on a busy machine the page may load after the timer has fired).
  await page.goto(withQuery(row.url, 'sim-delay=hold'));
  await expect(page.locator('div.oneContent.active [data-sim-spinner]')).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'loading');
  expect(await page.locator('records-record-layout-item').count()).toBe(0);
  await page.evaluate(() => (window as unknown as { __lightningSimRelease(): void }).__lightningSimRelease());
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expect(page.locator('records-record-layout-item[field-label="Onboarding Call Scheduled For"]')).toHaveCount(1);
  await expect(page.locator('[data-sim-spinner]')).toHaveCount(0);

  // On its own timer (the fixture's 1.5 s), the page ends in the same place.
  await page.goto(row.url);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expect(page.locator('records-record-layout-item[field-label="Onboarding Call Scheduled For"]')).toHaveCount(1);
  await expect(page.locator('[data-sim-spinner]')).toHaveCount(0);
});

test('SPA navigation keeps the earlier record, hidden; back re-activates it', async ({ page }) => {
  const opportunity = FIXTURE_URLS.find((r) => r.file === 'salesforce/opportunity.html')!.url;
  await page.goto(withQuery(opportunity, 'sim-shadow=native'));
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  await page.locator('records-record-layout-item[field-label="Account Name"] a[data-recordid]').click();
  await expect(page).toHaveURL(/\/lightning\/r\/Account\/001Hs00003KxQ2aIAF\/view$/);
  await expect(page.locator('div.oneContent')).toHaveCount(2);
  await expect(page.locator('div.oneContent.active')).toHaveCount(1);
  await expect(page.locator('div.oneContent').first()).toBeHidden();
  await expect(page.locator('div.oneContent.active records-record-layout-item[field-label="SF Account ID"]')).toBeVisible();
  // Both records stay in the DOM: the Opportunity's fields still exist, inside the hidden container.
  expect(await page.locator('records-record-layout-item[field-label="Stage"]').count()).toBe(1);
  await expect(page.locator('records-record-layout-item[field-label="Stage"]')).toBeHidden();

  await page.goBack();
  await expect(page).toHaveURL(/\/lightning\/r\/Opportunity\/006Hs00001Bq7ZrIAJ\/view/);
  await expect(page.locator('div.oneContent')).toHaveCount(2);
  await expect(page.locator('records-record-layout-item[field-label="Stage"]')).toBeVisible();
  // No reload happened: same document throughout (pushState / popstate only).
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('new Case: the chooser, then the Escalations form in the same modal over the Account', async ({ page }) => {
  const chooser = FIXTURE_URLS.find((r) => r.file === 'salesforce/case-new.html' && !r.url.includes('recordTypeId'))!.url;
  await page.goto(withQuery(chooser, 'sim-shadow=native'));
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'chooser');
  await expect(page.locator('.uiModal.active .modal-header h2')).toHaveText('New Case');
  await expect(page.locator('.changeRecordTypeRow')).toHaveCount(2);
  await page.locator('.forceChangeRecordTypeFooter button', { hasText: 'Next' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expect(page.locator('.uiModal.active .modal-header h2')).toHaveText('New Case: Escalations');
  // The record page stays rendered underneath; the form's editors are real controls in shadow roots.
  await expect(page.locator('div.oneContent.active records-record-layout-item[field-label="Account Name"]')).toHaveCount(1);
  const subject = page.locator('.uiModal.active records-record-layout-item[field-label="Subject"] input');
  await subject.fill('Cancelation Request - Sunrise Family Clinic');
  await expect(subject).toHaveValue('Cancelation Request - Sunrise Family Clinic');
  await expect(page.locator('.uiModal.active records-record-layout-item[field-label="Products"] ul[id*="selected-list"] li')).toHaveText(['Learning']);
  expect(await page.evaluate(() => document.querySelector('input[type=text]'))).toBeNull();
});

test('Customer Success form: due date input and assigned-to lookup', async ({ page }) => {
  const url = FIXTURE_URLS.find((r) => r.url.includes('012Hs000000CuS2IAK'))!.url;
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
  await expect(page.locator('.uiModal.active .modal-header h2')).toHaveText('New Case: Customer Success');
  await expect(page.locator('records-record-layout-item[field-label="Due Date"] lightning-datepicker input')).toHaveValue('');
  await expect(page.locator('records-record-layout-item[field-label="Type"] button.slds-combobox__input')).toHaveAttribute('data-value', 'Failed to OB');
  await expect(page.locator('records-record-layout-item[field-label="Assigned To"] lightning-base-combobox[data-lookup] input')).toHaveValue('');
});

test('MedTrainer pre-signup form is served on its real URL', async ({ page }) => {
  await page.goto('https://lms.medtrainer.com/signup/preSign');
  await expect(page).toHaveTitle('Pre Sign Up | MedTrainer');
  for (const label of ['Account ID', 'Company Name', 'First Name', 'Last Name', 'Email Address / Username', 'Password', 'User Count', 'Location Count', 'Plan Amount $', 'Billing Start date']) {
    await expect(page.getByLabel(label, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Sign Up' })).toBeVisible();
});

test('routing: unknown fixture URLs 404, other hosts never reach the network', async ({ page }) => {
  const missing = await page.goto('https://acme.lightning.force.com/lightning/r/Account/001Hs00003MmR8cIAF/view');
  expect(missing?.status()).toBe(404);
  const escaped = await page.goto('https://acme.lightning.force.com/__fixtures__/%2e%2e/package.json');
  expect(escaped?.status()).toBe(404);
  const asset = await page.goto('https://acme.lightning.force.com/__fixtures__/salesforce/records.js');
  expect(asset?.status()).toBe(200);
  expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'))).toBe('blocked');
  await expect(page.goto('https://example.com/')).rejects.toThrow();
});

test.describe('the Salesforce adapter in the real browser', () => {
  type Adapter = typeof import('../../lib/sites/salesforce/adapter');
  const settings = { labels: {}, onboardingObject: 'Customer_Onboarding__c', timeZone: 'America/Chicago' };

  async function collectIn(page: Page, url: string) {
    await page.goto(url);
    await expect(page.locator('body')).toHaveAttribute('data-sim-state', 'ready');
    await injectModule(page, 'lib/sites/salesforce/adapter.ts', 'CsmSalesforce');
    return page.evaluate((s) => {
      const { salesforceAdapter } = (window as unknown as { CsmSalesforce: Adapter }).CsmSalesforce;
      const here = new URL(location.href);
      const match = salesforceAdapter.detect(here, s);
      return match ? salesforceAdapter.collect(document, here, match, s) : [];
    }, settings);
  }

  for (const row of salesforcePages.filter((r) => !r.url.includes('new?count'))) {
    test(`same facts in both shadow modes: ${row.file} ${row.note}`, async ({ page }) => {
      const [synthetic] = await collectIn(page, withQuery(row.url, 'sim-shadow=synthetic'));
      const [native] = await collectIn(page, withQuery(row.url, 'sim-shadow=native'));
      expect(synthetic!.ready).toBe(true);
      const strip = (f: typeof synthetic) => ({ ...f!, url: '' });
      expect(strip(native)).toEqual(strip(synthetic));
      expect(Object.values(synthetic!.fields).some((f) => f.status === 'ok' && f.value !== null)).toBe(true);
      // Lakeside's pages (its own fixture, the console rows focusing it) are the only other account.
      expect(synthetic!.accountId).toMatch(row.url.includes('001Hs00003LkP7bIAF') ? /^001Hs00003LkP7bIAF$/ : /^001Hs00003KxQ2aIAF$/);
    });
  }

  test('reads the Opportunity in Chromium exactly as in the unit tests (native shadow)', async ({ page }) => {
    const url = FIXTURE_URLS.find((r) => r.file === 'salesforce/opportunity-native.html')!.url;
    const [facts] = await collectIn(page, url);
    expect(facts!.fields['opp.account']).toEqual({ status: 'ok', label: 'Account Name', value: { name: 'Sunrise Family Clinic', id: '001Hs00003KxQ2aIAF' } });
    expect(facts!.fields['opp.products']).toEqual({ status: 'ok', label: 'Products', value: ['Learning', 'Compliance', 'Credentialing Software'] });
    expect(facts!.fields['opp.additionalNotes']).toEqual({
      status: 'ok',
      label: 'Additional Notes',
      value: 'Two clinic locations (Mesa and Tempe).\nAdmin prefers calls after 2 PM MT.',
    });
    expect(facts!.fields['opp.mrr']).toEqual({ status: 'ok', label: 'MRR', value: 450 });
  });

  test('fills the new Case form in Chromium; the page sees the value; nothing is saved', async ({ page }) => {
    const url = withQuery(FIXTURE_URLS.find((r) => r.url.includes('012Hs000000CuS2IAK'))!.url, 'sim-shadow=native');
    await collectIn(page, url);
    const result = await page.evaluate((s) => {
      const { salesforceAdapter } = (window as unknown as { CsmSalesforce: Adapter }).CsmSalesforce;
      const seen: string[] = [];
      document.addEventListener('change', (e) => seen.push((e.composedPath()[0] as HTMLInputElement).value));
      const fill = salesforceAdapter.fill(document, { op: 'set-field', url: location.href, field: 'case.dueDate', value: '2026-12-27' }, s);
      return { fill, seen };
    }, settings);
    expect(result).toEqual({ fill: { ok: true, message: 'Filled "Due Date". Review it, then Save.' }, seen: ['12/27/2026'] });
    await expect(page.locator('records-record-layout-item[field-label="Due Date"] input')).toHaveValue('12/27/2026');
    expect(await page.locator('body').getAttribute('data-sim-save-clicks')).toBeNull();
  });
});
