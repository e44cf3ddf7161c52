/**
 * Makes room for the sidebar beside the host page instead of covering it (issue 13, item 3).
 *
 * Two moves, both undone on `release()`:
 * - the page's normal flow narrows: `padding-inline` on `<html>` (Lightning and Gmail size their
 *   shells to the html box; a padding, unlike a margin or width, also holds against hosts that
 *   set `width: 100%` on body);
 * - host panels fixed to the viewport edge the sidebar takes (Gmail's compose dock, Outreach's
 *   composer) do not follow the flow, so the ones the site adapter names as controls to keep
 *   visible are moved by the CSS `translate` property — separate from `transform`, so a host's
 *   own transform is untouched — when, and only as far as, they overlap the sidebar's strip.
 *
 * The sidebar itself is fixed to the viewport and never moved. All host writes go through here.
 */
export type DockSide = 'left' | 'right';

export interface DockLayout {
  side: DockSide;
  /** Pixels the sidebar takes at that edge (its width, or the collapsed rail's). */
  width: number;
}

export interface Dock {
  /** Applies (or changes) the room made; `keepVisible` are host controls that must not be covered. */
  apply(layout: DockLayout, keepVisible: readonly Element[]): void;
  /** Gives the page back exactly as it was. */
  release(): void;
}

const STYLE_ID = 'csm-guide-dock';
const MOVED = 'data-csm-guide-moved';

/** The nearest ancestor (or self) fixed to the viewport: the box the host moves as one panel. */
const fixedBox = (element: Element): HTMLElement | null => {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && node !== element.ownerDocument.documentElement; node = node.parentElement)
    if (view?.getComputedStyle(node).position === 'fixed') return node as HTMLElement;
  return null;
};

interface Moved {
  /** The inline values we replaced, put back on release. */
  translate: string;
  inset: string;
}

export const createDock = (doc: Document): Dock => {
  const moved = new Map<HTMLElement, Moved>();

  const restore = (element: HTMLElement) => {
    const before = moved.get(element);
    if (before) {
      element.style.translate = before.translate;
      element.style.setProperty('right', null);
      element.style.setProperty('left', null);
      element.style.cssText += before.inset;
    }
    element.removeAttribute(MOVED);
    moved.delete(element);
  };

  return {
    apply({ side, width }, keepVisible) {
      let style = doc.getElementById(STYLE_ID);
      if (!style) {
        style = doc.createElement('style');
        style.id = STYLE_ID;
        (doc.head ?? doc.documentElement).append(style);
      }
      const rule = `html { padding-${side}: ${Math.round(width)}px !important; box-sizing: border-box !important; }`;
      if (style.textContent !== rule) style.textContent = rule;

      // Measured where the host put them, so repeated applies never add up.
      for (const element of [...moved.keys()]) restore(element);
      // Nothing to keep clear (Salesforce, MedTrainer): no style or layout read at all. The
      // sidebar re-renders when a record's layout has just been inserted, and measuring here
      // would force the host's style and layout inside that read (npm run bench: facts → sidebar).
      if (keepVisible.length === 0) return;
      const view = doc.defaultView;
      const viewport = doc.documentElement.clientWidth || view?.innerWidth || 0;
      const boxes = new Set(keepVisible.map(fixedBox).filter((box): box is HTMLElement => box !== null));
      for (const box of boxes) {
        const rect = box.getBoundingClientRect();
        const overlap = side === 'right' ? rect.right - (viewport - width) : width - rect.left;
        if (overlap <= 0) continue;
        const before = { translate: box.style.translate, inset: box.style.getPropertyValue('right') ? `right: ${box.style.getPropertyValue('right')};` : '' };
        const beforeLeft = box.style.getPropertyValue('left');
        if (beforeLeft) before.inset += `left: ${beforeLeft};`;
        moved.set(box, before);
        box.setAttribute(MOVED, '');
        if (rect.width >= viewport - 1) {
          // A layer spanning the viewport (a modal's container): end it at the panel's edge, so
          // what it aligns inside (a dialog at its right or centre) lands beside the panel.
          box.style.setProperty(side, `${Math.round(width)}px`, 'important');
        } else {
          // A floating panel (Gmail's compose dock): slide it clear, never past the other edge.
          const room = side === 'right' ? Math.max(0, rect.left) : Math.max(0, viewport - rect.right);
          const shift = Math.min(overlap, room);
          box.style.translate = `${side === 'right' ? -shift : shift}px 0`;
        }
      }
    },
    release() {
      doc.getElementById(STYLE_ID)?.remove();
      for (const element of [...moved.keys()]) restore(element);
    },
  };
};
