import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { actionKey, type SidebarIntent } from '../../components/sidebar/view-model';
import type { MountedSidebar } from '../../components/sidebar/mount-sidebar';
import { observeBatched } from '../dom/observe';
import type { PageFacts } from '../facts/page-facts';
import { profileFactsFromPage } from '../profile/from-page';
import { selectAdapterSettings, type CsmStore } from '../store/progress-store';
import type { FillResult, PageMatch, SiteAdapter } from '../sites/types';
import { handleIntent } from './intents';
import { buildPageView, type PageView } from './view';

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
}

const sameNodes = (a: readonly Node[], b: readonly Node[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * One site's life in a tab: detect the page from the URL, read its facts whenever the observed
 * part of the DOM changes (batched to one read per animation frame), teach the account profile
 * what the page shows, and render the checklist. Each navigation starts a new session; the
 * sidebar itself is mounted once and updated.
 */
export const runSite = (ctx: ContentScriptContext, adapter: SiteAdapter, store: CsmStore, options: RunSiteOptions): SiteRuntime => {
  const now = options.now ?? (() => new Date().toISOString());
  let session: AbortController | null = null;
  let match: PageMatch | null = null;
  let pages: PageFacts[] = [];
  let pagesKey = '';
  let focusedId: string | null = null;
  let view: PageView | null = null;
  let sidebar: MountedSidebar | null = null;
  let mounting: Promise<MountedSidebar> | null = null;
  let lastResult: FillResult | undefined;
  let busyAction: string | undefined;
  const taught = new Map<string, string>();

  const render = () => {
    if (ctx.isInvalid) return;
    if (!match || !pages.length) {
      view = null;
      sidebar?.remove();
      sidebar = null;
      mounting = null;
      return;
    }
    const next = buildPageView(store.getState(), pages, focusedId, now());
    view = next;
    if (!next) return;
    if (sidebar) {
      sidebar.update({ ...next.props, ...(lastResult ? { lastResult } : {}), ...(busyAction ? { busyAction } : {}) });
      return;
    }
    // The React sidebar loads once, on the first page with something to show.
    mounting ??= options
      .loadSidebar()
      .then(({ mountSidebar }) => mountSidebar(ctx, { onIntent }))
      .then((mounted) => {
        sidebar = mounted;
        render();
        return mounted;
      });
  };

  /** Facts a Salesforce page or the pre-signup form shows become the account's profile (background merges). */
  const teach = () => {
    const at = now();
    for (const page of pages) {
      if (!page.accountId || !page.ready) continue;
      const facts = profileFactsFromPage(page, at);
      const key = JSON.stringify(Object.entries(facts).map(([k, f]) => [k, f && f.known ? f.value : null]));
      if (!Object.keys(facts).length || taught.get(page.accountId) === key) continue;
      taught.set(page.accountId, key);
      void store.getState().actions.observeFacts(page.accountId, facts, page.host);
    }
  };

  const onIntent = (intent: SidebarIntent) => {
    const page = view?.page ?? null;
    const accountId = view?.resolution.status === 'resolved' ? view.resolution.accountId : null;
    if (intent.type === 'run-action') busyAction = actionKey(intent.ruleId, intent.action);
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

  /** `url`: the page's URL for this session (one session per URL; see the listener below). */
  const start = (url: URL) => {
    session?.abort();
    session = new AbortController();
    const signal = AbortSignal.any([ctx.signal, session.signal]);
    match = adapter.detect(url, selectAdapterSettings(store.getState()));
    pages = [];
    pagesKey = '';
    if (!match) return render();
    const current = match;
    let observed: Node[] = [];
    let observer: AbortController | null = null;
    const read = () => {
      const next = adapter.collect(document, url, current, selectAdapterSettings(store.getState()));
      // Roots narrow as the page renders (the shell first, then the active record): follow them.
      const roots = adapter.observeRoots(document, current);
      if (!sameNodes(roots, observed)) {
        observer?.abort();
        observer = new AbortController();
        observed = roots;
        observeBatched(roots, read, AbortSignal.any([signal, observer.signal]));
      }
      const key = JSON.stringify(next);
      if (key === pagesKey) return;
      pagesKey = key;
      pages = next;
      if (focusedId && !pages.some((p) => p.compose?.composeId === focusedId)) focusedId = null;
      teach();
      render();
    };
    read();
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
  // WXT fires this from the Navigation API's `navigate` event, BEFORE the URL commits (after a
  // pushState `location.href` is still the previous page's here): take the URL from the event.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => start(event.newUrl));
  store.subscribe(() => render());
  start(new URL(location.href));

  return {
    get view() {
      return view;
    },
  };
};
