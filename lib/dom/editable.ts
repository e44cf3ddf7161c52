/**
 * Reading and writing a rich-text editor (`contenteditable`) the way a user sees it. Site-neutral:
 * Gmail's compose body and Outreach's composer both use it, and each passes its own selectors.
 * (Belongs in lib/dom once that module takes editor helpers; kept here to stay in this folder.)
 */

/** Blocks start and end a line, like CSS `display: block` does for innerText. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT']);

type Piece = { text: string } | { newline: true } | { emptyLine: true } | { breaks: number };

/**
 * The editor's text as the lines the user sees: blocks and `<br>` become line breaks, whitespace
 * collapses as in normal flow, elements matching `skip` (quoted history, Drive chips…) and hidden
 * ones are left out. Computed from the DOM, so it works without layout (happy-dom, a minimized
 * window). It differs from Chrome's `innerText` on purpose where that over-counts: innerText turns
 * a `<br>` that closes its block into a line of its own, so Gmail's blank line `<div><br></div>`
 * reads as two blank lines there and as one here, as on screen.
 */
export function readEditableText(editor: Element, skip?: string): string {
  const pieces: Piece[] = [];
  walkText(editor, editor, pieces, skip);
  let out = '';
  let pending = 0;
  let started = false;
  const flush = () => {
    if (started && pending > 0) out += '\n'.repeat(pending);
    pending = 0;
  };
  for (const piece of pieces) {
    if ('breaks' in piece) {
      pending = Math.max(pending, piece.breaks);
    } else if ('text' in piece) {
      // Indentation between blocks is not content; a space between inline elements is.
      if (piece.text.trim() === '' && (pending > 0 || !started)) continue;
      flush();
      out += piece.text;
      started = true;
    } else {
      flush();
      if ('newline' in piece) out += '\n';
      started = true;
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function walkText(root: Element, node: Node, pieces: Piece[], skip: string | undefined): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 /* TEXT */) {
      pieces.push({ text: (child as Text).data.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ') });
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT */) continue;
    const el = child as Element;
    if (isSkipped(el, skip)) continue;
    if (el.tagName === 'BR') {
      // A <br> that ends its block draws no extra line in Chrome; it only keeps an empty line open.
      pieces.push(endsItsBlock(root, el) ? { emptyLine: true } : { newline: true });
      continue;
    }
    const breaks = el.tagName === 'P' ? 2 : BLOCK_TAGS.has(el.tagName) ? 1 : 0;
    if ((el.tagName === 'TD' || el.tagName === 'TH') && el.previousElementSibling) pieces.push({ text: '\t' });
    if (breaks) pieces.push({ breaks });
    walkText(root, el, pieces, skip);
    if (breaks) pieces.push({ breaks });
  }
}

function isSkipped(el: Element, skip: string | undefined): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return true;
  if ((el as HTMLElement).style?.display === 'none') return true;
  return !!skip && el.matches(skip);
}

/** True when nothing visible follows `br` before the end of its block (or of the editor). */
function endsItsBlock(root: Element, br: Element): boolean {
  let node: Node = br;
  for (;;) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && (next as Text).data.trim() !== '') return false;
      if (next.nodeType === 1) {
        const el = next as Element;
        if (BLOCK_TAGS.has(el.tagName)) return true;
        if (el.tagName === 'BR' || (el.textContent ?? '').trim() !== '' || el.querySelector('br, img')) return false;
      }
    }
    const parent: Node | null = node.parentNode;
    if (!parent || parent === root || BLOCK_TAGS.has((parent as Element).tagName ?? '')) return true;
    node = parent;
  }
}

/** Every link target in the editor, in order, once each (hrefs as written, not resolved). */
export function readEditableLinks(editor: Element, skip?: string): string[] {
  const links: string[] = [];
  for (const a of Array.from(editor.querySelectorAll('a[href]'))) {
    if (skip && a.closest(skip)) continue;
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || /^javascript:/i.test(href) || links.includes(href)) continue;
    links.push(href);
  }
  return links;
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────────

export interface InsertOutcome {
  /** At the user's caret in this editor, or at the end of the text when the caret was elsewhere. */
  where: 'caret' | 'end';
  /** `execCommand` goes through the editor's own input handling (undo stack, draft save). */
  via: 'execCommand' | 'input-event';
}

/**
 * Types `text` into the editor as if the user had: at the caret when it is inside this editor,
 * else at the end of the user's text (before anything matching `tail`, e.g. a signature), on a
 * line of its own. Uses `document.execCommand('insertText')` so the host records the change (Gmail
 * saves the draft, Ctrl+Z undoes it); where that is unavailable or does nothing (a hidden editor,
 * a DOM without editing), inserts the nodes itself and fires `beforeinput`/`input`.
 */
export function insertTextIntoEditable(editor: HTMLElement, text: string, tail?: string): InsertOutcome {
  const doc = editor.ownerDocument;
  const selection = doc.defaultView?.getSelection() ?? null;
  const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const atCaret = !!caret && editor.contains(caret.startContainer) && editor.contains(caret.endContainer);
  const where: InsertOutcome['where'] = atCaret ? 'caret' : 'end';
  let range: Range;
  let toInsert = text;
  if (atCaret) {
    range = caret.cloneRange();
  } else {
    const end = endOfText(editor, tail);
    range = end.range;
    if (end.lineHasText && !text.startsWith('\n')) toInsert = `\n${text}`;
  }

  const before = editor.innerHTML;
  try {
    // Focus first: focusing a contenteditable may move the selection, so the range is set after.
    editor.focus({ preventScroll: true });
  } catch {
    // A detached or hidden editor cannot take focus; the fallback below does not need it.
  }
  selectRange(selection, range);
  if (execInsertText(doc, toInsert) && editor.innerHTML !== before) return { where, via: 'execCommand' };

  insertNodes(editor, range, toInsert, selection);
  return { where, via: 'input-event' };
}

function execInsertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function insertNodes(editor: HTMLElement, range: Range, text: string, selection: Selection | null): void {
  const doc = editor.ownerDocument;
  const win = doc.defaultView;
  const Input = (win?.InputEvent ?? win?.Event ?? Event) as typeof InputEvent;
  const init = { inputType: 'insertText', data: text, bubbles: true, composed: true };
  const allowed = editor.dispatchEvent(new Input('beforeinput', { ...init, cancelable: true }));
  // An editor that handles beforeinput itself (and cancels it) may already have inserted the text.
  const handledByEditor = !allowed && (editor.textContent ?? '').includes(text.trim());
  if (!handledByEditor) {
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, i) => {
      if (i > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      const after = doc.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      selectRange(selection, after);
    }
  }
  editor.dispatchEvent(new Input('input', init));
}

function selectRange(selection: Selection | null, range: Range): void {
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A collapsed range at the end of the user's text: inside the last line's block (so the text
 * joins that editor's lines instead of becoming a stray node after them), before a trailing
 * `<br>`, and before the first top-level part matching `tail` (signature, quoted history) along
 * with the blank lines that space it. `lineHasText` says whether that line already holds text,
 * in which case the insertion starts on a new line.
 */
function endOfText(editor: HTMLElement, tail?: string): { range: Range; lineHasText: boolean } {
  const range = editor.ownerDocument.createRange();
  const top = Array.from(editor.childNodes).filter(isMeaningful);
  const stop = tail ? top.findIndex((n) => n.nodeType === 1 && isOrHoldsTail(n as Element, tail)) : -1;
  const body = stop >= 0 ? top.slice(0, stop) : top;
  let index = body.length - 1;
  // Blank lines just above a signature are its spacing; keep the first one if all are blank.
  if (stop >= 0) while (index > 0 && isBlankNode(body[index]!)) index--;

  let container: Node = editor;
  let last: Node | undefined = body[index];
  while (last && isEditableBlock(last)) {
    container = last;
    const inner = Array.from(last.childNodes).filter(isMeaningful);
    last = inner[inner.length - 1];
  }

  if (last && isBr(last)) range.setStartBefore(last);
  else if (last) range.setStartAfter(last);
  else if (container === editor && stop >= 0) range.setStartBefore(top[stop]!);
  else {
    range.selectNodeContents(container);
    range.collapse(false);
  }
  range.collapse(true);

  const lineHasText =
    container === editor ? !!last && !isBr(last) && !isBlankNode(last) : !isBlankNode(container);
  return { range, lineHasText };
}

function isMeaningful(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim() !== '';
  return node.nodeType === 1;
}

function isBr(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === 'BR';
}

/** A block we may type into; chips such as Drive links are `contenteditable=false` and opaque. */
function isEditableBlock(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return BLOCK_TAGS.has(el.tagName) && el.getAttribute('contenteditable') !== 'false';
}

function isOrHoldsTail(el: Element, tail: string): boolean {
  return el.matches(tail) || !!el.querySelector(tail);
}

function isBlankNode(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim() === '';
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  return (el.textContent ?? '').trim() === '' && !el.querySelector('img');
}
