import { GMAIL_HOST } from './gmail/hosts';
import { isMedtrainerHost } from './medtrainer/hosts';
import { OUTREACH_DOMAIN } from './outreach/hosts';
import { isSalesforceHost } from './salesforce/hosts';
import type { SiteAdapter } from './types';

/**
 * Which site a host belongs to, from the hosts modules alone (no adapter code): the in-page app
 * picks its adapter with it, and the background checks a content script's page with it.
 */
export const siteOfHost = (host: string): SiteAdapter['id'] | null => {
  if (isSalesforceHost(host)) return 'salesforce';
  if (host === GMAIL_HOST) return 'gmail';
  if (host === OUTREACH_DOMAIN || host.endsWith(`.${OUTREACH_DOMAIN}`)) return 'outreach';
  if (isMedtrainerHost(host)) return 'medtrainer';
  return null;
};
