import { OUTREACH_SEL } from './selectors';

/**
 * Finding parts of a React page by what the user reads, since Outreach's classes are hashed.
 * "Named" follows the accessible-name sources a screen reader would use, in order: `aria-label`
 * (and `placeholder`, which MUI inputs often carry instead), then a visible label tied to its
 * control by `for` or `aria-labelledby`, then the label element itself, for the caller to climb
 * from to the row it heads.
 */
export function findNamed(root: Element, name: RegExp): Element | null {
  for (const el of Array.from(root.querySelectorAll('[aria-label], [placeholder]'))) {
    const text = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';
    if (name.test(text.trim())) return el;
  }
  const label = findLabelText(root, name);
  if (!label) return null;
  const doc = root.ownerDocument;
  const forId = label.tagName === 'LABEL' ? label.getAttribute('for') : null;
  const byFor = forId ? doc.getElementById(forId) : null;
  if (byFor && root.contains(byFor)) return byFor;
  if (label.id) {
    const labelled = Array.from(root.querySelectorAll('[aria-labelledby]')).find((el) =>
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(label.id),
    );
    if (labelled) return labelled;
  }
  return label;
}

/**
 * The deepest element under `root` whose whole text matches `name` ("To", "Subject:"), skipping
 * wrappers that merely hold such an element, and anything holding a control.
 */
export function findLabelText(root: ParentNode, name: RegExp): Element | null {
  for (const el of Array.from(root.querySelectorAll(OUTREACH_SEL.labelText))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 40 || !name.test(text)) continue;
    if (el.querySelector(OUTREACH_SEL.control)) continue;
    const inner = Array.from(el.children).some((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim() === text);
    if (!inner) return el;
  }
  return null;
}

/**
 * The first of `from` and its ancestors (at most `levels` up, never past `root`) that passes
 * `test`. The cap keeps a search local: an empty "To" row must not climb into the "Cc" row.
 */
export function climb(from: Element, root: Element, test: (el: Element) => boolean, levels = 4): Element | null {
  let el: Element | null = from;
  for (let i = 0; el && i <= levels; i++) {
    if (test(el)) return el;
    if (el === root) return null;
    el = el.parentElement;
  }
  return null;
}

/** Text with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * An element's accessible name as a screen reader would start it: `aria-label`, else the text of
 * the elements `aria-labelledby` names, else its first heading (a panel titled by its own `h2`).
 */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byIds = ids.map((id) => textOf(el.ownerDocument.getElementById(id))).join(' ').trim();
  if (byIds) return byIds;
  return textOf(el.querySelector('h1, h2, h3, h4, [role=heading]'));
}
