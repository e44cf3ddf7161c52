// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { controlByLabel, normalizeLabelText, ownLabelText } from '../../../lib/dom/label-text';

test('normalizeLabelText drops decorations and case', () => {
  expect(normalizeLabelText('  Account ID * ')).toBe('account id');
  expect(normalizeLabelText('*Due   Date Required')).toBe('due date');
  expect(normalizeLabelText('Plan Amount $')).toBe('plan amount $');
  expect(normalizeLabelText('Company Name:')).toBe('company name');
});

test('controlByLabel: label[for], nested control, aria-label, aria-labelledby; never ids guessed', () => {
  document.body.innerHTML = `
    <label for="a1">First Name <span>*</span></label><input id="a1" value="Jordan">
    <label>Location Count <input type="number" value="2"></label>
    <label>Phone Number</label><input type="tel" aria-label="Phone Number" value="602">
    <span id="lbl">Billing Start date</span><input aria-labelledby="lbl" value="12/16/2026">
    <input id="txtCompany" name="company" value="not labelled">`;
  expect(controlByLabel(document, 'First Name')?.value).toBe('Jordan');
  expect(controlByLabel(document, 'location count')?.value).toBe('2');
  expect(controlByLabel(document, 'Phone Number')?.value).toBe('602');
  expect(controlByLabel(document, 'Billing Start date')?.value).toBe('12/16/2026');
  expect(controlByLabel(document, 'Company')).toBeNull();
  expect(ownLabelText(document.querySelectorAll('label')[1] as HTMLLabelElement).trim()).toBe('Location Count');
});
