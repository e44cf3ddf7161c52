/** The Salesforce Lightning site adapter: detection, observation roots, reading and filling. */
import { attempt } from '../../dom/attempt';
import type { SiteAdapter } from '../types';
import { collectSalesforce } from './collect';
import { fillSalesforce } from './fill';
import { cachedRecord, detailTargets, freshScope } from './read-cache';
import { openModals } from './modals';
import { SF } from './selectors';
import { observeRootsFor } from './scope';
import { visibilityTargets } from './shown';
import { detectSalesforcePage } from './urls';

export { SALESFORCE_MATCHES, isSalesforceHost } from './hosts';

export const salesforceAdapter: SiteAdapter = {
  id: 'salesforce',
  detect: (url, settings) => detectSalesforcePage(url, settings),
  // The read that just ran found the scope (page-session asks right after it): no second walk.
  observeRoots: (doc, match) => observeRootsFor(doc, match, freshScope(doc, match)),
  // While the read cache stands for the verified record, its reads depend only on the field
  // elements and self links (read-cache.ts): class and text churn elsewhere in the record is
  // not watched at all, only elements coming and going.
  observeDetail: (doc, match) => detailTargets(doc, match),
  visibilityTargets: (doc) => visibilityTargets(doc),
  collect: (doc, url, match, settings, changes) => collectSalesforce(doc, url, match, settings, changes),
  // Host modals (New Case, its record-type chooser) stay beside the sidebar, every control usable.
  keepVisible: (doc) => attempt(() => openModals(doc)) ?? [],
  panelSelector: `${SF.modalDialog}, ${SF.activeModal}`,
  // Modals are layers over the app, never inside a record's layout: the verified record is left
  // out of the panel watch.
  panelFree: (doc, match) => cachedRecord(doc, match),
  fill: (doc, plan, settings) => fillSalesforce(doc, plan, settings),
};
