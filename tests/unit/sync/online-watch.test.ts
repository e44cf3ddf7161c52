import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOnlineWatch } from '@/background/sync/online-watch';

describe('the network coming back, as the worker sees it (navigator.onLine; no online event in workers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (online: { value: boolean }) => {
    const onBack = vi.fn();
    const keepAlive = vi.fn();
    const watch = createOnlineWatch({ isOnline: () => online.value, onBack, keepAlive, everyMs: 1_000, forMs: 60_000, now: () => Date.now() });
    return { watch, onBack, keepAlive };
  };

  it('syncs within a second when the browser goes from offline to online, and once a sync succeeded (stop) no more', () => {
    const online = { value: false };
    const { watch, onBack, keepAlive } = setup(online);
    watch.start();
    vi.advanceTimersByTime(5_000);
    expect(onBack).not.toHaveBeenCalled();
    expect(keepAlive).toHaveBeenCalled();
    online.value = true;
    vi.advanceTimersByTime(1_000);
    expect(onBack).toHaveBeenCalledTimes(1);
    watch.stop();
    vi.advanceTimersByTime(10_000);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('keeps trying for a few seconds after the flip while the syncs still fail (onLine turns true before requests get through), then rests', () => {
    const online = { value: false };
    const { watch, onBack } = setup(online);
    watch.start();
    vi.advanceTimersByTime(2_000);
    online.value = true;
    vi.advanceTimersByTime(1_000);
    expect(onBack).toHaveBeenCalledTimes(1);
    // Each failed sync (offline again) starts the watch again, as the background does.
    watch.start();
    vi.advanceTimersByTime(10_000);
    expect(onBack).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(40_000);
    expect(onBack).toHaveBeenCalledTimes(5);
  });

  it('also when the failure came while still online and the browser drops and returns later', () => {
    const online = { value: true };
    const { watch, onBack } = setup(online);
    watch.start();
    vi.advanceTimersByTime(3_000);
    online.value = false;
    vi.advanceTimersByTime(2_000);
    online.value = true;
    vi.advanceTimersByTime(1_000);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('never asks a server that is down while the browser stays online, and stops after its time', () => {
    const online = { value: true };
    const { watch, onBack } = setup(online);
    watch.start();
    vi.advanceTimersByTime(61_000);
    expect(onBack).not.toHaveBeenCalled();
    expect(watch.watching).toBe(false);
  });

  it('a new start during a watch neither extends it nor starts a second one', () => {
    const online = { value: false };
    const { watch, onBack, keepAlive } = setup(online);
    watch.start();
    vi.advanceTimersByTime(50_000);
    watch.start();
    vi.advanceTimersByTime(9_000);
    expect(watch.watching).toBe(true);
    online.value = true;
    vi.advanceTimersByTime(1_000);
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(keepAlive.mock.calls.length).toBeLessThanOrEqual(60);
  });

  it('a long outage gets one watch, then rests so the worker may sleep; the alarm covers it, and after the rest a failed sync watches again', () => {
    const online = { value: false };
    const { watch, keepAlive } = setup(online);
    watch.start();
    vi.advanceTimersByTime(61_000);
    expect(watch.watching).toBe(false);
    const looks = keepAlive.mock.calls.length;
    // The minute alarm's sync fails again: no new watch while it rests (10 minutes by default).
    watch.start();
    vi.advanceTimersByTime(5 * 60_000);
    expect(watch.watching).toBe(false);
    expect(keepAlive.mock.calls.length).toBe(looks);
    vi.advanceTimersByTime(6 * 60_000);
    watch.start();
    expect(watch.watching).toBe(true);
  });
});
