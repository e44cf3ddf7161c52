import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getCsmStore } from '../store/progress-store';
import { runSite } from './run-site';
import { adapterForHost } from './sites';

const STARTED = Symbol.for('csm-guide.app');

/**
 * The sidebar app: everything heavier than URL matching (adapters, engine, playbook, store,
 * React). The background injects it into a tab's isolated world once a loader recognised a
 * page, so pages CSM Guide ignores pay only for the tiny loader.
 */
export const startApp = async (): Promise<void> => {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return;
  const ctx = new ContentScriptContext('csm-guide-app');
  const store = getCsmStore({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  ctx.onInvalidated(() => store.destroy());
  await store.ready;
  if (!store.getState().settings.sites[adapter.id]) return;
  runSite(ctx, adapter, store, {
    loadSidebar: () => import('../../components/sidebar/mount-sidebar'),
    openOptions: () => void browser.runtime.sendMessage({ type: 'options/open' }).catch(() => undefined),
    copy: (text) => navigator.clipboard.writeText(text),
  });
};
