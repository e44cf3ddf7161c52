// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bootLoader } from '@/app/loader';
import { REACH_RETRY_MS as LOAD_RETRY_MS } from '@/lib/messages/reach';
import { endFirstReads, takeFirstRead } from '@/lib/store/first-reads';

const ALL_RETRIES_MS = LOAD_RETRY_MS.reduce((a, b) => a + b, 0) + 1;
let scripts = 0;
const context = () => new ContentScriptContext(`loader-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  endFirstReads();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('bootLoader', () => {
  test('begins the app’s first storage reads as it asks for the app, and only on a page that qualifies', async () => {
    await fakeBrowser.storage.sync.set({ settings: { userName: 'Maria' } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    bootLoader(context(), { isCandidate: () => false });
    expect(takeFirstRead('sync', ['settings'])).toBeNull();
    bootLoader(context(), { isCandidate: () => true });
    expect(await takeFirstRead('sync', ['settings'])).toEqual({ settings: { userName: 'Maria' } });
  });

  test('asks the background once for the app on a page that qualifies', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    bootLoader(context(), { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'app/load' });
  });

  test('a worker restarting drops the request: it is asked again, spaced, until it answers (no navigation needed)', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue({ ok: true } as never);
    bootLoader(context(), { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LOAD_RETRY_MS[0]);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(LOAD_RETRY_MS[1]);
    expect(send).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).toHaveBeenCalledTimes(3);
  });

  test("the worker's injection failed: asked again, spaced, until it is served; a refusal is not asked again", async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: false, reason: 'failed', error: 'The sidebar could not be loaded: Frame with ID 0 was removed.' } as never)
      .mockResolvedValue({ ok: true } as never);
    bootLoader(context(), { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LOAD_RETRY_MS[0]);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).toHaveBeenCalledTimes(2);

    send.mockReset().mockResolvedValue({ ok: false, reason: 'refused', error: 'Only a page on a served site can load the sidebar.' } as never);
    bootLoader(context(), { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('gives up after the last retry, and stops when the extension is reloaded', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('gone'));
    bootLoader(context(), { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS * 2);
    expect(send).toHaveBeenCalledTimes(1 + LOAD_RETRY_MS.length);

    send.mockClear();
    const ctx = context();
    bootLoader(ctx, { isCandidate: () => true });
    await vi.advanceTimersByTimeAsync(0);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a page that does not qualify asks nothing', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    bootLoader(context(), { isCandidate: () => false });
    await vi.advanceTimersByTimeAsync(ALL_RETRIES_MS);
    expect(send).not.toHaveBeenCalled();
  });
});
