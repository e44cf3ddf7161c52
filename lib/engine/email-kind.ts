import { z } from 'zod';
import { EMAIL_KINDS, type ComposeFacts, type EmailKind } from '../facts/page-facts';
import type { PageFacts } from '../facts/page-facts';
import { COMPOSE_KINDS } from '../model/page-kind';
import type { Playbook } from '../playbook/schema';

/**
 * Which SOP email a compose is. The markers are playbook data (each email rule carries its own
 * in `params.email`), so CS Ops can follow a renamed Outreach template without a build. A kind the
 * CSM declared for the thread always wins over the markers.
 */

const markerList = z.array(z.string().trim().min(1)).default([]);

/** Case-insensitive substrings; the email is recognised when any one of them is found. */
export const emailMarkersSchema = z
  .object({
    kind: z.enum(EMAIL_KINDS),
    /** The Outreach template's name, for messages ("the Welcome to MedTrainer! CSM template"). */
    template: z.string().min(1),
    subjectContains: markerList,
    bodyContains: markerList,
    linkContains: markerList,
  })
  .strict()
  .refine((m) => m.subjectContains.length + m.bodyContains.length + m.linkContains.length > 0, {
    message: 'give at least one subject, body or link marker',
  });
export type EmailMarkers = z.output<typeof emailMarkersSchema>;

/** The markers param of a rule that checks one kind of email. */
export const emailMarkersFor = (kind: EmailKind) =>
  emailMarkersSchema.refine((m) => m.kind === kind, { message: `this rule checks the "${kind}" email` });

/** Lower case with single spaces, so "Welcome  to\nMedTrainer" still matches. */
export const normalText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

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

export const markersMatch = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  containsAny(compose.subject, markers.subjectContains) ||
  containsAny(compose.bodyText, markers.bodyContains) ||
  compose.links.some((href) => containsAny(href, markers.linkContains));

/**
 * "Re:", "Fwd:", "Fw:" (and the common localised forms) at the start of a subject: a reply or a
 * forward in a thread, not the SOP email the thread started with.
 */
const REPLY_PREFIX = /^\s*(re|fwd?|aw|wg|sv|vs|rv|tr|antw)\s*(\[\d+\]|\(\d+\))?\s*:/i;
export const isReplyOrForward = (compose: Pick<ComposeFacts, 'subject'>): boolean => REPLY_PREFIX.test(compose.subject ?? '');

/**
 * Is this compose the email `markers` describe? The CSM's declared kind overrides the markers;
 * a reply or forward is never recognised by its markers (it quotes the original's subject).
 */
export const isEmailKind = (compose: ComposeFacts, markers: EmailMarkers): boolean =>
  compose.declaredKind !== undefined
    ? compose.declaredKind === markers.kind
    : !isReplyOrForward(compose) && markersMatch(compose, markers);

/** The compose on this page when it is the email `markers` describe; otherwise undefined. */
export const composeOfKind = (page: PageFacts | null, markers: EmailMarkers): ComposeFacts | undefined => {
  const compose = isComposePage(page) ? page!.compose : undefined;
  return compose && isEmailKind(compose, markers) ? compose : undefined;
};

export const isComposePage = (page: PageFacts | null): boolean =>
  !!page && COMPOSE_KINDS.includes(page.kind) && !!page.compose;

/**
 * The kind of a compose for the sidebar's "this email is…" picker: the declared one, else the
 * first marker set that matches, else `other`.
 */
export const detectEmailKind = (compose: ComposeFacts, markers: readonly EmailMarkers[]): EmailKind =>
  compose.declaredKind ?? (isReplyOrForward(compose) ? undefined : markers.find((m) => markersMatch(compose, m))?.kind) ?? 'other';

/** Every marker set a playbook's rules carry (`check.params.email`), one per kind, in rule order. */
export const emailMarkersOf = (playbook: Playbook): EmailMarkers[] => {
  const byKind = new Map<EmailKind, EmailMarkers>();
  for (const rule of playbook.rules) {
    const parsed = emailMarkersSchema.safeParse((rule.check.params as { email?: unknown }).email);
    if (parsed.success && !byKind.has(parsed.data.kind)) byKind.set(parsed.data.kind, parsed.data);
  }
  return [...byKind.values()];
};
