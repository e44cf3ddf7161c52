import { isSalesforceId } from '../core/formats/salesforce-id';
import { isSalesforceHost } from '../sites/salesforce/hosts';

/**
 * The Lightning URL of an Account record on the org it was seen on, or null when the stored
 * host is not a Salesforce org (a profile only ever records one, but an imported bundle is
 * untrusted: the dashboard must never link to an arbitrary host).
 * The path shape is Salesforce's (the adapter's urls.ts reads the same one).
 */
export const accountRecordUrl = (orgHost: string, accountId: string): string | null => {
  if (!isSalesforceHost(orgHost) || !isSalesforceId(accountId)) return null;
  return `https://${orgHost.toLowerCase()}/lightning/r/Account/${accountId}/view`;
};
