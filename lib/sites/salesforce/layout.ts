/**
 * Finds the labelled fields rendered inside a record scope, in every shadow tree: page-layout
 * items, Dynamic Forms fields and (as a fallback) the highlights panel's key fields.
 */
import { deepQuery, flatText, walkDeep } from '../../dom/deep-query';
import { labelsMatch, normalizeLabel } from './labels';
import { SF } from './selectors';

export type FieldSource = 'layout' | 'dynamic' | 'highlights';

export interface FieldHandle {
  el: Element;
  label: string;
  source: FieldSource;
}

/** All labelled fields under `root`, in tree order, from one walk of the composed tree. */
export function listFields(root: ParentNode): FieldHandle[] {
  return scanFields(root).fields;
}

/** listFields, plus every field element found, labelled or not (a label may render later). */
export function scanFields(root: ParentNode): { fields: FieldHandle[]; elements: Element[] } {
  const fields: FieldHandle[] = [];
  const elements: Element[] = [];
  for (const el of walkDeep(root)) {
    if (!isFieldTag(el.localName)) continue;
    elements.push(el);
    const handle = fieldHandleOf(el);
    if (handle) fields.push(handle);
  }
  return { fields, elements };
}

/** Whether elements with this tag name are fields (labelled or not). */
export function isFieldTag(tag: string): boolean {
  return tag === SF.layoutItemTag || tag === SF.dynamicFieldTag || tag === SF.highlightsItemTag;
}

/** One field element's handle, read from its own subtree; null when it carries no label. */
export function fieldHandleOf(el: Element): FieldHandle | null {
  const tag = el.localName;
  if (tag === SF.layoutItemTag) {
    const label = el.getAttribute(SF.layoutItemLabelAttr);
    // Items without a label are the layout's blank spaces.
    return label ? { el, label, source: 'layout' } : null;
  }
  if (tag === SF.dynamicFieldTag) {
    const label = deepQuery(el, SF.fieldLabel);
    return label ? { el, label: flatText(label), source: 'dynamic' } : null;
  }
  if (tag === SF.highlightsItemTag) {
    const title = deepQuery(el, SF.highlightsTitle);
    return title ? { el, label: title.getAttribute('title') ?? flatText(title), source: 'highlights' } : null;
  }
  return null;
}

/** The record layout (not just the highlights panel) has rendered at least one field. */
export function layoutRendered(fields: readonly FieldHandle[]): boolean {
  return fields.some((f) => f.source !== 'highlights');
}

/** Fields carrying `label`: layout and Dynamic Forms fields first, highlights only if none. */
export function findByLabel(fields: readonly FieldHandle[], label: string): FieldHandle[] {
  return preferMain(fields.filter((f) => labelsMatch(f.label, label)));
}

/** Fields by normalised label, each list in tree order: `findByLabel` for many labels at one lookup each. */
export type LabelIndex = ReadonlyMap<string, readonly FieldHandle[]>;

export function indexByLabel(fields: readonly FieldHandle[]): LabelIndex {
  const index = new Map<string, FieldHandle[]>();
  for (const f of fields) {
    const key = normalizeLabel(f.label);
    const list = index.get(key);
    if (list) list.push(f);
    else index.set(key, [f]);
  }
  return index;
}

/** The same answer as `findByLabel(fields, label)` for the fields `index` was built from. */
export function findInIndex(index: LabelIndex, label: string): FieldHandle[] {
  return preferMain(index.get(normalizeLabel(label)) ?? []);
}

function preferMain(hits: readonly FieldHandle[]): FieldHandle[] {
  const main = hits.filter((f) => f.source !== 'highlights');
  return main.length > 0 ? main : [...hits];
}
