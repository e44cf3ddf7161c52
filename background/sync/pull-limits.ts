import { EVENT_PREFIX, fromEventDoc } from '../../lib/events/doc';
import { CARD_PREFIX, cardDocSchema, latestInstant } from './card';

/**
 * What a pull keeps of what the server sends. The server is the team's, but a member's browser
 * or the server itself may be broken or hostile: a document that is not an event or an account
 * card this version reads, that is larger than any real one, or that is dated further ahead than
 * clocks drift, is not stored (a future-dated event would win "latest wins" for ever).
 */

/** How far ahead of this browser's clock an instant may be (the validation function holds the same). */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Larger than any real event or card (an event is ~250 bytes, a full card ~900). */
export const MAX_PULLED_DOC_BYTES = 4_096;

/** Why a pulled document is not stored, or null when it is kept. */
export const pulledRefusal = (doc: unknown, nowMs: number): string | null => {
  const id = (doc as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string') return 'not a document';
  let size: number;
  try {
    size = JSON.stringify(doc).length;
  } catch {
    return 'not JSON';
  }
  if (size > MAX_PULLED_DOC_BYTES) return `larger than ${MAX_PULLED_DOC_BYTES} bytes`;
  const limit = nowMs + MAX_CLOCK_SKEW_MS;
  if (id.startsWith(EVENT_PREFIX)) {
    const event = fromEventDoc(doc);
    if (!event) return 'not an event this version reads';
    if (Date.parse(event.at) > limit) return 'dated in the future';
    return null;
  }
  if (id.startsWith(CARD_PREFIX)) {
    const { _revisions: _r, _conflicts: _c, ...rest } = doc as Record<string, unknown>;
    const card = cardDocSchema.safeParse(rest);
    if (!card.success) return 'not an account card this version reads';
    if (latestInstant(card.data) > limit) return 'dated in the future';
    return null;
  }
  return 'not an event or an account card';
};

/** The pull filter's test: kept or not. */
export const acceptPulled = (doc: unknown, nowMs: number): boolean => pulledRefusal(doc, nowMs) === null;
