/**
 * The worker's start-up gate (background/start-gate.ts): the badge's first count, the first sync
 * and the storage check wait until the pages that woke the worker are served, and never longer
 * than the cap.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStartGate } from '@/background/start-gate';

const state = (gate: { opened: Promise<void> }) => {
  let open = false;
  void gate.opened.then(() => (open = true));
  return () => open;
};

describe('start gate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after idleMs when no page asks', async () => {
    const gate = createStartGate({ idleMs: 1000, quietMs: 1500, maxMs: 8000 });
    const isOpen = state(gate);
    await vi.advanceTimersByTimeAsync(999);
    expect(isOpen()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isOpen()).toBe(true);
  });

  it('waits quietMs after the last page served, so its first reads come first', async () => {
    const gate = createStartGate({ idleMs: 1000, quietMs: 1500, maxMs: 8000 });
    const isOpen = state(gate);
    await vi.advanceTimersByTimeAsync(800);
    gate.served();
    await vi.advanceTimersByTimeAsync(1400);
    expect(isOpen()).toBe(false);
    gate.served(); // another tab
    await vi.advanceTimersByTimeAsync(1400);
    expect(isOpen()).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(isOpen()).toBe(true);
  });

  it('never waits past maxMs, however many pages keep coming', async () => {
    const gate = createStartGate({ idleMs: 1000, quietMs: 1500, maxMs: 8000 });
    const isOpen = state(gate);
    for (let t = 0; t < 7900; t += 500) {
      gate.served();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(isOpen()).toBe(true);
    gate.served(); // after opening: nothing changes
    expect(isOpen()).toBe(true);
  });
});
