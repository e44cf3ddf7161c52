/**
 * Which part of the Lightning page belongs to the URL's record. Lightning keeps every visited
 * record page in its own `div.oneContent` (hidden unless `.active`), the Service Console one per
 * workspace tab and subtab (only the focused one shown), and opens new/edit forms in a modal over
 * the page, so reading the whole document would mix records. Only a shown container is read.
 */
import { deepQueryAll, walkDeep } from '../../dom/deep-query';
import { sameSalesforceId } from '../../formats';
import type { PageMatch } from '../types';
import { SF } from './selectors';
import { shownRecordContainers } from './shown';

export type RecordScope =
  /** `verified`: the container showed evidence of the URL's record id (not just "the only one"). */
  | { status: 'ok'; root: Element; verified: boolean }
  /** Nothing to read yet (shell or chooser still showing). */
  | { status: 'absent' }
  /** The active container belongs to another record: navigation is still in flight. */
  | { status: 'other-record'; root: Element };

export function findScope(doc: Document, match: PageMatch): RecordScope {
  if (match.kind === 'sf.case.new') {
    const modal = lastOf(doc.querySelectorAll(SF.activeModal));
    return modal ? { status: 'ok', root: modal, verified: false } : { status: 'absent' };
  }
  const shown = shownRecordContainers(doc);
  if (shown.length === 0) return { status: 'absent' };
  // Split view or a page mid-switch can show more than one: the URL's record wins, else the last.
  const root = shown[shown.length - 1]!;
  if (!match.recordId) return { status: 'ok', root, verified: false };

  let idsOfLast: string[] = [];
  for (const candidate of shown) {
    const ids = selfRecordIds(candidate);
    if (ids.some((id) => sameSalesforceId(id, match.recordId!))) return { status: 'ok', root: candidate, verified: true };
    if (candidate === root) idsOfLast = ids;
  }
  if (idsOfLast.length > 0) return { status: 'other-record', root };
  // No self links rendered (yet, or none on this layout). With one record container in the
  // page there is nothing to confuse it with; with several, at least the object must agree.
  if (doc.querySelectorAll(SF.content).length > 1 && match.objectApiName) {
    const objects = layoutObjects(root);
    if (objects.length > 0 && !objects.includes(match.objectApiName.toLowerCase())) return { status: 'other-record', root };
  }
  return { status: 'ok', root, verified: false };
}

/**
 * The narrowest nodes to observe: the active record container (or the modal) once it is the
 * URL's; otherwise the app container, where the right one will appear.
 */
export function observeRootsFor(doc: Document, match: PageMatch): Node[] {
  const scope = findScope(doc, match);
  if (scope.status === 'ok' && (match.kind === 'sf.case.new' || scope.verified)) return [scope.root];
  const app = doc.querySelector(SF.appContainer);
  return [app ?? doc.body ?? doc.documentElement];
}

const SELF_LINK = /\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/related\//;

/** Record ids that the container's related-list links point at (always its own record). */
function selfRecordIds(root: Element): string[] {
  const ids = new Set<string>();
  for (const a of deepQueryAll(root, SF.selfLink)) {
    const id = SELF_LINK.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Lower-case object API names from the generated layout components' tag names. */
function layoutObjects(root: Element): string[] {
  const out = new Set<string>();
  const prefix = SF.generatedLayoutPrefix;
  for (const el of walkDeep(root)) {
    const tag = el.localName;
    if (tag.startsWith(prefix)) out.add(tag.slice(prefix.length).split('___')[0]!);
  }
  return [...out];
}

function lastOf(list: NodeListOf<Element>): Element | null {
  return list.length > 0 ? list[list.length - 1]! : null;
}
