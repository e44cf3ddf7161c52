/**
 * Which record bodies the CSM can see. Lightning keeps pages mounted that are not shown: the
 * standard app stacks every visited record in its own `div.oneContent` (only the `.active` one
 * shown), and the Service Console keeps a record page per workspace tab and subtab, each inside a
 * tab panel, whichever tab is focused. A hidden page's fields must never be read.
 *
 * A record body is found by what it is, not by the container classes around it (the console
 * wraps record pages in `div.oneContent`, or in a `windowViewMode-maximized` page host, or in
 * whatever a release brings): the record home component itself (`one-record-home-flexipage2`,
 * a custom element in light DOM in both shadow modes), or the standard app's `div.oneContent`
 * around it. Bodies inside a modal are the modal's (scope.ts reads those apart).
 *
 * Visibility is judged by meaning, not by the console's class names (which differ between the
 * UTAM page objects, SLDS markup and the live console): a `role=tabpanel` ancestor is shown when
 * a `role=tab` that names it (its `aria-controls`, or the panel's `aria-labelledby`) is
 * `aria-selected`; the `hidden` attribute and SLDS's `slds-hide` hide anything. A body those
 * signals call shown must also be rendered (`checkVisibility`: consoles that hide inactive
 * panels with a stylesheet rule and no attribute at all). That one call per body is the only
 * style read; no layout is measured.
 */
import { validateSalesforceId } from '../../core/formats';
import { SF } from './selectors';

/** What one element says about its own visibility (plain data, see `hidesSubtree`). */
export interface VisibilitySignals {
  hidden: boolean;
  /** SLDS's utility class for "not displayed". */
  hideClass: boolean;
  tabpanel: boolean;
  /** Tabs naming this panel: true if one is aria-selected, false if all say not, null if none found. */
  tabSelected: boolean | null;
  ariaHidden: boolean;
  ariaExpanded: boolean | null;
}

/**
 * Whether an element with these signals hides its subtree. A tab panel's own tab decides; a
 * panel whose tab cannot be found falls back to its own ARIA state. `aria-hidden` elsewhere is
 * ignored on purpose: Lightning sets it on the whole viewport behind a modal, and the record
 * under the new/edit modal must stay readable.
 */
export function hidesSubtree(s: VisibilitySignals): boolean {
  if (s.hidden || s.hideClass) return true;
  if (!s.tabpanel) return false;
  if (s.tabSelected !== null) return !s.tabSelected;
  return s.ariaHidden || s.ariaExpanded === false;
}

/**
 * Every record body mounted in the page, shown or not, in document order: the outermost of the
 * record-page elements (a `div.oneContent` holds its record home), none inside a modal.
 */
export function recordBodies(doc: Document): Element[] {
  const found = Array.from(doc.querySelectorAll(SF.recordBody));
  return found.filter((el) => !el.closest(SF.modalLayer) && !found.some((other) => other !== el && other.contains(el)));
}

/** The record bodies shown now, in document order (normally one). */
export function shownRecordContainers(doc: Document): Element[] {
  const tabs = new TabLookup(doc);
  return recordBodies(doc).filter((c) => !stackedBehind(c) && !hiddenByAncestor(c, tabs) && rendered(c));
}

/**
 * The record a shown body's own console tab names (`href` of the selected tab of its innermost
 * tab panel: `/lightning/r/<Object>/<id>/view`), when the console links tab and panel.
 */
export function tabRecordHref(body: Element): string | null {
  const tabs = new TabLookup(body.ownerDocument);
  for (let el: Element | null = body; el; el = parentAcrossShadow(el)) {
    if (el.getAttribute('role') !== 'tabpanel') continue;
    for (const tab of tabs.tabsFor(el)) {
      if (tab.getAttribute('aria-selected') !== 'true') continue;
      const href = tab.getAttribute('href') ?? '';
      const id = RECORD_HREF.exec(href)?.[1];
      if (id && validateSalesforceId(id).ok) return href;
    }
    // The innermost linked panel decides (a subtab over its workspace).
    if (tabs.tabsFor(el).length > 0) return null;
  }
  return null;
}

/** Whether a body sits in a console tab panel (the console's focus, not a navigation, shows it). */
export function inConsoleTab(body: Element): boolean {
  for (let el = parentAcrossShadow(body); el; el = parentAcrossShadow(el)) if (el.getAttribute('role') === 'tabpanel') return true;
  return false;
}

const RECORD_HREF = /\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/view\b/;

/**
 * The elements whose own attributes decide which container is shown: every ancestor of every
 * record container (panels, workspaces, wrappers; not `body`), the tabs that name those panels,
 * and the tab lists holding them (a tab added or removed). Watched without their subtrees.
 */
export function visibilityTargets(doc: Document): { attributes: Element[]; children: Element[] } {
  const tabs = new TabLookup(doc);
  const attributes = new Set<Element>();
  const children = new Set<Element>();
  for (const container of recordBodies(doc)) {
    for (let el: Element | null = container; el && el !== doc.body && el !== doc.documentElement; el = parentAcrossShadow(el)) {
      if (attributes.has(el)) break; // the rest of the chain is shared with an earlier container
      attributes.add(el);
      if (el.getAttribute('role') !== 'tabpanel') continue;
      for (const tab of tabs.tabsFor(el)) {
        attributes.add(tab);
        const list = tab.closest(SF.tabList);
        if (list) children.add(list);
      }
    }
  }
  return { attributes: [...attributes], children: [...children] };
}

/** The standard app's history stack: a container not `.active` while a sibling is. */
function stackedBehind(container: Element): boolean {
  if (container.classList.contains(SF.activeClass)) return false;
  const parent = container.parentElement;
  if (!parent) return false;
  for (const sibling of Array.from(parent.children)) {
    if (sibling !== container && sibling.matches(SF.activeContent)) return true;
  }
  return false;
}

/**
 * Whether the body has a box at all (no `display: none` on it or above it). Asked of the first
 * plain element at or above the body: a custom element may be `display: contents`, which has no
 * box of its own and would read as hidden. Where the DOM has no `checkVisibility`, signals decide.
 */
function rendered(body: Element): boolean {
  let el: Element | null = body;
  while (el && el.localName.includes('-')) el = parentAcrossShadow(el);
  const check = (el as (Element & { checkVisibility?: () => boolean }) | null)?.checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function hiddenByAncestor(container: Element, tabs: TabLookup): boolean {
  for (let el: Element | null = container; el; el = parentAcrossShadow(el)) {
    if (hidesSubtree(signalsOf(el, tabs))) return true;
  }
  return false;
}

function signalsOf(el: Element, tabs: TabLookup): VisibilitySignals {
  const tabpanel = el.getAttribute('role') === 'tabpanel';
  const expanded = el.getAttribute('aria-expanded');
  return {
    hidden: el.hasAttribute('hidden'),
    hideClass: el.classList.contains(SF.hideClass),
    tabpanel,
    tabSelected: tabpanel ? tabs.selected(el) : null,
    ariaHidden: el.getAttribute('aria-hidden') === 'true',
    ariaExpanded: expanded === null ? null : expanded === 'true',
  };
}

/**
 * Finds the tabs naming a panel. `aria-labelledby` is an id lookup; `aria-controls` needs the
 * document's tabs, indexed once per read and only when a panel is not labelled by its tab.
 */
class TabLookup {
  private byControls: Map<string, Element[]> | null = null;

  constructor(private readonly doc: Document) {}

  selected(panel: Element): boolean | null {
    const found = this.tabsFor(panel);
    if (found.length === 0) return null;
    return found.some((tab) => tab.getAttribute('aria-selected') === 'true');
  }

  tabsFor(panel: Element): Element[] {
    const root = panel.getRootNode() as Document | ShadowRoot;
    const labelled: Element[] = [];
    for (const id of (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
      const el = id ? root.getElementById?.(id) : null;
      if (el?.getAttribute('role') === 'tab') labelled.push(el);
    }
    if (labelled.length > 0 || !panel.id) return labelled;
    this.byControls ??= indexControls(this.doc, root);
    return this.byControls.get(panel.id) ?? [];
  }
}

function indexControls(doc: Document, root: Document | ShadowRoot): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  const scopes = root === doc ? [doc] : [doc, root];
  for (const scope of scopes) {
    for (const tab of Array.from(scope.querySelectorAll(SF.controllingTab))) {
      for (const id of (tab.getAttribute('aria-controls') ?? '').split(/\s+/)) {
        if (!id) continue;
        const list = map.get(id) ?? [];
        list.push(tab);
        map.set(id, list);
      }
    }
  }
  return map;
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}
