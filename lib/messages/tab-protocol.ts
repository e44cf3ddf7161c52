import { z } from 'zod';
import type { SiteId } from '../sites';

/**
 * Requests a content script makes of the background about its own tab (not storage, which
 * lib/messages/protocol.ts covers): load the sidebar app into this frame, open the options page.
 */
export const tabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('app/load') }).strict(),
  z.object({ type: z.literal('options/open') }).strict(),
]);
export type TabRequest = z.infer<typeof tabRequestSchema>;

/**
 * The sidebar app for a site's pages, built by `wxt build` from entrypoints/csm-app-<site>.ts
 * (unlisted scripts, one per site, each with that site's adapter only).
 */
export const appScript = <S extends SiteId>(site: S) => `/csm-app-${site}.js` as const;
