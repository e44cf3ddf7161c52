import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as sidebarModule from '../components/sidebar/mount-sidebar';
import { whenParsed } from '../lib/dom/parsed';
import { getCsmStore } from '../lib/store/csm-store';
import type { SiteAdapter } from '../lib/sites/types';
import { managedPolicy } from './managed-policy';
import { runSite } from './run-site';

const STARTED = Symbol.for('csm-guide.app');

/**
 * WXT's context aborts (and removes the sidebar) when `document` receives its "a newer copy of
 * this script started" event, so a copy orphaned by an extension update goes away. A page can
 * dispatch that event too — its name is the public extension id plus the entry name, and WXT
 * even announces it to every script on the page through window.postMessage — which removed the
 * sidebar for good (tests/e2e/security-page-messages.spec.ts). Here the event is only a hint: a
 * copy whose extension is gone stops, a live one ignores it; the postMessage announcement is off.
 * A second live copy in this world cannot happen anyway (STARTED).
 */
class AppContext extends ContentScriptContext {
  constructor() {
    super('csm-guide-app', { noScriptStartedPostMessage: true });
  }

  override listenForNewerScripts(): void {
    const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    if (!type) return;
    const onStarted = () => void this.isInvalid; // reading it aborts this copy only if its extension is gone
    document.addEventListener(type, onStarted);
    this.onInvalidated(() => document.removeEventListener(type, onStarted));
  }
}

/**
 * The sidebar app: everything heavier than URL matching (the site's adapter, engine, playbook,
 * store, React). The background injects it into a tab's isolated world once a loader recognised
 * a page, so pages CSM Guide ignores pay only for the tiny loader. One bundle per site
 * (entrypoints/csm-app-<site>.ts), each with its own adapter: a copy on another site's host
 * does nothing. `isHost` is the site's own host test (its definition's, not a lookup over every
 * site's in served-hosts.ts): the sites serve disjoint hosts, and the bundle then carries no site
 * definition (their URL tests and labels are the loader's and the options page's).
 */
export const startApp = async (adapter: SiteAdapter, isHost: (host: string) => boolean): Promise<void> => {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  if (!isHost(location.hostname)) return;
  const ctx = new AppContext();
  // The policy from the worker's copy when Chrome is slow to answer (a browser start).
  const policy = managedPolicy();
  const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, loadManaged: () => policy.first, managedLater: policy.later });
  ctx.onInvalidated(() => store.destroy());
  // The page is read and the sidebar mounted once the document is parsed (the background injects
  // once the document is parsed, so it is, but nothing here relies on that); the store's reads run meanwhile.
  await Promise.all([store.ready, whenParsed(document, ctx.signal)]);
  // Runs even while the site is switched off: it reads nothing then, and shows the sidebar as
  // soon as the switch turns on (run-site.ts).
  if (ctx.isInvalid) return;
  runSite(ctx, adapter, store, {
    // Imported statically: the sidebar is in this same file either way (an injected script is one
    // file), and a dynamic import inlined into it made the bundler wrap every module of the app in a
    // lazy initialiser (≈ 5.5 kB gzipped of the issue-25 budget).
    loadSidebar: () => Promise.resolve(sidebarModule),
    openOptions: () => void browser.runtime.sendMessage({ type: 'options/open' }).catch(() => undefined),
    copy: (text) => navigator.clipboard.writeText(text),
  });
};
