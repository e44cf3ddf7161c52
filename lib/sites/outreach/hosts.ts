/**
 * Outreach's web app. Current tenants use `web.outreach.io`; older ones `app1a.outreach.io` and
 * siblings, so the pattern covers the subdomains (https only, least privilege).
 */
export const OUTREACH_MATCHES = ['https://*.outreach.io/*'];

/** The registrable domain every app host ends with. */
export const OUTREACH_DOMAIN = 'outreach.io';

/**
 * Hosts under the domain that are not the app: the marketing site, the help center and the API
 * hosts (the app's GraphQL API is on `app2b`). No page there holds a prospect.
 */
export const OUTREACH_NON_APP_HOSTS: ReadonlySet<string> = new Set([
  'outreach.io',
  'www.outreach.io',
  'support.outreach.io',
  'api.outreach.io',
  'app2b.outreach.io',
]);

/** The host test of the definition and the page bundle: outreach.io and its subdomains. */
export const isOutreachHost = (host: string): boolean => host === OUTREACH_DOMAIN || host.endsWith(`.${OUTREACH_DOMAIN}`);
