// @vitest-environment happy-dom
/**
 * fill() types into the real input/textarea inside the editor's shadow roots, fires input and
 * change (bubbling, composed: listeners outside the shadow trees see them), never saves, and
 * refuses with a clear message when the plan does not fit the page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { deepQuery } from '../../../../lib/dom/deep-query';
import { salesforceAdapter } from '../../../../lib/sites/salesforce/adapter';
import type { FillPlan } from '../../../../lib/sites/types';
import { DEFAULT_TEST_SETTINGS } from '../../../fixtures/urls';
import { openFixture, row, SHADOW_MODES } from './fixture-dom';

const ESCALATIONS = row('salesforce/case-new.html', '012Hs000000Esc1IAC');
const CUSTOMER_SUCCESS = row('salesforce/case-new.html', '012Hs000000CuS2IAK');

/** Records what page-level listeners (outside every shadow root) see, by the real target. */
function listen() {
  const seen: Array<{ type: string; value: string; composed: boolean }> = [];
  const onEvent = (event: Event) => {
    const target = event.composedPath()[0] as HTMLInputElement;
    seen.push({ type: event.type, value: target.value, composed: event.composed });
  };
  document.addEventListener('input', onEvent);
  document.addEventListener('change', onEvent);
  return { seen, stop: () => (document.removeEventListener('input', onEvent), document.removeEventListener('change', onEvent)) };
}

const fill = (plan: FillPlan) => salesforceAdapter.fill(document, plan, DEFAULT_TEST_SETTINGS);

/** The real control of a form field, found the way a user would: by its label, through shadow roots. */
const control = (label: string) =>
  deepQuery<HTMLInputElement | HTMLTextAreaElement>(deepQuery(document, `records-record-layout-item[field-label="${label}"]`)!, 'input, textarea')!;

let stopListening: (() => void) | null = null;
afterEach(() => stopListening?.());

describe.each(SHADOW_MODES)('fill, %s shadow', (shadow) => {
  test('set-field writes the subject and page listeners see input and change with the value', async () => {
    const page = await openFixture(ESCALATIONS, { shadow });
    const { seen, stop } = listen();
    stopListening = stop;
    const result = fill({ op: 'set-field', url: location.href, field: 'case.subject', value: 'Cancelation Request - Sunrise Family Clinic' });
    expect(result).toEqual({ ok: true, message: 'Filled "Subject". Review it, then Save.' });
    expect(control('Subject').value).toBe('Cancelation Request - Sunrise Family Clinic');
    expect(seen).toEqual([
      { type: 'input', value: 'Cancelation Request - Sunrise Family Clinic', composed: true },
      { type: 'change', value: 'Cancelation Request - Sunrise Family Clinic', composed: true },
    ]);
    expect(page.collect().fields['case.subject']).toEqual({ status: 'ok', label: 'Subject', value: 'Cancelation Request - Sunrise Family Clinic', editable: true });
    // Never saves: the Save button was not clicked.
    expect(document.body.hasAttribute('data-sim-save-clicks')).toBe(false);
  });

  test('append-line adds escalation entries as new lines of the textarea', async () => {
    const page = await openFixture(ESCALATIONS, { shadow });
    expect(fill({ op: 'append-line', url: location.href, field: 'case.description', value: '11/27/26_ML:Customer asked to cancel' }).ok).toBe(true);
    const second = fill({ op: 'append-line', url: location.href, field: 'case.description', value: '11/27/26_ML:Sent cancellation form' });
    expect(second).toEqual({ ok: true, message: 'Added a line to "Description". Review it, then Save.' });
    expect(control('Description').value).toBe('11/27/26_ML:Customer asked to cancel\n11/27/26_ML:Sent cancellation form');
    expect(page.collect().fields['case.description']).toEqual({
      status: 'ok',
      label: 'Description',
      value: '11/27/26_ML:Customer asked to cancel\n11/27/26_ML:Sent cancellation form',
      editable: true,
    });
  });

  test('a date is typed in the en-US display format and reads back as ISO', async () => {
    const page = await openFixture(CUSTOMER_SUCCESS, { shadow });
    const { seen, stop } = listen();
    stopListening = stop;
    expect(fill({ op: 'set-field', url: location.href, field: 'case.dueDate', value: '2026-12-27' })).toEqual({
      ok: true,
      message: 'Filled "Due Date". Review it, then Save.',
    });
    expect(control('Due Date').value).toBe('12/27/2026');
    expect(seen.map((e) => `${e.type}:${e.value}`)).toEqual(['input:12/27/2026', 'change:12/27/2026']);
    expect(page.collect().fields['case.dueDate']).toEqual({ status: 'ok', label: 'Due Date', value: '2026-12-27', editable: true });
  });

  test('refuses a plan made for another URL and leaves the field alone', async () => {
    await openFixture(ESCALATIONS, { shadow });
    const result = fill({
      op: 'set-field',
      url: 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ9QIAV/view',
      field: 'case.subject',
      value: 'x',
    });
    expect(result).toEqual({ ok: false, message: 'The page changed since this was prepared; nothing was filled. Try again on this page.' });
    expect(control('Subject').value).toBe('');
  });

  test('refuses fields that are not editable text, not in edit mode, hidden or disabled', async () => {
    await openFixture(ESCALATIONS, { shadow });
    const here = location.href;
    expect(fill({ op: 'set-field', url: here, field: 'case.status', value: 'Closed' })).toEqual({
      ok: false,
      message: 'CSM Guide can only type into text and date fields; set "Status" yourself.',
    });
    expect(fill({ op: 'set-field', url: here, field: 'case.dueDate', value: '2026-12-27' })).toEqual({
      ok: false,
      message: 'Can\'t find the field "Due Date" on this page.',
    });
    expect(fill({ op: 'set-field', url: here, field: 'opp.name', value: 'x' })).toEqual({ ok: false, message: '"opp.name" is not a field of this page.' });
    expect(fill({ op: 'append-line', url: here, field: 'case.subject', value: 'x' })).toEqual({
      ok: false,
      message: '"Subject" holds one line; it can\'t take another entry.',
    });
    expect(fill({ op: 'insert-text', url: here, composeId: 'c1', text: 'x' }).ok).toBe(false);

    control('Subject').disabled = true;
    expect(fill({ op: 'set-field', url: here, field: 'case.subject', value: 'x' })).toEqual({ ok: false, message: '"Subject" is read-only here.' });

    const item = deepQuery<HTMLElement>(document, 'records-record-layout-item[field-label="Escalation Directives"]')!;
    item.setAttribute('hidden', '');
    expect(fill({ op: 'append-line', url: here, field: 'case.directives', value: 'x' })).toEqual({
      ok: false,
      message: '"Escalation Directives" is not visible; open its section or tab first.',
    });
    expect(control('Escalation Directives').value).toBe('');
  });

  test('a record page in view mode is not filled', async () => {
    await openFixture(row('salesforce/case-escalation.html'), { shadow });
    expect(fill({ op: 'set-field', url: location.href, field: 'case.subject', value: 'x' })).toEqual({
      ok: false,
      message: '"Subject" is not open for editing. Click Edit (or the pencil) first; CSM Guide never saves for you.',
    });
  });
});
