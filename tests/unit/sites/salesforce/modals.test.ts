// @vitest-environment happy-dom
/**
 * Which host controls the Salesforce adapter asks the dock to keep clear of the sidebar: the open
 * modal dialog (the record-type chooser, then the New Case form), found by its ARIA; nothing on
 * a plain record page, so the dock moves no other fixed host part.
 */
import { describe, expect, test } from 'vitest';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

describe.each(SHADOW_MODES)('keepVisible, %s shadow', (shadow) => {
  test('a record page keeps nothing clear', async () => {
    await openFixture(row('salesforce/account.html'), { shadow });
    expect(salesforceAdapter.keepVisible!(document)).toEqual([]);
  });

  test('the record-type chooser: its dialog, not the record page under it', async () => {
    const page = await openFixture(row('salesforce/case-new.html', 'new?count=1'), { shadow, wait: false });
    await Promise.race([page.rendered, new Promise((r) => setTimeout(r, 50))]);
    const kept = salesforceAdapter.keepVisible!(document);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.getAttribute('role')).toBe('dialog');
    expect(kept[0]!.textContent).toContain('Select a record type');
  });

  test('the New Case form: its dialog; gone once the modal closes', async () => {
    await openFixture(row('salesforce/case-new.html', 'recordTypeId=012Hs000000Esc1'), { shadow });
    const [dialog] = salesforceAdapter.keepVisible!(document);
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    document.querySelector('.uiModal.active')?.remove();
    expect(salesforceAdapter.keepVisible!(document)).toEqual([]);
  });

  test('a New Case URL whose modal is not rendered yet is watched across the whole body', async () => {
    const page = await openFixture(row('salesforce/account.html'), { shadow });
    const match = salesforceAdapter.detect(new URL('https://acme.lightning.force.com/lightning/o/Case/new?count=1'), page.settings)!;
    expect(salesforceAdapter.observeRoots(document, match)).toEqual([document.body]);
  });
});
