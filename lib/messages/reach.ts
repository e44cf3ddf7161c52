/**
 * Asking a background that could not be reached again. A service worker that Chrome is stopping
 * or starting drops messages for a moment ("Receiving end does not exist"), so the tab's asks
 * (the loader's request for the app, the event mirror's queries and flushes) are repeated a few
 * times, spaced, before they give up. No zod here: the loader, on every page load, uses it too.
 */

/** Waits between tries: long enough to cover a worker's restart, short enough to be unnoticed. */
export const REACH_RETRY_MS = [250, 1_000, 5_000] as const;

export interface ReachOptions {
  /** The waits between tries (REACH_RETRY_MS). */
  delays?: readonly number[];
  /** Stop asking (the tab's extension context went away, the mirror was destroyed). */
  stop?: () => boolean;
  /** How to wait; a content script passes its context's timer, cancelled with it. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `request` until `reached` says its answer came from the background, or the tries run out; returns the last answer. */
export async function askUntilReached<R>(request: () => Promise<R>, reached: (answer: R) => boolean, options: ReachOptions = {}): Promise<R> {
  const { delays = REACH_RETRY_MS, stop = () => false, wait = sleep } = options;
  let answer = await request();
  for (const delay of delays) {
    if (reached(answer) || stop()) break;
    await wait(delay);
    if (stop()) break;
    answer = await request();
  }
  return answer;
}
