/**
 * The network coming back, as a service worker can see it. Chrome fires no `online` event in
 * workers (https://issues.chromium.org/issues/40155587): the worker's listener alone never runs.
 * `navigator.onLine` is kept current there, so after a sync that failed offline this watches it
 * for a while and syncs the moment it goes from false to true (waiting ticks go up at once, not
 * at the next minute's alarm). A server that is down while the browser is online never flips it:
 * that waits for the alarm, so a dead server is not asked every second.
 *
 * Watching keeps the worker awake (an API call a second), so one outage gets one watch of `forMs`:
 * a failed sync during it does not extend it, and when it ends with the browser still offline the
 * watch rests for `restMs` before a failed sync may start another. A long outage is the minute
 * alarm's, and the worker may sleep through it.
 */
export interface OnlineWatchOptions {
  /** navigator.onLine. */
  isOnline(): boolean;
  /** The network is back: sync. */
  onBack(): void;
  /** Called at each look, to keep the worker alive while it watches (an extension API call resets Chrome's idle timer). */
  keepAlive?(): void;
  /** How often to look (ms). */
  everyMs?: number;
  /** How long one watch lasts from its start (ms); the minute alarm covers longer outages. */
  forMs?: number;
  /** After a watch that ended with the browser still offline, how long before another may start (ms). */
  restMs?: number;
  /**
   * After the flip, how long to keep syncing every other look until the caller stops the watch (a
   * sync that succeeded): navigator.onLine turns true a moment before requests get through.
   */
  retryMs?: number;
  now?: () => number;
}

export interface OnlineWatch {
  /** Watch for the next forMs; a watch already running goes on unchanged, and a resting one does not start. */
  start(): void;
  stop(): void;
  readonly watching: boolean;
}

export const createOnlineWatch = (options: OnlineWatchOptions): OnlineWatch => {
  const everyMs = options.everyMs ?? 1_000;
  const forMs = options.forMs ?? 5 * 60_000;
  const restMs = options.restMs ?? 10 * 60_000;
  let restUntil = 0;
  const now = options.now ?? (() => Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  let until = 0;
  const retryMs = options.retryMs ?? 10_000;
  let sawOffline = false;
  let retryUntil = 0;
  let looks = 0;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    sawOffline = false;
    retryUntil = 0;
  };
  const look = () => {
    options.keepAlive?.();
    looks++;
    if (!options.isOnline()) {
      sawOffline = true;
      retryUntil = 0;
    } else if (sawOffline) {
      sawOffline = false;
      retryUntil = now() + retryMs;
      looks = 0;
      options.onBack();
      return;
    } else if (now() < retryUntil) {
      if (looks % 2 === 0) options.onBack();
      return;
    }
    if (now() > until) {
      const stillOffline = !options.isOnline();
      stop();
      if (stillOffline) restUntil = now() + restMs;
    }
  };
  return {
    start() {
      if (timer !== undefined || now() < restUntil) return;
      until = now() + forMs;
      if (!options.isOnline()) sawOffline = true;
      timer = setInterval(look, everyMs);
    },
    stop,
    get watching() {
      return timer !== undefined;
    },
  };
};
