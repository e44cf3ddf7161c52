/**
 * Writes a FillPlan into an open Lightning edit form (the new/edit Case modal, or a field in
 * inline-edit mode). Types into the real `input`/`textarea` inside the editor's shadow roots and
 * fires the events LWC listens for. Never clicks Save: the user reviews and saves.
 */
import { FIELDS, isFieldKey } from '../../core/facts/fields';
import { deepQuery, isHiddenAcrossShadow } from '../../dom/deep-query';
import { writeValue } from '../../dom/write-value';
import { formatSfDateInput, parseSfDate } from '../../core/formats';
import type { AdapterSettings, FillPlan, FillResult } from '../types';
import { fieldKeysFor, labelFor, type SalesforceFieldKey } from './labels';
import { findByLabel, listFields } from './layout';
import { editorOf, isDisabled, writableControl } from './read-value';
import { findScope } from './scope';
import { SF } from './selectors';
import { detectSalesforcePage } from './urls';

const refuse = (message: string): FillResult => ({ ok: false, message });

export function fillSalesforce(doc: Document, plan: FillPlan, settings: AdapterSettings): FillResult {
  try {
    return fill(doc, plan, settings);
  } catch {
    return refuse('Could not fill the field: the page changed while writing. Nothing was saved.');
  }
}

function fill(doc: Document, plan: FillPlan, settings: AdapterSettings): FillResult {
  if (plan.op === 'insert-text') return refuse('Salesforce pages take field values, not free text.');
  const current = doc.location?.href ?? '';
  // A stale plan must not land on another record (Bitwarden's pageDetailsUrl guard).
  if (plan.url !== current) return refuse('The page changed since this was prepared; nothing was filled. Try again on this page.');

  let match;
  try {
    match = detectSalesforcePage(new URL(current), settings);
  } catch {
    match = null;
  }
  if (!match) return refuse('This is not a Salesforce record or Case form page.');
  if (!isFieldKey(plan.field) || !(fieldKeysFor(match.kind) as string[]).includes(plan.field)) {
    return refuse(`"${plan.field}" is not a field of this page.`);
  }
  const key = plan.field as SalesforceFieldKey;
  const label = labelFor(key, settings);

  const scope = findScope(doc, match);
  if (scope.status !== 'ok') return refuse(`The record has not finished loading; can't fill "${label}" yet.`);
  const handles = findByLabel(listFields(scope.root), label).filter((h) => h.source !== 'highlights');
  if (handles.length === 0) return refuse(`Can't find the field "${label}" on this page.`);
  const editor = handles.map(editorOf).find((e): e is Element => e !== null);
  if (!editor) return refuse(`"${label}" is not open for editing. Click Edit (or the pencil) first; CSM Guide never saves for you.`);

  const type = FIELDS[key].type;
  const textual = type === 'text' || type === 'date' || type === 'number' || type === 'currency';
  const specialEditors = `${SF.picklistEditor}, ${SF.lookupEditor}, ${SF.dateTimeEditor}, ${SF.dualListbox}`;
  const special = editor.matches(specialEditors) || deepQuery(editor, specialEditors) !== null;
  const control = textual && !special ? writableControl(editor) : null;
  if (!control) return refuse(`CSM Guide can only type into text and date fields; set "${label}" yourself.`);
  if (isDisabled(control)) return refuse(`"${label}" is read-only here.`);
  if (isHiddenAcrossShadow(control)) return refuse(`"${label}" is not visible; open its section or tab first.`);

  let value = plan.value;
  if (type === 'date') {
    // Lightning's date input takes the user's display format (en-US M/d/yyyy), not ISO.
    const iso = parseSfDate(plan.value);
    if (!iso) return refuse(`"${plan.value}" is not a date.`);
    value = formatSfDateInput(iso);
  }
  if (plan.op === 'append-line') {
    if (control.localName !== 'textarea') return refuse(`"${label}" holds one line; it can't take another entry.`);
    const existing = control.value.replace(/\s+$/, '');
    value = existing ? `${existing}\n${value}` : value;
  }

  if (control.value === value) return { ok: true, message: `"${label}" already says that.` };
  if (!writeValue(control, value)) return refuse(`Salesforce did not accept the value for "${label}".`);
  return {
    ok: true,
    message: plan.op === 'append-line' ? `Added a line to "${label}". Review it, then Save.` : `Filled "${label}". Review it, then Save.`,
  };
}
