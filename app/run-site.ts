import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { profileFactsFromPage } from '../lib/core/profile/from-page';
import { siteOn } from '../lib/settings/schema';
import { toStoredFacts } from '../lib/core/profile/stored-facts';
import { selectAdapterSettings } from '../lib/store/selectors';
import type { CsmStore } from '../lib/store/state';
import type { SiteAdapter } from '../lib/sites/types';
import { buildPageView, type PageView } from '../lib/view-model/page-view';
import { actionKey, type SidebarIntent } from '../lib/view-model/sidebar';
import { handleIntent } from './intents';
import { createPageSession } from './page-session';
import { createSidebarController, type SidebarControllerOptions } from './sidebar-controller';

export interface SiteRuntime {
  /** The last view rendered (tests and the bench read it). */
  readonly view: PageView | null;
}

export interface RunSiteOptions {
  openOptions(): void;
  copy(text: string): Promise<void>;
  now?: () => string;
  loadSidebar: SidebarControllerOptions['loadSidebar'];
  /** How long a page may show no readable layout before the sidebar says so (default LAYOUT_WAIT_MS). */
  layoutWaitMs?: number;
}

/**
 * One site's life in a tab: a page session reads the page (lib/view-model turns what it read and
 * the store's state into the sidebar's props), a sidebar controller shows them, and the CSM's
 * intents go to the store or the adapter. What the page shows teaches the account's profile.
 * Each navigation (and each change of the settings adapters read: labels, the onboarding
 * object) starts a new page session; the sidebar itself is mounted once and updated.
 */
export const runSite = (ctx: ContentScriptContext, adapter: SiteAdapter, store: CsmStore, options: RunSiteOptions): SiteRuntime => {
  const now = options.now ?? (() => new Date().toISOString());
  let adapterSettings = selectAdapterSettings(store.getState(), location.hostname);
  let view: PageView | null = null;
  /** What was last taught per account, so an unchanged page sends nothing. */
  const taught = new Map<string, string>();

  const render = () => {
    if (ctx.isInvalid) return;
    const { match, pages, focusedId, layoutTimedOut } = page.snapshot;
    if (!match || !pages.length) {
      view = null;
      sidebar.remove();
      return;
    }
    const state = store.getState();
    view = buildPageView(state, pages, focusedId, now(), { layoutTimedOut });
    if (!view) return;
    const { ui } = state;
    sidebar.show({ ...view.props, side: ui.sidebarSides?.[adapter.id] ?? 'right', ...(ui.sidebarWidth ? { width: ui.sidebarWidth } : {}) });
    // Only the account shown is read from the progress log; its events arrive through the store.
    // Asked after the sidebar shows the page's own facts: the ask calls into storage and
    // messaging, and nothing it brings back can be in this render anyway.
    if (view.resolution.status === 'resolved') void state.actions.watchAccounts([view.resolution.accountId]);
  };

  /** Facts a Salesforce page or the pre-signup form shows become the account's profile (background merges). */
  const teach = () => {
    const at = now();
    for (const part of page.snapshot.pages) {
      if (!part.accountId || !part.ready) continue;
      // Only what may be stored leaves the tab: not the contact's name or address (issue 14).
      const facts = toStoredFacts(profileFactsFromPage(part, at));
      const key = JSON.stringify(Object.entries(facts).map(([k, f]) => [k, f && f.known ? f.value : null]));
      if (!Object.keys(facts).length || taught.get(part.accountId) === key) continue;
      taught.set(part.accountId, key);
      void store.getState().actions.observeFacts(part.accountId, facts, part.host);
    }
  };

  const onIntent = (intent: SidebarIntent) => {
    const shown = view;
    if (intent.type === 'run-action') sidebar.busy(actionKey(intent.ruleId, intent.action));
    void handleIntent(intent, {
      store,
      adapter,
      doc: document,
      page: shown?.page ?? null,
      accountId: shown?.resolution.status === 'resolved' ? shown.resolution.accountId : null,
      openOptions: options.openOptions,
      copy: options.copy,
    }).then((result) => sidebar.finish(result));
  };

  const sidebar = createSidebarController(ctx, {
    loadSidebar: options.loadSidebar,
    keepVisible: () => adapter.keepVisible?.(document) ?? [],
    ...(adapter.panelSelector ? { panelSelector: adapter.panelSelector } : {}),
    ...(adapter.panelFree
      ? {
          panelFree: () => {
            const match = page.snapshot.match;
            return match ? adapter.panelFree!(document, match) : [];
          },
        }
      : {}),
    onIntent,
  });
  const page = createPageSession(ctx, adapter, {
    settings: () => adapterSettings,
    // The page's own facts are on screen first; teaching the profile (a message to the
    // background, whose answer comes back through the store) follows in the same task.
    onFacts: () => {
      render();
      teach();
    },
    onView: render,
    ...(options.layoutWaitMs ? { layoutWaitMs: options.layoutWaitMs } : {}),
  });

  /** The site switch (Settings, or the enterprise policy): off, nothing is read or shown here. */
  let on = siteOn(store.getState().settings.sites, adapter.id);
  const restart = (href?: string) => {
    adapterSettings = selectAdapterSettings(store.getState(), location.hostname);
    sidebar.forgetResult();
    if (on) page.start(href);
    else page.stop();
  };
  // A page can dispatch an event of this name too: without WXT's URL it is not a navigation.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) restart(event.newUrl.href);
  });
  store.subscribe((state) => {
    // Switched off or on while the page is open (a policy that came after the page started, the
    // CSM's Settings): the sidebar goes, or comes, without a reload.
    const nowOn = siteOn(state.settings.sites, adapter.id);
    if (nowOn !== on) {
      on = nowOn;
      restart();
    }
    // New labels or another onboarding object change what the page reads: read it again.
    else if (selectAdapterSettings(state, location.hostname) !== adapterSettings) restart();
    else render();
  });
  restart();

  return {
    get view() {
      return view;
    },
  };
};
