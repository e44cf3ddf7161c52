import { ADAPTERS } from '../sites/adapters';
import { siteOfHost } from '../sites/served-hosts';
import type { SiteAdapter } from '../sites/types';

/** The adapter for a host, or null: the app bundle serves every site from one file. */
export const adapterForHost = (host: string): SiteAdapter | null => {
  const site = siteOfHost(host);
  return site ? ADAPTERS[site] : null;
};
