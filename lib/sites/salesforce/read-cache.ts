/**
 * What one read of a record page found, kept for the next read of the same session (issue 15).
 *
 * A Lightning page that keeps changing inside the record (a ticking timer, a feed, re-rendered
 * sections) used to cost a full read per batch of changes: the shown containers, a walk of the
 * whole record for its self links (scope.ts), another for its fields (layout.ts), each label
 * compared with every field, every field read. The observer (lib/dom/observe.ts) says which nodes
 * changed, so a read can keep what those changes cannot have touched:
 *
 * - the scope, while the containers shown at the full read are still in the page (a change of
 *   which is shown is watched apart and reads in full) and one of the self links that verified
 *   it is still in it naming the record;
 * - the field list and its label index, while no field element is added, removed or moved and
 *   no field's label changed (a field's label lives in its own subtree);
 * - each field's raw read, while nothing in its subtree changed. Fields read through an editor
 *   or showing a checkbox are read every time: typing and `checked` change properties, which no
 *   mutation reports;
 * - the facts the last read built, while no field was touched and the fields read every time
 *   (above) read as they did: a page that churns around its fields (a ticking timer, a feed)
 *   then costs each read only the placing of what changed and those few reads (npm run bench:
 *   mutations).
 *
 * Anything the changes cannot place (no changes given, a change the observer's roots do not
 * cover, an event from outside a field) makes the read a full one, which rebuilds the cache. The
 * new/edit Case modal is always read in full: its read also looks at the title and the page
 * behind the modal, outside the observed root.
 */
import { containsAcrossShadow, walkDeep } from '../../dom/deep-query';
import type { ObservedChanges } from '../../dom/observe';
import type { PageFacts } from '../../core/facts/page-facts';
import type { AdapterSettings, PageMatch } from '../types';
import { fieldHandleOf, indexByLabel, isFieldTag, scanFields, type FieldHandle, type LabelIndex } from './layout';
import { readField, type RawRead } from './read-value';
import { linkNames, type RecordScope } from './scope';

/** A field's raw read, or the error reading it threw (reported as unreadable). */
export type CachedRaw = { ok: true; read: RawRead } | { ok: false };

export interface ReadCache {
  readonly doc: Document;
  readonly match: PageMatch;
  readonly settings: AdapterSettings;
  readonly root: Element;
  readonly shown: readonly Element[];
  readonly links: readonly Element[];
  fields: FieldHandle[];
  index: LabelIndex;
  /** Field element → its handle (listFields yields each element once). */
  byElement: Map<Element, FieldHandle>;
  /** Every field element in the record, labelled or not: a change inside one may change its label. */
  elements: Set<Element>;
  raw: Map<Element, CachedRaw>;
  /**
   * What the read depends on inside the record besides which elements are there: the field
   * elements and the verifying self links (the container's own attributes are the visibility
   * watch's). The session watches text and attributes only inside these (detailTargets).
   */
  detail: readonly Element[];
  /**
   * The facts the last read built from this cache, while they still hold: cleared by a change
   * that touches a field or the field list. They also depend on the reads that are never kept
   * (`volatile`: an editor, a checkbox, a failed read), which `sameVolatile` reads again.
   */
  facts: PageFacts | null;
  /** Field element → the read rawRead made afresh and did not keep, during the read that built `facts`. */
  volatile: Map<Element, CachedRaw>;
}

/** Counters for tests: how much work reads did (no timing). */
export const readStats = { full: 0, incremental: 0, fieldReads: 0, fieldLists: 0 };

export function resetReadStats(): void {
  readStats.full = 0;
  readStats.incremental = 0;
  readStats.fieldReads = 0;
  readStats.fieldLists = 0;
}

/** One cache per session: a navigation or new settings starts a session with a new match object. */
const caches = new WeakMap<PageMatch, ReadCache>();

export function dropCache(match: PageMatch): void {
  caches.delete(match);
}

export function storeCache(cache: ReadCache): void {
  caches.set(cache.match, cache);
}

export function cacheFor(doc: Document, match: PageMatch, settings: AdapterSettings): ReadCache | undefined {
  const cache = caches.get(match);
  return cache && cache.doc === doc && cache.settings === settings ? cache : undefined;
}

/** A fresh cache for a verified scope found by a full read (fields as listed in that read). */
export function newCache(
  doc: Document,
  match: PageMatch,
  settings: AdapterSettings,
  root: Element,
  shown: readonly Element[],
  links: readonly Element[],
  scan: { fields: FieldHandle[]; elements: Element[] },
): ReadCache {
  const { fields, elements } = scan;
  return {
    doc,
    match,
    settings,
    root,
    shown,
    links,
    fields,
    index: indexByLabel(fields),
    byElement: byElementOf(fields),
    elements: new Set(elements),
    raw: new Map(),
    detail: [...elements, ...links],
    facts: null,
    volatile: new Map(),
  };
}

/**
 * The nodes whose text and attributes this session's reads depend on, while a cache stands for
 * the record; null (watch everything) otherwise — no verified record, the Case modal, a layout
 * not rendered yet.
 */
export function detailTargets(doc: Document, match: PageMatch): readonly Element[] | null {
  const cache = caches.get(match);
  return cache && cache.doc === doc ? cache.detail : null;
}

/**
 * The verified record a cache stands for, as the part of the page where no host panel opens
 * (SiteAdapter.panelFree): empty for the Case modal, a record not verified yet or the app shell.
 */
export function cachedRecord(doc: Document, match: PageMatch): readonly Element[] {
  const cache = caches.get(match);
  return cache && cache.doc === doc ? [cache.root] : [];
}

/** One field read from the page (counted), or that reading it threw. */
function readFresh(handle: FieldHandle): CachedRaw {
  readStats.fieldReads += 1;
  try {
    return { ok: true, read: readField(handle) };
  } catch {
    return { ok: false };
  }
}

/** A field's raw read, from the cache when its subtree has not changed since. */
export function rawRead(cache: ReadCache | null, handle: FieldHandle): CachedRaw {
  const known = cache?.raw.get(handle.el);
  if (known) return known;
  const result = readFresh(handle);
  // Properties (a typed value, a checkbox's state) change without a mutation: never kept.
  if (cache && result.ok && result.read.editable === undefined && result.read.value.kind !== 'checkbox') cache.raw.set(handle.el, result);
  else if (cache) cache.volatile.set(handle.el, result);
  return result;
}

/**
 * Whether every read the last facts took afresh (`volatile`) reads the same again: a checkbox's
 * `checked` or a typed value changes with no mutation, so kept facts stand only if these agree.
 * Few fields on any page are such (none on most), and each is one read.
 */
export function sameVolatile(cache: ReadCache): boolean {
  for (const [el, before] of cache.volatile) {
    const handle = cache.byElement.get(el);
    if (!handle || JSON.stringify(readFresh(handle)) !== JSON.stringify(before)) return false;
  }
  return true;
}

/**
 * Brings `cache` up to date with `changes`, or says it cannot (false: read in full). On true,
 * `cache.fields`/`index` are what listFields would find now and `cache.raw` holds only reads of
 * fields whose subtrees did not change.
 */
export function applyChanges(cache: ReadCache, changes: ObservedChanges): boolean {
  const { root, match } = cache;
  // The changes must come from an observer of this very root (page-session swaps observers as
  // the scope moves); anything outside it was not seen.
  if (!changes.roots.includes(root)) return false;
  // Which bodies are shown is not asked again here: whatever decides it (the bodies' and their
  // ancestors' class, `hidden` and ARIA state, the console's tabs) is watched apart, and any
  // change there makes the session read in full (app/page-session.ts, watch-visibility.ts).
  // Asking here cost more than the rest of a read while a page churned: a style read forces the
  // host's pending style work (npm run bench: mutations). Only that those bodies are still there.
  if (!cache.shown.every((el) => el.isConnected)) return false;
  if (!match.recordId || !cache.links.some((a) => linkNames(a, match.recordId!) && containsAcrossShadow(root, a))) return false;

  // Where each changed node sits: 0 not in the record (now), 1 in it outside any field, 2 in a
  // field. Every field above a node in the record is marked dirty; the walk up stops at the
  // first node already placed (its fields are marked already).
  const placed = new Map<Node, 0 | 1 | 2>([[root, 1]]);
  const dirty = new Set<Element>();
  const path: Node[] = [];
  const place = (node: Node): 0 | 1 | 2 => {
    // Most targets of a churning page are already gone again: one property read settles them.
    if (!node.isConnected) return 0;
    path.length = 0;
    let state: 0 | 1 | 2 = 0;
    for (let n: Node | null = node; n; n = parentAcross(n)) {
      const known = placed.get(n);
      if (known !== undefined) {
        state = known;
        break;
      }
      path.push(n);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const n = path[i]!;
      if (state !== 0 && cache.elements.has(n as Element)) {
        dirty.add(n as Element);
        state = 2;
      }
      placed.set(n, state);
    }
    return state;
  };

  // A field removed, or inside something removed, is no longer connected.
  let relist = cache.fields.some((f) => !f.el.isConnected);
  for (const el of changes.added) {
    // Added and removed again since: gone (a field among it was never listed).
    if (!el.isConnected) continue;
    if (place(el) === 0) {
      relist = true; // moved somewhere outside the record
      continue;
    }
    if (relist) continue;
    if (isFieldTag(el.localName)) relist = true;
    else
      for (const inner of walkDeep(el))
        if (isFieldTag(inner.localName)) {
          relist = true;
          break;
        }
  }
  // Shadow trees registered after the previous read (lib/dom/observe.ts): each element stayed in
  // place, but what rendered inside it was not seen. Fields in or above it are read again; the
  // list is rebuilt only if a field element in it is new.
  for (const el of changes.unseen) {
    if (relist || !el.isConnected || place(el) === 0) continue;
    if (isFieldTag(el.localName) && !cache.elements.has(el)) relist = true;
    else for (const inner of walkDeep(el)) {
      if (!isFieldTag(inner.localName)) continue;
      if (!cache.elements.has(inner)) {
        relist = true;
        break;
      }
      dirty.add(inner);
    }
  }
  // A removed node elsewhere shows as a change of its parent's child list.
  for (const node of changes.nodes) place(node);
  // An event's origin is as deep as its listener could see: outside a field, it cannot be placed.
  for (const node of changes.events) if (place(node) !== 2) return false;

  if (!relist) {
    for (const el of dirty) {
      cache.raw.delete(el);
      const before = cache.byElement.get(el);
      const now = fieldHandleOf(el);
      if (before?.label === now?.label) continue;
      if (!before || !now) {
        relist = true; // a label appeared or went: the list changes length
        break;
      }
      cache.fields[cache.fields.indexOf(before)] = now;
      cache.byElement.set(el, now);
      cache.index = indexByLabel(cache.fields);
    }
  }
  if (relist || dirty.size > 0) cache.facts = null;
  if (relist) {
    readStats.fieldLists += 1;
    const scan = scanFields(root);
    const keep = new Map<Element, CachedRaw>();
    for (const f of scan.fields) {
      const known = cache.raw.get(f.el);
      if (known && !dirty.has(f.el)) keep.set(f.el, known);
    }
    cache.fields = scan.fields;
    cache.index = indexByLabel(scan.fields);
    cache.byElement = byElementOf(scan.fields);
    cache.elements = new Set(scan.elements);
    cache.raw = keep;
    cache.detail = [...scan.elements, ...cache.links];
  }
  return true;
}

/** The scope a cache stands for. */
export function scopeOf(cache: ReadCache): RecordScope {
  return { status: 'ok', root: cache.root, verified: true };
}

/**
 * The scope the latest read found, for the adapter's observeRoots call that follows it in the
 * same task (app/page-session.ts): nothing on the page can change in between, so the record need
 * not be walked again. Forgotten at the next microtask.
 */
let fresh: { doc: Document; match: PageMatch; scope: RecordScope } | null = null;

export function rememberScope(doc: Document, match: PageMatch, scope: RecordScope): void {
  if (!fresh) queueMicrotask(() => (fresh = null));
  fresh = { doc, match, scope };
}

export function freshScope(doc: Document, match: PageMatch): RecordScope | undefined {
  return fresh && fresh.doc === doc && fresh.match === match ? fresh.scope : undefined;
}

function byElementOf(fields: readonly FieldHandle[]): Map<Element, FieldHandle> {
  const map = new Map<Element, FieldHandle>();
  for (const f of fields) map.set(f.el, f);
  return map;
}

/** composedParent, with the fewest DOM property reads (it runs for every changed node). */
function parentAcross(node: Node): Node | null {
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
}

