import { gmailAdapter } from '../sites/gmail/adapter';
import { isMedtrainerHost } from '../sites/medtrainer/hosts';
import { medtrainerAdapter } from '../sites/medtrainer/adapter';
import { OUTREACH_DOMAIN } from '../sites/outreach/hosts';
import { outreachAdapter } from '../sites/outreach/adapter';
import { isSalesforceHost } from '../sites/salesforce/hosts';
import { salesforceAdapter } from '../sites/salesforce/adapter';
import { GMAIL_HOST } from '../sites/gmail/hosts';
import type { SiteAdapter } from '../sites/types';

/** The adapter for a host, or null: the app bundle serves every site from one file. */
export const adapterForHost = (host: string): SiteAdapter | null => {
  if (isSalesforceHost(host)) return salesforceAdapter;
  if (host === GMAIL_HOST) return gmailAdapter;
  if (host === OUTREACH_DOMAIN || host.endsWith(`.${OUTREACH_DOMAIN}`)) return outreachAdapter;
  if (isMedtrainerHost(host)) return medtrainerAdapter;
  return null;
};
