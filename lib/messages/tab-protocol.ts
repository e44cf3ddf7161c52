import type { MessageOf } from './protocol';

/**
 * What a content script asks about its own tab (defined in defs/tab.ts). The loader runs on every
 * page load of every site, so it imports only this type and constant, never the zod protocol.
 */
export type TabRequest = MessageOf<'app/load' | 'options/open'>;

/** Built by `wxt build` from entrypoints/csm-app.ts (an unlisted script). */
export const APP_SCRIPT = '/csm-app.js' as const;
