import { gmailAdapter } from './gmail/adapter';
import { medtrainerAdapter } from './medtrainer/adapter';
import { outreachAdapter } from './outreach/adapter';
import { salesforceAdapter } from './salesforce/adapter';
import type { SiteId } from './index';
import type { SiteAdapter } from './types';

/**
 * Each site's adapter, by site id. Kept apart from the definitions (index.ts) because adapters
 * are the heavy part: only the in-page app imports this file, never the loader or wxt.config.ts.
 * Typed by SiteId, so a site added to SITES without an adapter does not compile (and
 * tests/unit/sites/sites.test.ts checks each adapter carries its own site's id).
 */
export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  salesforce: salesforceAdapter,
  gmail: gmailAdapter,
  outreach: outreachAdapter,
  medtrainer: medtrainerAdapter,
};
