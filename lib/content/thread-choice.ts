import type { ComposeFacts, EmailKind, PageFacts } from '../facts/page-facts';
import { sha256Hex } from '../formats/sha256';
import type { CsmState, CsmStore } from '../store/progress-store';
import type { ThreadChoice } from '../store/schemas';

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

/**
 * Remembers a choice for the compose `page` shows: stored when the compose has a key that
 * outlives the page load, else in this tab's memory only (a per-load id would hand the choice
 * to whichever email gets that id after a reload). Does nothing off a compose.
 */
export const rememberChoice = async (
  store: CsmStore,
  page: PageFacts | null,
  choice: { accountId?: string | null; kind?: EmailKind | null },
): Promise<void> => {
  const compose = page?.compose;
  if (!compose) return;
  const actions = store.getState().actions;
  const recipients = recipientsDigest(compose);
  if (compose.choiceKey) await actions.setThreadChoice(compose.choiceKey, choice, recipients);
  else actions.setMemoryThreadChoice(compose.composeId, choice, recipients);
};
