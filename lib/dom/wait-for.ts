/**
 * Waiting for late-rendered host content, with a cap and a signal: never a polling loop.
 * Lightning paints its shell and a spinner first and the record layout seconds later, so
 * "not there yet" and "not on this page" are only told apart after a wait.
 */
import { observeBatched, type ObserveOptions } from './observe';

export interface WaitOptions extends ObserveOptions {
  signal: AbortSignal;
  /** Give up after this many milliseconds (resolves null). */
  timeoutMs: number;
}

/**
 * Resolves with the first non-null result of `find()`, checked now and after each batched
 * change under `roots`; resolves null on timeout or abort. `find` errors count as "not yet".
 */
export function waitFor<T>(roots: readonly Node[], find: () => T | null | undefined, options: WaitOptions): Promise<T | null> {
  const attempt = (): T | null => {
    try {
      return find() ?? null;
    } catch {
      return null;
    }
  };
  const first = attempt();
  if (first !== null || options.signal.aborted) return Promise.resolve(first);

  return new Promise((resolve) => {
    const local = new AbortController();
    const finish = (value: T | null) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      local.abort();
      resolve(value);
    };
    const onAbort = () => finish(null);
    const timer = setTimeout(() => finish(null), options.timeoutMs);
    options.signal.addEventListener('abort', onAbort, { once: true });
    const { signal: _ignored, timeoutMs: _t, ...observeOptions } = options;
    observeBatched(
      roots,
      () => {
        const found = attempt();
        if (found !== null) finish(found);
      },
      local.signal,
      observeOptions,
    );
  });
}
