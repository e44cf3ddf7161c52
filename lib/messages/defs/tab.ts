import { defineMessage, TABS_ONLY } from '../define';

/**
 * What a content script asks about its own tab. The loader sends `app/load` on every recognised
 * page without loading zod: it imports only the type and the constant below.
 */
export const TAB_MESSAGES = [
  /** Inject the sidebar app into the sender's frame (scripting.executeScript, never a web-accessible file). */
  defineMessage<{ ok: true }>()('app/load', { from: TABS_ONLY, queued: false, fields: {} }),
  /** Open the options page (the sidebar's "check the label in settings"). */
  defineMessage<{ ok: true }>()('options/open', { from: TABS_ONLY, queued: false, fields: {} }),
] as const;
