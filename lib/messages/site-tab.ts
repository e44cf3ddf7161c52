import { messageUnion } from './define';
import { EVENT_MESSAGES } from './defs/events';
import { ITEM_MESSAGES } from './defs/items';
import { PROFILE_MESSAGES } from './defs/profiles';
import { TAB_MESSAGES } from './defs/tab';

/**
 * The messages a content script may send (those whose definition's `from` names 'site-tab'; a
 * test holds the two lists together), as one union. A tab's sidebar checks what it sends with it,
 * so its bundle carries these schemas only: the extension pages' messages (the dashboard's
 * imports, settings, team sync, …) are defined in the other files of defs/ and assembled with
 * these in protocol.ts, which the worker and the extension pages use.
 */
export const SITE_TAB_MESSAGES = [...EVENT_MESSAGES, ...PROFILE_MESSAGES, ...ITEM_MESSAGES, ...TAB_MESSAGES] as const;
export const siteTabMessageSchema = messageUnion(SITE_TAB_MESSAGES);
