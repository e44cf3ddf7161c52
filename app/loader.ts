import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenParsed } from '../lib/dom/parsed';
import { whenPresent } from '../lib/dom/selector-presence';
import { askUntilReached } from '../lib/messages/reach';
import { beginFirstReads } from '../lib/store/first-reads';
import type { TabRequest } from '../lib/messages/tab-protocol';

/** The worker's answer when its injection threw (background/handlers/tab.ts), checked without the protocol's schemas. */
const isFailed = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === false && (answer as { reason?: unknown }).reason === 'failed';

export interface LoaderOptions {
  /** Pure URL test: could this URL be a page CSM Guide guides? */
  isCandidate(url: URL): boolean;
  /** When set, also wait for an element (e.g. a Gmail compose) before loading the app. */
  presentSelector?: string;
}

/**
 * The content script injected at load on every page of a site: a URL test and, for Gmail, a
 * zero-cost presence check. Only when the page qualifies does it ask the background to inject
 * the sidebar app. SPA navigation is followed through WXT's `wxt:locationchange`. It runs at
 * document_start, so a record recognised by its URL asks for the app while the page is still
 * loading: the worker wakes and answers meanwhile (the app itself is injected once the document
 * is parsed: background/handlers/tab.ts).
 */
export const bootLoader = (ctx: ContentScriptContext, options: LoaderOptions): void => {
  let requested = false;
  let watching = false;
  const load = () => {
    if (requested || ctx.isInvalid) return;
    requested = true;
    // The app's first storage reads start now, while the page loads, not after the app has
    // started (lib/store/first-reads.ts).
    beginFirstReads();
    const request: TabRequest = { type: 'app/load' };
    // A restarting worker drops the request; on a page that never navigates there would be no
    // later one, and no sidebar (the e2e suite caught it under load): ask again, spaced. So is a
    // worker whose injection failed (`failed`: it forgets the page then, and injects when asked
    // again); a refusal is final.
    void askUntilReached(
      () => browser.runtime.sendMessage(request).then((answer: unknown) => !isFailed(answer), () => false),
      (reached) => reached,
      { stop: () => ctx.isInvalid, wait: (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)) },
    ).then((reached) => {
      if (!reached) requested = false; // the next navigation asks again
    });
  };
  const check = (url: URL) => {
    if (requested || !options.isCandidate(url)) return;
    if (!options.presentSelector) return load();
    if (watching) return;
    watching = true;
    // The presence check adds a style to the document: wait until it is parsed (this runs at
    // document_start; a URL-only test above asks for the app before the page has loaded).
    const selector = options.presentSelector;
    void whenParsed(document, ctx.signal).then(() => whenPresent(document, selector, ctx.signal, load));
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
