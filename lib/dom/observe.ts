/**
 * Batched change notification for host pages that render late and inside shadow roots.
 *
 * One MutationObserver watches the given roots and every open shadow root under them (a
 * MutationObserver stops at shadow boundaries, so each root must be registered). Shadow roots
 * that appear later are picked up from the added nodes of each record batch. All records of a
 * frame collapse into a single `onChange()` call: Lightning re-renders in bursts of hundreds
 * of mutations, and the caller re-reads the page once per burst. No timers, no polling.
 */
import { isElement, shadowRootsUnder } from './deep-query';

/**
 * Attributes whose change can change what an adapter reads. Deliberately narrow: `style` is left
 * out because spinners and animations rewrite it every frame.
 */
export const OBSERVED_ATTRIBUTES = [
  'class',
  'hidden',
  'checked',
  'value',
  'data-value',
  'field-label',
  'aria-hidden',
  'aria-selected',
  'data-recordid',
  'href',
  'title',
] as const;

export interface ObserveOptions {
  /** Attribute names to watch; defaults to OBSERVED_ATTRIBUTES. */
  attributeFilter?: readonly string[];
  /**
   * Events that also count as changes. Typing changes an input's `.value` property without a
   * mutation, so `input` and `change` are listened to by default (`change` is not composed, so
   * the listener sits on every observed shadow root too). Pass [] to disable.
   */
  events?: readonly string[];
}

const DEFAULT_EVENTS = ['input', 'change'] as const;

/**
 * Calls `onChange` at most once per animation frame after any change under `roots` (including
 * inside open shadow roots, present or added later). Stops and releases everything when
 * `signal` aborts. Errors thrown by `onChange` are swallowed so they never reach the host page.
 */
export function observeBatched(
  roots: readonly Node[],
  onChange: () => void,
  signal: AbortSignal,
  options: ObserveOptions = {},
): void {
  if (signal.aborted || roots.length === 0) return;
  const attributeFilter = [...(options.attributeFilter ?? OBSERVED_ATTRIBUTES)];
  const events = options.events ?? DEFAULT_EVENTS;
  const win = windowOf(roots[0]!);
  const schedule = frameScheduler(win);

  /** Cancels the scheduled frame; non-null while a flush is pending. */
  let cancelPending: (() => void) | null = null;
  const flush = () => {
    cancelPending = null;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      // A failing consumer must not break the host page or stop later notifications.
    }
  };
  const markDirty = () => {
    if (cancelPending || signal.aborted) return;
    cancelPending = schedule(flush);
  };

  const observed = new WeakSet<Node>();
  const listenedTargets: Node[] = [];
  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    for (const record of records) {
      // Register shadow roots now, in the same microtask as the insertion, so content an
      // LWC renders into a fresh shadow root right after connecting is not missed.
      record.addedNodes.forEach((node) => {
        if (isElement(node)) watchShadowRoots(node);
      });
    }
    markDirty();
  });
  const init: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: attributeFilter.length > 0,
    ...(attributeFilter.length > 0 ? { attributeFilter } : {}),
  };

  const watch = (target: Node) => {
    if (observed.has(target)) return;
    observed.add(target);
    try {
      observer.observe(target, init);
    } catch {
      return;
    }
    for (const type of events) {
      target.addEventListener(type, markDirty, { capture: true, passive: true });
    }
    listenedTargets.push(target);
  };
  // shadowRootsUnder includes the element's own root: one walk per added subtree.
  const watchShadowRoots = (el: Element) => {
    for (const shadow of shadowRootsUnder(el)) watch(shadow);
  };

  for (const root of roots) {
    watch(root);
    for (const shadow of shadowRootsUnder(root)) watch(shadow);
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelPending?.();
      cancelPending = null;
      for (const target of listenedTargets) {
        for (const type of events) target.removeEventListener(type, markDirty, { capture: true });
      }
      listenedTargets.length = 0;
    },
    { once: true },
  );
}

/**
 * Resolves after the next animation frame and the idle period that follows it, i.e. once the
 * host page has painted and is not busy. Resolves `false` (never rejects) if `signal` aborts
 * first, so callers can `if (!(await whenIdleFrame(signal))) return;`.
 */
export function whenIdleFrame(signal?: AbortSignal, win: Window | null = defaultWindow()): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    let cancel: (() => void) | null = null;
    const onAbort = () => {
      cancel?.();
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve(!signal?.aborted);
    };
    cancel = frameScheduler(win)(() => {
      if (win && typeof win.requestIdleCallback === 'function') {
        const id = win.requestIdleCallback(done, { timeout: 500 });
        cancel = () => win.cancelIdleCallback(id);
      } else {
        const id = setTimeout(done, 0);
        cancel = () => clearTimeout(id);
      }
    });
  });
}

/** Returns a function that runs `cb` on the next animation frame and hands back a canceller. */
function frameScheduler(win: Window | null): (cb: () => void) => () => void {
  if (win && typeof win.requestAnimationFrame === 'function') {
    return (cb) => {
      const id = win.requestAnimationFrame(() => cb());
      return () => win.cancelAnimationFrame(id);
    };
  }
  // No frames (a worker or a bare test DOM): the next macrotask is the closest equivalent.
  return (cb) => {
    const id = setTimeout(cb, 0);
    return () => clearTimeout(id);
  };
}

function windowOf(node: Node): (Window & typeof globalThis) | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return (doc?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

function defaultWindow(): Window | null {
  return typeof window === 'undefined' ? null : window;
}
