import { emptyComposeFacts, type AttachmentFact, type ComposeFacts } from '../../core/facts/page-facts';
import { readEditableLinks, readEditableText } from '../../dom/editable';
import { accessibleName, climb, findLabelText, findNamed, textOf } from './labelled';
import { OUTREACH_LABELS, OUTREACH_SEL } from './selectors';
import { attempt } from '../../dom/attempt';
import { mailingIdIn, prospectIdIn, stepIdIn } from './urls';

export interface ComposerHandle {
  /** Generated, stable for the root element's life only (the composer shows no draft id). */
  id: string;
  /** The composer's frame: a dialog, a docked panel, an inline form or a step editor. */
  root: HTMLElement;
  /** The rich-text body; null when the frame's body can't be found (the parts read say so). */
  editor: HTMLElement | null;
}

/**
 * Every open composer, found by what it is rather than by class names (which Outreach hashes
 * per build): an editable body inside a dialog, or beside a field named as recipients or
 * subject, wherever it opened (dialog, docked panel, inline on the prospect page, a sequence
 * step editor). A frame named as an email that holds such fields but no body we can find is a
 * composer too, so its body is reported unreadable instead of the composer going unseen.
 */
export function findComposers(doc: Document): ComposerHandle[] {
  const out: ComposerHandle[] = [];
  // A dialog nested in a composer (a link editor) or a second editable (a signature) belongs to it.
  const known = (el: Element) => out.some((c) => c.root.contains(el) || el.contains(c.root));
  for (const editor of Array.from(doc.querySelectorAll<HTMLElement>(OUTREACH_SEL.editor))) {
    if (known(editor)) continue;
    const root = composerRootOf(editor);
    if (root && !known(root)) out.push({ id: composerKey(root), root, editor: bodyIn(root) ?? editor });
  }
  for (const frame of Array.from(doc.querySelectorAll<HTMLElement>(OUTREACH_SEL.composerFrame))) {
    if (known(frame) || frame.matches(OUTREACH_SEL.composerStop)) continue;
    if (OUTREACH_LABELS.composerName.test(accessibleName(frame)) && hasEmailField(frame)) {
      out.push({ id: composerKey(frame), root: frame, editor: null });
    }
  }
  return out;
}

export function findComposer(doc: Document, id: string): ComposerHandle | null {
  return findComposers(doc).find((c) => c.id === id) ?? null;
}

/** The id of the composer holding `node`, or null outside every composer. */
export function composerIdAt(doc: Document, node: Node): string | null {
  return findComposers(doc).find((c) => c.root.contains(node))?.id ?? null;
}

/** How far up from the editor its recipient or subject field may sit (a row, a header, the frame). */
const FIELD_LEVELS = 6;
/** How far above those fields the composer's frame may sit (its banner, attachments, buttons). */
const FRAME_LEVELS = 4;

/**
 * The composer an editable belongs to: the dialog holding it; else the nearest frame around the
 * smallest ancestor that also holds a recipients or subject field. A notes box or a comment
 * editor has no such field nearby and is no composer.
 */
function composerRootOf(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest<HTMLElement>(OUTREACH_SEL.dialog);
  if (dialog) return dialog;
  const stop = (el: Element) => el.matches(OUTREACH_SEL.composerStop);
  let fields: Element | null = editor.parentElement;
  for (let i = 0; fields && i < FIELD_LEVELS && !stop(fields); i++, fields = fields.parentElement) {
    if (hasEmailField(fields, editor)) break;
  }
  if (!fields || stop(fields) || !hasEmailField(fields, editor)) return null;
  const frame = climb(fields, fields.ownerDocument.body, (el) => stop(el) || el.matches(OUTREACH_SEL.composerFrame), FRAME_LEVELS);
  return (frame && !stop(frame) ? frame : fields) as HTMLElement;
}

/** A field named as recipients or subject under `root`, outside the body (where "To:" may be typed). */
function hasEmailField(root: Element, editor?: Element): boolean {
  return [OUTREACH_LABELS.to, OUTREACH_LABELS.subject].some((label) => {
    const named = findNamed(root, label);
    return !!named && !editor?.contains(named);
  });
}

/** The message body: a contenteditable textbox, else the first editable region. */
function bodyIn(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>(OUTREACH_SEL.editorTextbox) ?? root.querySelector<HTMLElement>(OUTREACH_SEL.editor);
}

const keys = new WeakMap<Element, string>();
let generated = 0;

function composerKey(root: Element): string {
  let key = keys.get(root);
  if (!key) {
    key = `outreach-composer-${++generated}`;
    keys.set(root, key);
  }
  return key;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

type Part = ComposeFacts['unreadable'][number];

/**
 * One composer → its facts; parts that can't be found are named in `unreadable`. Never throws.
 * `url` is the page's address, where the prospect is named when the composer does not link it.
 */
export function readComposer(composer: ComposerHandle, url?: URL): ComposeFacts {
  const { root, editor } = composer;
  const facts = emptyComposeFacts(composer.id);
  const unreadable: Part[] = facts.unreadable;
  const choiceKey = attempt(() => readChoiceKey(root, url));
  if (choiceKey) facts.choiceKey = choiceKey;

  const to = attempt(() => readRecipientRow(root, OUTREACH_LABELS.to));
  if (!to && url && stepIdIn(url.pathname)) {
    // A sequence step's template editor shows no recipient field at all: the step goes to each
    // prospect in the sequence. That is no failed read; say what the editor is instead.
    facts.noRecipients = 'template';
  } else if (to && to.complete) {
    facts.to = to.addresses;
    facts.cc = attempt(() => readRecipientRow(root, OUTREACH_LABELS.cc))?.addresses ?? [];
    facts.bcc = attempt(() => readRecipientRow(root, OUTREACH_LABELS.bcc))?.addresses ?? [];
  } else {
    unreadable.push('recipients');
  }

  facts.subject = attempt(() => readSubject(root));
  if (facts.subject === null) unreadable.push('subject');

  const text = editor ? attempt(() => readEditableText(editor)) : null;
  if (text === null || !editor) unreadable.push('body');
  else {
    facts.bodyText = text;
    facts.links = attempt(() => readEditableLinks(editor)) ?? [];
  }

  const attachments = attempt(() => readAttachmentList(root));
  if (attachments) facts.attachments = attachments;
  else unreadable.push('attachments');
  return facts;
}

/**
 * A key that outlives the page load and belongs to this one email: the prospect (linked in the
 * composer, else the prospect page it was opened on) plus the sequence step or saved mailing the
 * composer links to. The generated `id` restarts on every load, so without both there is no key
 * and a choice stays in memory (issue 14). A prospect alone is not enough: every email to that
 * person would share it, and an email-kind choice would carry over to the next one.
 */
function readChoiceKey(root: Element, url: URL | undefined): string | null {
  const hrefs = (selector: string) => Array.from(root.querySelectorAll(selector), (a) => a.getAttribute('href') ?? '');
  const prospect = hrefs(OUTREACH_SEL.prospectLink).map(prospectIdIn).find(Boolean) ?? (url ? prospectIdIn(url.pathname) : null);
  const email = hrefs(OUTREACH_SEL.mailingLink).map(mailingIdIn).find(Boolean) ?? hrefs(OUTREACH_SEL.stepLink).map(stepIdIn).find(Boolean);
  return prospect && email ? `outreach:prospect-${prospect}:${email}` : null;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/gi;

/**
 * Addresses in the field a name heads ("To", "Recipients", "Cc"): each recipient token (an MUI
 * chip, a listbox option, a list item: "Jane Doe <jane@…>" or the bare address, or the address in
 * its title/aria-label), mail links, and what is typed in the field's input. `complete` is false
 * when a token shows a name only, since a rule cannot check who that is.
 */
function readRecipientRow(root: Element, label: RegExp): { addresses: string[]; complete: boolean } | null {
  const named = findNamed(root, label);
  if (!named) return null;
  const row = climb(named, root, (el) => !el.matches(OUTREACH_SEL.control) && !!el.querySelector(OUTREACH_SEL.control));
  if (!row) return null;
  const addresses: string[] = [];
  let complete = true;
  const tokens = Array.from(row.querySelectorAll(OUTREACH_SEL.recipientToken));
  // A list item holding an MUI chip or an option is a wrapper, not a token of its own.
  for (const token of tokens.filter((t) => !tokens.some((other) => other !== t && t.contains(other)))) {
    const holder = token.parentElement;
    const found = [token, holder]
      .flatMap((el) => [el === token ? textOf(el) : '', el?.getAttribute('title') ?? '', el?.getAttribute('aria-label') ?? '', el?.getAttribute('data-email') ?? ''])
      .join(' ')
      .match(EMAIL);
    if (found) addresses.push(...found);
    else complete = false;
  }
  for (const link of Array.from(row.querySelectorAll(OUTREACH_SEL.mailto))) {
    const address = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '');
    if (address) addresses.push(address);
  }
  // A plain field ("jane@…, bob@…" typed and not yet turned into tokens).
  for (const input of Array.from(row.querySelectorAll<HTMLInputElement>(OUTREACH_SEL.textInput))) addresses.push(...(input.value.match(EMAIL) ?? []));
  return { addresses: [...new Set(addresses.map((a) => a.toLowerCase()))], complete };
}

/** The Subject input's value; null when no control is named "Subject". */
function readSubject(root: Element): string | null {
  const named = findNamed(root, OUTREACH_LABELS.subject);
  if (!named) return null;
  const input =
    named.tagName === 'INPUT' || named.tagName === 'TEXTAREA'
      ? (named as HTMLInputElement)
      : climb(named, root, (el) => !!el.querySelector(OUTREACH_SEL.textInput))?.querySelector<HTMLInputElement>(OUTREACH_SEL.textInput);
  return input ? input.value.trim() : null;
}

/**
 * Files listed under an "Attachments" label or region. A composer without attachments shows no
 * list, so a missing list is an empty one; a list whose items can't be named is unreadable (null).
 */
function readAttachmentList(root: Element): AttachmentFact[] | null {
  const named = findNamed(root, OUTREACH_LABELS.attachments) ?? findLabelText(root, OUTREACH_LABELS.attachments);
  if (!named) return [];
  const list = climb(named, root, (el) => !!el.querySelector(OUTREACH_SEL.listItem) || el.matches(OUTREACH_SEL.listItem), 3);
  const scope = list ?? named.nextElementSibling;
  const items = scope ? Array.from(scope.querySelectorAll(OUTREACH_SEL.listItem)) : [];
  const out: AttachmentFact[] = [];
  for (const item of items) {
    const name = attachmentName(item);
    if (!name) return null;
    const fact: AttachmentFact = { name };
    const size = OUTREACH_LABELS.fileSize.exec(textOf(item).replace(name, ''))?.[0];
    if (size) fact.size = size;
    if (item.querySelector(OUTREACH_SEL.progress)) fact.uploading = true;
    out.push(fact);
  }
  return out;
}

/** A file name: the item's link text, else its first text that looks like "name.ext". */
function attachmentName(item: Element): string {
  const link = textOf(item.querySelector('a'));
  if (link) return link;
  for (const el of Array.from(item.querySelectorAll('span, p, div'))) {
    const text = textOf(el);
    if (/\.[a-z0-9]{2,5}$/i.test(text) && el.children.length === 0) return text;
  }
  return '';
}

