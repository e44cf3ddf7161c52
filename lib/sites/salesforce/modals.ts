/**
 * Host modals the CSM must keep using with the sidebar open: the new/edit record modal (its
 * record-type chooser first, then the form), and any other modal dialog Lightning opens over the
 * page. Found by meaning — a dialog that says it is modal (`role=dialog` + `aria-modal`), or
 * the dialog inside Aura's open modal layer — and only while it is rendered. The dock
 * (lib/dom/dock.ts) moves the fixed layer holding each one clear of the sidebar's strip; every
 * other fixed host part (utility bar, toasts, the global header) is left where the host put it.
 */
import { SF } from './selectors';

export function openModals(doc: Document): Element[] {
  const found = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(SF.modalDialog))) {
    // A dialog inside another (a lookup's "new record" over the form) moves with its layer.
    if (el.parentElement?.closest(SF.modalDialog)) continue;
    if (rendered(el)) found.add(el);
  }
  // An Aura modal whose dialog carries no role (older layouts): its container stands for it.
  for (const layer of Array.from(doc.querySelectorAll(SF.activeModal))) {
    if (![...found].some((d) => layer.contains(d)) && rendered(layer)) found.add(layer.querySelector(SF.modalContainer) ?? layer);
  }
  return [...found];
}

function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}
