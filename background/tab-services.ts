import type { Browser, WxtBrowser } from 'wxt/browser';
import { appScript, tabRequestSchema } from '../lib/messages/tab-protocol';
import { siteOfHost } from '../lib/sites/served-hosts';

type Sender = Browser.runtime.MessageSender;

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Answers a content script's requests about its own tab. The sidebar app is injected with
 * `scripting.executeScript` into the sender's frame, so it runs in the isolated world and is
 * never exposed to the page as a web-accessible file. Only this extension's content scripts,
 * in a tab, are served; anything else gets no answer.
 */
export const createTabServices = (api: Pick<WxtBrowser, 'scripting' | 'runtime'>, { onServed }: { onServed?: () => void } = {}) => {
  const loaded = new Set<string>();
  return (message: unknown, sender: Sender): Promise<{ ok: boolean }> | undefined => {
    if (sender.id !== api.runtime.id || !sender.tab?.id) return undefined;
    const request = tabRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'app/load': {
        // The site's own bundle, for the page the loader recognised: the sender's URL says which
        // (the message names nothing). A frame on no site's host gets nothing.
        const site = sender.url ? siteOfHost(hostOf(sender.url)) : null;
        if (!site) return Promise.resolve({ ok: false });
        const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
        // A document that navigated (full load) gets a fresh copy: key by document, not by tab.
        const key = `${target.tabId}:${target.frameIds[0]}:${sender.documentId ?? sender.url ?? ''}`;
        if (loaded.has(key)) return Promise.resolve({ ok: true });
        loaded.add(key);
        onServed?.();
        return api.scripting
          // At the document's idle time, not `injectImmediately`: the loader asks at document_start
          // (so the worker wakes and answers while the page loads), but the app's evaluation
          // during parsing delayed the host's DOMContentLoaded by ~250 ms (npm run bench, issue 25).
          .executeScript({ target, files: [appScript(site)] })
          .then(() => {
            onServed?.();
            return { ok: true };
          })
          .catch(() => {
            loaded.delete(key);
            return { ok: false };
          });
      }
      case 'options/open':
        return api.runtime.openOptionsPage().then(() => ({ ok: true }));
    }
  };
};
