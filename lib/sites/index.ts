import type { FieldKey } from '../core/facts/fields';
import { gmailSite } from './gmail/definition';
import { medtrainerSite } from './medtrainer/definition';
import { outreachSite } from './outreach/definition';
import { salesforceSite } from './salesforce/definition';

/**
 * Every site CSM Guide runs on, in the order the options page lists them. The one list the
 * manifest (wxt.config.ts), the loader, the settings switches, the managed-policy schema, the
 * options page and the host lookups (served-hosts.ts) read: adding a site is a definition here
 * and its adapter in adapters.ts (README, "Add a site").
 */
export const SITES = [salesforceSite, gmailSite, outreachSite, medtrainerSite] as const;

export type Site = (typeof SITES)[number];
export type SiteId = Site['id'];

/** The site ids, as a list (settings switches, the sidebar's side per site): spelled out in ids.ts. */
export { SITE_IDS } from './ids';

/** Every site's match patterns: the manifest's host permissions and the loader's matches. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) => site.matches);

/**
 * The default label of every field, from the sites that have labels (what the org's layouts say
 * unless renamed): the options page's placeholders and the managed-policy schema's descriptions.
 */
export const SITE_DEFAULT_LABELS = Object.assign({}, ...SITES.map((site) => site.labels?.defaults ?? {})) as Record<FieldKey, string>;
