import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { actionKey, type SidebarIntent } from '../../components/sidebar/view-model';
import type { MountedSidebar } from '../../components/sidebar/mount-sidebar';
import { observeBatched } from '../dom/observe';
import { waitFor } from '../dom/wait-for';
import { sameVisibilityTargets, watchVisibility, type VisibilityTargets } from '../dom/watch-visibility';
import type { PageFacts } from '../facts/page-facts';
import { profileFactsFromPage } from '../profile/from-page';
import { toStoredFacts } from '../profile/stored-facts';
import { selectAdapterSettings, type CsmStore } from '../store/progress-store';
import type { AdapterSettings, FillResult, PageMatch, SiteAdapter } from '../sites/types';
import { handleIntent } from './intents';
import { buildPageView, type PageView } from './view';
import { LAYOUT_WAIT_MS } from './waiting';

export interface SiteRuntime {
  /** The last view rendered (tests and the bench read it). */
  readonly view: PageView | null;
}

export interface RunSiteOptions {
  openOptions(): void;
  copy(text: string): Promise<void>;
  now?: () => string;
  /** Loads the React sidebar (a dynamic import in the app bundle). */
  loadSidebar: () => Promise<typeof import('../../components/sidebar/mount-sidebar')>;
  /** How long a page may show no readable layout before the sidebar says so (default LAYOUT_WAIT_MS). */
  layoutWaitMs?: number;
}

const sameNodes = (a: readonly Node[], b: readonly Node[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * One site's life in a tab: detect the page from the URL, read its facts whenever the observed
 * part of the DOM changes (batched to one read per animation frame), teach the account profile
 * what the page shows, and render the checklist. Each navigation (and each change of the
 * settings adapters read: labels, the onboarding object) starts a new session; the sidebar
 * itself is mounted once and updated.
 */
export const runSite = (ctx: ContentScriptContext, adapter: SiteAdapter, store: CsmStore, options: RunSiteOptions): SiteRuntime => {
  const now = options.now ?? (() => new Date().toISOString());
  const layoutWaitMs = options.layoutWaitMs ?? LAYOUT_WAIT_MS;
  let session: AbortController | null = null;
  let match: PageMatch | null = null;
  let pages: PageFacts[] = [];
  let pagesKey = '';
  let focusedId: string | null = null;
  let layoutTimedOut = false;
  let view: PageView | null = null;
  let sidebar: MountedSidebar | null = null;
  /** Bumped whenever the sidebar is removed: a mount still loading for an older one is dropped. */
  let mountGeneration = 0;
  let mounting: Promise<void> | null = null;
  let lastResult: FillResult | undefined;
  let busyAction: string | undefined;
  let adapterSettings: AdapterSettings = selectAdapterSettings(store.getState(), location.hostname);
  const taught = new Map<string, string>();

  /** What the sidebar last rendered, to skip store changes that change nothing it shows. */
  let renderedKey = '';

  const removeSidebar = () => {
    mountGeneration += 1;
    renderedKey = '';
    sidebar?.remove();
    sidebar = null;
    mounting = null;
  };

  const render = () => {
    if (ctx.isInvalid) return;
    if (!match || !pages.length) {
      view = null;
      removeSidebar();
      return;
    }
    const next = buildPageView(store.getState(), pages, focusedId, now(), { layoutTimedOut });
    view = next;
    if (!next) return;
    // Only the account shown is read from the progress log; its events arrive through the store.
    if (next.resolution.status === 'resolved') void store.getState().actions.watchAccounts([next.resolution.accountId]);
    if (sidebar) {
      const { ui } = store.getState();
      const layout = { side: ui.sidebarSides?.[adapter.id] ?? 'right', ...(ui.sidebarWidth ? { width: ui.sidebarWidth } : {}) } as const;
      const props = { ...next.props, ...layout, ...(lastResult ? { lastResult } : {}), ...(busyAction ? { busyAction } : {}) };
      // Every storage change (another tab's tick, a thread choice, a profile fact this page
      // itself taught) reaches here; most change nothing shown. `now` counts to the minute: the
      // sidebar words due dates by the day, and anything time-critical changes the model itself.
      const key = JSON.stringify({ ...props, now: props.now.slice(0, 16) });
      if (key === renderedKey) return;
      renderedKey = key;
      sidebar.update(props);
      return;
    }
    // The React sidebar loads once, on the first page with something to show. A mount that
    // finishes after the sidebar was removed again (navigation away and back meanwhile) is
    // thrown away, so the page never holds two <csm-guide> hosts.
    if (mounting) return;
    const generation = mountGeneration;
    mounting = options
      .loadSidebar()
      .then(({ mountSidebar }) => mountSidebar(ctx, { onIntent, keepVisible: () => adapter.keepVisible?.(document) ?? [] }))
      .then((mounted) => {
        if (generation !== mountGeneration || ctx.isInvalid) {
          mounted.remove();
          return;
        }
        sidebar = mounted;
        render();
      })
      .catch(() => {
        // The sidebar bundle failed to load: leave the page alone; the next change retries.
        if (generation === mountGeneration) mounting = null;
      });
  };

  /** Facts a Salesforce page or the pre-signup form shows become the account's profile (background merges). */
  const teach = () => {
    const at = now();
    for (const page of pages) {
      if (!page.accountId || !page.ready) continue;
      // Only what may be stored leaves the tab: not the contact's name or address (issue 14).
      const facts = toStoredFacts(profileFactsFromPage(page, at));
      const key = JSON.stringify(Object.entries(facts).map(([k, f]) => [k, f && f.known ? f.value : null]));
      if (!Object.keys(facts).length || taught.get(page.accountId) === key) continue;
      taught.set(page.accountId, key);
      void store.getState().actions.observeFacts(page.accountId, facts, page.host);
    }
  };

  const onIntent = (intent: SidebarIntent) => {
    const page = view?.page ?? null;
    const accountId = view?.resolution.status === 'resolved' ? view.resolution.accountId : null;
    if (intent.type === 'run-action') {
      busyAction = actionKey(intent.ruleId, intent.action);
      render();
    }
    void handleIntent(intent, {
      store,
      adapter,
      doc: document,
      page,
      accountId,
      openOptions: options.openOptions,
      copy: options.copy,
    }).then((result) => {
      busyAction = undefined;
      if (result) lastResult = result;
      render();
    });
  };

  /**
   * A new session for the page at `href`. WXT announces a navigation from the Navigation API's
   * `navigate` event, which fires before `history.pushState` commits the URL, so the new URL
   * comes from the event, not from `location`.
   */
  const start = (href: string = location.href) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([ctx.signal, session.signal]);
    adapterSettings = selectAdapterSettings(store.getState(), location.hostname);
    const url = new URL(href);
    match = adapter.detect(url, adapterSettings);
    pages = [];
    pagesKey = '';
    layoutTimedOut = false;
    lastResult = undefined;
    if (!match) return render();
    const current = match;
    let observed: Node[] = [];
    let observer: AbortController | null = null;
    let visibility: VisibilityTargets | null = null;
    let visibilityWatch: AbortController | null = null;
    const read = () => {
      // The session's URL: any later URL change is a navigation, which starts another session.
      const next = adapter.collect(document, url, current, adapterSettings);
      // Roots narrow as the page renders (the shell first, then the active record): follow them.
      const roots = adapter.observeRoots(document, current);
      if (!sameNodes(roots, observed)) {
        observer?.abort();
        observer = new AbortController();
        observed = roots;
        observeBatched(roots, read, AbortSignal.any([signal, observer.signal]));
      }
      // Only the shown record is observed: a console tab switch (aria-selected, a panel shown or
      // hidden) re-reads through this cheap watch, even when the URL does not change with it.
      const targets = adapter.visibilityTargets?.(document);
      if (targets && !sameVisibilityTargets(visibility, targets)) {
        visibilityWatch?.abort();
        visibilityWatch = new AbortController();
        visibility = targets;
        watchVisibility(targets, read, AbortSignal.any([signal, visibilityWatch.signal]));
      }
      const key = JSON.stringify(next);
      if (key === pagesKey) return;
      pagesKey = key;
      pages = next;
      if (focusedId && !pages.some((p) => p.compose?.composeId === focusedId)) focusedId = null;
      // The caret may already sit in a compose when the app starts (no focusin follows then).
      if (!focusedId && adapter.composeIdAt && document.activeElement && document.activeElement !== document.body)
        focusedId = adapter.composeIdAt(document, document.activeElement);
      teach();
      render();
    };
    read();
    // Late rendering is waited out, but not forever: past the cap the sidebar says so (and the
    // session keeps observing, so a layout that shows up later is still read).
    if (pages.length && !pages.some((p) => p.ready)) {
      void waitFor(adapter.observeRoots(document, current), () => (pages.some((p) => p.ready) ? true : null), {
        signal,
        timeoutMs: layoutWaitMs,
      }).then((ready) => {
        if (ready || signal.aborted || pages.some((p) => p.ready)) return;
        layoutTimedOut = true;
        render();
      });
    }
  };

  // Several composes at once: the sidebar follows the one the CSM is typing in.
  if (adapter.composeIdAt) {
    ctx.addEventListener(document, 'focusin', (event) => {
      const id = event.target instanceof Node ? adapter.composeIdAt!(document, event.target) : null;
      if (id && id !== focusedId) {
        focusedId = id;
        render();
      }
    });
  }
  // A page can dispatch an event of this name too: without WXT's URL it is not a navigation.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) start(event.newUrl.href);
  });
  store.subscribe((state) => {
    // New labels or another onboarding object change what the page reads: read it again.
    if (selectAdapterSettings(state, location.hostname) !== adapterSettings) start();
    else render();
  });
  start();

  return {
    get view() {
      return view;
    },
  };
};
