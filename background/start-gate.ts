/**
 * Work the worker does at its start that no page waits for — the overdue badge's first count
 * (the whole log read, 200,000+ events after a team pull), the first team sync, the storage
 * check and the v1 log's move — is held back until the pages that woke it have been served, so
 * the first record after a browser start is not read behind it (issue 25: ~2.6 s before).
 *
 * The gate opens `quietMs` after the last sidebar app it injected (the page's own reads come in
 * right after), or `idleMs` after the start when no page asks, and never later than `maxMs`
 * after the start (a browser restoring many tabs still gets its badge). Nothing is lost while
 * it is shut: a tick is stored at once (only this start-up work waits), and the outbox a stopped
 * worker left is still flushed by the first tab's write or by this work.
 */
export interface StartGate {
  /** Resolves when the held-back work may run. */
  readonly opened: Promise<void>;
  /** A page was served (its app injected): wait for its first reads before opening. */
  served(): void;
}

export interface StartGateOptions {
  quietMs?: number;
  idleMs?: number;
  maxMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createStartGate({
  quietMs = 1500,
  idleMs = 1000,
  maxMs = 8000,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: StartGateOptions = {}): StartGate {
  let open!: () => void;
  let isOpen = false;
  const opened = new Promise<void>((resolve) => {
    open = () => {
      if (isOpen) return;
      isOpen = true;
      clearTimer(quiet);
      clearTimer(latest);
      resolve();
    };
  });
  let quiet = setTimer(() => open(), idleMs);
  const latest = setTimer(() => open(), maxMs);
  return {
    opened,
    served() {
      if (isOpen) return;
      clearTimer(quiet);
      quiet = setTimer(() => open(), quietMs);
    },
  };
}
