/**
 * Which part of the Lightning page belongs to the URL's record. Lightning keeps every visited
 * record page mounted (the standard app in its own `div.oneContent`, hidden unless `.active`; the
 * Service Console one per workspace tab and subtab, only the focused one shown, in whatever
 * containers the console uses), and opens new/edit forms in a modal over the page, so reading the
 * whole document would mix records. Only a shown record body (shown.ts) is read, and only once it
 * names the URL's record: by its related-list links, or by the console tab that shows it.
 */
import { walkDeep } from '../../dom/deep-query';
import { sameSalesforceId } from '../../core/formats';
import type { PageMatch } from '../types';
import { SF } from './selectors';
import { recordBodies, shownRecordContainers, tabRecordHref } from './shown';

export type RecordScope =
  /** `verified`: the container showed evidence of the URL's record id (not just "the only one"). */
  | { status: 'ok'; root: Element; verified: boolean }
  /** Nothing to read yet (shell or chooser still showing). */
  | { status: 'absent' }
  /**
   * The shown body belongs to another record: navigation is still in flight, or the console's
   * focus moved without the URL (a subtab, split view). `shownHref`, when known, names the record
   * shown (its console tab's href, or its own related-list link) so it can be read as itself.
   */
  | { status: 'other-record'; root: Element; shownHref?: string };

export function findScope(doc: Document, match: PageMatch): RecordScope {
  return findScopeWithEvidence(doc, match).scope;
}

/**
 * `findScope` and what its answer rests on, so a reader can keep it between reads: the record
 * containers shown, and for a verified scope the self links in it that name the URL's record.
 * While the containers shown are the same, the verified root is the first of them and one of
 * those links is still in it with the same href, `findScope` would give the same answer.
 */
export interface ScopeEvidence {
  scope: RecordScope;
  shown: readonly Element[];
  links: readonly Element[];
}

export function findScopeWithEvidence(doc: Document, match: PageMatch): ScopeEvidence {
  if (match.kind === 'sf.case.new') {
    const modal = lastOf(doc.querySelectorAll(SF.activeModal));
    return { scope: modal ? { status: 'ok', root: modal, verified: false } : { status: 'absent' }, shown: [], links: [] };
  }
  const shown = shownRecordContainers(doc);
  const out = (scope: RecordScope, links: Element[] = []): ScopeEvidence => ({ scope, shown, links });
  if (shown.length === 0) return out({ status: 'absent' });
  // Split view or a page mid-switch can show more than one: the URL's record wins, else the last.
  const root = shown[shown.length - 1]!;
  if (!match.recordId) return out({ status: 'ok', root, verified: false });

  let idsOfLast: string[] = [];
  let shownHref: string | undefined;
  for (const candidate of shown) {
    const links = selfLinks(candidate);
    const ids = [...new Set(links.map((l) => l.id))];
    const naming = links.filter((l) => sameSalesforceId(l.id, match.recordId!));
    if (naming.length > 0) return out({ status: 'ok', root: candidate, verified: true }, naming.map((l) => l.el));
    // No link of its own names any record: the console tab that shows it may (the body's own
    // links win over its tab when they disagree).
    const tabHref = tabRecordHref(candidate);
    const tabId = tabHref ? RECORD_ID_IN_HREF.exec(tabHref)?.[1] : undefined;
    if (ids.length === 0 && tabId && sameSalesforceId(tabId, match.recordId)) return out({ status: 'ok', root: candidate, verified: true });
    if (candidate === root) {
      idsOfLast = ids;
      shownHref = ids.length > 0 ? (ids.length === 1 ? links[0]!.el.getAttribute('href') ?? undefined : undefined) : tabHref ?? undefined;
      if (tabHref && ids.length > 0 && tabId && ids.some((id) => sameSalesforceId(id, tabId))) shownHref = tabHref;
    }
  }
  const other = (): ScopeEvidence => out(shownHref ? { status: 'other-record', root, shownHref } : { status: 'other-record', root });
  if (idsOfLast.length > 0) return other();
  // No self links rendered (yet, or none on this layout). With one record body in the
  // page there is nothing to confuse it with; with several, at least the object must agree.
  if (recordBodies(doc).length > 1 && match.objectApiName) {
    if (shownHref) return other();
    const objects = layoutObjects(root);
    if (objects.length > 0 && !objects.includes(match.objectApiName.toLowerCase())) return other();
  }
  return out({ status: 'ok', root, verified: false });
}

/** Whether `link` (one of ScopeEvidence.links) still names `recordId`. */
export function linkNames(link: Element, recordId: string): boolean {
  const id = selfLinkId(link);
  return id !== undefined && sameSalesforceId(id, recordId);
}

/**
 * The narrowest nodes to observe: the active record container (or the modal) once it is the
 * URL's; otherwise the app container, where the right one will appear.
 */
export function observeRootsFor(doc: Document, match: PageMatch, known?: RecordScope): Node[] {
  const scope = known ?? findScope(doc, match);
  if (scope.status === 'ok' && (match.kind === 'sf.case.new' || scope.verified)) return [scope.root];
  // A new-record modal is layered over the app, not inside its container: until it shows, watch
  // the whole body (Lightning's New button moves the URL before the modal is rendered).
  if (match.kind === 'sf.case.new') return [doc.body ?? doc.documentElement];
  const app = doc.querySelector(SF.appContainer);
  return [app ?? doc.body ?? doc.documentElement];
}

const RECORD_ID_IN_HREF = /\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\//;
const SELF_LINK = /\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/related\//;

/** The container's related-list links (they always point at its own record), with the id each names. */
function selfLinks(root: Element): Array<{ el: Element; id: string }> {
  const out: Array<{ el: Element; id: string }> = [];
  // One walk of a whole new layout: the tag name is a plain property read, so only anchors pay
  // for selector matching (npm run bench: facts → sidebar).
  for (const a of walkDeep(root)) {
    if (a.localName !== 'a' || !a.matches(SF.selfLink)) continue;
    const id = selfLinkId(a);
    if (id) out.push({ el: a, id });
  }
  return out;
}

function selfLinkId(a: Element): string | undefined {
  return SELF_LINK.exec(a.getAttribute('href') ?? '')?.[1];
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
