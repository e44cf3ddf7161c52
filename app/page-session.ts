import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeBatched, type BatchedObserver, type ObservedChanges } from '../lib/dom/observe';
import { waitFor } from '../lib/dom/wait-for';
import { sameVisibilityTargets, watchVisibility, type VisibilityTargets } from '../lib/dom/watch-visibility';
import type { PageFacts } from '../lib/core/facts/page-facts';
import type { AdapterSettings, PageMatch, SiteAdapter } from '../lib/sites/types';
import { LAYOUT_WAIT_MS } from '../lib/view-model/waiting';

/** What the page shows now, as the session last read it. */
export interface PageSnapshot {
  /** The page kind the URL names, or null off a page CSM Guide guides. */
  readonly match: PageMatch | null;
  /** Every page part read (a record; on Gmail, one per open compose). */
  readonly pages: readonly PageFacts[];
  /** The compose the caret was last in (Gmail, Outreach), if still open. */
  readonly focusedId: string | null;
  /** The page showed no readable layout for `layoutWaitMs`. */
  readonly layoutTimedOut: boolean;
}

export interface PageSessionOptions {
  /** The adapter settings for this host (labels, onboarding object), read at each navigation. */
  settings(): AdapterSettings;
  /** The page's facts changed: teach the profile and render. */
  onFacts(): void;
  /** Only what is shown changed (another compose focused, the layout wait ran out, no page). */
  onView(): void;
  layoutWaitMs?: number;
}

export interface PageSession {
  readonly snapshot: PageSnapshot;
  /** A new session for `href` (a navigation, or changed settings): everything is read again. */
  start(href?: string): void;
  /** No session: nothing is read or watched, and the page shows as one CSM Guide does not guide. */
  stop(): void;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * The page half of a site's life in a tab: detect the page from the URL, read its facts whenever
 * the observed part of the DOM changes (batched to one read per animation frame), follow the
 * compose the CSM types in, and say when a layout never shows up. It reads; it never renders.
 */
export const createPageSession = (ctx: ContentScriptContext, adapter: SiteAdapter, options: PageSessionOptions): PageSession => {
  const layoutWaitMs = options.layoutWaitMs ?? LAYOUT_WAIT_MS;
  let session: AbortController | null = null;
  let snapshot: PageSnapshot = { match: null, pages: [], focusedId: null, layoutTimedOut: false };
  let pagesKey = '';

  const focus = (focusedId: string | null) => {
    snapshot = { ...snapshot, focusedId };
  };

  /**
   * WXT announces a navigation from the Navigation API's `navigate` event, which fires before
   * `history.pushState` commits the URL, so the new URL comes from the event, not `location`.
   */
  const start = (href: string = location.href) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([ctx.signal, session.signal]);
    const settings = options.settings();
    const url = new URL(href);
    const match = adapter.detect(url, settings);
    snapshot = { match, pages: [], focusedId: snapshot.focusedId, layoutTimedOut: false };
    pagesKey = '';
    if (!match) return options.onView();
    let observed: Node[] = [];
    let observer: AbortController | null = null;
    let batched: BatchedObserver | null = null;
    let visibility: VisibilityTargets | null = null;
    let visibilityWatch: AbortController | null = null;
    // `changes`: what the observer saw since its previous call; absent for the first read and a
    // visibility change, which read everything.
    /** What the previous read returned: an adapter hands back the same objects when nothing in them changed. */
    let previous: readonly PageFacts[] = [];
    const read = (changes?: ObservedChanges) => {
      // The session's URL: any later URL change is a navigation, which starts another session.
      const next = adapter.collect(document, url, match, settings, changes);
      // The very objects of the previous read: nothing the adapter reads changed, so neither did
      // the roots, the detail or the visibility targets it found with them. A page that churns
      // around its fields then costs the session nothing more (npm run bench: mutations).
      if (pagesKey && sameItems(next, previous)) return;
      previous = next;
      // Roots narrow as the page renders (the shell first, then the active record): follow them.
      const roots = adapter.observeRoots(document, match);
      if (!sameItems(roots, observed)) {
        observer?.abort();
        observer = new AbortController();
        observed = roots;
        batched = observeBatched(roots, read, AbortSignal.any([signal, observer.signal]));
      }
      // In the same task as the read: nothing on the page changes between the two.
      batched?.focus(adapter.observeDetail?.(document, match) ?? null);
      // Only the shown record is observed: a console tab switch (aria-selected, a panel shown or
      // hidden) re-reads through this cheap watch, even when the URL does not change with it.
      const targets = adapter.visibilityTargets?.(document);
      if (targets && !sameVisibilityTargets(visibility, targets)) {
        visibilityWatch?.abort();
        visibilityWatch = new AbortController();
        visibility = targets;
        watchVisibility(targets, () => read(), AbortSignal.any([signal, visibilityWatch.signal]));
      }
      const key = JSON.stringify(next);
      if (key === pagesKey) return;
      pagesKey = key;
      let { focusedId } = snapshot;
      if (focusedId && !next.some((p) => p.compose?.composeId === focusedId)) focusedId = null;
      // The caret may already sit in a compose when the app starts (no focusin follows then).
      if (!focusedId && adapter.composeIdAt && document.activeElement && document.activeElement !== document.body)
        focusedId = adapter.composeIdAt(document, document.activeElement);
      snapshot = { ...snapshot, pages: next, focusedId };
      options.onFacts();
    };
    read();
    // Late rendering is waited out, but not forever: past the cap the sidebar says so (and the
    // session keeps observing, so a layout that shows up later is still read).
    const anyReady = () => snapshot.pages.some((p) => p.ready);
    if (snapshot.pages.length && !anyReady()) {
      void waitFor(adapter.observeRoots(document, match), () => (anyReady() ? true : null), { signal, timeoutMs: layoutWaitMs }).then(
        (ready) => {
          if (ready || signal.aborted || anyReady()) return;
          snapshot = { ...snapshot, layoutTimedOut: true };
          options.onView();
        },
      );
    }
  };

  // Several composes at once: the sidebar follows the one the CSM is typing in.
  if (adapter.composeIdAt) {
    ctx.addEventListener(document, 'focusin', (event) => {
      const id = event.target instanceof Node ? adapter.composeIdAt!(document, event.target) : null;
      if (id && id !== snapshot.focusedId) {
        focus(id);
        options.onView();
      }
    });
  }

  const stop = () => {
    session?.abort();
    session = null;
    snapshot = { match: null, pages: [], focusedId: snapshot.focusedId, layoutTimedOut: false };
    pagesKey = '';
    options.onView();
  };

  return {
    get snapshot() {
      return snapshot;
    },
    start,
    stop,
  };
};
