import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenPresent } from '../lib/dom/selector-presence';
import type { TabRequest } from '../lib/messages/tab-protocol';

export interface LoaderOptions {
  /** Pure URL test: could this URL be a page CSM Guide guides? */
  isCandidate(url: URL): boolean;
  /** When set, also wait for an element (e.g. a Gmail compose) before loading the app. */
  presentSelector?: string;
}

/**
 * The content script injected at load on every page of a site: a URL test and, for Gmail, a
 * zero-cost presence check. Only when the page qualifies does it ask the background to inject
 * the sidebar app. SPA navigation is followed through WXT's `wxt:locationchange`.
 */
/**
 * Waits before asking again when the background could not take the request. A service worker
 * that Chrome is stopping or starting drops the message ("Receiving end does not exist"); on a
 * page that never navigates there would be no later request, and no sidebar (seen in the e2e
 * suite under load, a worker stopped just before a record opened). A few spaced retries cover a
 * restart; past them, the next navigation asks again.
 */
export const LOAD_RETRY_MS = [250, 1_000, 4_000] as const;

export const bootLoader = (ctx: ContentScriptContext, options: LoaderOptions): void => {
  let requested = false;
  let watching = false;
  const load = (attempt = 0) => {
    if (ctx.isInvalid) return;
    if (requested && attempt === 0) return;
    requested = true;
    const request: TabRequest = { type: 'app/load' };
    void browser.runtime.sendMessage(request).catch(() => {
      const wait = LOAD_RETRY_MS[attempt];
      if (wait === undefined || ctx.isInvalid) {
        requested = false; // the next navigation asks again
        return;
      }
      ctx.setTimeout(() => load(attempt + 1), wait);
    });
  };
  const check = (url: URL) => {
    if (requested || !options.isCandidate(url)) return;
    if (!options.presentSelector) return load();
    if (watching) return;
    watching = true;
    whenPresent(document, options.presentSelector, ctx.signal, () => load());
  };
  // WXT fires this from the Navigation API's `navigate` event, i.e. BEFORE the URL commits:
  // `location.href` is still the previous page's there, so the new URL comes from the event.
  // The page can dispatch an event of that name too (it is the public extension id plus the
  // entry name); in this world it carries no URL and is ignored, never a TypeError in the page.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) check(event.newUrl);
  });
  check(new URL(location.href));
};
