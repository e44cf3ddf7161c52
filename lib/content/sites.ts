import { gmailAdapter } from '../sites/gmail/adapter';
import { medtrainerAdapter } from '../sites/medtrainer/adapter';
import { outreachAdapter } from '../sites/outreach/adapter';
import { salesforceAdapter } from '../sites/salesforce/adapter';
import { siteOfHost } from '../sites/served-hosts';
import type { SiteAdapter } from '../sites/types';

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
