import type { ItemState } from '../../lib/core/model/vocab';

/** Words for each checklist state, read by screen readers next to the state icon. */
export const STATE_TEXT: Record<ItemState, string> = {
  todo: 'To do',
  done: 'Done',
  warn: 'Warning',
  error: 'Problem',
  na: 'Not for this account',
  info: 'Info',
};
