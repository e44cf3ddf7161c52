import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClient, sendMessage, type Transport } from '@/lib/messages/client';
import type { Message } from '@/lib/messages/protocol';
import { createStorageItems } from '@/lib/store/items/storage-items';
import { createWriter } from '@/background/writer';

describe('the message client', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reaches the background over runtime messaging and returns its typed answer', async () => {
    const writer = createWriter({ items: createStorageItems('writer'), runtimeId: fakeBrowser.runtime.id, timeZone: 'UTC' });
    // fakeBrowser passes an empty sender; Chrome fills in the extension id for our own contexts.
    fakeBrowser.runtime.onMessage.addListener((message, sender, sendResponse) =>
      writer.listener(message, { ...sender, id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` }, sendResponse),
    );
    const response = await sendMessage({ type: 'ui/set', patch: { sidebarCollapsed: true } });
    expect(response).toEqual({ ok: true });
    const check = await createClient().send({ type: 'storage/check' });
    if (check.ok) expect(check.setAside).toBe(0);
    else throw new Error(check.error);
  });

  it('gets no answer from the background for a sender it does not trust, and says so', async () => {
    const writer = createWriter({ items: createStorageItems('writer'), runtimeId: fakeBrowser.runtime.id, timeZone: 'UTC' });
    fakeBrowser.runtime.onMessage.addListener(writer.listener); // sender {}: no extension id
    expect(await sendMessage({ type: 'storage/check' })).toEqual({ ok: false, reason: 'unreachable', error: "CSM Guide's background did not answer" });
  });

  it('does not send a message outside the protocol', async () => {
    const transport = vi.fn<Transport>();
    const response = await sendMessage({ type: 'ui/set', patch: { sidebarCollapsed: 'yes' } } as unknown as Message, transport);
    expect(response).toMatchObject({ ok: false, error: 'Not a CSM Guide message (ui/set)' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('turns an unreachable background into a failure instead of throwing', async () => {
    const transport: Transport = async () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await sendMessage({ type: 'storage/check' }, transport)).toEqual({
      ok: false,
      reason: 'unreachable',
      error: "CSM Guide's background could not be reached: Extension context invalidated.",
    });
  });
});
