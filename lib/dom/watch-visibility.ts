/**
 * Watches the few elements whose own attributes decide which part of a page is shown — a
 * console's tabs (`aria-selected`), its tab panels and their wrappers (`class`, `hidden`,
 * `aria-hidden`, `aria-expanded`) — and the tab lists holding the tabs (a tab opened or closed).
 * None is observed with its subtree, so whatever the host renders inside a record costs nothing
 * here: only a focus or visibility change wakes it. All changes of a frame make one `onChange()`.
 *
 * `style` is not watched: Lightning animates inline styles on app wrappers, and each change would
 * cost a full re-read of the record. Console panels hide by class, `hidden` or their tab.
 */
import { frameScheduler } from './observe';

export const VISIBILITY_ATTRIBUTES = ['aria-selected', 'class', 'hidden', 'aria-hidden', 'aria-expanded'] as const;

export interface VisibilityTargets {
  /** Elements whose own attributes are watched. */
  attributes: readonly Element[];
  /** Elements whose direct children are watched (tab lists). */
  children: readonly Element[];
}

export function sameVisibilityTargets(a: VisibilityTargets | null, b: VisibilityTargets): boolean {
  if (!a) return false;
  const same = (x: readonly Element[], y: readonly Element[]) => x.length === y.length && x.every((el, i) => el === y[i]);
  return same(a.attributes, b.attributes) && same(a.children, b.children);
}

/** Calls `onChange` once per frame after any watched change, until `signal` aborts. Errors in it are swallowed. */
export function watchVisibility(targets: VisibilityTargets, onChange: () => void, signal: AbortSignal): void {
  const first = targets.attributes[0] ?? targets.children[0];
  if (signal.aborted || !first) return;
  const win = first.ownerDocument.defaultView;
  const schedule = frameScheduler(win);
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      // A failing consumer must not break the host page or stop later notifications.
    }
  };
  const observer = new (win?.MutationObserver ?? MutationObserver)(() => {
    cancel ??= schedule(flush);
  });
  const attributeFilter = [...VISIBILITY_ATTRIBUTES];
  for (const el of targets.attributes) observer.observe(el, { attributes: true, attributeFilter });
  // A tab list's direct children: observing it again merges with any attribute watch on it.
  for (const el of targets.children) observer.observe(el, { childList: true, ...(targets.attributes.includes(el) ? { attributes: true, attributeFilter } : {}) });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancel?.();
      cancel = null;
    },
    { once: true },
  );
}
