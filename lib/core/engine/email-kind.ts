import { z } from '../zod';
import { EMAIL_KINDS, type ComposeFacts, type EmailKind } from '../facts/page-facts';
import type { PageFacts } from '../facts/page-facts';
import { COMPOSE_KINDS } from '../model/page-kind';
import type { Playbook } from '../playbook/schema';

/**
 * Which SOP email a compose is. The markers are playbook data (each email rule carries its own
 * in `params.email`), so CS Ops can follow a renamed Outreach template without a build. A kind the
 * CSM declared for the thread always wins over the markers.
 */

const markerList = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);

/** Case-insensitive substrings; the email is recognised when any one of them is found. */
export const emailMarkersSchema = z.strictObject({
  kind: z.enum(EMAIL_KINDS),
  /** The Outreach template's name, for messages ("the Welcome to MedTrainer! CSM template"). */
  template: z.string().check(z.minLength(1)),
  subjectContains: markerList,
  bodyContains: markerList,
  linkContains: markerList,
}).check(z.refine((m) => m.subjectContains.length + m.bodyContains.length + m.linkContains.length > 0, {
    message: 'give at least one subject, body or link marker',
  }));
export type EmailMarkers = z.output<typeof emailMarkersSchema>;

/** The markers param of a rule that checks one kind of email. */
export const emailMarkersFor = (kind: EmailKind) =>
  emailMarkersSchema.check(z.refine((m) => m.kind === kind, { message: `this rule checks the "${kind}" email` }));

/** Lower case with single spaces and straight quotes, so "Welcome  to\nMedTrainer" and "today’s" still match. */
export const normalText = (text: string): string =>
  text.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** True when `text` contains any of `needles` (case- and spacing-insensitive). */
export const containsAny = (text: string | null | undefined, needles: readonly string[]): boolean => {
  if (!text) return false;
  const hay = normalText(text);
  return needles.some((needle) => hay.includes(normalText(needle)));
};

/** The first of `needles` found in `text`, as written in the playbook. */
export const firstFound = (text: string | null | undefined, needles: readonly string[]): string | undefined => {
  if (!text) return undefined;
  const hay = normalText(text);
  return needles.find((needle) => hay.includes(normalText(needle)));
};

/** A body "has a link" when an href or the plain text carries it (Gmail may not linkify yet). */
export const hasLink = (compose: ComposeFacts, needles: readonly string[]): boolean =>
  compose.links.some((href) => containsAny(href, needles)) || containsAny(compose.bodyText, needles);

/**
 * "Re:", "Fwd:", "Fw:" (and the common localised forms) at the start of a subject: a reply or a
 * forward in a thread. Its subject is the thread's, so it says nothing about what this email is.
 */
const REPLY_PREFIX = /^\s*(re|fwd?|aw|wg|sv|vs|rv|tr|antw)\s*(\[\d+\]|\(\d+\))?\s*:/i;
export const isReplyOrForward = (compose: Pick<ComposeFacts, 'subject'>): boolean => REPLY_PREFIX.test(compose.subject ?? '');

/** What the draft itself says: its body text or a link in it carries one of the markers. */
export const bodyMatches = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  containsAny(compose.bodyText, markers.bodyContains) || compose.links.some((href) => containsAny(href, markers.linkContains));

/**
 * The subject carries one of the markers, on a new email only: a reply's or forward's subject is
 * the thread's ("Re: Welcome to MedTrainer!"), so it never decides alone.
 */
export const subjectMatches = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  !isReplyOrForward(compose) && containsAny(compose.subject, markers.subjectContains);

/** Recognised by its subject (new emails) or by what its body says (new emails and replies). */
export const markersMatch = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  bodyMatches(compose, markers) || subjectMatches(compose, markers);

/**
 * Is this compose the email `markers` describe, judged by that one marker set? The CSM's declared
 * kind overrides the markers. Rules go through `composeOfKind`, which uses the kind the engine
 * decided from every rule's markers (`detectEmailKind`).
 */
export const isEmailKind = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  compose.declaredKind !== undefined ? compose.declaredKind === markers.kind : markersMatch(compose, markers);

/**
 * Which SOP email a compose is, decided by its subject *and* its body, never by the thread alone:
 * 1. the kind the CSM declared;
 * 2. else the kind whose body markers the draft carries (a recap written as an inline reply in the
 *    welcome thread is a recap); several: the one whose subject agrees, else the first in playbook order;
 * 3. else, on a new email, the kind whose subject markers it carries (a reply's subject is the thread's);
 * 4. else `other`. So a reply is never the welcome email unless its body is one.
 */
export const detectEmailKind = (compose: ComposeFacts, markers: readonly EmailMarkers[]): EmailKind => {
  if (compose.declaredKind) return compose.declaredKind;
  const byBody = markers.filter((m) => bodyMatches(compose, m));
  if (byBody.length) return (byBody.find((m) => subjectMatches(compose, m)) ?? byBody[0]!).kind;
  return markers.find((m) => subjectMatches(compose, m))?.kind ?? 'other';
};

/**
 * The compose on this page when it is the email `markers` describe; otherwise undefined. `kind` is
 * the kind the engine decided for this compose from every rule's markers (RuleContext.emailKind);
 * without it, this one marker set judges.
 */
export const composeOfKind = (page: PageFacts | null, markers: EmailMarkers, kind?: EmailKind): ComposeFacts | undefined => {
  const compose = isComposePage(page) ? page!.compose : undefined;
  if (!compose) return undefined;
  return (kind !== undefined ? kind === markers.kind : isEmailKind(compose, markers)) ? compose : undefined;
};

export const isComposePage = (page: PageFacts | null): boolean =>
  !!page && COMPOSE_KINDS.includes(page.kind) && !!page.compose;

/** Every marker set a playbook's rules carry (`check.params.email`), one per kind, in rule order. */
export const emailMarkersOf = (playbook: Playbook): EmailMarkers[] => {
  const byKind = new Map<EmailKind, EmailMarkers>();
  for (const rule of playbook.rules) {
    const parsed = emailMarkersSchema.safeParse((rule.check.params as { email?: unknown }).email);
    if (parsed.success && !byKind.has(parsed.data.kind)) byKind.set(parsed.data.kind, parsed.data);
  }
  return [...byKind.values()];
};

// Once per playbook object: the engine runs on every page change.
const markersCache = new WeakMap<Playbook, EmailMarkers[]>();

/** The SOP email kind of the compose on `page` for this playbook, or undefined when there is no compose. */
export const emailKindOnPage = (playbook: Playbook, page: PageFacts | null): EmailKind | undefined => {
  if (!isComposePage(page)) return undefined;
  let markers = markersCache.get(playbook);
  if (!markers) markersCache.set(playbook, (markers = emailMarkersOf(playbook)));
  return detectEmailKind(page!.compose!, markers);
};
