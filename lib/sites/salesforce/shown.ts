/**
 * Which record containers the CSM can see. Lightning keeps pages mounted that are not shown: the
 * standard app stacks every visited record in its own `div.oneContent` (only the `.active` one
 * shown), and the Service Console keeps a record page per workspace tab and subtab, each inside a
 * tab panel, whichever tab is focused. A hidden page's fields must never be read.
 *
 * Visibility is judged by meaning, not by the console's class names (which differ between the
 * UTAM page objects and SLDS markup): a `role=tabpanel` ancestor is shown when a `role=tab` that
 * names it (its `aria-controls`, or the panel's `aria-labelledby`) is `aria-selected`; the
 * `hidden` attribute and SLDS's `slds-hide` hide anything. No layout is read (no
 * getComputedStyle), so a read costs no style recalculation of the host page.
 */
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

/** The record containers shown now, in document order (normally one). */
export function shownRecordContainers(doc: Document): Element[] {
  const tabs = new TabLookup(doc);
  return Array.from(doc.querySelectorAll(SF.content)).filter((c) => !stackedBehind(c) && !hiddenByAncestor(c, tabs));
}

/**
 * The elements whose own attributes decide which container is shown: every ancestor of every
 * record container (panels, workspaces, wrappers; not `body`), the tabs that name those panels,
 * and the tab lists holding them (a tab added or removed). Watched without their subtrees.
 */
export function visibilityTargets(doc: Document): { attributes: Element[]; children: Element[] } {
  const tabs = new TabLookup(doc);
  const attributes = new Set<Element>();
  const children = new Set<Element>();
  for (const container of Array.from(doc.querySelectorAll(SF.content))) {
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
