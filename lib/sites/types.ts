import type { ObservedChanges } from '../dom/observe';
import type { VisibilityTargets } from '../dom/watch-visibility';
import type { FieldKey } from '../core/facts/fields';
import type { PageFacts } from '../core/facts/page-facts';
import type { PageKind } from '../core/model/page-kind';
import type { SiteId } from './index';

/** The part of the user's settings adapters read (labels are renameable per org). */
export interface AdapterSettings {
  /** Label overrides per field key; an absent key uses the adapter's default label. */
  labels: Partial<Record<FieldKey, string>>;
  /** API name of the Customer Onboarding object (default `Customer_Onboarding__c`). */
  onboardingObject: string;
  /** The user's IANA time zone (date/time fields are shown in it). */
  timeZone: string;
}

/** What a URL says about the page, before any DOM is read. */
export interface PageMatch {
  kind: PageKind;
  /** Object API name for Salesforce pages. */
  objectApiName?: string;
  /** Record id from the URL (as written there; adapters normalise to 18 chars in facts). */
  recordId?: string;
}

/** A closed vocabulary of page writes (Bitwarden-style): the adapter resolves targets itself. */
export type FillPlan =
  | { op: 'set-field'; url: string; field: FieldKey; value: string }
  | { op: 'append-line'; url: string; field: FieldKey; value: string }
  | { op: 'insert-text'; url: string; composeId: string; text: string };

export type FillResult = { ok: true; message: string } | { ok: false; message: string };

export interface SiteAdapter {
  /** The site it reads (lib/sites/index.ts); adapters.ts checks each site has exactly one. */
  id: SiteId;
  /** Pure: the page kind of a URL, or null. Compose kinds may also depend on the DOM (see collect). */
  detect(url: URL, settings: AdapterSettings): PageMatch | null;
  /** The narrowest nodes whose subtree changes can change the facts (observed, batched per frame). */
  observeRoots(doc: Document, match: PageMatch): Node[];
  /**
   * Asked after each read: the nodes inside the roots whose text and attributes the read depends
   * on, when it depends on nothing else there (then only elements added or removed are watched
   * elsewhere: lib/dom/observe.ts, BatchedObserver.focus); null to watch everything.
   */
  observeDetail?(doc: Document, match: PageMatch): readonly Node[] | null;
  /**
   * Elements whose own attributes decide which of several mounted pages is shown (Salesforce's
   * Service Console tabs and panels), watched without their subtrees so a tab switch re-reads
   * even while only the shown record is observed.
   */
  visibilityTargets?(doc: Document): VisibilityTargets;
  /**
   * Reads the page. Gmail returns one PageFacts per open compose; others one or none. Never throws.
   * `changes`, when given, is what the session's observer of `observeRoots` saw since the previous
   * read: an adapter may keep what they cannot have touched, and must read as if it read everything.
   * It may hand back the very PageFacts objects of its previous read when nothing in them changed
   * (the session then knows without comparing them).
   */
  collect(doc: Document, url: URL, match: PageMatch, settings: AdapterSettings, changes?: ObservedChanges): PageFacts[];
  /** The compose an element belongs to (Gmail/Outreach), so the sidebar follows the focused one. */
  composeIdAt?(doc: Document, node: Node): string | null;
  /**
   * Host controls the sidebar must never cover (Gmail's compose windows, Outreach's composer):
   * the dock (lib/dom/dock.ts) moves the fixed panels holding them clear of its strip. Never throws.
   */
  keepVisible?(doc: Document): Element[];
  /**
   * Host panels that come and go with no read of the page (a Salesforce modal opened by a quick
   * action while the facts stay the same), as a selector: only the adding or removing of an
   * element that is or holds one makes the dock look again. Without it (Gmail, Outreach: their
   * composers are read, so each one that opens or closes renders anyway) the dock watches no
   * host additions at all between renders.
   */
  panelSelector?: string;
  /**
   * Parts of the page no host panel opens in: the record being read (a Salesforce modal is a
   * layer of its own over the app, never inside a record's layout). The panel watch does not look
   * at what is added there, so a record that churns costs it one check per batch (npm run bench:
   * mutations). Empty while no such part is known. Never throws.
   */
  panelFree?(doc: Document, match: PageMatch): readonly Node[];
  /** Writes into the page without submitting. Re-checks `plan.url` against the current URL. */
  fill(doc: Document, plan: FillPlan, settings: AdapterSettings): FillResult;
}
