import type { EmailKind, PageFacts } from '../lib/core/facts/page-facts';
import type { CsmStore } from '../lib/store/state';
import { recipientsDigest } from '../lib/view-model/compose-choice';

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
