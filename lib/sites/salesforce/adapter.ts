/** The Salesforce Lightning site adapter: detection, observation roots, reading and filling. */
import type { SiteAdapter } from '../types';
import { collectSalesforce } from './collect';
import { fillSalesforce } from './fill';
import { observeRootsFor } from './scope';
import { visibilityTargets } from './shown';
import { detectSalesforcePage } from './urls';

export { SALESFORCE_MATCHES, isSalesforceHost } from './hosts';

export const salesforceAdapter: SiteAdapter = {
  id: 'salesforce',
  detect: (url, settings) => detectSalesforcePage(url, settings),
  observeRoots: (doc, match) => observeRootsFor(doc, match),
  visibilityTargets: (doc) => visibilityTargets(doc),
  collect: (doc, url, match, settings) => collectSalesforce(doc, url, match, settings),
  fill: (doc, plan, settings) => fillSalesforce(doc, plan, settings),
};
