/**
 * Batched change notification for host pages that render late and inside shadow roots.
 *
 * One MutationObserver watches the given roots and every open shadow root under them (a
 * MutationObserver stops at shadow boundaries, so each root must be registered). Shadow roots
 * that appear later are picked up from the added nodes of each record batch. All records of a
 * frame collapse into a single `onChange()` call: Lightning re-renders in bursts of hundreds
 * of mutations, and the caller re-reads the page once per burst. No timers, no polling.
 */
import { shadowRootsUnder } from './deep-query';

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
 * What changed since the previous `onChange` (the argument it is called with), so a consumer can
 * re-read only what those changes touch. Every change the observer saw is in it; changes outside
 * `roots` (and in shadow roots not yet registered, other than inside `added` elements) were not
 * seen, so a consumer that caches must treat anything it cannot place as "read everything".
 */
export interface ObservedChanges {
  /** The nodes this observer watches. */
  readonly roots: readonly Node[];
  /**
   * Nodes whose child list or observed attributes changed, and text nodes whose data changed
   * (while focused, text and attributes only inside the focused nodes: BatchedObserver). A
   * removed node is not listed (its old parent is): whatever a consumer kept of it is now
   * disconnected. Kept this small on purpose: the observer's callback runs for every batch of a
   * churning page, and each record property read crosses into the DOM bindings.
   */
  readonly nodes: ReadonlySet<Node>;
  /**
   * Elements added and still in the page at the call (each counts with its whole subtree,
   * shadow trees included). One added and removed again since is not listed: its old parent is
   * in `nodes`.
   */
  readonly added: ReadonlySet<Element>;
  /** Where `input`/`change` events started (a value changed without a mutation), as far as visible. */
  readonly events: ReadonlySet<Node>;
  /**
   * Elements already in place whose shadow trees were registered only after the previous call
   * (see walkAdded): anything inside them may have changed unseen. Not moved (that is `added`).
   */
  readonly unseen: ReadonlySet<Element>;
}

/**
 * Sustained churn. A change after a pause is answered in the next task; every frame of a
 * burst after it (Lightning renders a record in a few). But some pages never pause — a ticking timer, an
 * animation written into the DOM, a feed that keeps growing — and one read per frame of those
 * would cost the host a full adapter read 60 times a second (npm run bench: ~16 ms of extension
 * work per 1,000 mutations at 100 mutations a frame). Once changes have come without a pause of
 * CHURN_PAUSE_MS for SUSTAINED_MS, reads are spaced SUSTAINED_INTERVAL_MS apart until the churn
 * stops; the last change is always read (a read stays scheduled while changes are pending).
 */
export const CHURN_PAUSE_MS = 50;
export const SUSTAINED_MS = 100;
export const SUSTAINED_INTERVAL_MS = 250;

/** What `observeBatched` hands back: the session narrows or widens what it watches in detail. */
export interface BatchedObserver {
  /**
   * `null` (the start): everything under the roots is watched — child lists, text and the
   * observed attributes. A list of nodes: under the roots only child lists are watched (elements
   * added or removed anywhere), while text and attributes are watched only inside those nodes
   * (their subtrees and shadow trees). A site whose read depends on nothing else — a Salesforce
   * record's field elements and its verifying self links — then pays nothing for the host's class
   * and text churn around them (npm run bench: mutations). Call it again after each read; the
   * same nodes again cost nothing.
   */
  focus(detail: readonly Node[] | null): void;
}

/**
 * Calls `onChange` after any change under `roots` (including inside open shadow roots, present or
 * added later): by the next frame or task, whichever comes first, for the first change after a
 * pause, then at most once per animation frame while changes keep coming — at most once per
 * SUSTAINED_INTERVAL_MS while the changes never pause (see above). Stops and releases everything
 * when `signal` aborts. Errors thrown by `onChange` are swallowed so they never reach the host
 * page. `onChange` is handed what changed since its previous call (ObservedChanges); callers that
 * re-read everything can ignore it. The returned BatchedObserver narrows what is watched.
 */
export function observeBatched(
  roots: readonly Node[],
  onChange: (changes: ObservedChanges) => void,
  signal: AbortSignal,
  options: ObserveOptions = {},
): BatchedObserver {
  if (signal.aborted || roots.length === 0) return { focus: () => undefined };
  const attributeFilter = [...(options.attributeFilter ?? OBSERVED_ATTRIBUTES)];
  const events = options.events ?? DEFAULT_EVENTS;
  const win = windowOf(roots[0]!);
  const schedule = frameScheduler(win);
  const soon = taskScheduler();
  const soonest = firstOf(soon, schedule);

  const clock = win?.performance ?? (typeof performance === 'undefined' ? Date : performance);

  /** Cancels the scheduled frame (or the wait before it); non-null while a flush is pending. */
  let cancelPending: (() => void) | null = null;
  /** When the current run of changes without a pause began, the last change came, the last flush ran. */
  let churnSince = Number.NEGATIVE_INFINITY;
  let lastChange = Number.NEGATIVE_INFINITY;
  let lastFlush = Number.NEGATIVE_INFINITY;
  /** Elements added since the last flush (see the observer below), and the rest of what changed. */
  let added = new Set<Element>();
  let nodes = new Set<Node>();
  let eventNodes = new Set<Node>();
  let unseen = new Set<Element>();
  const flush = () => {
    cancelPending = null;
    if (signal.aborted) return;
    lastFlush = clock.now();
    // Most elements a churning page adds are gone again by the flush (a feed's rows, a ticking
    // timer's spans): dropped here once, not by each consumer and the shadow walk in turn
    // (npm run bench: mutations). Whatever they held went with them.
    for (const el of added) if (!el.isConnected) added.delete(el);
    const changes: ObservedChanges = { roots, nodes, added, events: eventNodes, unseen };
    added = new Set();
    nodes = new Set();
    eventNodes = new Set();
    unseen = new Set();
    try {
      onChange(changes);
    } catch {
      // A failing consumer must not break the host page or stop later notifications.
    }
    if (changes.added.size > 0) {
      for (const el of changes.added) pendingShadowWalk.add(el);
      cancelShadowWalk ??= soon(walkAdded);
    }
  };
  /**
   * Shadow roots under added elements are registered in the task after the read, not before it:
   * walking a whole new record layout for them took longer than reading it (npm run bench:
   * facts → sidebar), and the read does not need them. Whatever renders into such a root between
   * the read and this walk was not observed, so a root found here is handed on as `unseen`, and
   * its host is read again (incrementally) at the next flush.
   */
  let pendingShadowWalk = new Set<Element>();
  let cancelShadowWalk: (() => void) | null = null;
  const walkAdded = () => {
    cancelShadowWalk = null;
    if (signal.aborted) return;
    const walked = pendingShadowWalk;
    pendingShadowWalk = new Set();
    let found = false;
    for (const el of walked) {
      if (!el.isConnected) continue;
      for (const shadow of shadowRootsUnder(el)) {
        if (!watch(shadow)) continue;
        unseen.add(shadow.host);
        found = true;
      }
    }
    if (found) markDirty();
  };
  const markDirty = () => {
    if (signal.aborted) return;
    const now = clock.now();
    if (now - lastChange > CHURN_PAUSE_MS) churnSince = now;
    lastChange = now;
    if (cancelPending) return;
    // The first change after a quiet spell is read in the next task, not at the next frame: a
    // record's layout appearing is then on the sidebar before that frame paints, instead of one
    // to two frames later (npm run bench: facts → sidebar). The rest of a burst waits for frames.
    if (churnSince === now && now - lastFlush > CHURN_PAUSE_MS) {
      cancelPending = soonest(flush);
      return;
    }
    const wait = now - churnSince >= SUSTAINED_MS ? lastFlush + SUSTAINED_INTERVAL_MS - now : 0;
    if (wait <= 0) {
      cancelPending = schedule(flush);
      return;
    }
    // A one-shot wait, then the next frame: no timer runs while nothing changes.
    let cancelFrame: (() => void) | null = null;
    const timer = setTimeout(() => {
      cancelFrame = schedule(flush);
    }, wait);
    cancelPending = () => {
      clearTimeout(timer);
      cancelFrame?.();
    };
  };

  const observed = new WeakSet<Node>();
  const listenedTargets: Node[] = [];
  const onRecords = (records: MutationRecord[]) => {
    // Shadow roots under added elements are registered after the read (walkAdded), not here:
    // walking each added subtree in every mutation batch cost more than the reads themselves
    // while a page churned (most of it removed again before the frame); only what is still
    // connected then is walked, once.
    for (const record of records) {
      nodes.add(record.target);
      // Only childList records add nodes; reading addedNodes of the others would build an
      // empty NodeList for each (this callback runs for every batch of a churning page).
      if (record.type !== 'childList') continue;
      const addedNodes = record.addedNodes;
      for (let i = 0; i < addedNodes.length; i++) {
        const node = addedNodes[i]!;
        if (node.nodeType === 1) added.add(node as Element);
      }
    }
    markDirty();
  };
  const MO = win?.MutationObserver ?? MutationObserver;
  /** Watches the roots and every shadow root found: everything, or child lists only when focused. */
  const observer = new MO(onRecords);
  /** Watches the focused nodes (and the shadow roots under them) for text and attributes too. */
  const detailObserver = new MO(onRecords);
  let detail: readonly Node[] | null = null;
  let detailSet = new Set<Node>();
  const onEvent = (event: Event) => {
    // The innermost node this listener may see (a closed tree below it shows as its host).
    const origin = (typeof event.composedPath === 'function' ? event.composedPath()[0] : undefined) ?? event.target ?? event.currentTarget;
    if (origin && typeof (origin as Node).nodeType === 'number') eventNodes.add(origin as Node);
    else if (event.currentTarget) eventNodes.add(event.currentTarget as Node);
    markDirty();
  };
  const init: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: attributeFilter.length > 0,
    ...(attributeFilter.length > 0 ? { attributeFilter } : {}),
  };
  const structureOnly: MutationObserverInit = { childList: true, subtree: true };
  const observeIn = (target: Node) => observer.observe(target, detail ? structureOnly : init);

  /** Whether `node` is a focused node or inside one (across shadow boundaries). */
  const inDetail = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (detailSet.has(n)) return true;
    return false;
  };

  /** Starts watching `target`; false if it already was (or cannot be). */
  const watch = (target: Node): boolean => {
    if (observed.has(target)) return false;
    observed.add(target);
    try {
      observeIn(target);
      // A shadow root found later inside a focused node: its text and attributes count too.
      if (detail && target.nodeType === 11 && inDetail((target as ShadowRoot).host)) detailObserver.observe(target, init);
    } catch {
      return false;
    }
    for (const type of events) {
      target.addEventListener(type, onEvent, { capture: true, passive: true });
    }
    listenedTargets.push(target);
    return true;
  };

  for (const root of roots) {
    watch(root);
    for (const shadow of shadowRootsUnder(root)) watch(shadow);
  }

  const focus = (next: readonly Node[] | null) => {
    if (signal.aborted) return;
    if (next === detail || (next && detail && next.length === detail.length && next.every((n, i) => n === detail![i]))) return;
    const widthChanged = (next === null) !== (detail === null);
    // Records already queued were made under the old options: take them before switching.
    const pending = [...observer.takeRecords(), ...detailObserver.takeRecords()];
    if (pending.length) onRecords(pending);
    detailObserver.disconnect();
    detail = next;
    detailSet = new Set(next ?? []);
    // The DOM says observing a node again replaces its options; not every implementation does
    // (happy-dom adds a second registration), so start over with the new ones.
    if (widthChanged) {
      observer.disconnect();
      for (const target of listenedTargets) observeIn(target);
    }
    if (!next) return;
    for (const node of next) {
      if (!node.isConnected) continue;
      detailObserver.observe(node, init);
      for (const shadow of shadowRootsUnder(node)) if (observed.has(shadow)) detailObserver.observe(shadow, init);
    }
  };

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      detailObserver.disconnect();
      cancelPending?.();
      cancelPending = null;
      cancelShadowWalk?.();
      cancelShadowWalk = null;
      pendingShadowWalk.clear();
      added.clear();
      nodes.clear();
      eventNodes.clear();
      unseen.clear();
      for (const target of listenedTargets) {
        for (const type of events) target.removeEventListener(type, onEvent, { capture: true });
      }
      listenedTargets.length = 0;
    },
    { once: true },
  );
  return { focus };
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

/** Returns a function that runs `cb` on the next animation frame and hands back a canceller (watch-visibility.ts too). */
export function frameScheduler(win: Window | null): (cb: () => void) => () => void {
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

/**
 * Runs `cb` once, by whichever of two schedulers comes first, and cancels the other. The first
 * change after a pause uses a task and the next frame: Chrome often renders a frame before a
 * zero timeout's task (the host's new layout is painted first, npm run bench: facts → sidebar
 * +20 ms), while a frame callback runs before that paint; a hidden tab has no frames.
 */
export function firstOf(
  a: (cb: () => void) => () => void,
  b: (cb: () => void) => () => void,
): (cb: () => void) => () => void {
  return (cb) => {
    let done = false;
    let cancelA: (() => void) | null = null;
    let cancelB: (() => void) | null = null;
    const run = () => {
      if (done) return;
      done = true;
      cancelA?.();
      cancelB?.();
      cb();
    };
    cancelA = a(run);
    cancelB = b(run);
    return () => {
      done = true;
      cancelA?.();
      cancelB?.();
    };
  };
}

/**
 * Returns a function that runs `cb` in a new task and hands back a canceller. A task, not a
 * microtask: the page finishes whatever its own promise chain renders before the read. (Not
 * nested in timers, a zero timeout is not clamped.)
 */
export function taskScheduler(): (cb: () => void) => () => void {
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
