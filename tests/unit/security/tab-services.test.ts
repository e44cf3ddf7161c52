/**
 * The background's tab services (background/handlers/tab.ts, behind the worker's one router)
 * inject the sidebar app into a tab. Only this extension's own content scripts, running in a tab
 * on a served site, may ask; the message can name nothing (no tab, no frame, no file, no code):
 * the target is always the sender's own frame and the file is the bundled app. Anyone else gets
 * no answer at all, or a refusal, and nothing is injected.
 */
import { describe, expect, it, vi } from 'vitest';
import { tabHandlers } from '@/background/handlers/tab';
import { createWriter } from '@/background/writer';
import { createStorageItems } from '@/lib/store/items/storage-items';
import type { Sender } from '@/lib/messages/senders';
import { appScript } from '@/lib/messages/tab-protocol';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';

const fakeApi = () => {
  const executeScript = vi.fn().mockResolvedValue([{ frameId: 0, result: undefined }]);
  const openOptionsPage = vi.fn().mockResolvedValue(undefined);
  const api = { runtime: { id: OWN_ID, openOptionsPage }, scripting: { executeScript } };
  return { api: api as unknown as Parameters<typeof tabHandlers>[0], executeScript, openOptionsPage };
};

/** The worker's router with the tab handlers, as background/start.ts wires it. */
const createTabServices = (api: Parameters<typeof tabHandlers>[0]) => {
  const router = createWriter({
    items: createStorageItems('writer'),
    runtimeId: OWN_ID,
    timeZone: 'America/Chicago',
    handlers: { ...tabHandlers(api), 'my-day/reminder': async () => ({ ok: true }) },
  });
  return (message: unknown, sender: Sender) => router.handle(message, sender);
};

/** What Chrome fills in for this extension's content script in tab 7, frame 0. */
const contentScript = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: OWN_ID,
  tab: { id: 7, url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view' },
  frameId: 0,
  documentId: 'doc-1',
  url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ2aIAF/view',
  origin: 'https://acme.lightning.force.com',
  ...extra,
});


describe('tab services answer only this extension’s content scripts', () => {
  it('ignores or refuses other extensions, extension pages and senders without a tab — nothing injected', async () => {
    const { api, executeScript, openOptionsPage } = fakeApi();
    const serve = createTabServices(api);
    const strangers: unknown[] = [
      { ...contentScript(), id: 'someotherextensionidxxxxxxxxxxxx' },
      { ...contentScript(), id: undefined },
      { id: OWN_ID, url: `chrome-extension://${OWN_ID}/dashboard.html` }, // an extension page: no tab
      { ...contentScript(), tab: undefined },
      { ...contentScript(), tab: { url: 'https://acme.lightning.force.com/' } }, // no tab id
      {},
    ];
    for (const sender of strangers)
      for (const type of ['app/load', 'options/open']) {
        const answer = await serve({ type }, sender as Sender);
        if (answer !== undefined) expect(answer).toMatchObject({ ok: false, reason: 'refused' });
      }
    expect(await serve({ type: 'app/load' }, strangers[0] as Sender)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('ignores anything that is not exactly a tab request: the message cannot pick a tab, frame, file or code', () => {
    const { api, executeScript } = fakeApi();
    const serve = createTabServices(api);
    const malformed: unknown[] = [
      null,
      'app/load',
      { type: 'app/unload' },
      { type: 'app/load', tabId: 99 },
      { type: 'app/load', frameIds: [3] },
      { type: 'app/load', files: ['https://evil.example/x.js'] },
      { type: 'app/load', func: 'alert(1)' },
      { type: 'progress/append', events: [] }, // not a valid message of the protocol (an empty append)
    ];
    for (const message of malformed) expect(serve(message, contentScript() as Sender)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the bundle of the site the sender’s page is on', async () => {
    const { api, executeScript } = fakeApi();
    const serve = createTabServices(api);
    const on = (url: string, documentId: string) => contentScript({ url, documentId, origin: new URL(url).origin, tab: { id: 7, url } }) as Sender;
    await serve({ type: 'app/load' }, on('https://mail.google.com/mail/u/0/#inbox?compose=new', 'gmail'));
    await serve({ type: 'app/load' }, on('https://web.outreach.io/prospects/12', 'outreach'));
    await serve({ type: 'app/load' }, on('https://lms.medtrainer.com/signup/preSign', 'medtrainer'));
    const files = executeScript.mock.calls.flatMap(([call]) => (call as { files?: string[] }).files ?? []);
    expect(files).toEqual([appScript('gmail'), appScript('outreach'), appScript('medtrainer')]);
  });

  it('injects the bundled app into the sender’s own frame, once per document', async () => {
    const { api, executeScript } = fakeApi();
    const serve = createTabServices(api);
    await expect(serve({ type: 'app/load' }, contentScript({ frameId: 2 }) as Sender)).resolves.toEqual({ ok: true });
    // The Salesforce page gets the Salesforce bundle (one bundle per site).
    // First a wait for the document to be parsed, then the app, right away (not at idle time).
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [2] }, injectImmediately: true, func: expect.any(Function) });
    expect(executeScript.mock.calls[1]![0]).toEqual({ target: { tabId: 7, frameIds: [2] }, injectImmediately: true, files: [appScript('salesforce')] });
    expect(appScript('salesforce')).toMatch(/^\/[\w-]+\.js$/); // a file inside the package, never a URL

    // The same document asking again (an SPA navigation) is not injected twice…
    await expect(serve({ type: 'app/load' }, contentScript({ frameId: 2 }) as Sender)).resolves.toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
    // …a reloaded document is.
    await serve({ type: 'app/load' }, contentScript({ frameId: 2, documentId: 'doc-2' }) as Sender);
    expect(executeScript).toHaveBeenCalledTimes(4);
  });

  it('the app follows the host’s DOMContentLoaded, not only its parse: a page still running its module scripts is not delayed', async () => {
    const { api, executeScript } = fakeApi();
    await createTabServices(api)({ type: 'app/load' }, contentScript() as Sender);
    const untilParsed = (executeScript.mock.calls[0]![0] as { func: () => Promise<void> | void }).func;
    // The function as Chrome runs it in the page: a document, its readiness and its navigation timing.
    const page = (readyState: DocumentReadyState, domContentLoadedEventStart: number | null) => {
      const document = Object.assign(new EventTarget(), { readyState });
      const entries = domContentLoadedEventStart === null ? [] : [{ domContentLoadedEventStart }];
      vi.stubGlobal('document', document);
      vi.stubGlobal('performance', { getEntriesByType: (type: string) => (type === 'navigation' ? entries : []) });
      return document;
    };
    try {
      // Parsed, its module scripts still running (Lightning boots from one): wait for the event.
      const booting = page('interactive', 0);
      let injected = false;
      const waiting = untilParsed();
      expect(waiting).toBeInstanceOf(Promise);
      void (waiting as Promise<void>).then(() => (injected = true));
      await Promise.resolve();
      expect(injected).toBe(false);
      booting.dispatchEvent(new Event('DOMContentLoaded'));
      await waiting;
      expect(injected).toBe(true);
      // Still loading: wait too. DOMContentLoaded started, or the page complete: at once.
      page('loading', 0);
      expect(untilParsed()).toBeInstanceOf(Promise);
      page('interactive', 42.5);
      expect(untilParsed()).toBeUndefined();
      page('complete', null);
      expect(untilParsed()).toBeUndefined();
      // No navigation timing (not a navigated document): the parse is the test.
      page('interactive', null);
      expect(untilParsed()).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a failed injection answers ok: false and may be retried', async () => {
    const { api, executeScript } = fakeApi();
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'));
    const serve = createTabServices(api);
    await expect(serve({ type: 'app/load' }, contentScript() as Sender)).resolves.toMatchObject({ ok: false, reason: 'failed' });
    await expect(serve({ type: 'app/load' }, contentScript() as Sender)).resolves.toEqual({ ok: true });
    // The failed wait, then the retry's wait and its app.
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript.mock.calls[2]![0]).toMatchObject({ files: [appScript('salesforce')] });
  });

  it('opens the options page for its own content script', async () => {
    const { api, openOptionsPage } = fakeApi();
    await expect(createTabServices(api)({ type: 'options/open' }, contentScript() as Sender)).resolves.toEqual({ ok: true });
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});
