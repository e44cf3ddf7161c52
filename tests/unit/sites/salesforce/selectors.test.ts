// @vitest-environment happy-dom
/**
 * Selectors carry their evidence (refined-github's selectors test, on saved fixtures): each
 * selector in selectors.ts matches the expected number of elements on a fixture page, in both
 * shadow modes, so a dead or over-broad selector shows up here first.
 */
import { describe, expect, test } from 'vitest';
import { deepQueryAll, walkDeep } from '../../../../lib/dom/deep-query';
import { SF } from '../../../../lib/sites/salesforce/selectors';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

const countTag = (tag: string) => [...walkDeep(document)].filter((el) => el.localName === tag).length;
const count = (selector: string) => deepQueryAll(document, selector).length;

type Evidence = Array<[keyof typeof SF | string, () => number, number]>;

const EVIDENCE: Record<string, Evidence> = {
  'salesforce/account.html': [
    ['activeContent', () => count(SF.activeContent), 1],
    ['layoutItemTag (with a label)', () => deepQueryAll(document, `${SF.layoutItemTag}[${SF.layoutItemLabelAttr}]`).length, 19],
    ['layoutItemTag (blank spaces too)', () => countTag(SF.layoutItemTag), 22],
    ['highlightsItemTag', () => countTag(SF.highlightsItemTag), 4],
    ['outputField', () => count(SF.outputField), 19],
    // 4 lookups + 2 modstamps in the details, owner lookups counted twice (force-owner-lookup >> force-lookup)
    ['lookup (owner lookups nest a force-lookup)', () => count(SF.lookup), 8],
    ['lookupLink', () => count(SF.lookupLink), 6],
    ['selfLink (related lists)', () => count(SF.selfLink), 4],
    ['formattedUrl', () => count(SF.formattedUrl), 3],
  ],
  'salesforce/onboarding.html': [
    ['checkbox', () => count(SF.checkbox), 6],
    ['fieldLabel', () => count(SF.fieldLabel), 13],
  ],
  'salesforce/case-escalation.html': [
    ['dynamicFieldTag', () => countTag(SF.dynamicFieldTag), 18],
    ['fieldValue', () => count(SF.fieldValue), 18],
    ['layoutItemTag', () => countTag(SF.layoutItemTag), 0],
  ],
  'salesforce/case-new.html': [
    ['activeModal', () => count(SF.activeModal), 1],
    ['modalTitle', () => count(`${SF.activeModal} ${SF.modalTitle}`), 1],
    ['inputField', () => count(SF.inputField), 13],
    ['dualListbox', () => count(SF.dualListbox), 1],
    ['dualListboxSelected', () => count(SF.dualListboxSelected), 1],
    ['lookupEditor (records-… and lightning-lookup)', () => count(SF.lookupEditor), 6],
    ['comboboxInput (picklists, lookups, time)', () => count(SF.comboboxInput), 7],
    ['datepicker (date field + date/time field)', () => count(SF.datepicker), 2],
    ['timepicker', () => count(SF.timepicker), 1],
    ['recordTypeChooser', () => count(SF.recordTypeChooser), 0],
  ],
};

describe.each(SHADOW_MODES)('%s shadow', (shadow) => {
  test.each(Object.entries(EVIDENCE))('%s', async (file, evidence) => {
    await openFixture(file === 'salesforce/case-new.html' ? row(file, '012Hs000000Esc1IAC') : row(file), { shadow });
    const counts = Object.fromEntries(evidence.map(([name, measure]) => [name, measure()]));
    expect(counts).toEqual(Object.fromEntries(evidence.map(([name, , expected]) => [name, expected])));
  });
});
