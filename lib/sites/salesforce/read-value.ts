/**
 * Reads what one field shows, before any type conversion: text, a lookup (name + id), a
 * checkbox state or a list. View mode reads the slotted output component; edit mode reads the
 * real control inside the editor's shadow trees.
 */
import { deepQuery, deepQueryAll, flatText, isElement } from '../../dom/deep-query';
import type { FieldHandle } from './layout';
import { PICKLIST_NONE, SF } from './selectors';

export type RawValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'lookup'; name: string; id?: string }
  | { kind: 'checkbox'; checked: boolean }
  | { kind: 'list'; items: string[] };

export interface RawRead {
  value: RawValue;
  /** Set for edit-form fields: whether the control accepts input (not disabled or read-only). */
  editable?: boolean;
}

const EMPTY: RawValue = { kind: 'empty' };

export function readField(handle: FieldHandle): RawRead {
  const editor = editorOf(handle);
  if (editor) return readEditor(editor);
  const output = outputOf(handle);
  return { value: output ? readOutput(output) : EMPTY };
}

/** The field's editor (`[slot=inputField]` / `[slot=input]`), when the field is in edit mode. */
export function editorOf(handle: FieldHandle): Element | null {
  if (handle.source === 'highlights') return null;
  return deepQuery(handle.el, SF.inputField);
}

/** The element that shows the value in view mode, or null for an empty field. */
function outputOf(handle: FieldHandle): Element | null {
  switch (handle.source) {
    case 'layout':
      return deepQuery(handle.el, SF.outputField);
    case 'dynamic':
      return firstSlotted(deepQuery(handle.el, SF.fieldValue));
    case 'highlights':
      return firstSlotted(deepQuery(handle.el, SF.highlightsValue));
  }
}

/**
 * First element shown inside `container` through the flattened tree: a `<slot>` stands for its
 * assigned elements (native shadow) or, with none, its own children (synthetic shadow).
 */
function firstSlotted(container: Element | null): Element | null {
  if (!container) return null;
  for (const child of Array.from(container.children)) {
    if (child.localName !== 'slot') return child;
    const slot = child as HTMLSlotElement;
    const assigned = typeof slot.assignedElements === 'function' ? slot.assignedElements({ flatten: true }) : [];
    const shown = assigned[0] ?? slot.firstElementChild;
    if (shown) return shown;
  }
  return null;
}

function readOutput(out: Element): RawValue {
  const lookup = out.matches(SF.lookup) ? out : deepQuery(out, SF.lookup);
  if (lookup) {
    const link = deepQuery(lookup, SF.lookupLink);
    const name = oneLine(link ?? lookup);
    if (!name) return EMPTY;
    const id = link?.getAttribute('data-recordid') ?? undefined;
    return id ? { kind: 'lookup', name, id } : { kind: 'lookup', name };
  }
  const box = out.matches(SF.checkbox) ? out : deepQuery(out, SF.checkbox);
  if (box) return { kind: 'checkbox', checked: (box as HTMLInputElement).checked === true };
  if (out.matches(SF.formattedUrl)) {
    // The link text may be shortened by Lightning; the href is the stored value.
    const href = deepQuery(out, 'a[href]')?.getAttribute('href');
    if (href) return { kind: 'text', text: href };
  }
  return textValue(flatText(out));
}

function readEditor(editor: Element): RawRead {
  const within = (selector: string) => (editor.matches(selector) ? editor : deepQuery(editor, selector));

  const dual = within(SF.dualListbox);
  if (dual) {
    const items = deepQueryAll(dual, SF.dualListboxSelected).map(oneLine).filter(Boolean);
    return { value: items.length > 0 ? { kind: 'list', items } : EMPTY, editable: true };
  }

  if (within(SF.lookupEditor)) {
    const input = deepQuery(editor, SF.textInput) as HTMLInputElement | null;
    const name = input?.value.trim() ?? '';
    // A chosen lookup shows its name in a read-only input; the id is not in the form.
    return { value: name ? { kind: 'lookup', name } : EMPTY, editable: false };
  }

  if (within(SF.picklistEditor)) {
    const box = deepQuery(editor, SF.comboboxInput);
    const raw = box?.getAttribute('data-value') ?? (box as HTMLInputElement | null)?.value ?? (box ? flatText(box) : '');
    const value = raw.trim() === PICKLIST_NONE ? '' : raw;
    return { value: textValue(value), editable: box ? !isDisabled(box) : false };
  }

  const dateTime = within(SF.dateTimeEditor);
  if (dateTime) {
    const date = deepQuery(dateTime, `${SF.datepicker}`);
    const time = deepQuery(dateTime, `${SF.timepicker}`);
    const dateInput = date ? (deepQuery(date, 'input') as HTMLInputElement | null) : null;
    const timeInput = time ? (deepQuery(time, 'input') as HTMLInputElement | null) : null;
    const d = dateInput?.value.trim() ?? '';
    const t = timeInput?.value.trim() ?? '';
    return { value: textValue(d && t ? `${d}, ${t}` : d), editable: dateInput ? !isDisabled(dateInput) : false };
  }

  const box = within(SF.checkbox) as HTMLInputElement | null;
  if (box) return { value: { kind: 'checkbox', checked: box.checked === true }, editable: !isDisabled(box) };

  const control = writableControl(editor);
  if (control) return { value: textValue(control.value), editable: !isDisabled(control) };
  return { value: textValue(flatText(editor)), editable: false };
}

/** The real `<textarea>` or text `<input>` behind an editor, through its shadow roots. */
export function writableControl(editor: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const found = deepQuery(editor, `${SF.textarea}, ${SF.textInput}`);
  return found && isElement(found) ? (found as HTMLInputElement | HTMLTextAreaElement) : null;
}

export function isDisabled(control: Element): boolean {
  const c = control as HTMLInputElement;
  return c.disabled === true || c.readOnly === true || control.getAttribute('aria-disabled') === 'true';
}

function textValue(text: string): RawValue {
  return text.trim() === '' ? EMPTY : { kind: 'text', text: text.trim() };
}

/** Single-line text (names, list items): the flattened lines joined by spaces. */
function oneLine(el: Element): string {
  return flatText(el).replace(/\n+/g, ' ').trim();
}
