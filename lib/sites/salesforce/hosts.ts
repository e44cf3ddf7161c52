/**
 * Where Salesforce Lightning runs. Least privilege: https only, these host families only.
 * `*.lightning.force.com` already covers the sandbox form `<org>--<sandbox>.sandbox.lightning.force.com`
 * (a match-pattern wildcard spans several labels); the sandbox patterns are listed anyway so the
 * manifest states plainly that sandboxes are meant.
 */
export const SALESFORCE_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.sandbox.lightning.force.com/*',
  'https://*.sandbox.my.salesforce.com/*',
] as const;

/** Host suffixes of Lightning orgs (sandboxes end the same way). */
const SALESFORCE_HOST_SUFFIXES = ['.lightning.force.com', '.my.salesforce.com'] as const;

const normalizeHost = (host: string): string => host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');

/**
 * The text as a host name, or null when a URL built from it would go elsewhere: a stored org host
 * comes from imported bundles too, and `evil.com#.my.salesforce.com` ends like an org while
 * `https://evil.com#.my.salesforce.com/…` opens evil.com.
 */
const exactHostname = (host: string): string | null => {
  const h = normalizeHost(host);
  try {
    const url = new URL(`https://${h}`);
    return url.hostname === h && url.href === `https://${h}/` ? h : null;
  } catch {
    return null;
  }
};

/** True for `<mydomain>.lightning.force.com`, `<mydomain>.my.salesforce.com` and their sandbox forms. */
export function isSalesforceHost(host: string): boolean {
  const h = exactHostname(host);
  return !!h && SALESFORCE_HOST_SUFFIXES.some((suffix) => h.endsWith(suffix) && h.length > suffix.length && !h.startsWith('.'));
}

/**
 * One key per org, whichever of its hosts a page is on (Salesforce Inspector's getMyDomain idea):
 * `acme.lightning.force.com` and `acme.my.salesforce.com` → `acme.my.salesforce.com`;
 * `acme--uat.sandbox.lightning.force.com` → `acme--uat.sandbox.my.salesforce.com`.
 */
export function canonicalOrgHost(host: string): string {
  const h = normalizeHost(host);
  return h.endsWith('.lightning.force.com') ? `${h.slice(0, -'.lightning.force.com'.length)}.my.salesforce.com` : h;
}
