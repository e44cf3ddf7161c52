import type { SiteId } from '../sites';
import type { MessageOf } from './protocol';

/**
 * What a content script asks about its own tab (defined in defs/tab.ts). The loader runs on every
 * page load of every site, so it imports only this type and constant, never the zod protocol.
 */
export type TabRequest = MessageOf<'app/load' | 'options/open'>;

/**
 * The sidebar app for a site's pages, built by `wxt build` from entrypoints/csm-app-<site>.ts
 * (unlisted scripts, one per site, each with that site's adapter only).
 */
export const appScript = <S extends SiteId>(site: S) => `/csm-app-${site}.js` as const;
