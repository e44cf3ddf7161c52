/**
 * Fills pre-signup form fields by label: sets the value through the native setter and fires
 * `input`/`change`. Never clicks Sign Up and never touches the Password field.
 */
import { FIELDS } from '../../core/facts/fields';
import { controlByLabel } from '../../dom/label-text';
import { isHiddenAcrossShadow } from '../../dom/deep-query';
import { writeValue } from '../../dom/write-value';
import { parseSfDate } from '../../core/formats';
import type { AdapterSettings, FillPlan, FillResult } from '../types';
import { isSignupFieldKey, labelFor } from './labels';
import { detectMedtrainerPage } from './urls';

const refuse = (message: string): FillResult => ({ ok: false, message });

export function fillMedtrainer(doc: Document, plan: FillPlan, settings: AdapterSettings): FillResult {
  try {
    if (plan.op !== 'set-field') return refuse('The pre-signup form only takes single field values.');
    const current = doc.location?.href ?? '';
    if (plan.url !== current) return refuse('The page changed since this was prepared; nothing was filled. Try again on this page.');
    if (!detectMedtrainerPage(new URL(current))) return refuse('This is not the MedTrainer pre-signup form.');
    if (!isSignupFieldKey(plan.field)) return refuse(`"${plan.field}" is not a field of the pre-signup form.`);

    const label = labelFor(plan.field, settings);
    const control = controlByLabel(doc, label);
    if (!control || control.localName === 'select') return refuse(`Can't find the field "${label}" on this form.`);
    const input = control as HTMLInputElement | HTMLTextAreaElement;
    if (input.disabled || input.readOnly) return refuse(`"${label}" is read-only.`);
    if (isHiddenAcrossShadow(input)) return refuse(`"${label}" is not visible.`);

    let value = plan.value;
    if (FIELDS[plan.field].type === 'date') {
      const iso = parseSfDate(plan.value);
      if (!iso) return refuse(`"${plan.value}" is not a date.`);
      value = input.type === 'date' ? iso : toFormDate(iso);
    }
    if (input.value === value) return { ok: true, message: `"${label}" already says that.` };
    if (!writeValue(input, value)) return refuse(`The form did not accept the value for "${label}".`);
    return { ok: true, message: `Filled "${label}". Review the form, then click Sign Up yourself.` };
  } catch {
    return refuse('Could not fill the field: the page changed while writing.');
  }
}

/** The form's date picker format, mm/dd/yyyy (zero-padded, as its placeholder shows). */
function toFormDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${month}/${day}/${year}`;
}
