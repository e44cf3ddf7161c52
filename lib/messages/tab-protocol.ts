import { z } from 'zod';

/**
 * Requests a content script makes of the background about its own tab (not storage, which
 * lib/messages/protocol.ts covers): load the sidebar app into this frame, open the options page.
 */
export const tabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('app/load') }).strict(),
  z.object({ type: z.literal('options/open') }).strict(),
]);
export type TabRequest = z.infer<typeof tabRequestSchema>;

/** Built by `wxt build` from entrypoints/csm-app.ts (an unlisted script). */
export const APP_SCRIPT = '/csm-app.js' as const;
