import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Transport } from '@/lib/messages/client';
import { createStorageItems } from '@/lib/store/items';
import { createCsmStore, type CsmStoreOptions } from '@/lib/store/progress-store';
import { createWriter, type WriterOptions } from '@/lib/store/writer';

export const ZONE = 'America/Chicago';
export const ACCOUNT_A = '001Hs00003ABCdeIAG';
export const ACCOUNT_B = '001Hs00003XYZabIAA';

/** A clock that ticks 1 ms per call, shared by everything in a test (so `at` orders events). */
export const clock = (start = '2026-11-27T15:00:00.000Z') => {
  let t = Date.parse(start);
  return () => new Date(t++).toISOString();
};

/** Sender as Chrome fills it in for this extension's own content script. */
export const ownSender = () => ({ id: fakeBrowser.runtime.id, tab: { url: 'https://acme.lightning.force.com/lightning/r/Account/x/view' } });

/** A background writer over fakeBrowser storage, and stores (tabs) that talk to it. */
export const setup = (options: Partial<WriterOptions> = {}) => {
  const now = options.now ?? clock();
  const writer = createWriter({
    items: createStorageItems('writer'),
    runtimeId: fakeBrowser.runtime.id,
    timeZone: ZONE,
    now,
    ...options,
  });
  const sent: unknown[] = [];
  const transport: Transport = (message) => {
    sent.push(message);
    return writer.handle(message, ownSender()) ?? Promise.resolve(undefined);
  };
  const tab = (extra: CsmStoreOptions = {}) =>
    createCsmStore({
      items: createStorageItems('reader'),
      transport,
      now,
      timeZone: ZONE,
      loadManaged: async () => ({}),
      ...extra,
    });
  return { writer, transport, tab, now, sent };
};

export const local = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];
export const sync = async (key: string): Promise<unknown> => (await fakeBrowser.storage.sync.get(key))[key];
