import { SITES, type Site, type SiteId } from './index';

/**
 * The site a host belongs to, from the light definitions alone (no adapter code): the loader
 * picks its URL test with it, the in-page app its adapter and the background checks a content
 * script's page with it.
 */
export const siteForHost = (host: string): Site | null => SITES.find((site) => site.isHost(host)) ?? null;

export const siteOfHost = (host: string): SiteId | null => siteForHost(host)?.id ?? null;
