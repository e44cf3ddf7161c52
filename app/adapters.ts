import { ADAPTERS } from '../lib/sites/adapters';
import { siteOfHost } from '../lib/sites/served-hosts';
import type { SiteAdapter } from '../lib/sites/types';

/** The adapter for a host, or null: the app bundle serves every site from one file. */
export const adapterForHost = (host: string): SiteAdapter | null => {
  const site = siteOfHost(host);
  return site ? ADAPTERS[site] : null;
};
