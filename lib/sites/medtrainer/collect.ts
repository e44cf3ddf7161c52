/**
 * Pre-signup form → PageFacts. Reads each control by its visible label; the Password field is
 * never read. Never throws.
 */
import { FIELDS } from '../../core/facts/fields';
import type { FieldRead, FieldReads, FieldValue, PageFacts } from '../../core/facts/page-facts';
import { controlByLabel } from '../../dom/label-text';
import { parseSfCurrency, parseSfDate, parseSfNumber, validateSalesforceId } from '../../core/formats';
import type { AdapterSettings, PageMatch } from '../types';
import { SIGNUP_FIELD_KEYS, labelFor, type SignupFieldKey } from './labels';

export function collectMedtrainer(doc: Document, url: URL, match: PageMatch, settings: AdapterSettings): PageFacts[] {
  const facts: PageFacts = { kind: match.kind, url: url.href, host: url.host, ready: false, fields: {} };
  const fields: FieldReads = {};
  let found = 0;
  for (const key of SIGNUP_FIELD_KEYS) {
    const read = readKey(doc, key, settings);
    if (read.status === 'ok') found += 1;
    fields[key] = read;
  }
  // A server-rendered form is complete once parsed; no field at all means it is not this form (yet).
  facts.ready = found > 0;
  if (!facts.ready) {
    for (const key of SIGNUP_FIELD_KEYS) fields[key] = { status: 'missing', label: labelFor(key, settings), reason: 'not-rendered' };
  }
  facts.fields = fields;
  const accountId = fields['signup.accountId'];
  if (accountId?.status === 'ok' && typeof accountId.value === 'string') {
    const checked = validateSalesforceId(accountId.value);
    if (checked.ok) facts.accountId = checked.id18;
  }
  return [facts];
}

function readKey(doc: Document, key: SignupFieldKey, settings: AdapterSettings): FieldRead {
  const label = labelFor(key, settings);
  try {
    const control = controlByLabel(doc, label);
    if (!control) return { status: 'missing', label, reason: 'label-not-found' };
    const text = control.value.trim();
    const editable = !control.disabled && !(control as HTMLInputElement).readOnly;
    if (text === '') return { status: 'ok', label, value: null, editable };
    const value = convert(text, FIELDS[key].type);
    if (value === null) return { status: 'missing', label, reason: 'unreadable' };
    return { status: 'ok', label, value, editable };
  } catch {
    return { status: 'missing', label, reason: 'unreadable' };
  }
}

function convert(text: string, type: string): FieldValue | null {
  switch (type) {
    case 'number':
      return parseSfNumber(text);
    case 'currency':
      return parseSfCurrency(text);
    case 'date':
      // The form's date picker shows mm/dd/yyyy; a native date input reports YYYY-MM-DD.
      return parseSfDate(text);
    default:
      return text;
  }
}
