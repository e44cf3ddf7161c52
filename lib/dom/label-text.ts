/**
 * Comparing visible field labels. Forms decorate labels ("* Due Date", "Account ID *",
 * "Due Date Required", "Company Name:"), and admins change case and spacing; the label a user
 * configured should still match.
 */

/**
 * Normalised labels by raw text. Adapters compare every label on the record with every label they
 * look for on each read (once per frame while the page changes), and a page has few distinct
 * labels: remembering them takes the regexes off that path. Bounded, so free text cannot grow it.
 */
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 2000;

/** Canonical form: whitespace collapsed, decorations (`*`, "Required", trailing colon) removed, lower case. */
export function normalizeLabelText(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const result = normalizeUncached(text);
  if (normalized.size >= MAX_REMEMBERED) normalized.clear();
  normalized.set(text, result);
  return result;
}

function normalizeUncached(text: string): string {
  let s = text.replace(/[\s\u00a0]+/g, ' ').trim();
  // Strip repeatedly: "* Due Date Required" carries two decorations.
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s
      .replace(/^\*\s*/, '')
      .replace(/\s*\*$/, '')
      .replace(/\s*\(?required\)?$/i, '')
      .replace(/\s*:$/, '')
      .trim();
  }
  return s.toLowerCase();
}

export function labelTextMatches(a: string, b: string): boolean {
  return normalizeLabelText(a) === normalizeLabelText(b);
}

const CONTROLS = 'input, select, textarea, button';

/** A `<label>`'s own text, without the text of a control nested inside it. */
export function ownLabelText(label: HTMLLabelElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1 && !(node as Element).matches(CONTROLS)) node.childNodes.forEach(walk);
  };
  label.childNodes.forEach(walk);
  return parts.join(' ');
}

type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The form control a visible label names, found the ways HTML associates them: `<label for>`,
 * a control nested in the label, `aria-label`, `aria-labelledby`. Never by guessed ids or names.
 */
export function controlByLabel(root: Document | Element, label: string): FormControl | null {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  for (const el of Array.from(root.querySelectorAll('label'))) {
    if (!labelTextMatches(ownLabelText(el), label)) continue;
    const forId = el.getAttribute('for');
    const control = (forId ? doc.getElementById(forId) : null) ?? el.querySelector('input, select, textarea');
    if (control && isFormControl(control)) return control;
  }
  for (const el of Array.from(root.querySelectorAll('input, select, textarea'))) {
    const aria = el.getAttribute('aria-label');
    if (aria && labelTextMatches(aria, label) && isFormControl(el)) return el;
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      const text = ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' ');
      if (labelTextMatches(text, label) && isFormControl(el)) return el;
    }
  }
  return null;
}

function isFormControl(el: Element): el is FormControl {
  return el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select';
}
