// @vitest-environment happy-dom
/**
 * A host page that never stops changing its DOM must not get one full adapter read per frame
 * (npm run bench: that was ~14 ms of extension work per 1,000 mutations at 100 mutations a
 * frame). lib/dom/observe.ts reads in the next task after a pause and every frame of a short
 * burst, but spaces reads SUSTAINED_INTERVAL_MS apart once changes have not paused for
 * SUSTAINED_MS — and always reads the last change. Time is simulated (fake timers and frames).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeBatched, SUSTAINED_INTERVAL_MS, SUSTAINED_MS } from '@/lib/dom/observe';

const FRAME_MS = 16;
let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  document.body.replaceChildren();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Mutates `root` once per frame for `ms`, recording what each read saw. */
async function churn(root: HTMLElement, ms: number, reads: string[]) {
  for (let t = 0, n = 0; t < ms; t += FRAME_MS, n++) {
    root.textContent = `value ${n}`;
    await vi.advanceTimersByTimeAsync(FRAME_MS);
  }
  return reads;
}

describe('sustained churn', () => {
  it('a burst after a pause is read at once, and each frame of a short burst after it', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const reads: string[] = [];
    observeBatched([root], () => reads.push(root.textContent ?? ''), controller.signal);
    await churn(root, SUSTAINED_MS - 2 * FRAME_MS, reads);
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    // One read per frame while the burst is short.
    expect(reads).toEqual(Array.from({ length: reads.length }, (_, i) => `value ${i}`));
    expect(reads.length).toBeGreaterThanOrEqual(Math.floor((SUSTAINED_MS - 2 * FRAME_MS) / FRAME_MS));
    // After a pause, the next change is read at once again.
    await vi.advanceTimersByTimeAsync(500);
    const before = reads.length;
    root.textContent = 'after the pause';
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(reads.slice(before)).toEqual(['after the pause']);
  });

  it('a page that never pauses is read every SUSTAINED_INTERVAL_MS at most, and its last change is read', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const reads: string[] = [];
    observeBatched([root], () => reads.push(root.textContent ?? ''), controller.signal);
    const duration = 2000;
    await churn(root, duration, reads);
    const frames = Math.ceil(duration / FRAME_MS);
    // Every frame for the first SUSTAINED_MS, then one read per interval.
    const bound = Math.ceil(SUSTAINED_MS / FRAME_MS) + Math.ceil(duration / SUSTAINED_INTERVAL_MS) + 2;
    expect(reads.length).toBeLessThanOrEqual(bound);
    expect(reads.length).toBeLessThan(frames / 3);
    // Once it stops, the last state is read (no change is left unread).
    await vi.advanceTimersByTimeAsync(SUSTAINED_INTERVAL_MS + FRAME_MS);
    expect(reads.at(-1)).toBe(`value ${frames - 1}`);
  });

  it('aborting while a spaced read is waiting cancels it', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const onChange = vi.fn();
    observeBatched([root], onChange, controller.signal);
    await churn(root, SUSTAINED_MS + 4 * FRAME_MS, []);
    const calls = onChange.mock.calls.length;
    root.textContent = 'last';
    controller.abort();
    await vi.advanceTimersByTimeAsync(SUSTAINED_INTERVAL_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(calls);
  });
});
