import { GMAIL_SEL } from './selectors';

/** Where a compose lives; each place is found its own way (inline replies, docked, pop-out and full-screen composes: tests/fixtures/gmail). */
export type ComposePlacement = 'dock' | 'fullscreen' | 'popout' | 'inline';

export interface ComposeHandle {
  /** Stable for the element's life: draft id, else composeid, else a generated id. */
  id: string;
  /** The whole compose: the window's dialog, the pop-out's compose, or an inline reply's `div.M9`. */
  root: HTMLElement;
  placement: ComposePlacement;
  /** A minimized dock window: still in the DOM with its body hidden. It is read all the same. */
  minimized: boolean;
}

/**
 * Every open compose in the document, in document order: dock windows (minimized ones too),
 * full-screen windows, the pop-out window's compose and inline replies in a thread.
 * An empty list means no compose is open.
 */
export function findComposes(doc: Document): ComposeHandle[] {
  const found = new Map<HTMLElement, ComposePlacement>();
  const add = (root: HTMLElement | null, placement: ComposePlacement) => {
    if (root && !found.has(root)) found.set(root, placement);
  };

  if (isStandaloneComposeWindow(doc)) {
    for (const main of doc.querySelectorAll<HTMLElement>(GMAIL_SEL.main)) {
      for (const child of Array.from(main.children) as HTMLElement[]) {
        if (isCompose(child)) add(child, 'popout');
      }
    }
  }
  for (const dialog of doc.querySelectorAll<HTMLElement>(GMAIL_SEL.dialog)) {
    // Other Gmail dialogs (settings, link editor, confirmations) have no compose form.
    if (!dialog.querySelector(GMAIL_SEL.composeMarker)) continue;
    add(dialog, dialog.closest(GMAIL_SEL.fullscreen) ? 'fullscreen' : 'dock');
  }
  for (const area of doc.querySelectorAll<HTMLElement>(GMAIL_SEL.inlineReplyArea)) {
    // InboxSDK takes the `.M9` in the reply area, else its first child.
    const core = area.querySelector<HTMLElement>(GMAIL_SEL.composeCore);
    const first = area.firstElementChild as HTMLElement | null;
    add(core ?? (first && isCompose(first) ? first : null), 'inline');
  }

  const taken = new Set<string>();
  return outermostInDocumentOrder([...found.keys()]).map((root) => {
    const id = composeKey(root, taken);
    taken.add(id);
    const placement = found.get(root) ?? 'dock';
    return { id, root, placement, minimized: placement === 'dock' && isMinimized(root) };
  });
}

/** The open compose with this id, or null once it was sent, discarded or closed. */
export function findCompose(doc: Document, id: string): ComposeHandle | null {
  return findComposes(doc).find((compose) => compose.id === id) ?? null;
}

/**
 * The id of the compose holding `node` (where the user clicked or typed), or null outside every
 * compose. Lets the sidebar follow the compose in use when several are open.
 */
export function composeIdAt(doc: Document, node: Node): string | null {
  return findComposes(doc).find((compose) => compose.root.contains(node))?.id ?? null;
}

/** The compose's message body editor (a contenteditable div), or null if it cannot be found. */
export function findBody(root: ParentNode): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>(GMAIL_SEL.body) ?? root.querySelector<HTMLElement>(GMAIL_SEL.bodyFallback)
  );
}

/** The pop-out compose window (InboxSDK `isStandaloneComposeWindow`). */
export function isStandaloneComposeWindow(doc: Document): boolean {
  const body = doc.body;
  return !!body && GMAIL_SEL.standaloneBodyClasses.every((name) => body.classList.contains(name));
}

function isCompose(el: Element): boolean {
  return el.matches(GMAIL_SEL.composeMarker) || !!el.querySelector(GMAIL_SEL.composeMarker);
}

/**
 * Gmail hides the dialog child that holds the body when a window is minimized (InboxSDK
 * `isMinimized` reads that child's `style.display`). Inline style only: no layout read.
 */
function isMinimized(dialog: HTMLElement): boolean {
  const body = findBody(dialog);
  if (!body) return false;
  const holder = Array.from(dialog.children).find((child) => child.contains(body)) as HTMLElement | undefined;
  return !!holder && holder.style.display !== '';
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out so this module needs no global `Node`. */
const FOLLOWING = 4;

/** Drops candidates nested in another candidate (a pop-out compose holding a dialog, say). */
function outermostInDocumentOrder(roots: HTMLElement[]): HTMLElement[] {
  const unique = [...roots].sort((a, b) =>
    a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
  );
  const kept: HTMLElement[] = [];
  for (const root of unique) {
    if (!kept.some((outer) => outer.contains(root))) kept.push(root);
  }
  return kept;
}

// ── Keys ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * Keys already handed out, per element. A new compose has no draft id until Gmail first saves
 * it; remembering the first key keeps one compose under one id for as long as its element lives,
 * so progress and focus in the sidebar do not jump when the draft is saved.
 */
const keys = new WeakMap<Element, string>();
let generated = 0;

function composeKey(root: HTMLElement, taken: ReadonlySet<string>): string {
  const known = keys.get(root);
  if (known && !taken.has(known)) return known;
  let key = hiddenId(root, GMAIL_SEL.draftInput) ?? hiddenId(root, GMAIL_SEL.composeIdInput);
  // Two composes can't share a key (a pop-out and its original briefly coexist in some flows).
  if (!key || taken.has(key)) key = `gmail-compose-${++generated}`;
  keys.set(root, key);
  return key;
}

/**
 * A hidden id input's value without Gmail's leading "#" ("#msg-a:r-123" → "msg-a:r-123").
 * Gmail writes the string "undefined" into `draft` before the first save (gmail.js
 * `compose_ids` filters it out the same way).
 */
export function hiddenId(root: ParentNode, selector: string): string | null {
  const raw = root.querySelector<HTMLInputElement>(selector)?.value?.trim() ?? '';
  const value = raw.replace(/^#/, '');
  return value && value !== 'undefined' && value !== 'null' ? value : null;
}
