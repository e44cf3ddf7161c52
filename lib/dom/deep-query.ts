/**
 * Queries that see through open shadow roots.
 *
 * Lightning renders the same component tree two ways: synthetic shadow (templates are ordinary
 * descendants, `<slot>` elements are real nodes holding their slotted children) and native
 * shadow (every component host has an open `shadowRoot`; `document.querySelector` stops at it).
 * Everything here walks both in one code path: visit an element, then its shadow tree, then its
 * light children. In synthetic mode there simply are no shadow roots to descend into.
 */

type ShadowApi = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/** Closed shadow roots found through `chrome.dom`, and elements known to have none. */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const noClosedRoot = new WeakSet<Element>();

/**
 * The element's shadow root if the extension may read it. Open roots are public; in a content
 * script Chrome also hands out closed ones through `chrome.dom.openOrClosedShadowRoot`.
 *
 * That call crosses into the extension bindings and costs about a microsecond per element;
 * every read walks every element of the record, so it was most of the sidebar's work while a
 * page churns (npm run bench). The answer is remembered per element: a shadow root is attached
 * once and never removed, and hosts attach it as they build an element, before inserting it
 * (LWC does so in its constructor). Open roots are always read live, so one attached later is
 * still seen; only a CLOSED root attached to an element after the extension first visited it
 * would be missed — no supported host does that, and the adapter would report a field it
 * cannot read rather than fail.
 *
 * Only custom elements are asked about closed roots. A closed root is a component's
 * encapsulation, and components are custom elements (LWC's hosts, any web-component library);
 * the DOM would let a plain `div` or `span` carry one, but no supported host does, and asking
 * the bindings about every plain element a page inserts was the largest single cost of a read
 * after a new layout or during churn (npm run bench).
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  if (!el.localName.includes('-')) return null;
  if (noClosedRoot.has(el)) return null;
  const known = closedRoots.get(el);
  if (known) return known;
  const chromeApi = (globalThis as { chrome?: ShadowApi }).chrome;
  const openOrClosed = chromeApi?.dom?.openOrClosedShadowRoot;
  if (!openOrClosed) return null;
  let root: ShadowRoot | null = null;
  try {
    root = openOrClosed(el) ?? null;
  } catch {
    // Throws for elements that cannot host a shadow root; that simply means "none".
  }
  if (root) closedRoots.set(el, root);
  else noClosedRoot.add(el);
  return root;
}

/**
 * Every element under `root` (root itself excluded) in shadow-including tree order:
 * an element, then its shadow tree, then its light children. Iterative so deep Lightning
 * trees cannot overflow the stack.
 */
export function* walkDeep(root: ParentNode): Generator<Element> {
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    const kids = parent.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  if (isElement(root)) {
    const own = shadowRootOf(root);
    // The root's own light children come after its shadow tree, so push them first.
    pushChildren(root);
    if (own) pushChildren(own);
  } else {
    pushChildren(root);
  }
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    pushChildren(el);
    const shadow = shadowRootOf(el);
    if (shadow) pushChildren(shadow);
  }
}

/** All elements under `root`, through open shadow roots, that match `selector`, in tree order. */
export function deepQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const out: E[] = [];
  for (const el of walkDeep(root)) if (el.matches(selector)) out.push(el as E);
  return out;
}

/** The first element under `root`, through open shadow roots, that matches `selector`. */
export function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  for (const el of walkDeep(root)) if (el.matches(selector)) return el as E;
  return null;
}

/** Every open shadow root under `root` (and root's own), outermost first. */
export function shadowRootsUnder(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  if (isElement(root)) {
    const own = shadowRootOf(root);
    if (own) out.push(own);
  }
  if (!isParentNode(root)) return out;
  for (const el of walkDeep(root)) {
    const shadow = shadowRootOf(el);
    if (shadow) out.push(shadow);
  }
  return out;
}

/** The parent in the composed tree: a shadow root's host instead of the root itself. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && isShadowRoot(parent)) return parent.host;
  return parent;
}

/** `Element.closest` that keeps climbing from a shadow root to its host. */
export function closestAcrossShadow<E extends Element = Element>(start: Element, selector: string): E | null {
  let el: Element | null = start;
  while (el) {
    const hit = el.closest(selector);
    if (hit) return hit as E;
    const root = el.getRootNode();
    el = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** True when `ancestor` contains `node` in the composed tree (across shadow boundaries). */
export function containsAcrossShadow(ancestor: Node, node: Node): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (cur === ancestor) return true;
    cur = composedParent(cur);
  }
  return false;
}

const SKIPPED_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * The text a user sees in `node`, read through the flattened tree: a shadow host contributes
 * its shadow tree (its light children appear only where a slot assigns them), a `<slot>`
 * contributes its assigned nodes or, if none, its fallback children. `<br>` and block
 * elements become line breaks, so multi-line long-text fields keep their lines.
 */
export function flatText(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return normalizeLines(parts.join(''));
}

function collectText(node: Node, parts: string[]): void {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    parts.push((node as Text).data);
    return;
  }
  if (node.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE (shadow root) */) {
    for (const child of Array.from(node.childNodes)) collectText(child, parts);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.tagName.toUpperCase();
  if (SKIPPED_TEXT_TAGS.has(tag)) return;
  if (tag === 'BR') {
    parts.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) parts.push('\n');
  if (tag === 'SLOT') {
    const assigned = assignedNodesOf(node as HTMLSlotElement);
    const source = assigned.length > 0 ? assigned : Array.from(node.childNodes);
    for (const child of source) collectText(child, parts);
  } else {
    const shadow = shadowRootOf(node);
    const source = shadow ? Array.from(shadow.childNodes) : Array.from(node.childNodes);
    for (const child of source) collectText(child, parts);
  }
  if (block) parts.push('\n');
}

function assignedNodesOf(slot: HTMLSlotElement): Node[] {
  try {
    return typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
  } catch {
    return [];
  }
}

/** Collapses runs of spaces inside each line, trims lines, drops blank lines at both ends. */
function normalizeLines(text: string): string {
  const lines = text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim());
  // Keep interior blank lines out too: Lightning's block wrappers would otherwise double them.
  return lines.filter((line) => line.length > 0).join('\n');
}

/**
 * Whether the element is hidden by itself or by any composed ancestor (`hidden`, `display:none`,
 * `visibility:hidden`). Uses computed style where the environment has it; no layout read.
 */
export function isHiddenAcrossShadow(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  let cur: Node | null = el;
  while (cur) {
    if (isElement(cur)) {
      if (cur.hasAttribute('hidden')) return true;
      const style = view?.getComputedStyle?.(cur);
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    }
    cur = composedParent(cur);
  }
  return false;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isShadowRoot(node: unknown): node is ShadowRoot {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as Node).nodeType === 11 &&
    (node as ShadowRoot).host !== undefined &&
    (node as ShadowRoot).host !== null
  );
}

function isParentNode(node: Node): node is Node & ParentNode {
  return 'children' in node;
}
