import { emptyComposeFacts, type ComposeFacts } from '../../core/facts/page-facts';
import { readAttachments } from './attachments';
import { findBody, hiddenId, type ComposeHandle } from './composes';
import { readEditableLinks, readEditableText } from '../../dom/editable';
import { readRecipients } from './recipients';
import { GMAIL_SEL } from './selectors';
import { attempt } from '../../dom/attempt';

type Part = ComposeFacts['unreadable'][number];

/**
 * One compose → its facts. Each part is read on its own; a part that can't be found (or whose
 * reader fails) is listed in `unreadable` and left empty, so one Gmail change costs one fact,
 * never the whole compose, and nothing throws into the host page.
 */
export function collectCompose(compose: ComposeHandle): ComposeFacts {
  const { root } = compose;
  const facts = emptyComposeFacts(compose.id);
  const unreadable: Part[] = facts.unreadable;
  const threadId = attempt(() => readThreadId(compose));
  if (threadId) facts.threadId = threadId;
  // The thread outlives its drafts; a new message has only its draft id, once Gmail saved it.
  // Never the composeid or a generated key: those restart on every load (issue 14).
  const choiceKey = threadId ?? attempt(() => hiddenId(root, GMAIL_SEL.draftInput));
  if (choiceKey) facts.choiceKey = choiceKey;

  const recipients = attempt(() => readRecipients(root));
  if (recipients?.readable) {
    facts.to = recipients.to;
    facts.cc = recipients.cc;
    facts.bcc = recipients.bcc;
  } else {
    unreadable.push('recipients');
  }

  facts.subject = attempt(() => readSubject(root));
  if (facts.subject === null) unreadable.push('subject');

  const body = attempt(() => findBody(root));
  const text = body ? attempt(() => readEditableText(body, GMAIL_SEL.bodySkip)) : null;
  if (body && text !== null) {
    facts.bodyText = text;
    facts.links = attempt(() => readEditableLinks(body, GMAIL_SEL.bodySkip)) ?? [];
  } else {
    unreadable.push('body');
  }

  const attachments = attempt(() => readAttachments(root, body));
  if (attachments) facts.attachments = attachments.attachments;
  if (!attachments?.readable) unreadable.push('attachments');

  return facts;
}

/** The visible subject box; inline replies only have the hidden copy. Null when neither exists. */
function readSubject(root: Element): string | null {
  const input =
    root.querySelector<HTMLInputElement>(GMAIL_SEL.subjectBox) ??
    root.querySelector<HTMLInputElement>(GMAIL_SEL.subjectHidden);
  return input ? input.value.trim() : null;
}

/**
 * The thread a reply belongs to: the form's `rt` ("#thread-f:…"), else, for an inline reply,
 * the thread view's `data-thread-perm-id` (same "thread-f:…" form). New messages have neither.
 */
function readThreadId(compose: ComposeHandle): string | null {
  const fromForm = hiddenId(compose.root, GMAIL_SEL.threadInput);
  if (fromForm) return fromForm;
  if (compose.placement !== 'inline') return null;
  const perm = compose.root.closest(GMAIL_SEL.main)?.querySelector(GMAIL_SEL.threadPermId)?.getAttribute('data-thread-perm-id');
  return perm && perm !== 'undefined' ? perm.replace(/^#/, '') : null;
}

