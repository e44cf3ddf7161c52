/**
 * Finds the labelled fields rendered inside a record scope, in every shadow tree: page-layout
 * items, Dynamic Forms fields and (as a fallback) the highlights panel's key fields.
 */
import { deepQuery, flatText, walkDeep } from '../../dom/deep-query';
import { labelsMatch } from './labels';
import { SF } from './selectors';

export type FieldSource = 'layout' | 'dynamic' | 'highlights';

export interface FieldHandle {
  el: Element;
  label: string;
  source: FieldSource;
}

/** All labelled fields under `root`, in tree order, from one walk of the composed tree. */
export function listFields(root: ParentNode): FieldHandle[] {
  const out: FieldHandle[] = [];
  for (const el of walkDeep(root)) {
    const tag = el.localName;
    if (tag === SF.layoutItemTag) {
      const label = el.getAttribute(SF.layoutItemLabelAttr);
      // Items without a label are the layout's blank spaces.
      if (label) out.push({ el, label, source: 'layout' });
    } else if (tag === SF.dynamicFieldTag) {
      const label = deepQuery(el, SF.fieldLabel);
      if (label) out.push({ el, label: flatText(label), source: 'dynamic' });
    } else if (tag === SF.highlightsItemTag) {
      const title = deepQuery(el, SF.highlightsTitle);
      if (title) out.push({ el, label: title.getAttribute('title') ?? flatText(title), source: 'highlights' });
    }
  }
  return out;
}

/** The record layout (not just the highlights panel) has rendered at least one field. */
export function layoutRendered(fields: readonly FieldHandle[]): boolean {
  return fields.some((f) => f.source !== 'highlights');
}

/** Fields carrying `label`: layout and Dynamic Forms fields first, highlights only if none. */
export function findByLabel(fields: readonly FieldHandle[], label: string): FieldHandle[] {
  const hits = fields.filter((f) => labelsMatch(f.label, label));
  const main = hits.filter((f) => f.source !== 'highlights');
  return main.length > 0 ? main : hits;
}
