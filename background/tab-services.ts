import type { Browser, WxtBrowser } from 'wxt/browser';
import { APP_SCRIPT, tabRequestSchema } from '../lib/messages/tab-protocol';

type Sender = Browser.runtime.MessageSender;

/**
 * Answers a content script's requests about its own tab. The sidebar app is injected with
 * `scripting.executeScript` into the sender's frame, so it runs in the isolated world and is
 * never exposed to the page as a web-accessible file. Only this extension's content scripts,
 * in a tab, are served; anything else gets no answer.
 */
export const createTabServices = (api: Pick<WxtBrowser, 'scripting' | 'runtime'>) => {
  const loaded = new Set<string>();
  return (message: unknown, sender: Sender): Promise<{ ok: boolean }> | undefined => {
    if (sender.id !== api.runtime.id || !sender.tab?.id) return undefined;
    const request = tabRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'app/load': {
        const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
        // A document that navigated (full load) gets a fresh copy: key by document, not by tab.
        const key = `${target.tabId}:${target.frameIds[0]}:${sender.documentId ?? sender.url ?? ''}`;
        if (loaded.has(key)) return Promise.resolve({ ok: true });
        loaded.add(key);
        return api.scripting
          .executeScript({ target, files: [APP_SCRIPT] })
          .then(() => ({ ok: true }))
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
