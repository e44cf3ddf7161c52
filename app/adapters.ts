import { gmailAdapter } from '../lib/sites/gmail/adapter';
import { medtrainerAdapter } from '../lib/sites/medtrainer/adapter';
import { outreachAdapter } from '../lib/sites/outreach/adapter';
import { salesforceAdapter } from '../lib/sites/salesforce/adapter';
import { siteOfHost } from '../lib/sites/served-hosts';
import type { SiteAdapter } from '../lib/sites/types';

const ADAPTERS: Record<SiteAdapter['id'], SiteAdapter> = {
  salesforce: salesforceAdapter,
  gmail: gmailAdapter,
  outreach: outreachAdapter,
  medtrainer: medtrainerAdapter,
};

/** The adapter for a host, or null: the app bundle serves every site from one file. */
export const adapterForHost = (host: string): SiteAdapter | null => {
  const site = siteOfHost(host);
  return site ? ADAPTERS[site] : null;
};
