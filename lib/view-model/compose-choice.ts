import type { ComposeFacts } from '../core/facts/page-facts';
import { sha256Hex } from '../core/formats/sha256';
import type { CsmState } from '../store/state';
import type { ThreadChoice } from '../store/items/threads';

/**
 * Whom an email is to, as one SHA-256: every To/Cc/Bcc address trimmed and lowercased, without
 * duplicates, in sorted order. A choice is stored with it, so a choice made for these people
 * never applies to an email to others, and the addresses themselves are not stored.
 */
export const recipientsDigest = (compose: Pick<ComposeFacts, 'to' | 'cc' | 'bcc'>): string => {
  const all = [...compose.to, ...compose.cc, ...compose.bcc].map((a) => a.trim().toLowerCase()).filter(Boolean);
  return sha256Hex([...new Set(all)].sort().join('\n'));
};

/**
 * The CSM's choice for this compose, if it still fits: the stored one under its `choiceKey`, else
 * the one kept in memory for this compose; either only while the recipients are the ones it was
 * made for.
 */
export const choiceFor = (state: Pick<CsmState, 'threads' | 'memoryThreads'>, compose: ComposeFacts): ThreadChoice | null => {
  const digest = recipientsDigest(compose);
  const stored = compose.choiceKey ? state.threads[compose.choiceKey] : undefined;
  if (stored?.recipients === digest) return stored;
  const kept = state.memoryThreads[compose.composeId];
  return kept?.recipients === digest ? kept : null;
};
