import type { FieldKey } from '../core/facts/fields';
import type { PageKind } from '../core/model/page-kind';

/**
 * One site, as the parts of CSM Guide that never read its pages see it: the manifest, the loader
 * content script, the background's sender check, the options page and the settings switches.
 * Light on purpose — wxt.config.ts and the loader (which runs on every page load of every site)
 * import every definition — so the adapter, which reads and writes the page, is not here but in
 * adapters.ts, which only the in-page app imports.
 */
export interface SiteDefinition<Id extends string = string> {
  /** Stable: it keys the settings switch, the managed-policy entry and the sidebar's side per site. */
  readonly id: Id;
  /** What the options page calls the site next to its switch. */
  readonly name: string;
  /** The page kinds its adapter recognises: which rules' checks its page bundle carries (scripts/build/page-rule-checks.ts). */
  readonly kinds: readonly PageKind[];
  /** https match patterns: the manifest's host permissions and where the loader runs. */
  readonly matches: readonly string[];
  /** True for a host the site serves (the in-page app's adapter choice, the background's sender check). */
  isHost(host: string): boolean;
  /** The loader's pure URL test, reading no settings: could this URL be a page CSM Guide guides? */
  isCandidate(url: URL): boolean;
  /** When set, the loader also waits for this element (a Gmail compose) before loading the app. */
  readonly presentSelector?: string;
  /** The site's renameable field labels, shown on the options page; absent when it has none. */
  readonly labels?: SiteLabels;
}

/** A site's field labels: the defaults, and one options-page group per page kind that has fields. */
export interface SiteLabels {
  readonly defaults: Partial<Record<FieldKey, string>>;
  /** Group titles by page kind, in the order a CSM meets the pages. */
  readonly groups: Partial<Record<PageKind, string>>;
}

/** Keeps the id's literal type, so the list of sites yields the union of site ids. */
export const defineSite = <const Id extends string>(site: SiteDefinition<Id>): SiteDefinition<Id> => site;
