import type { WxtBrowser } from 'wxt/browser';
import { appScript } from '../../lib/messages/tab-protocol';
import { siteOfHost } from '../../lib/sites/served-hosts';
import { failure } from '../../lib/messages/protocol';
import type { Handlers } from '../router';

/**
 * A content script's requests about its own tab (the router has checked that it is this
 * extension's content script on a served site). The sidebar app is injected with
 * `scripting.executeScript` into the sender's frame, so it runs in the isolated world and is never
 * exposed to the page as a web-accessible file; the message can name no tab, frame, file or code.
 */
const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Runs in the page's isolated world (scripting.executeScript serialises it): resolves once the
 * document's DOMContentLoaded has started. Chrome waits for a promise an injected function
 * returns. Not `readyState !== 'loading'`: the document is 'interactive' while its deferred and
 * module scripts run, before DOMContentLoaded, and the app evaluated then delayed the host's own
 * scripts and its DOMContentLoaded by ~200 ms (npm run bench: a new tab's DOMContentLoaded at
 * ~325 instead of ~110 ms on a page that boots from a module script, as Lightning does).
 * Self-contained, as a serialised function must be.
 */
const untilParsed = (): Promise<void> | void => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const started = navigation ? navigation.domContentLoadedEventStart > 0 : document.readyState !== 'loading';
  if (started || document.readyState === 'complete') return;
  return new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
};

/** `onServed`: a page got its app (the worker's start gate waits for its first reads). */
export const tabHandlers = (
  api: Pick<WxtBrowser, 'scripting' | 'runtime'>,
  { onServed }: { onServed?: () => void } = {},
): Pick<Handlers, 'app/load' | 'options/open'> => {
  const loaded = new Set<string>();
  return {
    'app/load': async (_message, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return failure('refused', 'Only a page in a tab can load the sidebar.');
      // The site's own bundle, for the page the loader recognised: the sender's URL says which
      // (the message names nothing).
      const site = sender.url ? siteOfHost(hostOf(sender.url)) : null;
      if (!site) return failure('refused', 'Only a page on a served site can load the sidebar.');
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      // A document that navigated (full load) gets a fresh copy: key by document, not by tab.
      const key = `${target.tabId}:${target.frameIds[0]}:${sender.documentId ?? sender.url ?? ''}`;
      if (loaded.has(key)) return { ok: true };
      loaded.add(key);
      onServed?.();
      try {
        // Right after the document is parsed. Not while it is parsed: the loader asks at
        // document_start (so the worker wakes and answers while the page loads), but the app's
        // evaluation during parsing delayed the host's DOMContentLoaded by ~250 ms. Nor at the
        // document's idle time (executeScript's default), which Chrome takes as the window's load
        // event or 200 ms after DOMContentLoaded: most of a record's wait in a new tab (npm run
        // bench, issue 25). A first call waits for DOMContentLoaded in the page; the app follows.
        await api.scripting.executeScript({ target, injectImmediately: true, func: untilParsed });
        await api.scripting.executeScript({ target, injectImmediately: true, files: [appScript(site)] });
        onServed?.();
        return { ok: true };
      } catch (error) {
        loaded.delete(key);
        return failure('failed', `The sidebar could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    'options/open': async (_message, { sender }) => {
      if (sender.tab?.id === undefined) return failure('refused', 'Only a page in a tab can open the settings.');
      await api.runtime.openOptionsPage();
      return { ok: true };
    },
  };
};
