import { emptyComposeFacts, type AttachmentFact, type ComposeFacts } from '../../facts/page-facts';
import { readEditableLinks, readEditableText } from '../../dom/editable';
import { climb, findLabelText, findNamed, textOf } from './labelled';
import { OUTREACH_LABELS, OUTREACH_SEL } from './selectors';
import { attempt } from '../../dom/attempt';
import { mailingIdIn, prospectIdIn, stepIdIn } from './urls';

export interface ComposerHandle {
  /** Generated, stable for the dialog element's life only (the composer shows no draft id). */
  id: string;
  dialog: HTMLElement;
  editor: HTMLElement;
}

/** Every open composer: a dialog holding a rich-text editor (other dialogs have none). */
export function findComposers(doc: Document): ComposerHandle[] {
  const out: ComposerHandle[] = [];
  for (const dialog of Array.from(doc.querySelectorAll<HTMLElement>(OUTREACH_SEL.dialog))) {
    const editor = findEditor(dialog);
    // A dialog nested in a composer (a link editor, say) belongs to that composer.
    if (editor && !out.some((c) => c.dialog.contains(dialog))) out.push({ id: composerKey(dialog), dialog, editor });
  }
  return out;
}

export function findComposer(doc: Document, id: string): ComposerHandle | null {
  return findComposers(doc).find((c) => c.id === id) ?? null;
}

/** The id of the composer holding `node`, or null outside every composer. */
export function composerIdAt(doc: Document, node: Node): string | null {
  return findComposers(doc).find((c) => c.dialog.contains(node))?.id ?? null;
}

/** The message editor: a contenteditable textbox, else the first editable region. */
function findEditor(dialog: Element): HTMLElement | null {
  return dialog.querySelector<HTMLElement>(OUTREACH_SEL.editorTextbox) ?? dialog.querySelector<HTMLElement>(OUTREACH_SEL.editor);
}

const keys = new WeakMap<Element, string>();
let generated = 0;

function composerKey(dialog: Element): string {
  let key = keys.get(dialog);
  if (!key) {
    key = `outreach-composer-${++generated}`;
    keys.set(dialog, key);
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
  const { dialog, editor } = composer;
  const facts = emptyComposeFacts(composer.id);
  const unreadable: Part[] = facts.unreadable;
  const choiceKey = attempt(() => readChoiceKey(dialog, url));
  if (choiceKey) facts.choiceKey = choiceKey;

  const to = attempt(() => readRecipientRow(dialog, OUTREACH_LABELS.to));
  if (to && to.complete) {
    facts.to = to.addresses;
    facts.cc = attempt(() => readRecipientRow(dialog, OUTREACH_LABELS.cc))?.addresses ?? [];
    facts.bcc = attempt(() => readRecipientRow(dialog, OUTREACH_LABELS.bcc))?.addresses ?? [];
  } else {
    unreadable.push('recipients');
  }

  facts.subject = attempt(() => readSubject(dialog));
  if (facts.subject === null) unreadable.push('subject');

  const text = attempt(() => readEditableText(editor));
  if (text === null) unreadable.push('body');
  else {
    facts.bodyText = text;
    facts.links = attempt(() => readEditableLinks(editor)) ?? [];
  }

  const attachments = attempt(() => readAttachmentList(dialog));
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
function readChoiceKey(dialog: Element, url: URL | undefined): string | null {
  const hrefs = (selector: string) => Array.from(dialog.querySelectorAll(selector), (a) => a.getAttribute('href') ?? '');
  const prospect = hrefs(OUTREACH_SEL.prospectLink).map(prospectIdIn).find(Boolean) ?? (url ? prospectIdIn(url.pathname) : null);
  const email = hrefs(OUTREACH_SEL.mailingLink).map(mailingIdIn).find(Boolean) ?? hrefs(OUTREACH_SEL.stepLink).map(stepIdIn).find(Boolean);
  return prospect && email ? `outreach:prospect-${prospect}:${email}` : null;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/gi;

/**
 * Addresses in the row a label heads ("To", "Cc"): chip labels ("Jane Doe <jane@…>" or the bare
 * address), their title/aria-label, and mail links. `complete` is false when the row has a chip
 * that shows a name only, since a rule cannot check who that is.
 */
function readRecipientRow(dialog: Element, label: RegExp): { addresses: string[]; complete: boolean } | null {
  const named = findNamed(dialog, label);
  if (!named) return null;
  const row = climb(named, dialog, (el) => !el.matches(OUTREACH_SEL.control) && !!el.querySelector(OUTREACH_SEL.control));
  if (!row) return null;
  const addresses: string[] = [];
  let complete = true;
  for (const chip of Array.from(row.querySelectorAll(OUTREACH_SEL.chipLabel))) {
    const holder = chip.parentElement;
    const found = [textOf(chip), holder?.getAttribute('title') ?? '', holder?.getAttribute('aria-label') ?? '']
      .join(' ')
      .match(EMAIL);
    if (found) addresses.push(...found);
    else complete = false;
  }
  for (const link of Array.from(row.querySelectorAll(OUTREACH_SEL.mailto))) {
    const address = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '');
    if (address) addresses.push(address);
  }
  return { addresses: [...new Set(addresses.map((a) => a.toLowerCase()))], complete };
}

/** The Subject input's value; null when no control is named "Subject". */
function readSubject(dialog: Element): string | null {
  const named = findNamed(dialog, OUTREACH_LABELS.subject);
  if (!named) return null;
  const input =
    named.tagName === 'INPUT' || named.tagName === 'TEXTAREA'
      ? (named as HTMLInputElement)
      : climb(named, dialog, (el) => !!el.querySelector('input, textarea'))?.querySelector<HTMLInputElement>('input, textarea');
  return input ? input.value.trim() : null;
}

/**
 * Files listed under an "Attachments" label or region. A composer without attachments shows no
 * list, so a missing list is an empty one; a list whose items can't be named is unreadable (null).
 */
function readAttachmentList(dialog: Element): AttachmentFact[] | null {
  const named = findNamed(dialog, OUTREACH_LABELS.attachments) ?? findLabelText(dialog, OUTREACH_LABELS.attachments);
  if (!named) return [];
  const list = climb(named, dialog, (el) => !!el.querySelector(OUTREACH_SEL.listItem) || el.matches(OUTREACH_SEL.listItem), 3);
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

